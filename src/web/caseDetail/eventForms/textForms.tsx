// Events whose input is one or two texts: withdraw, resubmit, record hearing, archive, reject, convert procedure.
import { Form, Input } from 'antd';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { compact, type EventForm } from './types';

interface TextFieldSpec {
  name: string;
  label: MessageKey;
  required?: boolean;
  maxLength: number;
  rows?: number;
}

function TextFields({ fields }: { fields: TextFieldSpec[] }) {
  const { t } = useI18n();
  return (
    <>
      {fields.map((f) => (
        <Form.Item key={f.name} name={f.name} label={t(f.label)} rules={f.required ? [{ required: true, whitespace: true, message: t('event.fieldRequired', { field: t(f.label) }) }] : []}>
          {f.maxLength > 300 ? <Input.TextArea rows={f.rows ?? 4} maxLength={f.maxLength} showCount /> : <Input maxLength={f.maxLength} />}
        </Form.Item>
      ))}
    </>
  );
}

/** A form of plain text fields; `fixed` adds constant input values (e.g. the target procedure). */
export function textForm(fields: TextFieldSpec[], fixed: Record<string, unknown> = {}): EventForm {
  return {
    Fields: () => <TextFields fields={fields} />,
    toInput: (v) => ({ ...compact(Object.fromEntries(fields.map((f) => [f.name, v[f.name]]))), ...fixed }),
  };
}

export const withdrawFilingForm = textForm([{ name: 'reason', label: 'event.withdrawReason', maxLength: 1000 }]);
export const resubmitForm = textForm([{ name: 'note', label: 'event.resubmitNote', maxLength: 2000 }]);
export const recordHearingForm = textForm([{ name: 'summary', label: 'event.hearingSummary', maxLength: 4000, rows: 6 }]);
export const archiveForm = textForm([{ name: 'note', label: 'event.archiveNote', maxLength: 1000 }]);
export const rejectForm = textForm([
  { name: 'reason', label: 'event.rejectReason', required: true, maxLength: 2000 },
  { name: 'basis', label: 'event.rejectBasis', maxLength: 200 },
]);
export const convertToOrdinaryForm = textForm([{ name: 'reason', label: 'event.convertReason', required: true, maxLength: 1000 }], { procedure: 'ordinary' });
