// 法庭与庭审设置: a court's courtrooms (added, renamed, equipped for online hearings, deactivated) and the hearing
// settings — the meeting-link template of the online provider, the working window, the recording size limit.
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { HearingSettings, RoomDetail, RoomInput } from '../../contracts/hearings';
import type { Court } from '../../contracts/reference';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';

const MB = 1024 * 1024;

function HearingSettingsCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useApiGet<HearingSettings>('/admin/settings/hearings');
  const [form] = Form.useForm();
  const { busy, run } = useAction(form);
  if (!settings.data) return <Card loading title={t('rooms.settings')} />;
  const s = settings.data;
  const save = (v: { meetingLinkTemplate: string; startsAt: string; endsAt: string; recordingMb: number }) =>
    run(async () => {
      settings.setData(await api.put<HearingSettings>('/admin/settings/hearings', { meetingLinkTemplate: v.meetingLinkTemplate, workingHours: { startsAt: v.startsAt, endsAt: v.endsAt }, recordingMaxBytes: Math.round(v.recordingMb * MB) }));
      message.success(t('rooms.saved'));
    });
  return (
    <Card title={t('rooms.settings')}>
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ meetingLinkTemplate: s.meetingLinkTemplate, startsAt: s.workingHours.startsAt, endsAt: s.workingHours.endsAt, recordingMb: Math.round(s.recordingMaxBytes / MB) }}>
        <Form.Item name="meetingLinkTemplate" label={t('rooms.linkTemplate')} extra={t('rooms.linkTemplateHint')} rules={[{ required: true }]}>
          <Input maxLength={500} data-testid="meeting-link-template" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="startsAt" label={t('rooms.workingStart')} rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}>
            <Input style={{ width: 100 }} placeholder="08:30" />
          </Form.Item>
          <Form.Item name="endsAt" label={t('rooms.workingEnd')} rules={[{ required: true, pattern: /^([01]\d|2[0-3]):[0-5]\d$/ }]}>
            <Input style={{ width: 100 }} placeholder="17:30" />
          </Form.Item>
          <Form.Item name="recordingMb" label={t('rooms.recordingMax')} rules={[{ required: true }]}>
            <InputNumber min={1} max={65536} />
          </Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

export function RoomsPage() {
  const { t } = useI18n();
  const courts = useApiGet<Court[]>('/courts');
  const [courtId, setCourtId] = useState<number | undefined>();
  const rooms = useApiGet<RoomDetail[]>(courtId ? `/admin/rooms?courtId=${courtId}` : null);
  const [editing, setEditing] = useState<RoomDetail | 'new' | null>(null);
  const [form] = Form.useForm<RoomInput>();
  const { busy, run } = useAction(form);
  const save = (v: Omit<RoomInput, 'courtId'>) =>
    run(async () => {
      const body = { ...v, courtId: courtId!, code: v.code ? v.code : null };
      if (editing === 'new') await api.post('/admin/rooms', body);
      else if (editing) await api.put(`/admin/rooms/${editing.id}`, body);
      setEditing(null);
      rooms.reload();
    });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Card
        title={t('rooms.title')}
        extra={
          <Button type="primary" disabled={!courtId} onClick={() => { form.resetFields(); setEditing('new'); }}>
            {t('rooms.add')}
          </Button>
        }
      >
        <Select showSearch optionFilterProp="label" placeholder={t('rooms.court')} style={{ minWidth: 260, marginBottom: 16 }} value={courtId} onChange={setCourtId} options={(courts.data ?? []).map((c) => ({ value: c.id, label: c.name }))} data-testid="rooms-court" />
        <Table<RoomDetail>
          rowKey="id"
          size="small"
          pagination={false}
          loading={rooms.loading}
          dataSource={rooms.data ?? []}
          columns={[
            { title: t('rooms.name'), dataIndex: 'name' },
            { title: t('rooms.code'), dataIndex: 'code', render: (v: string | null) => v ?? '—' },
            { title: t('calendar.online'), dataIndex: 'isOnlineCapable', render: (v: boolean) => (v ? <Tag color="blue">✓</Tag> : '—') },
            { title: t('rooms.active'), dataIndex: 'isActive', render: (v: boolean) => (v ? <Tag color="green">✓</Tag> : <Tag>✗</Tag>) },
            {
              title: '',
              key: 'edit',
              render: (_, r) => (
                <Button size="small" onClick={() => { form.setFieldsValue({ name: r.name, code: r.code, isOnlineCapable: r.isOnlineCapable, isActive: r.isActive }); setEditing(r); }}>
                  {t('rooms.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <HearingSettingsCard />
      <Modal open={editing !== null} title={t(editing === 'new' ? 'rooms.add' : 'rooms.edit')} onCancel={() => setEditing(null)} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={save} initialValues={{ isOnlineCapable: false, isActive: true }}>
          <Form.Item name="name" label={t('rooms.name')} rules={[{ required: true, whitespace: true, max: 60 }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="code" label={t('rooms.code')} rules={[{ pattern: /^[A-Za-z0-9_-]{1,32}$/ }]}>
            <Input maxLength={32} />
          </Form.Item>
          <Form.Item name="isOnlineCapable" valuePropName="checked">
            <Checkbox>{t('rooms.online')}</Checkbox>
          </Form.Item>
          <Form.Item name="isActive" valuePropName="checked">
            <Checkbox>{t('rooms.active')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
