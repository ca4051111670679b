// 结案: how the case ended (and, for a ruling, which kind), on which day, with a short summary.
import { Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { CLOSING_METHODS, RULING_KINDS } from '../../../domain/casetypes/caseModel';
import { courtToday } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import { CLOSING_METHOD_LABELS, RULING_KIND_LABELS } from '../../i18n/vocabulary';
import { compact, type EventFieldsProps, type EventForm } from './types';

function CloseFields({ form }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const method = Form.useWatch('method', form) as string | undefined;
  return (
    <>
      <Form.Item name="method" label={t('close.method')} rules={[{ required: true, message: t('close.methodRequired') }]}>
        <Radio.Group options={CLOSING_METHODS.map((m) => ({ value: m, label: pick(CLOSING_METHOD_LABELS[m]) }))} />
      </Form.Item>
      {method === 'ruling' && (
        <Form.Item name="rulingKind" label={t('close.rulingKind')} rules={[{ required: true, message: t('close.rulingKindRequired') }]}>
          <Select options={RULING_KINDS.map((k) => ({ value: k, label: pick(RULING_KIND_LABELS[k]) }))} />
        </Form.Item>
      )}
      <Form.Item name="closedOn" label={t('close.closedOn')} rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      {method === 'judgment' && (
        <Form.Item name="oralPronouncement" valuePropName="checked">
          <Checkbox>{t('close.oralPronouncement')}</Checkbox>
        </Form.Item>
      )}
      <Form.Item name="summary" label={t('close.summary')}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </>
  );
}

export const closeForm: EventForm = {
  Fields: CloseFields,
  initialValues: () => ({ closedOn: courtToday() }),
  toInput: (v) =>
    compact({
      method: v.method,
      closedOn: (v.closedOn as Dayjs).format('YYYY-MM-DD'),
      rulingKind: v.method === 'ruling' ? v.rulingKind : undefined,
      summary: v.summary,
      oralPronouncement: v.method === 'judgment' && v.oralPronouncement ? true : undefined,
    }),
};
