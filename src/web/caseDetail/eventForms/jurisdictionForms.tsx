// 移送管辖 (the receiving court and the reason) and the 跨域立案 forwarding (identity and materials checked).
import { Checkbox, Form, Input, Select } from 'antd';
import type { Court } from '../../../contracts/reference';
import { useApiGet } from '../../api/useApiGet';
import { useI18n } from '../../i18n/i18n';
import { compact, type EventForm, type EventFieldsProps } from './types';

function TransferFields({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  const courts = useApiGet<Court[]>('/courts');
  const options = (courts.data ?? []).filter((c) => c.isActive && c.level !== 'supreme' && c.id !== detail.courtId).map((c) => ({ value: c.id, label: c.name }));
  return (
    <>
      <Form.Item name="receivingCourtId" label={t('jurisdiction.receivingCourt')} rules={[{ required: true, message: t('event.fieldRequired', { field: t('jurisdiction.receivingCourt') }) }]}>
        <Select loading={courts.loading} options={options} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="reason" label={t('jurisdiction.transferReason')} rules={[{ required: true, whitespace: true, message: t('event.fieldRequired', { field: t('jurisdiction.transferReason') }) }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

export const transferJurisdictionForm: EventForm = {
  Fields: TransferFields,
  toInput: (v) => compact({ receivingCourtId: v.receivingCourtId, reason: v.reason }),
};

function ForwardFields() {
  const { t } = useI18n();
  const checked = (key: 'jurisdiction.identityChecked' | 'jurisdiction.materialsChecked', name: string) => (
    <Form.Item name={name} valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('jurisdiction.mustCheck')))) }]}>
      <Checkbox>{t(key)}</Checkbox>
    </Form.Item>
  );
  return (
    <>
      {checked('jurisdiction.identityChecked', 'identityChecked')}
      {checked('jurisdiction.materialsChecked', 'materialsChecked')}
      <Form.Item name="note" label={t('jurisdiction.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
}

export const forwardFilingForm: EventForm = {
  Fields: ForwardFields,
  toInput: (v) => ({ identityChecked: true, materialsChecked: true, ...compact({ note: v.note }) }),
};
