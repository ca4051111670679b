// 节假日日历: each year's holidays and make-up working days, the import of a new year, and each court's closure days.
import { Alert, App, Button, Card, Input, Select, Space, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { CalendarChangeResult, CalendarYear } from '../api/types';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { courtToday } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { ClosuresCard } from './ClosuresCard';
import { MovedPeriodsTable } from './MovedPeriodsTable';
import { parseCalendarJson, type CalendarImport } from './calendarImport';

const thisYear = courtToday().year();
const YEARS = Array.from({ length: thisYear + 2 - 2004 + 1 }, (_, i) => thisYear + 2 - i);

export function CalendarPage() {
  const { t } = useI18n();
  const [year, setYear] = useState(thisYear);
  const [result, setResult] = useState<CalendarChangeResult | null>(null);
  const [imports, setImports] = useState(0);
  const cal = useApiGet<CalendarYear>(`/calendar/${year}`);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('calendar.yearTitle', { year })}
        extra={
          <Space>
            {t('calendar.year')}
            <Select value={year} onChange={(y) => { setYear(y); setResult(null); }} options={YEARS.map((y) => ({ value: y, label: String(y) }))} style={{ width: 100 }} data-testid="calendar-year" />
          </Space>
        }
      >
        {cal.data && (
          <>
            <Space style={{ marginBottom: 12 }} wrap>
              {cal.data.covered ? <Tag color="success">{t('calendar.covered')}</Tag> : <Tag color="warning">{t('calendar.notCovered')}</Tag>}
              {cal.data.source && (
                <Typography.Text type="secondary">
                  {t('calendar.source')}
                  {t('common.labelSep')}
                  {cal.data.source}
                </Typography.Text>
              )}
            </Space>
            {!cal.data.covered && <Alert type="warning" showIcon title={t('calendar.notCoveredHint')} style={{ marginBottom: 12 }} />}
            {/* A new import of the year starts its table again. */}
            <CalendarDaysTable key={`${year}:${imports}`} year={year} />
          </>
        )}
      </Card>
      <ImportCard
        year={year}
        onImported={(r) => {
          setResult(r);
          setImports((n) => n + 1);
          cal.reload();
        }}
      />
      {result && <MovedPeriodsTable moved={result.moved} />}
      <ClosuresCard />
    </Space>
  );
}

type CalendarDay = CalendarYear['days'][number];

/** The year's days page by page, sorted and filtered on the server (by date, name, holiday or make-up workday). */
function CalendarDaysTable({ year }: { year: number }) {
  const { t } = useI18n();
  const paged = usePagedList<CalendarDay>(`/calendar/${year}/days`, {}, 15);
  // Keys with a sorter are the list's sort columns; the type column filters by its parameter (off).
  const columns: ColumnsType<CalendarDay> = [
    { title: t('calendar.date'), key: 'date', dataIndex: 'date', sorter: true, width: 120 },
    { title: t('calendar.weekday'), key: 'weekday', width: 90, render: (_, d) => dayjs(d.date).format('ddd') },
    { title: t('calendar.name'), key: 'name', dataIndex: 'name', sorter: true, width: 220 },
    {
      title: t('calendar.type'),
      key: 'off',
      sorter: true,
      filters: [
        { value: 'true', text: t('calendar.off') },
        { value: 'false', text: t('calendar.workday') },
      ],
      filterMultiple: false,
      width: 130,
      render: (_, d) => (d.off ? <Tag color="red">{t('calendar.off')}</Tag> : <Tag color="blue">{t('calendar.workday')}</Tag>),
    },
  ];
  return <PagedTable<CalendarDay> paged={paged} columns={columns} emptyText={t('calendar.noDays')} testId="calendar-days" exportPath={`/calendar/${year}/days`} rowKey="date" />;
}

function ImportCard({ year, onImported }: { year: number; onImported(r: CalendarChangeResult): void }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [text, setText] = useState('');
  const parsed: CalendarImport | { error: string } | null = text.trim() ? parseCalendarJson(text, t) : null;
  const save = (data: CalendarImport) =>
    modal.confirm({
      title: t('calendar.importButton', { year }),
      content: t('calendar.importConfirm', { year }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const r = await api.put<CalendarChangeResult>(`/admin/calendar/${year}`, data);
          message.success(t('calendar.changed', { recomputed: r.recomputed, moved: r.moved.length }));
          setText('');
          onImported(r);
        } catch (e) {
          message.error(e instanceof ApiError ? e.message : String(e));
        }
      },
    });
  return (
    <Card title={t('calendar.import')}>
      <Typography.Paragraph type="secondary">{t('calendar.importHint')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Upload
          accept="application/json,.json"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then(setText);
            return false;
          }}
        >
          <Button>{t('calendar.file')}</Button>
        </Upload>
        <Input.TextArea rows={6} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('calendar.paste')} data-testid="calendar-json" />
        {parsed && 'error' in parsed && <Alert type="error" showIcon title={parsed.error} />}
        {parsed && !('error' in parsed) && (
          <Alert
            type="info"
            showIcon
            title={t('calendar.preview', { n: parsed.days.length, off: parsed.days.filter((d) => d.off).length, work: parsed.days.filter((d) => !d.off).length, source: parsed.source })}
            action={
              <Button type="primary" onClick={() => save(parsed)}>
                {t('calendar.importButton', { year })}
              </Button>
            }
          />
        )}
      </Space>
    </Card>
  );
}
