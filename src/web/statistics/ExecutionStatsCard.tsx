// 执行统计: received, closed by method, 执行完毕率, 终本率, 执行到位率 and days, by court, team and officer, for the
// 院庭长's court and those under it (GET /api/v1/statistics/execution; Excel from its /export); and each court's latest
// 一日三通报 against its goal, 不明款 and 超期发放 both at zero.
import { SettlementStatsTable } from '../executionSettlement/SettlementStatsTable';
import { Card, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { ExecutionStats } from '../../contracts/statistics';
import { EXECUTION_CLOSING_METHODS, EXECUTION_CLOSING_RULES } from '../../domain/execution/closing';
import { qs } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { EChart, type ChartOption } from '../charts/EChart';
import { useI18n } from '../i18n/i18n';
import { ExportButton } from '../lists/ExportButton';

type Row = Omit<ExecutionStats['total'], 'monthly'> & { key: string; name: string };

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

export function ExecutionStatsCard({ months }: { months: number }) {
  const { t, lang } = useI18n();
  const stats = useApiGet<ExecutionStats>(`/statistics/execution${qs({ months })}`, { keepPreviousData: true });
  const s = stats.data;
  const chart = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('stats.execution.received'), t('stats.execution.closed')] },
      grid: { left: 56, right: 24, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: s?.months ?? [] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('stats.execution.received'), type: 'bar', data: s?.total.monthly.received ?? [] },
        { name: t('stats.execution.closed'), type: 'bar', data: s?.total.monthly.closed ?? [] },
      ],
    }),
    [s, t],
  );
  const right = 'right' as const;
  const columns = [
    { title: t('stats.execution.name'), dataIndex: 'name', fixed: 'left' as const },
    { title: t('stats.execution.received'), dataIndex: 'received', align: right },
    { title: t('stats.execution.closed'), dataIndex: 'closed', align: right },
    ...EXECUTION_CLOSING_METHODS.map((m) => ({ title: EXECUTION_CLOSING_RULES[m].label[lang], key: m, align: right, render: (_: unknown, r: Row) => r.closedBy[m] })),
    { title: t('stats.execution.completionRate'), key: 'completionRate', align: right, render: (_: unknown, r: Row) => percent(r.completionRate) },
    { title: t('stats.execution.currentRoundEndedRate'), key: 'currentRoundEndedRate', align: right, render: (_: unknown, r: Row) => percent(r.currentRoundEndedRate) },
    { title: t('stats.execution.appliedAmount'), dataIndex: 'appliedAmount', align: right },
    { title: t('stats.execution.paidAmount'), dataIndex: 'paidAmount', align: right },
    { title: t('stats.execution.fundsRecoveryRate'), key: 'fundsRecoveryRate', align: right, render: (_: unknown, r: Row) => percent(r.fundsRecoveryRate) },
    { title: t('stats.execution.averageDays'), key: 'averageDays', align: right, render: (_: unknown, r: Row) => r.averageDays ?? '—' },
  ];
  const courts: Row[] = (s?.courts ?? []).map(({ monthly: _m, courtId, courtName, ...f }) => ({ ...f, key: `c${courtId}`, name: courtName }));
  if (s && courts.length > 1) {
    const { monthly: _m, ...total } = s.total;
    courts.push({ ...total, key: 'total', name: t('stats.total') });
  }
  const table = (rows: Row[], testId: string) => (
    <Table<Row> size="small" rowKey="key" loading={stats.loading && !s} dataSource={rows} pagination={false} columns={columns} data-testid={testId} scroll={{ x: true }} style={{ marginBottom: 16 }} />
  );
  return (
    <Card title={t('stats.execution.title')} style={{ marginTop: 16 }} data-testid="execution-statistics" extra={<ExportButton path="/statistics/execution" query={{ months }} />}>
      <EChart option={chart} height={260} testId="execution-stats-chart" />
      {table(courts, 'execution-stats-courts')}
      <Typography.Title level={5}>{t('stats.execution.byTeam')}</Typography.Title>
      {table((s?.byTeam ?? []).map(({ teamId, name, courtId: _c, courtName, ...f }) => ({ ...f, key: `t${teamId}`, name: `${name ?? t('stats.execution.team', { id: teamId })}（${courtName}）` })), 'execution-stats-teams')}
      <Typography.Title level={5}>{t('stats.execution.byOfficer')}</Typography.Title>
      {table((s?.byOfficer ?? []).map(({ officerId, name, courtId: _c, courtName, ...f }) => ({ ...f, key: `o${officerId}`, name: `${name}（${courtName}）` })), 'execution-stats-officers')}
      <Typography.Title level={5}>{t('stats.execution.fundReports')}</Typography.Title>
      <FundReportGoals reports={s?.fundReports ?? []} />
      <Typography.Title level={5}>{t('stats.settlement.title')}</Typography.Title>
      <SettlementStatsTable figures={s?.settlements} />
      <Typography.Paragraph type="secondary">{t('stats.execution.note')}</Typography.Paragraph>
    </Card>
  );
}

function FundReportGoals({ reports }: { reports: ExecutionStats['fundReports'] }) {
  const { t } = useI18n();
  return (
    <Table
      rowKey="courtId"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={reports}
      locale={{ emptyText: t('stats.execution.noFundReports') }}
      data-testid="execution-fund-goals"
      columns={[
        { title: t('stats.execution.name'), dataIndex: 'courtName' },
        { title: t('stats.execution.reportSlot'), dataIndex: 'slot' },
        { title: t('stats.execution.unclaimed'), dataIndex: 'unclaimedCount', align: 'right' },
        { title: t('stats.execution.unclaimedAmount'), dataIndex: 'unclaimedAmount', align: 'right' },
        { title: t('stats.execution.heldOverdue'), dataIndex: 'heldOverdue', align: 'right' },
        { title: t('stats.execution.goal'), key: 'goal', render: (_, r) => <Tag color={r.goalMet ? 'green' : 'red'}>{t(r.goalMet ? 'stats.execution.goalMet' : 'stats.execution.goalNotMet')}</Tag> },
      ]}
    />
  );
}
