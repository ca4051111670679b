// 执前调: the filing clerk routes a submitted execution application to pre-execution mediation, with the applicant's
// consent (a required tick; the server's input schema requires it too).
import { Alert, Checkbox, Form, Input } from 'antd';
import { compact, type EventForm } from '../caseDetail/eventForms/types';
import { useI18n } from '../i18n/i18n';

function RouteFields() {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('preExecution.routeHint')} />
      <Form.Item name="applicantConsents" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('preExecution.consentRequired')))) }]}>
        <Checkbox data-testid="pre-execution-consent">{t('preExecution.consent')}</Checkbox>
      </Form.Item>
      <Form.Item name="note" label={t('settlement.note')}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </>
  );
}

export const routeToPreExecutionMediationForm: EventForm = {
  Fields: RouteFields,
  toInput: (v) => compact({ applicantConsents: v.applicantConsents === true ? true : undefined, note: v.note }),
};
