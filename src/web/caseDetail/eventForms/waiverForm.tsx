// 放弃答辩期/举证期限: a party forgoes its own running period; staff record a party's statement (CPL-Interp arts 99, 266).
import { Alert, Form, Input, Select, Spin } from 'antd';
import type { CaseClock } from '../../../contracts/clock';
import { useApiGet } from '../../api/useApiGet';
import { useI18n } from '../../i18n/i18n';
import { compact, type EventFieldsProps, type EventForm } from './types';

const WAIVABLE = ['defence', 'evidence'];

function WaivePeriodFields({ detail }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const clock = useApiGet<CaseClock>(`/cases/${detail.id}/clock`).data;
  const asParty = detail.myPartyIds.length > 0;
  const running = (clock?.periods ?? []).filter((p) => WAIVABLE.includes(p.kind) && p.status === 'running' && (!asParty || (p.partyId !== null && detail.myPartyIds.includes(p.partyId))));
  if (!clock) return <Spin />;
  if (!running.length) return <Alert type="warning" showIcon title={t('waiver.none')} />;
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={asParty ? t('waiver.partyHint') : t('waiver.staffHint')} />
      <Form.Item name="periodId" initialValue={running.length === 1 ? running[0]!.id : undefined} label={t('waiver.period')} rules={[{ required: true, message: t('waiver.periodRequired') }]}>
        <Select options={running.map((p) => ({ value: p.id, label: t('waiver.option', { party: p.partyName ?? '', period: pick(p.label), due: p.dueOn ?? '' }) }))} />
      </Form.Item>
      <Form.Item
        name="statement"
        label={asParty ? t('waiver.note') : t('waiver.statement')}
        rules={asParty ? [] : [{ required: true, whitespace: true, message: t('event.fieldRequired', { field: t('waiver.statement') }) }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </>
  );
}

export const waivePeriodForm: EventForm = {
  Fields: WaivePeriodFields,
  toInput: (v) => compact({ periodId: v.periodId, statement: v.statement }),
};
