// 收结案统计: registrations and closings per month for the 院庭长's court and the courts under it, with each
// court's totals, closed/registered ratio and open cases (GET /api/v1/statistics/monthly).
import { Card, InputNumber, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { MonthlyStats } from '../../contracts/statistics';
import { qs } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { EChart, type ChartOption } from '../charts/EChart';
import { useI18n } from '../i18n/i18n';
import { ExecutionStatsCard } from './ExecutionStatsCard';
import { MediationStatsCard } from './MediationStatsCard';


const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const ratio = (closed: number, received: number) => (received === 0 ? '—' : `${((closed / received) * 100).toFixed(1)}%`);

export function StatisticsPage() {
  const { t } = useI18n();
  const [months, setMonths] = useState(12);
  const stats = useApiGet<MonthlyStats>(`/statistics/monthly${qs({ months })}`, { keepPreviousData: true });
  const s = stats.data;
  const chart = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('stats.received'), t('stats.closed')] },
      grid: { left: 56, right: 24, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: s?.months ?? [] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('stats.received'), type: 'bar', data: s?.total.received ?? [] },
        { name: t('stats.closed'), type: 'bar', data: s?.total.closed ?? [] },
      ],
    }),
    [s, t],
  );
  const rows = useMemo(() => {
    const courts = (s?.courts ?? []).map((c) => ({ key: c.courtId, name: c.courtName, received: sum(c.received), closed: sum(c.closed), pending: c.pending }));
    if (s && courts.length > 1) courts.push({ key: 0, name: t('stats.total'), received: sum(s.total.received), closed: sum(s.total.closed), pending: s.total.pending });
    return courts;
  }, [s, t]);
  return (
    <>
    <Card title={t('stats.title')} data-testid="statistics">
      <Space style={{ marginBottom: 12 }}>
        <span>{t('stats.months')}</span>
        <span data-testid="stats-months">
          <InputNumber min={1} max={36} value={months} onChange={(v) => v && setMonths(v)} />
        </span>
      </Space>
      <EChart option={chart} height={300} testId="stats-chart" />
      <Table<{ key: number; name: string; received: number; closed: number; pending: number }>
        size="small"
        rowKey="key"
        loading={stats.loading && !s}
        dataSource={rows}
        pagination={false}
        data-testid="stats-table"
        columns={[
          { title: t('stats.court'), dataIndex: 'name' },
          { title: t('stats.received'), dataIndex: 'received', align: 'right' },
          { title: t('stats.closed'), dataIndex: 'closed', align: 'right' },
          { title: t('stats.ratio'), key: 'ratio', align: 'right', render: (_: unknown, r: { closed: number; received: number }) => ratio(r.closed, r.received) },
          { title: t('stats.pending'), dataIndex: 'pending', align: 'right' },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('stats.note')}
      </Typography.Paragraph>
    </Card>
    <MediationStatsCard months={months} />
    <ExecutionStatsCard months={months} />
    </>
  );
}

