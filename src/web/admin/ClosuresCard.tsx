// 法院闭院日: days a court is closed (e.g. a disaster); its running periods are recomputed after each change. The
// list pages, sorts and filters on the server (year, reason) and exports what the filter shows.
import { App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Court } from '../../contracts/reference';
import type { CalendarChangeResult, Closure } from '../api/types';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { courtToday } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { MovedPeriodsTable } from './MovedPeriodsTable';

const thisYear = courtToday().year();
const YEARS = Array.from({ length: thisYear + 2 - 2004 + 1 }, (_, i) => thisYear + 2 - i);

export function ClosuresCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const courts = useApiGet<Court[]>('/courts');
  const [courtId, setCourtId] = useState<number | undefined>(undefined);
  const [year, setYear] = useState<number | undefined>(undefined);
  const [q, setQ] = useState<string | undefined>(undefined);
  // A change of court, year or search starts the list again; so does each change the administrator makes.
  const [changes, setChanges] = useState(0);
  const [result, setResult] = useState<CalendarChangeResult | null>(null);
  const [form] = Form.useForm<{ date: Dayjs; reason: string }>();

  const run = async (call: () => Promise<CalendarChangeResult>) => {
    try {
      const r = await call();
      message.success(t('calendar.changed', { recomputed: r.recomputed, moved: r.moved.length }));
      setResult(r);
      setChanges((n) => n + 1);
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
        data-testid="closures-court"
      />
      {courtId && (
        <>
          <Form
            form={form}
            name="closure"
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
          <Space wrap style={{ marginBottom: 12 }}>
            <Select
              allowClear
              placeholder={t('closures.allYears')}
              value={year}
              onChange={setYear}
              options={YEARS.map((y) => ({ value: y, label: String(y) }))}
              style={{ width: 120 }}
              data-testid="closures-year"
            />
            <Input.Search allowClear placeholder={t('closures.search')} onSearch={(v) => setQ(v.trim() || undefined)} style={{ width: 240 }} />
          </Space>
          <ClosuresTable
            key={`${courtId}:${year ?? ''}:${q ?? ''}:${changes}`}
            courtId={courtId}
            year={year}
            q={q}
            onRemove={(c) => void run(() => api.del(`/admin/courts/${courtId}/closures/${c.id}`))}
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

/** One court's closure days, page by page (sorted by date or reason on the server), with the export of the filter's rows. */
function ClosuresTable({ courtId, year, q, onRemove }: { courtId: number; year: number | undefined; q: string | undefined; onRemove(c: Closure): void }) {
  const { t } = useI18n();
  const paged = usePagedList<Closure>(`/courts/${courtId}/closures`, { year, q }, 10);
  const columns: ColumnsType<Closure> = [
    { title: t('closures.date'), key: 'date', dataIndex: 'date', sorter: true, width: 140 },
    { title: t('calendar.weekday'), key: 'weekday', width: 90, render: (_, c) => dayjs(c.date).format('ddd') },
    { title: t('closures.reason'), key: 'reason', dataIndex: 'reason', sorter: true },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, c) => (
        <Popconfirm title={t('closures.removeConfirm')} onConfirm={() => onRemove(c)}>
          <Button size="small" danger>
            {t('closures.remove')}
          </Button>
        </Popconfirm>
      ),
    },
  ];
  return <PagedTable<Closure> paged={paged} columns={columns} emptyText={t('closures.empty')} testId="closures" exportPath={`/courts/${courtId}/closures`} />;
}
