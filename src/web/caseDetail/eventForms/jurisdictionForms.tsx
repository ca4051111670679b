// 移送管辖 (the receiving court and the reason), 提级 / 下放 and 指定管辖 (also the higher court's decision), and the
// 跨域立案 forwarding (identity and materials checked).
import { Checkbox, Form, Input, Radio, Select } from 'antd';
import type { Court } from '../../../contracts/reference';
import { useApiGet } from '../../api/useApiGet';
import { DESIGNATION_GROUNDS } from '../../../domain/jurisdiction/transferEvents';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { compact, type EventForm, type EventFieldsProps } from './types';

function courtOptions(courts: Court[] | undefined, except: number) {
  return (courts ?? []).filter((c) => c.isActive && c.level !== 'supreme' && c.id !== except).map((c) => ({ value: c.id, label: c.name }));
}

function TransferFields({ detail, move }: EventFieldsProps & { move?: 'elevate' | 'designate' }) {
  const { t } = useI18n();
  const courts = useApiGet<Court[]>('/courts');
  const options = courtOptions(courts.data, detail.courtId);
  const required = (key: MessageKey) => [{ required: true, whitespace: true, message: t('event.fieldRequired', { field: t(key) }) }];
  return (
    <>
      {move === 'elevate' && (
        <Form.Item name="direction" label={t('jurisdiction.direction')} initialValue="up" rules={[{ required: true }]}>
          <Radio.Group options={[{ value: 'up', label: t('jurisdiction.direction.up') }, { value: 'down', label: t('jurisdiction.direction.down') }]} />
        </Form.Item>
      )}
      {move === 'designate' && (
        <>
          <Form.Item name="designatingCourtId" label={t('jurisdiction.designatingCourt')} rules={[{ required: true, message: t('event.fieldRequired', { field: t('jurisdiction.designatingCourt') }) }]}>
            <Select loading={courts.loading} options={courtOptions(courts.data, detail.courtId)} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
          <Form.Item name="ground" label={t('jurisdiction.ground')} rules={[{ required: true, message: t('event.fieldRequired', { field: t('jurisdiction.ground') }) }]}>
            <Select options={DESIGNATION_GROUNDS.map((g) => ({ value: g, label: t(`jurisdiction.ground.${g}`) }))} />
          </Form.Item>
        </>
      )}
      {move && (
        <Form.Item name="decisionNumber" label={t('jurisdiction.decisionNumber')} rules={required('jurisdiction.decisionNumber')}>
          <Input maxLength={100} placeholder="（2026）吉01民辖1号" />
        </Form.Item>
      )}
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

export const elevateJurisdictionForm: EventForm = {
  Fields: (p) => <TransferFields {...p} move="elevate" />,
  toInput: (v) => compact({ receivingCourtId: v.receivingCourtId, direction: v.direction ?? 'up', decisionNumber: v.decisionNumber, reason: v.reason }),
};

export const designateJurisdictionForm: EventForm = {
  Fields: (p) => <TransferFields {...p} move="designate" />,
  toInput: (v) => compact({ receivingCourtId: v.receivingCourtId, designatingCourtId: v.designatingCourtId, ground: v.ground, decisionNumber: v.decisionNumber, reason: v.reason }),
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
