// 诉前调解统计: the centre's figures for the 院庭长's court and those under it (GET /api/v1/statistics/mediation).
import { Card, Table, Typography } from 'antd';
import type { MediationStats } from '../../contracts/statistics';
import { qs } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';

interface Row {
  key: string;
  name: string;
  received: number;
  settled: number;
  failed: number;
  withdrawn: number;
  successRate: number | null;
  conversionRate: number | null;
  averageDays: number | null;
}

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

export function MediationStatsCard({ months }: { months: number }) {
  const { t } = useI18n();
  const stats = useApiGet<MediationStats>(`/statistics/mediation${qs({ months })}`, { keepPreviousData: true });
  const s = stats.data;
  const columns = [
    { title: t('stats.mediation.name'), dataIndex: 'name' },
    { title: t('stats.mediation.received'), dataIndex: 'received', align: 'right' as const },
    { title: t('stats.mediation.settled'), dataIndex: 'settled', align: 'right' as const },
    { title: t('stats.mediation.failed'), dataIndex: 'failed', align: 'right' as const },
    { title: t('stats.mediation.withdrawn'), dataIndex: 'withdrawn', align: 'right' as const },
    { title: t('stats.mediation.successRate'), key: 'successRate', align: 'right' as const, render: (_: unknown, r: Row) => percent(r.successRate) },
    { title: t('stats.mediation.conversionRate'), key: 'conversionRate', align: 'right' as const, render: (_: unknown, r: Row) => percent(r.conversionRate) },
    { title: t('stats.mediation.averageDays'), key: 'averageDays', align: 'right' as const, render: (_: unknown, r: Row) => r.averageDays ?? '—' },
  ];
  const courts: Row[] = (s?.courts ?? []).map((c) => ({ ...c, key: `c${c.courtId}`, name: c.courtName }));
  if (s && courts.length > 1) courts.push({ ...s.total, key: 'total', name: t('stats.total') });
  const table = (rows: Row[], testId: string) => (
    <Table<Row> size="small" rowKey="key" loading={stats.loading && !s} dataSource={rows} pagination={false} columns={columns} data-testid={testId} scroll={{ x: true }} style={{ marginBottom: 16 }} />
  );
  return (
    <Card title={t('stats.mediation.title')} style={{ marginTop: 16 }} data-testid="mediation-statistics">
      {table(courts, 'mediation-stats-courts')}
      <Typography.Title level={5}>{t('stats.mediation.byOrganisation')}</Typography.Title>
      {table((s?.byOrganisation ?? []).map((o) => ({ ...o, key: `o${o.organisationId}` })), 'mediation-stats-organisations')}
      <Typography.Title level={5}>{t('stats.mediation.byMediator')}</Typography.Title>
      {table((s?.byMediator ?? []).map((m) => ({ ...m, key: `m${m.mediatorId}`, name: `${m.name}（${m.organisationName}）` })), 'mediation-stats-mediators')}
      {s && (
        <Typography.Paragraph data-testid="mediation-confirmations">
          {t('stats.mediation.confirmations', { granted: s.total.confirmationsGranted, dismissed: s.total.confirmationsDismissed, refused: s.total.confirmationsRefused })}
        </Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary">{t('stats.mediation.note')}</Typography.Paragraph>
    </Card>
  );
}
