// /verify (public, no login): drop a file and its receipt; the browser checks them itself with WebCrypto — the
// file's SHA-256, the leaf, the checkpoint's Ed25519 signature and the inclusion proof — and says what it checked.
import { CheckCircleFilled, CloseCircleFilled, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Input, List, Row, Space, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { verifyReceipt, type CheckId, type ReceiptVerdict } from '../../domain/transparency/receipt';
import { webEd25519Verify, webSha256 } from '../../domain/transparency/webCrypto';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { PublicToolLayout } from '../layout/PublicToolLayout';

const CHECK_LABELS: Record<CheckId, MessageKey> = {
  format: 'verify.check.format',
  file: 'verify.check.file',
  leaf: 'verify.check.leaf',
  signature: 'verify.check.signature',
  inclusion: 'verify.check.inclusion',
};

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
  const [verdict, setVerdict] = useState<ReceiptVerdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The court's published key, as a starting point; anyone may paste a key obtained elsewhere instead.
  useEffect(() => {
    fetch('/api/v1/transparency/keys')
      .then((r) => (r.ok ? r.json() : null))
      .then((k: { current?: string } | null) => k?.current && setKey((v) => v || k.current!))
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
      setVerdict(await verifyReceipt(receipt, { ...(bytes ? { file: bytes } : {}), ...(key.trim() ? { verifierKey: key.trim() } : {}) }, { sha256: webSha256, ed25519Verify: webEd25519Verify }));
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
              {error && <Alert type="warning" showIcon title={error} />}
              <Button type="primary" block loading={busy} onClick={() => void run()} data-testid="verify-run">
                {t('verify.run')}
              </Button>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card data-testid="verify-result">
            {!verdict ? (
              <Typography.Text type="secondary">{t('verify.nothingYet')}</Typography.Text>
            ) : (
              <>
                <Alert type={verdict.ok ? 'success' : 'error'} showIcon title={t(verdict.ok ? 'verify.ok' : 'verify.failed')} style={{ marginBottom: 12 }} data-testid="verify-verdict" />
                <List
                  size="small"
                  dataSource={verdict.checks}
                  renderItem={(c) => (
                    <List.Item data-testid={`verify-check-${c.id}`} data-ok={c.ok}>
                      <Space align="start">
                        {c.ok ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#ff4d4f' }} />}
                        <div>
                          <div>{t(CHECK_LABELS[c.id])}</div>
                          <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                            {c.detail}
                          </Typography.Text>
                        </div>
                      </Space>
                    </List.Item>
                  )}
                />
                {!verdict.keyFromCaller && <Alert type="warning" showIcon title={t('verify.keyFromReceipt')} style={{ marginTop: 12 }} />}
                {verdict.checkpoint && (
                  <Descriptions size="small" column={1} style={{ marginTop: 12 }} items={[
                    { key: 'origin', label: t('verify.origin'), children: verdict.checkpoint.origin },
                    { key: 'size', label: t('verify.treeSize'), children: verdict.checkpoint.size },
                    { key: 'root', label: t('verify.root'), children: <Typography.Text code style={{ wordBreak: 'break-all' }}>{verdict.checkpoint.rootHash}</Typography.Text> },
                  ]} />
                )}
                {verdict.entry && (
                  <Typography.Paragraph style={{ marginTop: 12 }}>
                    <Typography.Text strong>{t('verify.entry')}</Typography.Text>
                    <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }} data-testid="verify-entry">{JSON.stringify(verdict.entry, null, 2)}</pre>
                  </Typography.Paragraph>
                )}
              </>
            )}
          </Card>
        </Col>
      </Row>
    </PublicToolLayout>
  );
}
