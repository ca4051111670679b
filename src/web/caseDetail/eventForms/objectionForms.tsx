// The 执异 events' forms: the collegial panel (EXEC-OBJ art 11: the implementing officers may not sit — the server
// refuses them), the ruling (sustain or dismiss, CPL-2023 art 236) and its service (the 10 days for reconsideration).
import { Alert, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Division, EligibleJudge } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { courtToday } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import { compact, type EventFieldsProps, type EventForm } from './types';

function JudgePicker({ detail, name, label }: EventFieldsProps & { name: (string | number)[]; label: string }) {
  const { t } = useI18n();
  const divisions = useApiGet<Division[]>(`/courts/${detail.courtId}/divisions`);
  const [division, setDivision] = useState<number | undefined>();
  const judges = useApiGet<EligibleJudge[]>(division ? `/cases/${detail.id}/eligible-judges?divisionId=${division}` : null);
  return (
    <Space align="start" wrap>
      <Form.Item label={t('objectionForm.division')}>
        <Select style={{ width: 180 }} value={division} onChange={setDivision} options={(divisions.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
      </Form.Item>
      <Form.Item name={name} label={label} rules={[{ required: true, message: t('objectionForm.judgeRequired') }]}>
        <Select style={{ width: 220 }} loading={judges.loading} options={(judges.data ?? []).map((j) => ({ value: j.id, label: j.displayName }))} />
      </Form.Item>
    </Space>
  );
}

function PanelFields(props: EventFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('objectionForm.panelHint')} />
      <JudgePicker {...props} name={['presidingJudgeId']} label={t('objectionForm.presiding')} />
      <JudgePicker {...props} name={['member1']} label={t('objectionForm.member')} />
      <JudgePicker {...props} name={['member2']} label={t('objectionForm.member')} />
    </>
  );
}

export const formObjectionPanelForm: EventForm = { Fields: PanelFields, toInput: (v) => compact({ presidingJudgeId: v.presidingJudgeId, memberIds: [v.member1, v.member2], note: v.note }) };

function RuleFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="decision" label={t('objectionForm.decision')} rules={[{ required: true }]}>
        <Radio.Group options={[{ value: 'sustain', label: t('objectionForm.sustain') }, { value: 'dismiss', label: t('objectionForm.dismiss') }]} />
      </Form.Item>
      <Form.Item name="reasoning" label={t('objectionForm.reasoning')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </>
  );
}

export const ruleOnObjectionForm: EventForm = { Fields: RuleFields, toInput: (v) => compact({ decision: v.decision, reasoning: v.reasoning }) };

function ServeFields() {
  const { t } = useI18n();
  return (
    <>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('objectionForm.serveHint')} />
      <Form.Item name="servedOn" label={t('objectionForm.servedOn')} rules={[{ required: true }]} initialValue={courtToday()}>
        <DatePicker disabledDate={(d) => d.isAfter(courtToday())} />
      </Form.Item>
    </>
  );
}

export const serveObjectionRulingForm: EventForm = { Fields: ServeFields, toInput: (v) => compact({ servedOn: (v.servedOn as Dayjs | undefined)?.format('YYYY-MM-DD') }) };
