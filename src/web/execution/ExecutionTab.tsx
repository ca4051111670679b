// 执行: what an execution case executes and for how much (the doubled interest with its derivation), whether the
// application came late (the clerk's warning, CPL-2023 art 250), the fee charged after execution, and its stage.
import { Alert, Descriptions, Spin, Steps, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CaseDetail } from '../../contracts/cases';
import type { ExecutionRecord } from '../../contracts/execution';
import { useApiGet } from '../api/useApiGet';
import { TraceSteps } from '../clock/periodDisplay';
import { EndOfRoundCard } from './EndOfRoundCard';
import { ExecutionFundsCard } from './ExecutionFundsCard';
import { CreditPanel } from '../creditSanctions/CreditPanel';
import { SettlementCard } from '../executionSettlement/SettlementCard';
import { AssetControlCard } from '../assetControl/AssetControlCard';
import { useI18n } from '../i18n/i18n';
import { ObjectToExecutionButton } from './ObjectToExecution';
import { RestoreExecutionButton } from './RestoreExecution';
import type { MessageKey } from '../i18n/messages';

/** 执 and 执恢 (the same declaration, src/domain/casetypes/executionCase.ts). */
export const EXECUTION_CASE_TYPES = ['执', '执恢'];

export function ExecutionTab({ detail }: { detail: CaseDetail }) {
  const { t, pick } = useI18n();
  const record = useApiGet<ExecutionRecord>(`/cases/${detail.id}/execution?v=${detail.version}`, { keepPreviousData: true });
  const r = record.data;
  if (!r) return record.error ? <Alert type="error" showIcon title={record.error.message} /> : <Spin />;
  const current = r.stage ? r.stages.findIndex((s) => s.code === r.stage!.code) : -1;
  return (
    <div data-testid="execution-record">
      {r.externalTitle?.jurisdictionWarning && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('execution.jurisdictionWarning')} description={pick(r.externalTitle.jurisdictionWarning)} data-testid="execution-jurisdiction-warning" />}
      {r.lateWarning && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('execution.lateWarning')} description={pick(r.lateWarning)} data-testid="execution-late-warning" />}
      <EndOfRoundCard detail={detail} />
      <RestoreExecutionButton detail={detail} />
      <ObjectToExecutionButton detail={detail} />
      <Typography.Title level={5}>{t('execution.stage')}</Typography.Title>
      {r.suspended && (
        <Tag color="orange" style={{ marginBottom: 8 }}>
          {t('execution.suspended')}
        </Tag>
      )}
      <Steps size="small" current={current} items={r.stages.map((s) => ({ title: pick(s.label) }))} style={{ marginBottom: 16 }} data-testid="execution-stages" />
      {current < 0 && <Typography.Paragraph type="secondary">{t('execution.noStage')}</Typography.Paragraph>}
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        {r.triage && (
          <Descriptions.Item label={t('execution.triage')}>
            <Tag color={r.triage.track === 'simple' ? 'green' : 'blue'} data-testid="execution-track">
              {pick(r.triage.trackLabel)}
            </Tag>
            {r.triage.reasons.map((x) => pick(x)).join('；')}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('execution.team')}>{r.teamName ?? t('execution.noTeam')}</Descriptions.Item>
        <Descriptions.Item label={t('execution.title')}>
          {r.externalTitle ? (
            <span data-testid="execution-external-title">
              {pick(r.externalTitle.kindLabel)}：{r.externalTitle.issuer} {r.externalTitle.documentNumber}
              {r.externalTitle.certificateNumber ? `（${t('execution.certificate')} ${r.externalTitle.certificateNumber}）` : ''}
            </span>
          ) : (
            <Link to={`/cases/${r.titleCaseId}`}>{r.titleCaseNumber ?? r.titleCaseId}</Link>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('execution.titleEffectiveOn')}>
          {r.titleEffectiveOn}（{pick(r.titleEffect.note)}）
        </Descriptions.Item>
        {r.items.map((i, n) => (
          <Descriptions.Item key={n} label={`${t(`execution.kind.${i.kind}` as MessageKey)}：${i.label}`}>
            {i.amount} 元 · {t('execution.itemDueOn')} {i.dueOn}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('execution.delayInterest')}>
          {r.delayInterest.amount} 元（{r.delayInterest.asOf}）
        </Descriptions.Item>
        <Descriptions.Item label={t('execution.amount')}>{r.amount} 元</Descriptions.Item>
        <Descriptions.Item label={t('execution.fee')}>{t('execution.feeAfter', { amount: r.fee.amount })}</Descriptions.Item>
        <Descriptions.Item label={t('execution.applicationDue')}>{r.applicationPeriod.due}</Descriptions.Item>
        <Descriptions.Item label={t('execution.assetClues')}>{r.assetClues || t('execution.assetCluesNone')}</Descriptions.Item>
        {r.objections.length > 0 && (
          <Descriptions.Item label={t('objection.list')}>
            <div data-testid="execution-objections">
              {r.objections.map((o) => (
                <div key={o.caseId}>
                  <Link to={`/cases/${o.caseId}`}>{o.caseNumber ?? o.caseId}</Link> {t(`objection.kind.${o.kind}`)}：{o.act} —{' '}
                  <Tag color={o.decision === 'sustain' ? 'red' : o.decision ? 'default' : 'processing'}>{o.effect ? pick(o.effect) : t('objection.pending')}</Tag>
                </div>
              ))}
            </div>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5}>{t('execution.delayInterest')}</Typography.Title>
      <TraceSteps trace={r.delayInterest.trace} />
      <ExecutionFundsCard detail={detail} />
      <CreditPanel detail={detail} />
      <SettlementCard detail={detail} />
      <AssetControlCard caseId={detail.id} />
    </div>
  );
}
