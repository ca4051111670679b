// 司法确认 and the paper signature before it: the mediator files the scan a party signed in person against the current
// text; the parties apply within 30 days (CPL-2023 art 205), or apply orally before the filing clerk (CPL-Interp art 353);
// the clerk registers the 民特 case before one judge (CPL-2023 art 185) or refuses it (CPL-Interp art 355); the judge
// confirms the agreement or dismisses the application, stating why (CPL-Interp art 358).
import { Alert, Checkbox, Form, Input, Radio, Select, Spin, type UploadFile } from 'antd';
import type { Attachment } from '../../../contracts/cases';
import type { MediationRecord } from '../../../contracts/mediation';
import { CONFIRMATION_REFUSAL_GROUNDS, CONFIRMATION_REFUSAL_GROUND_LABELS, INADMISSIBLE_SUBJECTS, INADMISSIBLE_SUBJECT_LABELS } from '../../../domain/mediation/judicialConfirmation';
import type { Division, EligibleJudge } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useSession } from '../../auth/session';
import { useI18n } from '../../i18n/i18n';
import { DocumentUpload } from './closeForm';
import { compact, type EventFieldsProps, type EventForm } from './types';

const column = { display: 'flex', flexDirection: 'column', gap: 4 } as const;

function RecordSignatureFields({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  const record = useApiGet<MediationRecord>(`/cases/${detail.id}/mediation`);
  if (!record.data) return record.error ? <Alert type="error" showIcon title={record.error.message} /> : <Spin />;
  const agreement = record.data.agreement;
  if (!agreement) return <Alert type="warning" showIcon title={t('mediationForm.noAgreement')} />;
  const unsigned = record.data.signatures.filter((s) => !s.signedAt);
  if (!unsigned.length) return <Alert type="info" showIcon title={t('confirmationForm.allSigned')} />;
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('confirmationForm.paperHint')} />
      <Form.Item name="partyId" label={t('confirmationForm.party')} rules={[{ required: true, message: t('confirmationForm.partyRequired') }]}>
        <Select options={unsigned.map((s) => ({ value: s.partyId, label: s.partyName }))} />
      </Form.Item>
      <Form.Item name="sha256" initialValue={agreement.sha256} hidden>
        <Input />
      </Form.Item>
      <Form.Item
        name="signedCopy"
        label={t('confirmationForm.signedCopy')}
        valuePropName="fileList"
        getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
        rules={[{ required: true, message: t('confirmationForm.signedCopyRequired') }]}
        extra={`SHA-256 ${agreement.sha256}`}
      >
        <DocumentUpload text="confirmationForm.uploadSignedCopy" />
      </Form.Item>
    </>
  );
}

export const recordSignatureForm: EventForm = {
  Fields: RecordSignatureFields,
  toInput: (v) =>
    compact({ partyId: v.partyId, sha256: v.sha256, signedCopyId: (v.signedCopy as UploadFile<Attachment>[] | undefined)?.find((f) => f.status === 'done')?.response?.id }),
};

function ApplyForConfirmationFields({ detail }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const { hasRole } = useSession();
  const clerk = hasRole('filingClerk');
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('confirmationForm.applyHint')} />
      {clerk && (
        <Form.Item name="partyIds" label={t('confirmationForm.oralApplicants')} rules={[{ required: true, message: t('confirmationForm.oralApplicantsRequired') }]}>
          <Checkbox.Group options={detail.parties.map((p) => ({ value: p.id, label: `${pick(p.standingLabel)}：${p.name}` }))} style={column} />
        </Form.Item>
      )}
      <Form.Item name="note" label={t('mediationForm.note')}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </>
  );
}

export const applyForConfirmationForm: EventForm = {
  Fields: ApplyForConfirmationFields,
  toInput: (v) => compact({ partyIds: Array.isArray(v.partyIds) && v.partyIds.length ? v.partyIds : undefined, note: v.note }),
};

function AcceptConfirmationFields({ detail, form }: EventFieldsProps) {
  const { t } = useI18n();
  const divisionId = Form.useWatch('divisionId', form) as number | undefined;
  const divisions = useApiGet<Division[]>(`/courts/${detail.courtId}/divisions`);
  const judges = useApiGet<EligibleJudge[]>(divisionId ? `/cases/${detail.id}/eligible-judges?divisionId=${divisionId}` : null);
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('confirmationForm.acceptHint')} />
      <Form.Item name="divisionId" label={t('event.division')} rules={[{ required: true, message: t('event.divisionRequired') }]}>
        <Select
          loading={divisions.loading}
          options={(divisions.data ?? []).filter((d) => d.kind === 'civil').map((d) => ({ value: d.id, label: d.name }))}
          onChange={() => form.setFieldValue('judgeId', undefined)}
        />
      </Form.Item>
      <Form.Item name="judgeId" label={t('assign.judge')} rules={[{ required: true, message: t('assign.judgeRequired') }]}>
        <Select
          disabled={!divisionId}
          loading={judges.loading}
          showSearch={{ optionFilterProp: 'label' }}
          options={(judges.data ?? []).map((j) => ({ value: j.id, label: t('assign.judgeWithLoad', { name: j.displayName, n: j.openCases }) }))}
        />
      </Form.Item>
    </>
  );
}

export const acceptConfirmationForm: EventForm = {
  Fields: AcceptConfirmationFields,
  toInput: (v) => ({ divisionId: v.divisionId, judgeId: v.judgeId }),
};

function RejectConfirmationFields() {
  const { t, pick } = useI18n();
  return (
    <>
      <Form.Item name="subjects" label={t('confirmationForm.subjects')} rules={[{ required: true, message: t('confirmationForm.subjectsRequired') }]}>
        <Checkbox.Group options={INADMISSIBLE_SUBJECTS.map((s) => ({ value: s, label: pick(INADMISSIBLE_SUBJECT_LABELS[s]) }))} style={column} />
      </Form.Item>
      <Form.Item name="note" label={t('mediationForm.note')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

export const rejectConfirmationForm: EventForm = {
  Fields: RejectConfirmationFields,
  toInput: (v) => compact({ subjects: v.subjects, note: v.note }),
};

function RuleOnConfirmationFields({ form }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const decision = Form.useWatch('decision', form) as string | undefined;
  return (
    <>
      <Form.Item name="decision" label={t('confirmationForm.decision')} rules={[{ required: true, message: t('confirmationForm.decisionRequired') }]}>
        <Radio.Group
          options={[
            { value: 'confirm', label: t('confirmationForm.confirm') },
            { value: 'dismiss', label: t('confirmationForm.dismiss') },
          ]}
        />
      </Form.Item>
      {decision === 'dismiss' && (
        <Form.Item name="grounds" label={t('confirmationForm.grounds')} rules={[{ required: true, message: t('confirmationForm.groundsRequired') }]}>
          <Checkbox.Group options={CONFIRMATION_REFUSAL_GROUNDS.map((g) => ({ value: g, label: pick(CONFIRMATION_REFUSAL_GROUND_LABELS[g]) }))} style={column} />
        </Form.Item>
      )}
      <Form.Item name="reasons" label={t('confirmationForm.reasons')}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </>
  );
}

export const ruleOnConfirmationForm: EventForm = {
  Fields: RuleOnConfirmationFields,
  initialValues: () => ({ decision: 'confirm' }),
  toInput: (v) => compact({ decision: v.decision, grounds: v.decision === 'dismiss' ? v.grounds : undefined, reasons: v.reasons }),
};
