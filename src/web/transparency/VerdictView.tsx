// The result of verifying a receipt: the verdict (verified, failed, or signer not established), each check with what
// it compared, why the signer is not established, the witnesses' cosignatures, the checkpoint and the entry.
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Alert, Descriptions, List, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { CheckId, CheckResult, Outcome, ReceiptVerdict } from '../../domain/transparency/receipt';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

const CHECK_LABELS: Record<CheckId, MessageKey> = {
  format: 'verify.check.format',
  file: 'verify.check.file',
  leaf: 'verify.check.leaf',
  signature: 'verify.check.signature',
  inclusion: 'verify.check.inclusion',
  witnesses: 'verify.check.witnesses',
};

const VERDICT: Record<Outcome, { type: 'success' | 'error' | 'warning'; text: MessageKey }> = {
  verified: { type: 'success', text: 'verify.ok' },
  failed: { type: 'error', text: 'verify.failed' },
  unauthenticated: { type: 'warning', text: 'verify.unauthenticated' },
};

const ICON: Record<CheckResult, ReactNode> = {
  ok: <CheckCircleFilled style={{ color: '#52c41a' }} />,
  fail: <CloseCircleFilled style={{ color: '#ff4d4f' }} />,
  unproven: <ExclamationCircleFilled style={{ color: '#faad14' }} />,
};

export function VerdictView({ verdict }: { verdict: ReceiptVerdict }) {
  const { t, pick } = useI18n();
  const v = VERDICT[verdict.outcome];
  return (
    <>
      <Alert type={v.type} showIcon title={t(v.text)} style={{ marginBottom: 12 }} data-testid="verify-verdict" data-outcome={verdict.outcome} />
      <List
        size="small"
        dataSource={verdict.checks}
        renderItem={(c) => (
          <List.Item data-testid={`verify-check-${c.id}`} data-ok={c.ok} data-result={c.result}>
            <Space align="start">
              {ICON[c.result]}
              <div>
                <div>{t(CHECK_LABELS[c.id])}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                  {pick(c.message)}
                </Typography.Text>
              </div>
            </Space>
          </List.Item>
        )}
      />
      {verdict.unproven.map((u) => (
        <Alert key={u.id} type="warning" showIcon title={u.id === 'signer' ? t('verify.unproven.signer') : t('verify.unproven.witnesses', { detail: pick(u.message) })} style={{ marginTop: 12 }} data-testid={`verify-unproven-${u.id}`} />
      ))}
      {verdict.witnesses.length > 0 && (
        <Descriptions size="small" column={1} style={{ marginTop: 12 }} items={verdict.witnesses.map((w) => ({
          key: `${w.name}+${w.keyId}`,
          label: w.name,
          children: `${t(`verify.witness.${w.status}`)}${w.timestamp ? ` · ${new Date(w.timestamp * 1000).toISOString()}` : ''}`,
        }))} />
      )}
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
  );
}
