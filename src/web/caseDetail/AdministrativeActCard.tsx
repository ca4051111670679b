// 行初/行终: the challenged act, its kind and the time to sue; a late (or, ALL art 47, early) complaint is flagged for
// the filing clerk (ALL arts 45–47).
import { Alert, Descriptions } from 'antd';
import type { CaseDetail } from '../../contracts/cases';
import { actTypeOf } from '../../domain/administrative/actTypes';
import { ADMIN_JUDGMENT_RULES, type AdminJudgmentKind } from '../../domain/administrative/judgmentKinds';
import { citationLabel } from '../../domain/citations/citations';
import { useI18n } from '../i18n/i18n';

export function AdministrativeActCard({ detail }: { detail: CaseDetail }) {
  const { t, pick } = useI18n();
  const a = detail.administrativeAct;
  if (!a) return null;
  const d = a.lawsuitDeadline;
  return (
    <div style={{ marginBottom: 16 }} data-testid="administrative-act">
      {d.warning && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t(d.isEarly ? 'admin.deadlineEarly' : 'admin.deadlineLate')} description={pick(d.warning)} />}
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        title={t('admin.act')}
        items={[
          { key: 'name', label: t('admin.actName'), children: a.name },
          ...(actTypeOf(a.actType) ? [{ key: 'actType', label: t('admin.actType'), children: pick(actTypeOf(a.actType)!.label) }] : []),
          ...(a.dutyApplication
            ? [{ key: 'duty', label: t('admin.dutyAppliedOn'), children: `${a.dutyApplication.appliedOn}${a.dutyApplication.isEmergency ? `（${t('admin.isEmergency')}）` : ''}` }]
            : []),
          { key: 'documentNumber', label: t('admin.documentNumber'), children: a.documentNumber ?? '—' },
          { key: 'actOn', label: t('admin.actOn'), children: a.actOn },
          { key: 'knownOn', label: t('admin.knownOn'), children: a.knownOn },
          ...(a.reconsideration
            ? [
                { key: 'decisionOn', label: t('admin.reconsiderationDecisionOn'), children: a.reconsideration.decisionOn },
                { key: 'receivedOn', label: t('admin.reconsiderationReceivedOn'), children: a.reconsideration.receivedOn ?? '—' },
              ]
            : []),
          { key: 'deadline', label: t('admin.deadline'), span: 2, children: t('admin.deadlineDue', { dueOn: d.dueOn, source: pick(citationLabel(d.source)) }) },
          ...(a.judgmentKind && a.judgmentKind in ADMIN_JUDGMENT_RULES
            ? [{ key: 'judgment', label: t('admin.judgmentKind'), span: 2, children: pick(ADMIN_JUDGMENT_RULES[a.judgmentKind as AdminJudgmentKind].label) }]
            : []),
        ]}
      />
    </div>
  );
}
