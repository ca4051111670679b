// 调解安排 and 调解记录: a session at a place or online (the court's configured meeting link), its record once begun;
// and the parties' materials during mediation.
import { Alert, Checkbox, Col, DatePicker, Form, Input, Row, Select, Spin, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import type { MediationRecord } from '../../../contracts/mediation';
import { useApiGet } from '../../api/useApiGet';
import { MaterialField } from '../../filing/MaterialsUpload';
import { uploadedIds } from '../../filing/filingForm';
import { courtInstant, formatInstant } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import { compact, type EventFieldsProps, type EventForm } from './types';

function ScheduleSessionFields({ form }: EventFieldsProps) {
  const { t } = useI18n();
  const online = Form.useWatch('online', form) as boolean | undefined;
  return (
    <>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="date" label={t('mediationForm.sessionDate')} rules={[{ required: true, message: t('mediationForm.sessionRequired') }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="start" label={t('mediationForm.sessionStart')} rules={[{ required: true, message: t('mediationForm.sessionRequired') }]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="end" label={t('mediationForm.sessionEnd')}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="online" valuePropName="checked">
        <Checkbox>{t('mediationForm.sessionOnline')}</Checkbox>
      </Form.Item>
      {!online && (
        <Form.Item name="place" label={t('mediationForm.sessionPlace')} rules={[{ required: true, whitespace: true, message: t('mediationForm.sessionPlace') }]}>
          <Input maxLength={200} />
        </Form.Item>
      )}
    </>
  );
}

export const scheduleSessionForm: EventForm = {
  Fields: ScheduleSessionFields,
  toInput: (v) => {
    const date = v.date as Dayjs;
    return compact({
      startsAt: courtInstant(date, v.start as Dayjs),
      endsAt: v.end ? courtInstant(date, v.end as Dayjs) : undefined,
      online: v.online ? true : undefined,
      place: v.online ? undefined : v.place,
    });
  },
};

function RecordSessionFields({ detail }: EventFieldsProps) {
  const { t } = useI18n();
  const record = useApiGet<MediationRecord>(`/cases/${detail.id}/mediation`);
  if (!record.data) return record.error ? <Alert type="error" showIcon title={record.error.message} /> : <Spin />;
  const open = record.data.sessions.filter((s) => s.status === 'scheduled');
  if (!open.length) return <Alert type="info" showIcon title={t('mediationForm.noSessionToRecord')} />;
  return (
    <>
      <Form.Item name="sessionId" label={t('mediationForm.session')} rules={[{ required: true, message: t('mediationForm.session') }]} initialValue={open.length === 1 ? open[0]!.id : undefined}>
        <Select options={open.map((s) => ({ value: s.id, label: `${formatInstant(s.startsAt)} ${s.place ?? s.meetingUrl ?? ''}` }))} />
      </Form.Item>
      <Form.Item name="record" label={t('mediationForm.sessionRecord')} rules={[{ required: true, whitespace: true, message: t('mediationForm.sessionRecord') }]}>
        <Input.TextArea rows={6} maxLength={20000} showCount />
      </Form.Item>
    </>
  );
}

export const recordSessionForm: EventForm = {
  Fields: RecordSessionFields,
  width: 640,
  toInput: (v) => compact({ sessionId: v.sessionId, record: v.record }),
};

function MediationMaterialsFields() {
  const { t } = useI18n();
  return (
    <>
      <MaterialField name="files" category="supplementary" label={t('mediationForm.materialsFiles')} required />
      <Form.Item name="note" label={t('mediationForm.materialsNote')}>
        <Input maxLength={1000} />
      </Form.Item>
    </>
  );
}

export const submitMediationMaterialsForm: EventForm = {
  Fields: MediationMaterialsFields,
  width: 640,
  toInput: (v) => compact({ attachmentIds: uploadedIds(v.files as Parameters<typeof uploadedIds>[0]), note: v.note }),
};
