// Filing review: 一次性告知补正 (all items at once) and 登记立案 (procedure and the trying division).
import { Form, Input, Radio, Select } from 'antd';
import type { Division } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { divisionKindFor } from '../../../domain/appeal/appealCaseTypes';
import { useI18n } from '../../i18n/i18n';
import { PROCEDURE_LABELS } from '../../i18n/vocabulary';
import { TextListField } from './TextListField';
import { compact, trimmedList, type EventFieldsProps, type EventForm } from './types';

function CorrectionFields() {
  const { t } = useI18n();
  return (
    <>
      <TextListField name="items" label={t('event.correctionItems')} addText={t('event.addItem')} required requiredMessage={t('event.correctionItemsRequired')} maxLength={500} maxItems={30} />
      <Form.Item name="note" label={t('event.correctionNote')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

export const requestCorrectionForm: EventForm = {
  Fields: CorrectionFields,
  initialValues: () => ({ items: [''] }),
  toInput: (v) => ({ items: trimmedList(v.items), ...compact({ note: v.note }) }),
};

const FIRST_INSTANCE_PROCEDURES = ['ordinary', 'simple', 'smallClaims'] as const;

/** The court's divisions of the kind that tries the case type (民事 or 行政). */
export function DivisionSelect({ courtId, caseType }: { courtId: number; caseType: string }) {
  const { t } = useI18n();
  const divisions = useApiGet<Division[]>(`/courts/${courtId}/divisions`);
  const kind = divisionKindFor(caseType);
  return (
    <Form.Item name="divisionId" label={t('event.division')} rules={[{ required: true, message: t('event.divisionRequired') }]}>
      <Select loading={divisions.loading} options={(divisions.data ?? []).filter((d) => d.kind === kind).map((d) => ({ value: d.id, label: d.name }))} />
    </Form.Item>
  );
}

function AcceptFirstInstanceFields({ detail }: EventFieldsProps) {
  const { t, pick } = useI18n();
  return (
    <>
      <Form.Item name="procedure" label={t('event.procedure')} rules={[{ required: true }]}>
        <Radio.Group options={FIRST_INSTANCE_PROCEDURES.map((p) => ({ value: p, label: pick(PROCEDURE_LABELS[p]) }))} />
      </Form.Item>
      <DivisionSelect courtId={detail.courtId} caseType={detail.caseType} />
    </>
  );
}

function AcceptSecondInstanceFields({ detail }: EventFieldsProps) {
  return <DivisionSelect courtId={detail.courtId} caseType={detail.caseType} />;
}

export const acceptFirstInstanceForm: EventForm = {
  Fields: AcceptFirstInstanceFields,
  initialValues: () => ({ procedure: 'ordinary' }),
  toInput: (v) => ({ procedure: v.procedure, divisionId: v.divisionId }),
};

export const acceptSecondInstanceForm: EventForm = {
  Fields: AcceptSecondInstanceFields,
  toInput: (v) => ({ divisionId: v.divisionId }),
};
