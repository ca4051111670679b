// 网上立案: a five-step wizard over one form; every step stays mounted so nothing typed is lost going back and forth.
import { App, Button, Card, Form, Progress, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CaseDetail, FilingInput } from '../../contracts/cases';
import type { JurisdictionWarning } from '../../contracts/jurisdiction';
import type { Court } from '../../contracts/reference';
import { JurisdictionProposalPanel, jurisdictionOf } from '../jurisdiction/JurisdictionFields';
import { api, ApiError } from '../api/client';
import { refusedFields } from '../api/refusedFields';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import type { MessageKey } from '../i18n/messages';
import { AddressConfirmationFields } from '../service/AddressConfirmationFields';
import { ClaimsFields } from './ClaimsFields';
import { CourtCauseStep } from './CourtCauseStep';
import { FilingReview } from './FilingReview';
import { filerRoleOf, formPathOfRequest, initialFilingValues, materialFiles, toFilingContent, type FilingFormValues } from './filingForm';
import { MediationConsentField } from './MediationConsentField';
import { MATERIAL_FIELDS, MaterialsUpload, requiredMaterialFields } from './MaterialsUpload';
import { PartiesFields } from './PartiesFields';

const STEPS: { title: MessageKey; fields: string[] }[] = [
  { title: 'filing.stepCourt', fields: ['caseType', 'courtId', 'causeId', 'administrativeAct', 'jurisdiction'] },
  { title: 'filing.stepParties', fields: ['parties'] },
  { title: 'filing.stepClaims', fields: ['claims', 'amount', 'facts'] },
  { title: 'filing.stepMaterials', fields: [] },
  { title: 'filing.stepAddresses', fields: ['addresses'] },
  { title: 'filing.stepReview', fields: ['mediationConsent'] },
];
const PARTIES_STEP = 1;
const MATERIALS_STEP = 3;

const stepOf = (path: (string | number)[]) => STEPS.findIndex((s) => s.fields.includes(String(path[0])));

export function NewFilingPage() {
  const { user } = useSession();
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FilingFormValues>();
  const [current, setCurrent] = useState(0);
  const [review, setReview] = useState<FilingFormValues | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const courts = useApiGet<Court[]>('/courts');
  const narrow = useNarrowScreen();
  const [initialValues] = useState(() => (user ? initialFilingValues(user) : undefined));
  if (!user) return null;
  const filerRole = filerRoleOf(user);

  const goTo = (step: number) => {
    if (step === STEPS.length - 1) setReview(form.getFieldsValue(true) as FilingFormValues);
    setCurrent(step);
  };

  const next = async () => {
    try {
      await form.validateFields(current === MATERIALS_STEP ? requiredMaterialFields(filerRole) : STEPS[current]!.fields, { recursive: true });
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as FilingFormValues;
    if (current === MATERIALS_STEP && materialFiles(values).some((f) => f.status === 'uploading')) {
      message.warning(t('filing.uploadsPending'));
      return;
    }
    goTo(current + 1);
  };

  const submit = async () => {
    try {
      await form.validateFields(STEPS[current]!.fields);
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as FilingFormValues;
    const body: FilingInput = { caseType: values.caseType ?? '民初', courtId: values.courtId ?? 0, ...toFilingContent(values, filerRole), ...jurisdictionOf(values.jurisdiction) };
    setSubmitting(true);
    try {
      const created = await api.post<CaseDetail & { jurisdictionWarnings: JurisdictionWarning[] }>('/filings', body);
      const warning = created.jurisdictionWarnings[0];
      if (warning) message.warning(t('jurisdiction.filedWithWarning', { message: warning.message[lang] }));
      else message.success(t('filing.submitted'));
      navigate(`/cases/${created.id}`);
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, 'NETWORK', String(e), null);
      message.error(err.message);
      // The field the server refused is marked where it was typed, and the wizard goes back to that step.
      const marked = refusedFields(err).map((f) => ({ name: formPathOfRequest(f.path), errors: [f.message] }));
      const step = marked.length ? stepOf(marked[0]!.name) : -1;
      // A missing required material is marked on its upload field, on the materials step.
      const missing = err.code === 'FILING_MATERIAL_MISSING' && Array.isArray(err.body?.details?.missing) ? (err.body.details.missing as string[]) : [];
      if (missing.length) {
        setCurrent(MATERIALS_STEP);
        form.setFields(MATERIAL_FIELDS.filter((m) => missing.includes(m.category)).map((m) => ({ name: m.field as keyof FilingFormValues, errors: [err.message] })));
      } else if (step >= 0) {
        form.setFields(marked as Parameters<typeof form.setFields>[0]);
        setCurrent(step);
        // Once the step is shown.
        setTimeout(() => form.scrollToField(marked[0]!.name), 0);
      } else if (typeof err.body?.details?.partyIndex === 'number') setCurrent(PARTIES_STEP);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Card title={t('menu.newFiling')}>
      {/* On a phone six step titles do not fit a row: the current step is named over a segmented bar. */}
      {narrow ? (
        <div style={{ marginBottom: 16 }}>
          <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="filing-step-title">
            {t('filing.stepOf', { n: current + 1, total: STEPS.length, title: t(STEPS[current]!.title) })}
          </Typography.Title>
          <Progress steps={STEPS.length} percent={((current + 1) / STEPS.length) * 100} showInfo={false} size={{ height: 6 }} aria-hidden style={{ display: 'block' }} />
        </div>
      ) : (
        <Steps current={current} items={STEPS.map((s) => ({ title: t(s.title) }))} style={{ marginBottom: 32 }} onChange={(s) => s < current && goTo(s)} />
      )}
      <Form<FilingFormValues> form={form} layout="vertical" initialValues={initialValues} scrollToFirstError>
        <div style={{ display: current === 0 ? undefined : 'none' }}>
          <CourtCauseStep courts={courts.data} loading={courts.loading} />
        </div>
        <div style={{ display: current === 1 ? undefined : 'none' }}>
          <PartiesFields filerRole={filerRole} />
        </div>
        <div style={{ display: current === 2 ? undefined : 'none' }}>
          <ClaimsFields />
        </div>
        <div style={{ display: current === 3 ? undefined : 'none' }}>
          <MaterialsUpload filerRole={filerRole} requireFiles />
        </div>
        <div style={{ display: current === 4 ? undefined : 'none' }} data-testid="filing-addresses">
          <Typography.Paragraph type="secondary">{t(filerRole === 'lawyer' ? 'filing.addressesForClients' : 'filing.addressesExplain')}</Typography.Paragraph>
          <AddressConfirmationFields prefix={['addresses']} hasAccount requireSignature />
        </div>
        {current === 5 && review && (
          <>
            <FilingReview values={review} courts={courts.data} filerRole={filerRole} />
            {/* CPL-2023 art 125 is civil: an administrative complaint is not sent to pre-litigation mediation. */}
            <JurisdictionProposalPanel />
            {review.caseType !== '行初' && <MediationConsentField />}
          </>
        )}
      </Form>
      <Space style={{ marginTop: 24 }}>
        {current > 0 && <Button onClick={() => goTo(current - 1)}>{t('common.prev')}</Button>}
        {current < STEPS.length - 1 && (
          <Button type="primary" onClick={next}>
            {t('common.next')}
          </Button>
        )}
        {current === STEPS.length - 1 && (
          <Button type="primary" loading={submitting} onClick={submit} data-testid="submit-filing">
            {t('filing.submit')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
