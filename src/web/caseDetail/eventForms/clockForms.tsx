// Forms of the legal clock's events: apply for and decide extensions, record and end deductions (EXT-2018; TL-2000 art 9).
import { Alert, DatePicker, Form, Input, Select, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CaseClock } from '../../../contracts/clock';
import { DEDUCTION_KINDS } from '../../../domain/clock/deductions';
import { DEDUCTION_KIND_VALUES } from '../../../domain/casetypes/eventInputs';
import { formatCitation } from '../../../domain/citations/citations';
import { useApiGet } from '../../api/useApiGet';
import { lengthWords } from '../../clock/periodDisplay';
import { courtToday } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { compact, type EventFieldsProps, type EventForm } from './types';

const dateText = (v: unknown) => (v ? (v as Dayjs).format('YYYY-MM-DD') : undefined);

function useCaseClock(caseId: number) {
  return useApiGet<CaseClock>(`/cases/${caseId}/clock`).data;
}

function ApplyExtensionFields({ detail }: EventFieldsProps) {
  const { t, lang } = useI18n();
  const clock = useCaseClock(detail.id);
  const next = clock?.nextExtension;
  return (
    <>
      {!clock ? (
        <Spin />
      ) : next ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('extensionForm.next', { length: lengthWords(next.length, lang), approver: t(`approver.${next.approver}` as MessageKey), source: formatCitation(next.source, lang) })}
        />
      ) : (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('extensionForm.none')} />
      )}
      <Form.Item name="reason" label={t('extensionForm.reason')} rules={[{ required: true, whitespace: true, message: t('event.fieldRequired', { field: t('extensionForm.reason') }) }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

export const applyExtensionForm: EventForm = {
  Fields: ApplyExtensionFields,
  toInput: (v) => compact({ reason: v.reason }),
};

/** Picks the pending application (there is normally one) and takes the decision's note. */
function decideExtensionFields(refusing: boolean) {
  return function DecideExtensionFields({ detail, form }: EventFieldsProps) {
    const { t, lang } = useI18n();
    const clock = useCaseClock(detail.id);
    const pending = clock?.extensions.filter((e) => e.status === 'pending') ?? [];
    // The field mounts once the clock has loaded, so the only pending application is its starting value.
    const only = pending.length === 1 ? pending[0]!.id : undefined;
    const chosen = Form.useWatch('extensionId', form) as number | undefined;
    if (!clock) return <Spin />;
    if (!pending.length) return <Alert type="warning" showIcon title={t('extensionForm.noPending')} />;
    const noteLabel = refusing ? t('extensionForm.refuseNote') : t('extensionForm.note');
    return (
      <>
        <Form.Item name="extensionId" initialValue={only} label={t('extensionForm.extension')} rules={[{ required: true, message: t('extensionForm.extensionRequired') }]}>
          <Select
            options={pending.map((e) => ({
              value: e.id,
              label: t('extensionForm.option', { seq: e.seq, length: lengthWords(e.length, lang), by: e.requestedBy, on: e.requestedOn }),
            }))}
          />
        </Form.Item>
        {pending
          .filter((e) => e.id === chosen)
          .map((e) => (
            <Alert key={e.id} type="info" style={{ marginBottom: 16 }} title={`${t('extension.reason')}${t('common.labelSep')}${e.reason}`} />
          ))}
        <Form.Item name="note" label={noteLabel} rules={refusing ? [{ required: true, whitespace: true, message: t('event.fieldRequired', { field: noteLabel }) }] : []}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </>
    );
  };
}

const decideToInput = (v: Record<string, unknown>) => compact({ extensionId: v.extensionId, note: v.note });
export const approveExtensionForm: EventForm = { Fields: decideExtensionFields(false), toInput: decideToInput };
export const refuseExtensionForm: EventForm = { Fields: decideExtensionFields(true), toInput: decideToInput };

function RecordDeductionFields() {
  const { t, pick, lang } = useI18n();
  return (
    <>
      <Form.Item name="kind" label={t('deduction.kind')} rules={[{ required: true, message: t('deductionForm.kindRequired') }]}>
        <Select options={DEDUCTION_KIND_VALUES.map((k) => ({ value: k, label: `${pick(DEDUCTION_KINDS[k].label)}（${formatCitation(DEDUCTION_KINDS[k].source, lang)}）` }))} />
      </Form.Item>
      <Form.Item name="startsOn" label={t('deduction.startsOn')} rules={[{ required: true, message: t('deductionForm.dateRequired') }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="endsOn" label={t('deduction.endsOn')} extra={t('deduction.endsOnHint')}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="documentNo" label={t('deduction.documentNo')} rules={[{ required: true, whitespace: true, message: t('deductionForm.documentNoRequired') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="note" label={t('deduction.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </>
  );
}

export const recordDeductionForm: EventForm = {
  Fields: RecordDeductionFields,
  toInput: (v) => compact({ kind: v.kind, startsOn: dateText(v.startsOn), endsOn: dateText(v.endsOn), documentNo: v.documentNo, note: v.note }),
};

function EndDeductionFields({ detail }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const clock = useCaseClock(detail.id);
  const open = clock?.deductions.filter((d) => !d.endsOn) ?? [];
  const only = open.length === 1 ? open[0]!.id : undefined;
  if (!clock) return <Spin />;
  if (!open.length) return <Alert type="warning" showIcon title={t('deductionForm.noOpen')} />;
  return (
    <>
      <Form.Item name="deductionId" initialValue={only} label={t('deductionForm.deduction')} rules={[{ required: true, message: t('deductionForm.deductionRequired') }]}>
        <Select options={open.map((d) => ({ value: d.id, label: t('deductionForm.option', { label: pick(d.label), from: d.startsOn, documentNo: d.documentNo }) }))} />
      </Form.Item>
      <Form.Item name="endsOn" label={t('deduction.endsOn')} rules={[{ required: true, message: t('deductionForm.dateRequired') }]}>
        <DatePicker />
      </Form.Item>
    </>
  );
}

export const endDeductionForm: EventForm = {
  Fields: EndDeductionFields,
  initialValues: () => ({ endsOn: courtToday() }),
  toInput: (v) => compact({ deductionId: v.deductionId, endsOn: dateText(v.endsOn) }),
};
