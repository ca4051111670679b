// The 自诉 event forms (CrPL arts 212, 213): mediation closed by the 调解书, the approved settlement or withdrawal, and the
// defendant's counterclaim against the 自诉人.
import { DatePicker, Form, Input, Radio, Select, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Attachment } from '../../../contracts/cases';
import { COUNTERCLAIM_GROUNDS, PRIVATE_ENDINGS, PRIVATE_ENDING_LABELS } from '../../../domain/criminal/privateProsecutionEvents';
import { PRIVATE_PROSECUTION_GROUND_LABELS } from '../../../domain/criminal/privateProsecution';
import { ChargeSelect } from '../../criminal/prosecutionFields';
import { courtToday } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import { DocumentUpload } from './closeForm';
import { compact, type EventFieldsProps, type EventForm } from './types';

const date = (v: unknown) => (v as Dayjs | undefined)?.format('YYYY-MM-DD');
const uploaded = (v: unknown) => (v as UploadFile<Attachment>[] | undefined)?.find((f) => f.status === 'done')?.response?.id;

function ClosedOn() {
  const { t } = useI18n();
  return (
    <Form.Item name="closedOn" label={t('close.closedOn')} rules={[{ required: true }]}>
      <DatePicker />
    </Form.Item>
  );
}

function DocumentField({ required }: { required: boolean }) {
  const { t } = useI18n();
  return (
    <Form.Item name="document" label={t(required ? 'privateEvents.mediationDocument' : 'privateEvents.rulingDocument')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList} rules={required ? [{ required: true }] : []}>
      <DocumentUpload />
    </Form.Item>
  );
}

export const mediatePrivateProsecutionForm: EventForm = {
  Fields: () => {
    const { t } = useI18n();
    return (
      <>
        <ClosedOn />
        <DocumentField required />
        <Form.Item name="summary" label={t('close.summary')}>
          <Input.TextArea rows={3} maxLength={4000} showCount />
        </Form.Item>
      </>
    );
  },
  initialValues: () => ({ closedOn: courtToday() }),
  toInput: (v) => compact({ closedOn: date(v.closedOn), documentId: uploaded(v.document), summary: v.summary }),
};

export const approvePrivateEndingForm: EventForm = {
  Fields: () => {
    const { t, pick } = useI18n();
    return (
      <>
        <Form.Item name="kind" label={t('privateEvents.ending')} rules={[{ required: true }]}>
          <Radio.Group options={PRIVATE_ENDINGS.map((k) => ({ value: k, label: pick(PRIVATE_ENDING_LABELS[k]) }))} />
        </Form.Item>
        <ClosedOn />
        <Form.Item name="reason" label={t('privateEvents.reason')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <DocumentField required={false} />
      </>
    );
  },
  initialValues: () => ({ kind: 'settlement', closedOn: courtToday() }),
  toInput: (v) => compact({ kind: v.kind, closedOn: date(v.closedOn), reason: v.reason, documentId: uploaded(v.document) }),
};

function CounterclaimFields({ detail }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const own = detail.myPartyIds.length > 0;
  const defendants = detail.parties.filter((p) => p.standing === 'defendant' && (!own || detail.myPartyIds.includes(p.id)));
  return (
    <>
      <Form.Item name="partyId" label={t('privateEvents.counterclaimant')} rules={[{ required: true }]}>
        <Select options={defendants.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Form.Item name="ground" label={t('privateEvents.ground')} rules={[{ required: true }]}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }} options={COUNTERCLAIM_GROUNDS.map((g) => ({ value: g, label: pick(PRIVATE_PROSECUTION_GROUND_LABELS[g]) }))} />
      </Form.Item>
      <ChargeSelect name={['chargeIds']} />
      <Form.Item name="facts" label={t('privateEvents.facts')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={4} maxLength={8000} showCount />
      </Form.Item>
    </>
  );
}

export const criminalCounterclaimForm: EventForm = {
  Fields: CounterclaimFields,
  initialValues: () => ({ ground: 'complaintOnly' }),
  toInput: (v) => compact({ partyId: v.partyId, ground: v.ground, chargeIds: v.chargeIds, facts: v.facts }),
};
