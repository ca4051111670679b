// 法院闭院日: days a court is closed (e.g. a disaster); its running periods are recomputed after each change.
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Court } from '../../contracts/reference';
import type { CalendarChangeResult, Closure } from '../api/types';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { MovedPeriodsTable } from './MovedPeriodsTable';

export function ClosuresCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const courts = useApiGet<Court[]>('/courts');
  const [courtId, setCourtId] = useState<number | undefined>(undefined);
  const closures = useApiGet<Closure[]>(courtId ? `/courts/${courtId}/closures` : null);
  const [result, setResult] = useState<CalendarChangeResult | null>(null);
  const [form] = Form.useForm<{ date: Dayjs; reason: string }>();

  const run = async (call: () => Promise<CalendarChangeResult>) => {
    try {
      const r = await call();
      message.success(t('calendar.changed', { recomputed: r.recomputed, moved: r.moved.length }));
      setResult(r);
      closures.reload();
      return true;
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
      return false;
    }
  };

  return (
    <Card title={t('closures.title')}>
      <Typography.Paragraph type="secondary">{t('closures.hint')}</Typography.Paragraph>
      <Select
        showSearch
        optionFilterProp="label"
        placeholder={t('closures.courtPlaceholder')}
        style={{ width: 360, marginBottom: 16 }}
        value={courtId}
        onChange={(v) => {
          setCourtId(v);
          setResult(null);
        }}
        options={(courts.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
      />
      {courtId && (
        <>
          <Form
            form={form}
            layout="inline"
            style={{ marginBottom: 16 }}
            onFinish={async (v) => {
              if (await run(() => api.post(`/admin/courts/${courtId}/closures`, { date: v.date.format('YYYY-MM-DD'), reason: v.reason.trim() }))) form.resetFields();
            }}
          >
            <Form.Item name="date" rules={[{ required: true, message: t('deductionForm.dateRequired') }]}>
              <DatePicker placeholder={t('closures.date')} />
            </Form.Item>
            <Form.Item name="reason" rules={[{ required: true, whitespace: true, min: 2, message: t('closures.reasonRequired') }]}>
              <Input placeholder={t('closures.reason')} maxLength={200} style={{ width: 260 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              {t('closures.add')}
            </Button>
          </Form>
          <Table<Closure>
            rowKey="id"
            size="small"
            loading={closures.loading}
            dataSource={closures.data ?? []}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: t('closures.empty') }}
            columns={[
              { title: t('closures.date'), dataIndex: 'date', width: 140 },
              { title: t('closures.reason'), dataIndex: 'reason' },
              {
                title: t('common.actions'),
                key: 'actions',
                width: 100,
                render: (_, c) => (
                  <Popconfirm title={t('closures.removeConfirm')} onConfirm={() => void run(() => api.del(`/admin/courts/${courtId}/closures/${c.id}`))}>
                    <Button size="small" danger>
                      {t('closures.remove')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </>
      )}
      {result && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
          <MovedPeriodsTable moved={result.moved} />
        </Space>
      )}
    </Card>
  );
}
