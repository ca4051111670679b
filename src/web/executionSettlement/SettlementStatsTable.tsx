// /statistics, execution section: 执前调 received and settled (with the rate) and 执行和解 performed/defaulted per court.
import { Table } from 'antd';
import type { ExecutionStats } from '../../contracts/statistics';
import { useI18n } from '../i18n/i18n';

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

export function SettlementStatsTable({ figures }: { figures: ExecutionStats['settlements'] | undefined }) {
  const { t } = useI18n();
  const rows = figures ? [...figures.courts.map((c) => ({ ...c, key: String(c.courtId) })), { ...figures.total, key: 'total', courtId: 0, courtName: t('stats.settlement.total') }] : [];
  return (
    <Table
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rows}
      data-testid="execution-settlement-stats"
      columns={[
        { title: t('stats.execution.name'), dataIndex: 'courtName' },
        { title: t('stats.settlement.preReceived'), dataIndex: 'preExecutionReceived', align: 'right' },
        { title: t('stats.settlement.preSettled'), dataIndex: 'preExecutionSettled', align: 'right' },
        { title: t('stats.settlement.preRate'), key: 'rate', align: 'right', render: (_, r) => percent(r.preExecutionSettledRate) },
        { title: t('stats.settlement.made'), dataIndex: 'settlementsMade', align: 'right' },
        { title: t('stats.settlement.performed'), dataIndex: 'settlementsPerformed', align: 'right' },
        { title: t('stats.settlement.defaulted'), dataIndex: 'settlementsDefaulted', align: 'right' },
      ]}
    />
  );
}
