// The officer's 执行通知书 (CPL-2023 arts 251–252) and record of what starts and ends the stage limits of rules.md §5.1: the applicant's asset clue (verified
// in 7 days, urgent 3: ASSET-INV art 2) and the request to investigate (started in 10 days, done in 1 month: EXEC-TL).
import { Alert, Checkbox, Form, Input, InputNumber, Radio } from 'antd';
import { PROPERTY_REPORT_DAYS_DEFAULT, PROPERTY_REPORT_DAYS_MAX } from '../../../domain/execution/executionNotice';
import { useI18n } from '../../i18n/i18n';
import { compact, type EventForm } from './types';

function Text({ name, label, required }: { name: string; label: string; required?: string }) {
  return (
    <Form.Item name={name} label={label} rules={required ? [{ required: true, whitespace: true, message: required }] : []}>
      <Input.TextArea rows={3} maxLength={2000} showCount />
    </Form.Item>
  );
}

function RecordClueFields() {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('executionForm.clueHint')} />
      <Text name="clue" label={t('executionForm.clue')} required={t('executionForm.clueRequired')} />
      <Form.Item name="urgent" valuePropName="checked">
        <Checkbox>{t('executionForm.urgent')}</Checkbox>
      </Form.Item>
    </>
  );
}

export const recordClueForm: EventForm = { Fields: RecordClueFields, toInput: (v) => compact({ clue: v.clue, urgent: v.urgent === true ? true : undefined }) };

function VerifyClueFields() {
  const { t } = useI18n();
  return <Text name="result" label={t('executionForm.verifyResult')} required={t('executionForm.verifyResult')} />;
}

export const verifyClueForm: EventForm = { Fields: VerifyClueFields, toInput: (v) => compact({ result: v.result }) };

function RequestInvestigationFields() {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('executionForm.investigationHint')} />
      <Text name="request" label={t('executionForm.investigationRequest')} required={t('executionForm.investigationRequest')} />
    </>
  );
}

export const requestInvestigationForm: EventForm = { Fields: RequestInvestigationFields, toInput: (v) => compact({ request: v.request }) };

function ReportInvestigationFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="step" label={t('executionForm.investigationStep')} rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'started', label: t('executionForm.investigationStarted') },
            { value: 'completed', label: t('executionForm.investigationCompleted') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('executionForm.note')}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </>
  );
}

export const reportInvestigationForm: EventForm = { Fields: ReportInvestigationFields, toInput: (v) => compact({ step: v.step, note: v.note }) };

function IssueNoticeFields() {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('executionForm.noticeHint')} />
      <Form.Item name="reportDays" label={t('executionForm.reportDays')} rules={[{ required: true }]}>
        <InputNumber min={1} max={PROPERTY_REPORT_DAYS_MAX} precision={0} />
      </Form.Item>
      <Form.Item name="note" label={t('executionForm.note')}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </>
  );
}

export const issueNoticeForm: EventForm = {
  Fields: IssueNoticeFields,
  initialValues: () => ({ reportDays: PROPERTY_REPORT_DAYS_DEFAULT }),
  toInput: (v) => compact({ reportDays: typeof v.reportDays === 'number' ? v.reportDays : undefined, note: v.note }),
};
