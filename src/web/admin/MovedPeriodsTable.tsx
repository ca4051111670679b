// After a calendar or settings change: the periods whose due date moved, old → new, so the court can tell the parties.
import { Table } from 'antd';
import { Link } from 'react-router';
import type { MovedPeriod } from '../../contracts/clock';
import { useI18n } from '../i18n/i18n';

export function MovedPeriodsTable({ moved }: { moved: MovedPeriod[] }) {
  const { t, pick } = useI18n();
  return (
    <Table<MovedPeriod>
      rowKey={(m) => `${m.caseId}:${m.kind}:${m.oldDueOn}`}
      size="small"
      data-testid="moved-periods"
      title={() => t('moved.title')}
      locale={{ emptyText: t('moved.none') }}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      dataSource={moved}
      columns={[
        { title: t('case.number'), key: 'case', render: (_, m) => <Link to={`/cases/${m.caseId}`}>{m.caseNumber ?? `#${m.caseId}`}</Link> },
        { title: t('clock.period'), key: 'label', render: (_, m) => pick(m.label) },
        { title: t('moved.old'), dataIndex: 'oldDueOn', width: 120 },
        { title: t('moved.new'), dataIndex: 'newDueOn', width: 120 },
      ]}
    />
  );
}
