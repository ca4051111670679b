// 诉前调解 up to the mediation itself: routing a complaint to it, entrusting an organisation (and optionally one of its
// mediators), declining, and extending the period with every party's consent (CPL-2023 art 125; ONLINE-MED arts 10–12, 24).
import { Alert, Checkbox, Form, Input, InputNumber, Select, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import type { MediationOrganisation } from '../../../contracts/mediation';
import { useApiGet } from '../../api/useApiGet';
import { useI18n } from '../../i18n/i18n';
import { useMediatorChoice } from './mediationClockForms';
import { textForm } from './textForms';
import { compact, type EventFieldsProps, type EventForm } from './types';

function RouteToMediationFields() {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('mediationForm.routeHint')} />
      <Form.Item name="note" label={t('mediationForm.routeNote')}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </>
  );
}

export const routeToMediationForm: EventForm = {
  Fields: RouteToMediationFields,
  toInput: (v) => compact({ note: v.note }),
};

function DesignateMediatorFields({ detail, form }: EventFieldsProps) {
  const { t, pick } = useI18n();
  const orgs = useApiGet<MediationOrganisation[]>(`/mediation/organisations?courtId=${detail.courtId}`);
  const record = useMediatorChoice(detail.id);
  const organisationId = Form.useWatch('organisationId', form) as number | undefined;
  // ONLINE-MED art 10: the mediator the parties chose jointly is the one to entrust.
  const agreed = record.data?.choice.status === 'agreed' ? record.data.choice.candidates.find((m) => m.userId === record.data!.choice.agreedMediatorId) : undefined;
  useEffect(() => {
    if (agreed) form.setFieldsValue({ organisationId: agreed.organisationId, mediatorId: agreed.userId });
  }, [agreed, form]);
  if (!orgs.data) return orgs.error ? <Alert type="error" showIcon title={orgs.error.message} /> : <Spin />;
  const active = orgs.data.filter((o) => o.isActive);
  if (!active.length) return <Alert type="warning" showIcon title={t('mediationForm.noOrganisations')} />;
  const chosen = active.find((o) => o.id === organisationId);
  const mediators = (chosen?.mediators ?? []).filter((m) => m.isActive && m.courtIds.includes(detail.courtId));
  return (
    <>
      {agreed && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('mediationForm.agreedChoice', { name: `${agreed.displayName}（${agreed.organisationName}）` })} />}
      <Form.Item name="organisationId" label={t('mediationForm.organisation')} rules={[{ required: true, message: t('mediationForm.organisationRequired') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={active.map((o) => ({ value: o.id, label: `${o.name}（${pick(o.kindLabel)}）` }))}
          onChange={() => form.setFieldValue('mediatorId', undefined)}
        />
      </Form.Item>
      <Form.Item name="mediatorId" label={t('mediationForm.mediator')}>
        <Select
          allowClear
          disabled={!chosen}
          showSearch={{ optionFilterProp: 'title' }}
          options={mediators.map((m) => ({
            value: m.userId,
            title: m.displayName,
            label: (
              <span>
                {m.displayName}{' '}
                <Typography.Text type="secondary">{m.specialties.length ? m.specialties.join('、') : t('mediationForm.noSpecialties')}</Typography.Text>
              </span>
            ),
          }))}
        />
      </Form.Item>
    </>
  );
}

export const designateMediatorForm: EventForm = {
  Fields: DesignateMediatorFields,
  // Whether the parties chose jointly is the server's record, not the clerk's say.
  toInput: (v) => compact({ organisationId: v.organisationId, mediatorId: v.mediatorId }),
};

export const declineEntrustmentForm = textForm([{ name: 'reason', label: 'mediationForm.declineReason', required: true, maxLength: 1000 }]);

function ExtendMediationFields({ detail }: EventFieldsProps) {
  const { t, pick } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('mediationForm.extendHint')} />
      <Form.Item name="days" label={t('mediationForm.days')} rules={[{ required: true, message: t('mediationForm.daysRequired') }]}>
        <InputNumber min={1} max={365} precision={0} suffix={t('common.days')} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="consentingPartyIds" label={t('mediationForm.consenting')} rules={[{ required: true, message: t('mediationForm.consentingRequired') }]}>
        <Checkbox.Group options={detail.parties.map((p) => ({ value: p.id, label: `${pick(p.standingLabel)}：${p.name}` }))} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
      </Form.Item>
      <Form.Item name="note" label={t('mediationForm.note')}>
        <Input.TextArea rows={2} maxLength={1000} showCount />
      </Form.Item>
    </>
  );
}

export const extendMediationForm: EventForm = {
  Fields: ExtendMediationFields,
  toInput: (v) => compact({ days: v.days, consentingPartyIds: v.consentingPartyIds, note: v.note }),
};
