// 诉讼费 on the case page: the case's own payment account, what is due, paid and refundable, and every entry.
import { Alert, Card, Descriptions, Statistic, Tag, Typography } from 'antd';
import type { CaseFees } from '../../contracts/payments';
import type { ApiResource } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { SectionTable } from '../lists/SectionTable';

const KIND_COLOR: Record<string, string> = { charge: 'blue', relief: 'green', payment: 'success', refund: 'orange' };

export function CaseFeesCard({ fees }: { fees: ApiResource<CaseFees> }) {
  const { t, pick } = useI18n();
  const f = fees.data;
  // Cases without any fee record (e.g. still under filing review) show nothing.
  if (!f || (!f.accountNo && f.ledger.length === 0 && f.notices.length === 0)) return null;
  // An application fee (财保, 民督) unpaid is a reminder only: the plaintiff's 按撤诉处理 is not its consequence.
  const isApplicationFee = f.notices.length > 0 && f.notices.every((n) => n.basis === 'application');
  return (
    <Card title={t('fees.title')} data-testid="case-fees" style={{ marginBottom: 16 }}>
      {f.unpaidPastDeadline && <Alert type="error" showIcon title={t(isApplicationFee ? 'fees.unpaidApplicationWarning' : 'fees.unpaidWarning')} style={{ marginBottom: 12 }} data-testid="fee-unpaid-warning" />}
      <div style={{ display: 'flex', gap: 32, flexWrap: 'wrap', marginBottom: 12 }}>
        <Statistic title={t('fees.due')} value={f.due} data-testid="fees-due" />
        <Statistic title={t('fees.paid')} value={f.paid} data-testid="fees-paid" />
        <Statistic title={t('fees.outstanding')} value={f.outstanding} styles={{ content: { color: f.outstanding !== '0.00' ? '#cf1322' : undefined } }} data-testid="fees-outstanding" />
        <Statistic title={t('fees.refundable')} value={f.refundable} data-testid="fees-refundable" />
      </div>
      {f.accountNo && (
        <Descriptions size="small" column={1} items={[{ key: 'acct', label: t('fees.account'), children: <Typography.Text copyable data-testid="fee-account">{f.accountNo}</Typography.Text> }]} />
      )}
      {f.notices.map((n) => (
        <Typography.Paragraph key={n.id} type="secondary" style={{ marginBottom: 4 }}>
          {t('fees.notice', { amount: n.amount, due: n.dueOn ?? '—' })}
        </Typography.Paragraph>
      ))}
      <SectionTable<CaseFees['ledger'][number]>
        rowKey="id"
        data-testid="fee-ledger"
        size="small"
        pagination={false}
        dataSource={f.ledger}
        emptyText={t('fees.noEntries')}
        columns={[
          { title: t('fees.entryOn'), dataIndex: 'entryOn', width: 110 },
          { title: t('fees.kind'), key: 'kind', width: 90, render: (_: unknown, e: CaseFees['ledger'][number]) => <Tag color={KIND_COLOR[e.kind]}>{pick(e.label)}</Tag> },
          { title: t('fees.amount'), dataIndex: 'amount', width: 110, align: 'right' as const },
          { title: t('fees.note'), dataIndex: 'note', ellipsis: true },
        ]}
      />
    </Card>
  );
}
