// The applicant's online applications beside the complaint: property preservation before suit or arbitration (财保,
// CPL-2023 art 104) and a payment order (民督, art 225). The applicant is the user (or the lawyer's client); the
// respondent is named; the server checks the rest (security, due debt, basic court) and answers with the new case.
import { Alert, App, Button, Card, Checkbox, DatePicker, Form, Input, Radio, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import type { Court } from '../../contracts/reference';
import { SECURITY_KINDS } from '../../domain/preservation/preservationApplication';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import { partyBody, PartyFields, type PartyValues } from '../execution/ExternalApplicationPage';
import { CauseSelect } from '../filing/CauseSelect';
import type { CauseValue } from '../filing/filingForm';
import { courtToday } from '../format/dates';
import { useI18n } from '../i18n/i18n';

const AMOUNT = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;

/** The applicant (self, or a lawyer's client) as `plaintiff` and the respondent as `defendant`, as the filing checks them. */
function useParties() {
  const { user } = useSession();
  const isLawyer = !!user?.roles.includes('lawyer');
  const self: PartyValues = { kind: 'person', ...(isLawyer ? {} : { name: user?.displayName, idNumber: user?.idNumber ?? undefined }) };
  const body = (applicant: PartyValues, respondent: PartyValues) => [
    { standing: 'plaintiff', ...partyBody(applicant), ...(isLawyer ? { isClient: true } : { isSelf: true }) },
    { standing: 'defendant', ...partyBody(respondent) },
  ];
  return { self, body, isLawyer };
}

/** Posts the application built from the form's validated values and opens the new case. */
function useApplicationSubmit(path: string, toBody: (v: Record<string, any>, parties: ReturnType<typeof useParties>['body']) => Record<string, unknown>) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const { busy, run } = useAction(form);
  const { self, body } = useParties();
  const submit = async () => {
    const v = await form.validateFields();
    await run(async () => {
      const r = await api.post<{ caseId: number }>(path, { ...toBody(v, body), attachmentIds: [] });
      message.success(t('special.submitted'));
      void navigate(`/cases/${r.caseId}`);
    });
  };
  return { form, busy, submit, self };
}

/** The court filed at (basic courts only where the law says so); shared with the 自诉 page. */
export function CourtField({ basicOnly }: { basicOnly?: boolean }) {
  const { t } = useI18n();
  const courts = useApiGet<Court[]>('/courts');
  return (
    <Form.Item name="courtId" label={t('special.court')} rules={[{ required: true }]}>
      <Select showSearch optionFilterProp="label" options={(courts.data ?? []).filter((c) => c.isActive && (!basicOnly || c.level === 'basic')).map((c) => ({ value: c.id, label: c.name }))} />
    </Form.Item>
  );
}

function PartiesSection() {
  const { t } = useI18n();
  const { isLawyer } = useParties();
  return (
    <>
      <Typography.Title level={5}>{t(isLawyer ? 'externalExecution.client' : 'externalExecution.self')}</Typography.Title>
      <PartyFields prefix={['applicant']} />
      <Typography.Title level={5}>{t('special.respondent')}</Typography.Title>
      <PartyFields prefix={['respondent']} />
    </>
  );
}

export function PreservationApplicationPage() {
  const { t } = useI18n();
  const { form, busy, submit, self } = useApplicationSubmit('/preservation/applications', (v, body) => ({
    courtId: v.courtId,
    stage: v.stage,
    parties: body(v.applicant, v.respondent),
    amount: v.amount,
    propertyClues: v.propertyClues.trim(),
    security: { kind: v.securityKind, amount: v.securityAmount, description: v.securityDescription.trim() },
  }));
  return (
    <Card title={t('preservation.title')}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('preservation.hint')} />
      <Form form={form} layout="vertical" initialValues={{ stage: 'preSuit', applicant: self, respondent: { kind: 'person' }, securityKind: 'guarantee' }} data-testid="preservation-form">
        <CourtField />
        <Form.Item name="stage" label={t('preservation.stage')} rules={[{ required: true }]}>
          <Radio.Group options={[{ value: 'preSuit', label: t('preservation.preSuit') }, { value: 'preArbitration', label: t('preservation.preArbitration') }]} />
        </Form.Item>
        <PartiesSection />
        <Form.Item name="amount" label={t('special.amount')} rules={[{ required: true, pattern: AMOUNT }]}>
          <Input inputMode="decimal" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="propertyClues" label={t('preservation.clues')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={5000} showCount />
        </Form.Item>
        <Space align="start" wrap>
          <Form.Item name="securityKind" label={t('preservation.security')} rules={[{ required: true }]}>
            <Select style={{ width: 180 }} options={SECURITY_KINDS.map((k) => ({ value: k, label: t(`preservation.security.${k}`) }))} />
          </Form.Item>
          <Form.Item name="securityAmount" label={t('preservation.securityAmount')} rules={[{ required: true, pattern: AMOUNT }]}>
            <Input inputMode="decimal" style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Form.Item name="securityDescription" label={t('preservation.securityDescription')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={1000} />
        </Form.Item>
        <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="preservation-submit">
          {t('common.submit')}
        </Button>
      </Form>
    </Card>
  );
}

export function PaymentOrderApplicationPage() {
  const { t } = useI18n();
  const { form, busy, submit, self } = useApplicationSubmit('/payment-orders/applications', (v, body) => ({
    courtId: v.courtId,
    // The cause picker holds { value, label } (filing/CauseSelect.tsx): the API takes the id.
    causeId: (v.causeId as CauseValue).value,
    parties: body(v.applicant, v.respondent),
    claim: v.claim,
    amount: v.amount,
    debtDueOn: (v.debtDueOn as Dayjs).format('YYYY-MM-DD'),
    hasCounterObligation: !!v.hasCounterObligation,
    facts: v.facts.trim(),
  }));
  return (
    <Card title={t('paymentOrder.title')}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('paymentOrder.hint')} />
      <Form form={form} layout="vertical" initialValues={{ claim: 'money', applicant: self, respondent: { kind: 'person' }, hasCounterObligation: false }} data-testid="payment-order-form">
        <CourtField basicOnly />
        <Form.Item name="causeId" label={t('paymentOrder.cause')} rules={[{ required: true }]}>
          <CauseSelect />
        </Form.Item>
        <PartiesSection />
        <Space align="start" wrap>
          <Form.Item name="claim" label={t('paymentOrder.claim')} rules={[{ required: true }]}>
            <Radio.Group options={[{ value: 'money', label: t('paymentOrder.claim.money') }, { value: 'securities', label: t('paymentOrder.claim.securities') }]} />
          </Form.Item>
          <Form.Item name="amount" label={t('special.amount')} rules={[{ required: true, pattern: AMOUNT }]}>
            <Input inputMode="decimal" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="debtDueOn" label={t('paymentOrder.debtDueOn')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isAfter(courtToday())} />
          </Form.Item>
        </Space>
        <Form.Item name="hasCounterObligation" valuePropName="checked">
          <Checkbox>{t('paymentOrder.counterObligation')}</Checkbox>
        </Form.Item>
        <Form.Item name="facts" label={t('paymentOrder.facts')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="payment-order-submit">
          {t('common.submit')}
        </Button>
      </Form>
    </Card>
  );
}
