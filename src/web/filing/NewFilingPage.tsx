// 网上立案: a six-step wizard over one form; every step stays mounted so nothing typed is lost going back and forth.
// The same wizard serves the 跨域立案 counter (mode 'counter'), without the 送达地址 step.
import { Alert, App, Button, Card, Form, Progress, Space, Steps, Typography } from 'antd';
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
import { ElementComplaintFields, markElementProblems } from '../elements/ElementComplaintFields';
import { CourtCauseStep } from './CourtCauseStep';
import { FilingReview } from './FilingReview';
import { filerRoleOf, formPathOfRequest, initialFilingValues, materialFiles, toFilingInput, type FilerRole, type FilingFormValues } from './filingForm';
import { IdentityCheckedField } from './IdentityCheckedField';
import { MediationConsentField } from './MediationConsentField';
import { MATERIAL_FIELDS, MaterialsUpload, requiredMaterialFields } from './MaterialsUpload';
import { PartiesFields } from './PartiesFields';

type StepKey = 'court' | 'parties' | 'claims' | 'materials' | 'addresses' | 'review';
const ALL_STEPS: { key: StepKey; title: MessageKey; fields: string[] }[] = [
  { key: 'court', title: 'filing.stepCourt', fields: ['caseType', 'courtId', 'causeId', 'administrativeAct', 'jurisdiction'] },
  { key: 'parties', title: 'filing.stepParties', fields: ['parties'] },
  { key: 'claims', title: 'filing.stepClaims', fields: ['elements', 'claims', 'amount', 'facts'] },
  { key: 'materials', title: 'filing.stepMaterials', fields: [] },
  { key: 'addresses', title: 'filing.stepAddresses', fields: ['addresses'] },
  { key: 'review', title: 'filing.stepReview', fields: ['mediationConsent', 'identityChecked'] },
];
// At the counter the clerk signs no 送达地址确认书 for the party: that step is left out.
const COUNTER_STEPS = ALL_STEPS.filter((s) => s.key !== 'addresses');

/**
 * `counter`: 跨域立案 — a filing clerk records, for another court, the filing of a party standing at this court's
 * counter; it goes to POST /filings/cross-region and waits here until the clerk forwards it (转交).
 */
export function NewFilingPage({ mode = 'online' }: { mode?: 'online' | 'counter' }) {
  const { user } = useSession();
  const { t, lang, pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<FilingFormValues>();
  const [current, setCurrent] = useState(0);
  const [review, setReview] = useState<FilingFormValues | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const courts = useApiGet<Court[]>('/courts');
  const narrow = useNarrowScreen();
  const counter = mode === 'counter';
  const [initialValues] = useState(() => (user ? initialFilingValues(user, counter ? 'clerk' : filerRoleOf(user)) : undefined));
  if (!user) return null;
  const filerRole: FilerRole = counter ? 'clerk' : filerRoleOf(user);
  const steps = counter ? COUNTER_STEPS : ALL_STEPS;
  const indexOf = (key: StepKey) => steps.findIndex((s) => s.key === key);
  const partiesStep = indexOf('parties');
  const materialsStep = indexOf('materials');
  const stepOf = (path: (string | number)[]) => steps.findIndex((s) => s.fields.includes(String(path[0])));
  const shown = (key: StepKey) => (steps[current]?.key === key ? undefined : 'none');

  const goTo = (step: number) => {
    if (step === steps.length - 1) setReview(form.getFieldsValue(true) as FilingFormValues);
    setCurrent(step);
  };

  const next = async () => {
    try {
      await form.validateFields(current === materialsStep ? requiredMaterialFields(filerRole) : steps[current]!.fields, { recursive: true });
    } catch {
      return;
    }
    // The element form's cross-element checks (a repayment above the loan…), as the server makes them.
    if (steps[current]!.key === 'claims' && !markElementProblems(form, pick)) return;
    const values = form.getFieldsValue(true) as FilingFormValues;
    if (current === materialsStep && materialFiles(values).some((f) => f.status === 'uploading')) {
      message.warning(t('filing.uploadsPending'));
      return;
    }
    goTo(current + 1);
  };

  const submit = async () => {
    try {
      await form.validateFields(steps[current]!.fields);
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as FilingFormValues;
    const body: FilingInput = toFilingInput(values, filerRole, jurisdictionOf(values.jurisdiction));
    setSubmitting(true);
    try {
      // At the counter the clerk's identity check goes with the filing (the wizard does not submit without it).
      const created = await api.post<CaseDetail & { jurisdictionWarnings: JurisdictionWarning[] }>(counter ? '/filings/cross-region' : '/filings', counter ? { ...body, identityChecked: true } : body);
      const warning = created.jurisdictionWarnings[0];
      if (warning) message.warning(t('jurisdiction.filedWithWarning', { message: warning.message[lang] }));
      else message.success(t(counter ? 'crossRegion.taken' : 'filing.submitted'));
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
        setCurrent(materialsStep);
        form.setFields(MATERIAL_FIELDS.filter((m) => missing.includes(m.category)).map((m) => ({ name: m.field as keyof FilingFormValues, errors: [err.message] })));
      } else if (step >= 0) {
        form.setFields(marked as Parameters<typeof form.setFields>[0]);
        setCurrent(step);
        // Once the step is shown.
        setTimeout(() => form.scrollToField(marked[0]!.name), 0);
      } else if (typeof err.body?.details?.partyIndex === 'number') setCurrent(partiesStep);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Card title={t(counter ? 'menu.crossRegionFiling' : 'menu.newFiling')}>
      {counter && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('crossRegion.counterExplain')} />}
      {/* On a phone six step titles do not fit a row: the current step is named over a segmented bar. */}
      {narrow ? (
        <div style={{ marginBottom: 16 }}>
          <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="filing-step-title">
            {t('filing.stepOf', { n: current + 1, total: steps.length, title: t(steps[current]!.title) })}
          </Typography.Title>
          <Progress steps={steps.length} percent={((current + 1) / steps.length) * 100} showInfo={false} size={{ height: 6 }} aria-hidden style={{ display: 'block' }} />
        </div>
      ) : (
        <Steps current={current} items={steps.map((s) => ({ title: t(s.title) }))} style={{ marginBottom: 32 }} onChange={(s) => s < current && goTo(s)} />
      )}
      <Form<FilingFormValues> form={form} layout="vertical" initialValues={initialValues} scrollToFirstError>
        <div style={{ display: shown('court') }}>
          <CourtCauseStep courts={courts.data} loading={courts.loading} exceptCourtId={counter ? user.courtId : undefined} />
        </div>
        <div style={{ display: shown('parties') }}>
          <PartiesFields filerRole={filerRole} />
        </div>
        <div style={{ display: shown('claims') }}>
          <ElementComplaintFields />
          <ClaimsFields />
        </div>
        <div style={{ display: shown('materials') }}>
          <MaterialsUpload filerRole={filerRole} requireFiles />
        </div>
        {!counter && (
          <div style={{ display: shown('addresses') }} data-testid="filing-addresses">
            <Typography.Paragraph type="secondary">{t(filerRole === 'lawyer' ? 'filing.addressesForClients' : 'filing.addressesExplain')}</Typography.Paragraph>
            <AddressConfirmationFields prefix={['addresses']} hasAccount requireSignature />
          </div>
        )}
        {steps[current]?.key === 'review' && review && (
          <>
            <FilingReview values={review} courts={courts.data} filerRole={filerRole} />
            {/* CPL-2023 art 125 is civil: an administrative complaint is not sent to pre-litigation mediation. */}
            <JurisdictionProposalPanel />
            {review.caseType !== '行初' && <MediationConsentField />}
            {counter && <IdentityCheckedField />}
          </>
        )}
      </Form>
      <Space style={{ marginTop: 24 }}>
        {current > 0 && <Button onClick={() => goTo(current - 1)}>{t('common.prev')}</Button>}
        {current < steps.length - 1 && (
          <Button type="primary" onClick={next}>
            {t('common.next')}
          </Button>
        )}
        {current === steps.length - 1 && (
          <Button type="primary" loading={submitting} onClick={submit} data-testid="submit-filing">
            {t('filing.submit')}
          </Button>
        )}
      </Space>
    </Card>
  );
}

/** 跨域立案 at a filing clerk's counter (the route's page). */
export function CrossRegionFilingPage() {
  return <NewFilingPage mode="counter" />;
}
