// 关联案件: the case this one came from (the case below an appeal, the complaint a mediation matter was opened from),
// and those it led to (appeals, pre-litigation mediation).
import { Empty, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { LinkedCase } from '../api/types';
import { NodeTag } from '../cases/NodeTag';
import { useI18n } from '../i18n/i18n';
import { MEDIATION_CASE_TYPES } from '../mediation/MediationTab';

export function LinkedCasesTab({ caseType, origin, continuations }: { caseType: string; origin: LinkedCase | null; continuations: LinkedCase[] }) {
  const { t } = useI18n();
  if (!origin && continuations.length === 0) return <Empty description={t('case.noLinkedCases')} />;
  const mediations = continuations.filter((c) => MEDIATION_CASE_TYPES.includes(c.caseType));
  const appeals = continuations.filter((c) => !MEDIATION_CASE_TYPES.includes(c.caseType));
  return (
    <>
      {origin && <LinkedList title={MEDIATION_CASE_TYPES.includes(caseType) ? t('mediation.originFiling') : t('case.origin')} cases={[origin]} testId="origin-case" />}
      {mediations.length > 0 && <LinkedList title={t('mediation.matters')} cases={mediations} testId="mediation-cases" />}
      {appeals.length > 0 && <LinkedList title={t('case.continuations')} cases={appeals} testId="continuation-cases" />}
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
