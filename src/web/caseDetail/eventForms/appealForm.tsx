// 提起上诉: for which parties, on what grounds, asking what, with the 上诉状 (and a lawyer's 授权委托书 for the
// appeal). The server checks that the user may appeal for them and that the lawyer's power of attorney is there.
import { Checkbox, Form, Input } from 'antd';
import type { UploadFile } from 'antd';
import type { Attachment } from '../../../contracts/cases';
import { useSession } from '../../auth/session';
import { FIRST_INSTANCE_STANDINGS } from '../../filing/partyCodes';
import { MaterialField } from '../../filing/MaterialsUpload';
import { uploadedIds, YUAN_PATTERN } from '../../filing/filingForm';
import { useI18n } from '../../i18n/i18n';
import { TextListField } from './TextListField';
import { trimmedList, type EventFieldsProps, type EventForm } from './types';

const STANDINGS: readonly string[] = FIRST_INSTANCE_STANDINGS;

function AppealFields({ detail }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const { hasRole } = useSession();
  const mine = new Set(detail.myPartyIds);
  const options = detail.parties
    .filter((p) => STANDINGS.includes(p.standing) && mine.has(p.id))
    .map((p) => ({ value: p.id, label: `${pick(p.standingLabel)}：${p.name}` }));
  return (
    <>
      <Form.Item name="partyIds" label={t('appeal.parties')} extra={t('appeal.partiesHint')} rules={[{ required: true, type: 'array', min: 1, message: t('appeal.partiesRequired') }]}>
        <Checkbox.Group options={options} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
      </Form.Item>
      <Form.Item name="reasons" label={t('appeal.reasons')} rules={[{ required: true, whitespace: true, message: t('appeal.reasonsRequired') }]}>
        <Input.TextArea rows={5} maxLength={8000} showCount />
      </Form.Item>
      <TextListField name="requests" label={t('appeal.requests')} addText={t('appeal.addRequest')} maxLength={1000} maxItems={30} />
      {detail.amount && (
        <Form.Item
          name="appealedAmount"
          label={t('appeal.appealedAmount')}
          extra={t('appeal.appealedAmountHint', { amount: detail.amount })}
          rules={[
            { required: true, pattern: YUAN_PATTERN, message: t('appeal.appealedAmountRequired') },
            { validator: (_r, v: string | undefined) => (!v || !YUAN_PATTERN.test(v) || Number(v) <= Number(detail.amount) ? Promise.resolve() : Promise.reject(new Error(t('appeal.appealedAmountTooLarge', { amount: detail.amount ?? '' })))) },
          ]}
        >
          <Input suffix={t('common.yuan')} />
        </Form.Item>
      )}
      <MaterialField name="petitionFiles" category="appealPetition" label={t('appeal.petition')} required />
      {hasRole('lawyer') && <MaterialField name="powerOfAttorneyFiles" category="authorization" label={t('appeal.powerOfAttorney')} extra={t('appeal.powerOfAttorneyHint')} required />}
    </>
  );
}

export const appealForm: EventForm = {
  Fields: AppealFields,
  width: 640,
  // A party on the case for one side only appeals for that party: preselect it.
  initialValues: (detail) => ({ partyIds: detail.myPartyIds.length === 1 ? [...detail.myPartyIds] : [], requests: [] }),
  toInput: (v) => {
    const requests = trimmedList(v.requests);
    const amount = typeof v.appealedAmount === 'string' ? v.appealedAmount.trim() : '';
    const attachmentIds = [...uploadedIds(v.petitionFiles as UploadFile<Attachment>[] | undefined), ...uploadedIds(v.powerOfAttorneyFiles as UploadFile<Attachment>[] | undefined)];
    return { partyIds: v.partyIds, reasons: String(v.reasons ?? '').trim(), ...(requests.length ? { requests } : {}), ...(amount ? { appealedAmount: amount } : {}), ...(attachmentIds.length ? { attachmentIds } : {}) };
  },
};
