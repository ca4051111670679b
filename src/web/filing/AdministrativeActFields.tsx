// 行政起诉: the act the complaint challenges, with the time to sue worked out as the dates are picked (ALL arts 45–46);
// a late complaint is still filed — the court decides whether the delay is justified.
import { Alert, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { ADMINISTRATIVE_ACT_TYPES } from '../../domain/administrative/actTypes';
import { lawsuitDeadline } from '../../domain/administrative/lawsuitDeadline';
import { citationLabel } from '../../domain/citations/citations';
import { courtToday } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import type { AdministrativeActValues } from './filingForm';

/** The deadline check for the dates picked so far, or null until the act's dates are there. */
export function deadlinePreview(a: AdministrativeActValues | undefined, filedOn: string) {
  if (!a?.actOn || !a.knownOn || (a.hadReconsideration && !a.decisionOn)) return null;
  const day = (d: Dayjs) => d.format('YYYY-MM-DD');
  const reconsideration = a.hadReconsideration && a.decisionOn ? { decisionOn: day(a.decisionOn), receivedOn: a.receivedOn ? day(a.receivedOn) : undefined } : undefined;
  const dutyApplication = a.actType === 'nonPerformance' && a.dutyAppliedOn ? { appliedOn: day(a.dutyAppliedOn), periodDays: a.dutyPeriodDays ?? null, isEmergency: !!a.isEmergency } : null;
  return lawsuitDeadline({ name: a.name ?? '', actOn: day(a.actOn), knownOn: day(a.knownOn), actType: a.actType, concernsRealEstate: !!a.concernsRealEstate, dutyApplication, reconsideration }, filedOn);
}

export function AdministrativeActFields() {
  const { t, pick } = useI18n();
  const form = Form.useFormInstance();
  const act = Form.useWatch('administrativeAct', { form, preserve: true }) as AdministrativeActValues | undefined;
  const dateRule = [{ required: true, message: t('admin.dateRequired') }];
  const preview = deadlinePreview(act, courtToday().format('YYYY-MM-DD'));
  return (
    <>
      <Form.Item name={['administrativeAct', 'actType']} label={t('admin.actType')}>
        <Select allowClear options={ADMINISTRATIVE_ACT_TYPES.map((k) => ({ value: k.key, label: pick(k.label) }))} data-testid="admin-act-type" />
      </Form.Item>
      <Form.Item name={['administrativeAct', 'name']} label={t('admin.actName')} rules={[{ required: true, whitespace: true, message: t('admin.actNameRequired') }]}>
        <Input maxLength={200} placeholder="行政处罚决定" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name={['administrativeAct', 'documentNumber']} label={t('admin.documentNumber')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name={['administrativeAct', 'actOn']} label={t('admin.actOn')} rules={dateRule}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name={['administrativeAct', 'knownOn']} label={t('admin.knownOn')} rules={dateRule}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {act?.actType === 'nonPerformance' && <DutyApplicationFields />}
      <Form.Item name={['administrativeAct', 'concernsRealEstate']} valuePropName="checked">
        <Checkbox>{t('admin.concernsRealEstate')}</Checkbox>
      </Form.Item>
      <Form.Item name={['administrativeAct', 'hadReconsideration']} valuePropName="checked">
        <Checkbox>{t('admin.hadReconsideration')}</Checkbox>
      </Form.Item>
      {act?.hadReconsideration && (
        <Row gutter={16}>
          <Col xs={12} md={8}>
            <Form.Item name={['administrativeAct', 'decisionOn']} label={t('admin.reconsiderationDecisionOn')} rules={dateRule}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name={['administrativeAct', 'receivedOn']} label={t('admin.reconsiderationReceivedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {preview && (
        <Alert
          data-testid="lawsuit-deadline"
          type={preview.isLate || preview.isEarly ? 'warning' : 'info'}
          showIcon
          title={preview.warning ? pick(preview.warning) : t('admin.deadlineDue', { dueOn: preview.dueOn, source: pick(citationLabel(preview.source)) })}
        />
      )}
    </>
  );
}

/** ALL art 47: the application to the organ, a period a law or regulation sets instead of 2 months, an emergency. */
function DutyApplicationFields() {
  const { t } = useI18n();
  return (
    <Row gutter={16}>
      <Col xs={12} md={8}>
        <Form.Item name={['administrativeAct', 'dutyAppliedOn']} label={t('admin.dutyAppliedOn')} rules={[{ required: true, message: t('admin.dateRequired') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name={['administrativeAct', 'dutyPeriodDays']} label={t('admin.dutyPeriodDays')} extra={t('admin.dutyPeriodHint')}>
          <InputNumber min={1} max={3650} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={['administrativeAct', 'isEmergency']} valuePropName="checked" label=" ">
          <Checkbox>{t('admin.isEmergency')}</Checkbox>
        </Form.Item>
      </Col>
    </Row>
  );
}
