// 关联案件: the first-instance case an appeal came from, and the appeals this case led to.
import { Empty, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { LinkedCase } from '../api/types';
import { NodeTag } from '../cases/NodeTag';
import { useI18n } from '../i18n/i18n';

export function LinkedCasesTab({ origin, continuations }: { origin: LinkedCase | null; continuations: LinkedCase[] }) {
  const { t } = useI18n();
  if (!origin && continuations.length === 0) return <Empty description={t('case.noLinkedCases')} />;
  return (
    <>
      {origin && <LinkedList title={t('case.origin')} cases={[origin]} testId="origin-case" />}
      {continuations.length > 0 && <LinkedList title={t('case.continuations')} cases={continuations} testId="continuation-cases" />}
    </>
  );
}

function LinkedList({ title, cases, testId }: { title: string; cases: LinkedCase[]; testId: string }) {
  const { t } = useI18n();
  return (
    <div data-testid={testId} style={{ marginBottom: 16 }}>
      <Typography.Title level={5}>{title}</Typography.Title>
      <List
        bordered
        size="small"
        dataSource={cases}
        renderItem={(c) => (
          <List.Item extra={<NodeTag node={c.node} label={c.nodeLabel} />}>
            <List.Item.Meta title={<Link to={`/cases/${c.id}`}>{c.caseNumber ?? t('case.numberPendingShort')}</Link>} description={`${c.courtName} · ${c.caseType}`} />
          </List.Item>
        )}
      />
    </div>
  );
}
