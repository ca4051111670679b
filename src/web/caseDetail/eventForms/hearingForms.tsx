// 排期开庭 / 延期开庭: a date, start and end times in court time, a courtroom and, for a closed hearing, the ground
// (CPL-2023 art 137; a public one is announced on the notice board); postponing also says why.
import { Col, DatePicker, Form, Input, Radio, Row, Select, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { CLOSED_HEARING_GROUND_LABELS, closedHearingGroundsFor } from '../../../domain/hearings/hearingAnnouncement';
import type { CaseDetail } from '../../../contracts/cases';
import type { HearingCheckResult } from '../../../contracts/hearings';
import { api } from '../../api/client';
import type { Room } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { courtInstant } from '../../format/dates';
import { useI18n } from '../../i18n/i18n';
import type { EventFieldsProps, EventForm } from './types';

function HearingFields({ detail, withReason }: EventFieldsProps & { withReason: boolean }) {
  const { t, pick } = useI18n();
  const rooms = useApiGet<Room[]>(`/courts/${detail.courtId}/rooms`);
  return (
    <>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item name="date" label={t('hearing.date')} rules={[{ required: true, message: t('hearing.dateRequired') }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="start" label={t('hearing.start')} rules={[{ required: true, message: t('hearing.timeRequired') }]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={7}>
          <Form.Item name="end" label={t('hearing.end')} rules={[{ required: true, message: t('hearing.timeRequired') }]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="mode" label={t('hearing.mode')} extra={t('hearing.modeHint')}>
        <Radio.Group
          optionType="button"
          options={(['inPerson', 'online', 'hybrid'] as const).map((m) => ({ value: m, label: t(`hearing.mode.${m}`) }))}
          data-testid="hearing-mode"
        />
      </Form.Item>
      <Form.Item name="roomId" label={t('hearing.room')} rules={[{ required: true, message: t('hearing.roomRequired') }]}>
        <Select loading={rooms.loading} options={(rooms.data ?? []).map((r) => ({ value: r.id, label: r.name }))} />
      </Form.Item>
      <Form.Item name="closedGround" label={t('hearing.publicity')} extra={t(withReason ? 'hearing.publicityKeepHint' : 'hearing.publicityHint')}>
        <Select
          allowClear
          placeholder={t('hearing.inPublic')}
          options={closedHearingGroundsFor(detail.caseType).map((g) => ({ value: g, label: pick(CLOSED_HEARING_GROUND_LABELS[g]) }))}
          data-testid="hearing-closed-ground"
        />
      </Form.Item>
      {withReason && (
        <Form.Item name="reason" label={t('event.postponeReason')} rules={[{ required: true, whitespace: true, message: t('event.fieldRequired', { field: t('event.postponeReason') }) }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      )}
    </>
  );
}

function slot(v: Record<string, unknown>) {
  const date = v.date as Dayjs;
  return {
    startsAt: courtInstant(date, v.start as Dayjs),
    endsAt: courtInstant(date, v.end as Dayjs),
    roomId: v.roomId,
    ...(v.closedGround ? { closedGround: v.closedGround } : {}),
    ...(v.mode && v.mode !== 'inPerson' ? { mode: v.mode } : {}),
  };
}

/** 排期检查: warnings (a lawyer elsewhere, out of hours) are confirmed first. */
async function checkSlot(input: Record<string, unknown>, detail: CaseDetail): Promise<{ refusal?: string; warnings: string[] }> {
  const r = await api.post<HearingCheckResult>('/hearings/check', { caseId: detail.id, startsAt: input.startsAt, endsAt: input.endsAt, roomId: input.roomId, ...(input.mode ? { mode: input.mode } : {}) });
  // A clash is refused by the event itself, in the user's language: send it and show that answer.
  if (r.conflicts.length) return { warnings: [] };
  return { warnings: r.warnings.map((w) => w.message) };
}

export const scheduleHearingForm: EventForm = {
  Fields: (p) => <HearingFields {...p} withReason={false} />,
  initialValues: () => ({ mode: 'inPerson' }),
  toInput: (v) => slot(v),
  preflight: checkSlot,
};

export const postponeHearingForm: EventForm = {
  Fields: (p) => <HearingFields {...p} withReason />,
  toInput: (v) => ({ ...slot(v), reason: String(v.reason ?? '').trim() }),
  preflight: checkSlot,
};
