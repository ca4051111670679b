// 行初's own forms: registration by ALL art 82's procedures, the organ's defence with its evidence and legal basis
// (ALL art 67), the hearing record with the organ's head (ALL art 3), and closing with the kind of judgment (ALL arts 69–78).
import { Alert, Form, Input, Radio, Select } from 'antd';
import type { UploadFile } from 'antd';
import type { Attachment } from '../../../contracts/cases';
import { ADMIN_JUDGMENT_KINDS, ADMIN_JUDGMENT_RULES } from '../../../domain/administrative/judgmentKinds';
import { ORGAN_APPEARANCES } from '../../../domain/administrative/organDefence';
import { ADMIN_SIMPLE_GROUNDS, ADMIN_SIMPLE_GROUND_LABELS } from '../../../domain/administrative/simpleProcedure';
import { MaterialField } from '../../filing/MaterialsUpload';
import { uploadedIds } from '../../filing/filingForm';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { PROCEDURE_LABELS } from '../../i18n/vocabulary';
import { closeForm } from './closeForm';
import { DivisionSelect } from './filingForms';
import { EvidenceItemsField, evidenceItemsInput, onlyParty, PartyField } from './pleadingForms';
import { TextListField } from './TextListField';
import { compact, trimmedList, type EventFieldsProps, type EventForm } from './types';

function AcceptFields({ detail, form }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const procedure = Form.useWatch('procedure', form) as string | undefined;
  return (
    <>
      <Form.Item name="procedure" label={t('event.procedure')} rules={[{ required: true }]}>
        <Radio.Group options={(['ordinary', 'simple'] as const).map((p) => ({ value: p, label: pick(PROCEDURE_LABELS[p]) }))} />
      </Form.Item>
      {procedure === 'simple' && (
        <Form.Item name="simpleGround" label={t('admin.simpleGround')} rules={[{ required: true, message: t('admin.simpleGroundRequired') }]}>
          <Select options={ADMIN_SIMPLE_GROUNDS.map((g) => ({ value: g, label: pick(ADMIN_SIMPLE_GROUND_LABELS[g]) }))} />
        </Form.Item>
      )}
      <DivisionSelect courtId={detail.courtId} caseType={detail.caseType} />
    </>
  );
}

export const acceptAdminFirstInstanceForm: EventForm = {
  Fields: AcceptFields,
  initialValues: () => ({ procedure: 'ordinary' }),
  toInput: (v) => ({ procedure: v.procedure, ...(v.procedure === 'simple' && v.simpleGround ? { simpleGround: v.simpleGround } : {}), divisionId: v.divisionId }),
};

function OrganDefenceFields({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('admin.organDefenceHint')} />
      <PartyField detail={detail} standings={['defendant']} />
      <MaterialField name="defenceFiles" category="defence" required />
      <Form.Item name="summary" label={t('pleading.defenceSummary')}>
        <Input.TextArea rows={3} maxLength={4000} showCount />
      </Form.Item>
      <TextListField name="legalBasis" label={t('admin.legalBasis')} addText={t('admin.addLegalBasis')} required requiredMessage={t('admin.legalBasisRequired')} maxLength={300} maxItems={50} />
      <EvidenceItemsField name="evidence" />
      <Form.Item name="lateReason" label={t('admin.lateReason')} style={{ marginTop: 16 }}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
}

export const submitOrganDefenceForm: EventForm = {
  Fields: OrganDefenceFields,
  width: 720,
  initialValues: (detail) => ({ ...onlyParty(detail, ['defendant']), legalBasis: [''], evidence: [] }),
  toInput: (v) => ({
    ...compact({ partyId: v.partyId, summary: v.summary, lateReason: v.lateReason }),
    attachmentIds: uploadedIds(v.defenceFiles as UploadFile<Attachment>[] | undefined),
    evidence: evidenceItemsInput(v.evidence),
    legalBasis: trimmedList(v.legalBasis),
  }),
};

const APPEARANCE_KEYS: Record<(typeof ORGAN_APPEARANCES)[number], MessageKey> = {
  principal: 'admin.appeared.principal',
  deputy: 'admin.appeared.deputy',
  staff: 'admin.appeared.staff',
  none: 'admin.appeared.none',
};

function HearingFields({ form }: EventFieldsProps) {
  const { t } = useI18n();
  const appeared = Form.useWatch('appeared', form) as string | undefined;
  const headAbsent = appeared === 'staff' || appeared === 'none';
  return (
    <>
      <Form.Item name="appeared" label={t('admin.organAppearance')} rules={[{ required: true, message: t('admin.organAppearanceRequired') }]} extra={t('admin.organAppearanceHint')}>
        <Radio.Group options={ORGAN_APPEARANCES.map((a) => ({ value: a, label: t(APPEARANCE_KEYS[a]) }))} />
      </Form.Item>
      {appeared && appeared !== 'none' && (
        <>
          <Form.Item name="appearedName" label={t('admin.appearedName')} rules={[{ required: true, whitespace: true, message: t('admin.appearedNameRequired') }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="appearedTitle" label={t('admin.appearedTitle')}>
            <Input maxLength={100} />
          </Form.Item>
        </>
      )}
      {headAbsent && (
        <Form.Item name="absenceReason" label={t('admin.absenceReason')} rules={[{ required: true, whitespace: true, message: t('admin.absenceReasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      )}
      <Form.Item name="summary" label={t('event.hearingSummary')}>
        <Input.TextArea rows={6} maxLength={4000} showCount />
      </Form.Item>
    </>
  );
}

export const recordAdminHearingForm: EventForm = {
  Fields: HearingFields,
  toInput: (v) => ({
    ...compact({ summary: v.summary }),
    organAppearance: compact({ appeared: v.appeared, name: v.appeared === 'none' ? undefined : v.appearedName, title: v.appeared === 'none' ? undefined : v.appearedTitle, reason: v.appeared === 'staff' || v.appeared === 'none' ? v.absenceReason : undefined }),
  }),
};

function CloseFields(props: EventFieldsProps) {
  const { t, pick } = useI18n();
  const method = Form.useWatch('method', props.form) as string | undefined;
  const CivilClose = closeForm.Fields;
  return (
    <>
      <CivilClose {...props} />
      {method === 'judgment' && (
        <Form.Item name="judgmentKind" label={t('admin.judgmentKind')} rules={[{ required: true, message: t('admin.judgmentKindRequired') }]}>
          <Select options={ADMIN_JUDGMENT_KINDS.map((k) => ({ value: k, label: pick(ADMIN_JUDGMENT_RULES[k].label) }))} />
        </Form.Item>
      )}
    </>
  );
}

export const adminCloseForm: EventForm = {
  ...closeForm,
  Fields: CloseFields,
  toInput: (v, detail) => ({ ...closeForm.toInput(v, detail), ...(v.method === 'judgment' && v.judgmentKind ? { judgmentKind: v.judgmentKind } : {}) }),
};
