// The application behind a 财保, 民督 or 民申 case, as its record route gives it: what was asked, the periods that run
// (the 48 hours shown with the hour), and the outcome — 应当解除保全 when the applicant's 30 days lapsed unused.
import { Alert, Descriptions, Spin, Tag } from 'antd';
import { Link } from 'react-router';
import type { CaseDetail } from '../../contracts/cases';
import type { PaymentOrderRecord } from '../../contracts/paymentOrders';
import type { PreservationRecord } from '../../contracts/preservation';
import type { RetrialRecord } from '../../contracts/retrial';
import { useApiGet } from '../api/useApiGet';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';

export const SPECIAL_CASE_TYPES = ['财保', '民督', '民申'];

const RECORD_PATH: Record<string, string> = { 财保: 'preservation', 民督: 'payment-order', 民申: 'retrial' };

function useRecord<T>(detail: CaseDetail) {
  return useApiGet<T>(`/cases/${detail.id}/${RECORD_PATH[detail.caseType]}?v=${detail.version}`, { keepPreviousData: true });
}

const caseLink = (id: number | null, text?: string | null) => (id ? <Link to={`/cases/${id}`}>{text ?? `#${id}`}</Link> : '—');

function PreservationPanel({ detail }: { detail: CaseDetail }) {
  const { t, pick } = useI18n();
  const record = useRecord<PreservationRecord>(detail);
  const r = record.data;
  if (!r) return record.error ? <Alert type="error" showIcon title={record.error.message} /> : <Spin />;
  return (
    <div data-testid="preservation-record">
      {r.notice && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={pick(r.notice)} data-testid="preservation-must-lift" />}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('preservation.stage')}>{t(`preservation.${r.stage}`)}</Descriptions.Item>
        <Descriptions.Item label={t('special.amount')}>{r.amount}</Descriptions.Item>
        <Descriptions.Item label={t('preservation.clues')}>{r.propertyClues}</Descriptions.Item>
        <Descriptions.Item label={t('preservation.security')}>{`${t(`preservation.security.${r.security.kind}` as 'preservation.security.cash')} ${r.security.amount} — ${r.security.description}`}</Descriptions.Item>
        <Descriptions.Item label={t('special.fee')}>{r.fee}</Descriptions.Item>
        <Descriptions.Item label={t('preservation.rulingDueAt')}>
          <span data-testid="preservation-ruling-due">{r.rulingDueAt ? formatInstant(r.rulingDueAt) : '—'}</span>
          {r.decision && <Tag style={{ marginLeft: 8 }}>{r.decision === 'granted' ? t('preservation.grantedAmount') + ' ' + (r.grantedAmount ?? '') : t('special.reasons')}</Tag>}
        </Descriptions.Item>
        {r.suitDueOn && <Descriptions.Item label={t('preservation.suitDueOn')}>{r.suitDueOn}</Descriptions.Item>}
        {r.suitCaseId && <Descriptions.Item label={t('preservation.suitCase')}>{caseLink(r.suitCaseId)}</Descriptions.Item>}
        {r.arbitration && <Descriptions.Item label={t('preservation.arbitration')}>{`${r.arbitration.institution} ${r.arbitration.appliedOn} ${r.arbitration.reference ?? ''}`}</Descriptions.Item>}
        {r.executionCaseNumber && <Descriptions.Item label={t('preservation.executionCaseNumber')}>{r.executionCaseNumber}</Descriptions.Item>}
      </Descriptions>
    </div>
  );
}

function PaymentOrderPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const record = useRecord<PaymentOrderRecord>(detail);
  const r = record.data;
  if (!r) return record.error ? <Alert type="error" showIcon title={record.error.message} /> : <Spin />;
  return (
    <div data-testid="payment-order-record">
      {r.canTakeEffect && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('paymentOrder.canTakeEffect')} />}
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('paymentOrder.claim')}>{`${t(`paymentOrder.claim.${r.claim}`)} ${r.amount}`}</Descriptions.Item>
        <Descriptions.Item label={t('paymentOrder.debtDueOn')}>{r.debtDueOn}</Descriptions.Item>
        <Descriptions.Item label={t('special.fee')}>{r.fee}</Descriptions.Item>
        <Descriptions.Item label={t('paymentOrder.issueDueOn')}>{r.issuedOn ?? r.issueDueOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('paymentOrder.objectionDue')}>{r.objectionDue.map((d) => `${d.partyName}：${d.dueOn ?? '—'}`).join('；')}</Descriptions.Item>
        {r.objectedOn && <Descriptions.Item label={t('paymentOrder.objection')}>{r.objectedOn}</Descriptions.Item>}
        {r.effectiveOn && <Descriptions.Item label={t('paymentOrder.effectiveOn')}>{r.effectiveOn}</Descriptions.Item>}
        {r.litigationCaseId && <Descriptions.Item label={t('paymentOrder.litigationCase')}>{caseLink(r.litigationCaseId)}</Descriptions.Item>}
      </Descriptions>
    </div>
  );
}

function RetrialPanel({ detail }: { detail: CaseDetail }) {
  const { t, pick } = useI18n();
  const record = useRecord<RetrialRecord>(detail);
  const r = record.data;
  if (!r) return record.error ? <Alert type="error" showIcon title={record.error.message} /> : <Spin />;
  return (
    <Descriptions column={1} size="small" bordered data-testid="retrial-record">
      <Descriptions.Item label={t('retrial.original')}>{caseLink(r.originalCaseId, r.originalCaseNumber)}</Descriptions.Item>
      <Descriptions.Item label={t('retrial.grounds')}>{r.grounds.map((g) => pick(g.label)).join('；')}</Descriptions.Item>
      <Descriptions.Item label={t('retrial.effectiveOn')}>{r.judgmentEffectiveOn}</Descriptions.Item>
      <Descriptions.Item label={t('retrial.dueOn')}>{r.applicationDueOn}</Descriptions.Item>
      {r.decision && <Descriptions.Item label={t('retrial.decision')}>{t(r.decision === 'retry' ? 'retrial.retry' : 'retrial.dismiss')}</Descriptions.Item>}
      {r.retrialCaseId && <Descriptions.Item label={t('retrial.retrialCase')}>{caseLink(r.retrialCaseId, r.retrialCaseNumber)}</Descriptions.Item>}
    </Descriptions>
  );
}

export function SpecialProcedureTab({ detail }: { detail: CaseDetail }) {
  if (detail.caseType === '财保') return <PreservationPanel detail={detail} />;
  if (detail.caseType === '民督') return <PaymentOrderPanel detail={detail} />;
  return <RetrialPanel detail={detail} />;
}
