// /verify (public, no login): drop a file and its receipt; the browser checks them itself with WebCrypto — the
// file's SHA-256, the leaf, the checkpoint's Ed25519 signature, the inclusion proof and the witnesses'
// cosignatures — by the same rule as `courtflow verify` (verifyReceipt), and says what it could and could not prove.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Input, InputNumber, Row, Space, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { verifyReceipt, type ReceiptVerdict } from '../../domain/transparency/receipt';
import { webEd25519Verify, webSha256 } from '../../domain/transparency/webCrypto';
import { useI18n } from '../i18n/i18n';
import { PublicToolLayout } from '../layout/PublicToolLayout';
import { VerdictView } from './VerdictView';

function Drop({ testId, hint, file, onFile }: { testId: string; hint: string; file: File | null; onFile(f: File): void }) {
  return (
    <div data-testid={testId}>
      <Upload.Dragger
        multiple={false}
        showUploadList={false}
        beforeUpload={(f) => {
          onFile(f);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{file ? file.name : hint}</p>
      </Upload.Dragger>
    </div>
  );
}

export function VerifyPage() {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [receiptFile, setReceiptFile] = useState<File | null>(null);
  const [key, setKey] = useState('');
  const [witnessKeys, setWitnessKeys] = useState('');
  const [required, setRequired] = useState<number | null>(null);
  const [verdict, setVerdict] = useState<ReceiptVerdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The keys this site publishes, as a starting point; anyone may paste keys obtained elsewhere instead.
  useEffect(() => {
    fetch('/api/v1/transparency/keys')
      .then((r) => (r.ok ? r.json() : null))
      .then((k: { current?: string; witnesses?: { verifierKey: string }[] } | null) => {
        if (k?.current) setKey((v) => v || k.current!);
        if (k?.witnesses?.length) setWitnessKeys((v) => v || k.witnesses!.map((w) => w.verifierKey).join('\n'));
      })
      .catch(() => undefined);
  }, []);

  const run = async () => {
    if (!receiptFile) return setError(t('verify.needReceipt'));
    setBusy(true);
    setError(null);
    try {
      let receipt: unknown;
      try {
        receipt = JSON.parse(await receiptFile.text());
      } catch {
        receipt = null;
      }
      const bytes = file ? new Uint8Array(await file.arrayBuffer()) : undefined;
      const witnesses = witnessKeys.split('\n').map((x) => x.trim()).filter(Boolean);
      setVerdict(
        await verifyReceipt(
          receipt,
          { ...(bytes ? { file: bytes } : {}), ...(key.trim() ? { verifierKey: key.trim() } : {}), witnessKeys: witnesses, ...(required !== null ? { witnessesRequired: required } : {}) },
          { sha256: webSha256, ed25519Verify: webEd25519Verify },
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicToolLayout path="/verify" intro={t('verify.intro')}>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card>
            <Space direction="vertical" style={{ width: '100%' }} size="middle">
              <Drop testId="verify-file" hint={t('verify.dropFile')} file={file} onFile={setFile} />
              <Drop testId="verify-receipt" hint={t('verify.dropReceipt')} file={receiptFile} onFile={setReceiptFile} />
              <div>
                <Typography.Text>{t('verify.key')}</Typography.Text>
                <Input.TextArea rows={2} value={key} onChange={(e) => setKey(e.target.value)} data-testid="verify-key" aria-label={t('verify.key')} />
              </div>
              <div>
                <Typography.Text>{t('verify.witnessKeys')}</Typography.Text>
                <Input.TextArea rows={2} value={witnessKeys} onChange={(e) => setWitnessKeys(e.target.value)} data-testid="verify-witness-keys" aria-label={t('verify.witnessKeys')} />
              </div>
              <div>
                <Typography.Text>{t('verify.witnessesRequired')}</Typography.Text>{' '}
                <InputNumber min={0} precision={0} value={required} onChange={(v) => setRequired(v ?? null)} data-testid="verify-witnesses-required" aria-label={t('verify.witnessesRequired')} />
              </div>
              {error && <Alert type="warning" showIcon title={error} />}
              <Button type="primary" block loading={busy} onClick={() => void run()} data-testid="verify-run">
                {t('verify.run')}
              </Button>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card data-testid="verify-result">{!verdict ? <Typography.Text type="secondary">{t('verify.nothingYet')}</Typography.Text> : <VerdictView verdict={verdict} />}</Card>
        </Col>
      </Row>
    </PublicToolLayout>
  );
}
