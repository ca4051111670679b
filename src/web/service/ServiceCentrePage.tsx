// 集约送达中心: the court's open services (filter by method, age, judge, and court for a higher court's view), batch actions on the selected ones —
// send electronically, make the day's 法院专递 list, record receipts — and the figures by method, judge and month.
import { App, Button, Card, DatePicker, Input, InputNumber, Modal, Progress, Select, Space, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Static } from 'typebox';
import type { CentreScope, MailList, ServiceStats, ServiceTask } from '../../contracts/service';
import { SERVED_DOCUMENTS, SERVICE_METHODS } from '../../domain/casetypes/eventInputs';
import { api, qs } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { EChart, type ChartOption } from '../charts/EChart';
import { courtToday } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { parseReceiptLines } from './receiptLines';
import { outcomeTag, StatusTag } from './serviceTags';

const STATUSES = ['open', 'pending', 'inProgress', 'served', 'all'] as const;

export function ServiceCentrePage() {
  const { t } = useI18n();
  const [courtId, setCourtId] = useState<number | undefined>();
  const scope = useApiGet<CentreScope>(`/service-centre/scope${qs({ courtId })}`, { keepPreviousData: true });
  const courts = scope.data?.courts ?? [];
  return (
    <Card
      title={t('menu.serviceCentre')}
      extra={
        courts.length > 1 && (
          <Select
            style={{ width: 260 }}
            value={courtId ?? courts.find((c) => c.own)?.id}
            onChange={setCourtId}
            options={courts.map((c) => ({ value: c.id, label: c.name }))}
            id="centre-court"
            aria-label={t('centre.court')}
          />
        )
      }
    >
      <Tabs
        items={[
          { key: 'queue', label: t('centre.queue'), children: <QueueTab key={courtId ?? 0} courtId={courtId} judges={scope.data?.judges ?? []} ownCourt={!courtId || courts.some((c) => c.own && c.id === courtId)} /> },
          { key: 'stats', label: t('centre.stats'), children: <StatsTab courtId={courtId} /> },
        ]}
      />
    </Card>
  );
}

function QueueTab({ courtId, judges, ownCourt }: { courtId: number | undefined; judges: CentreScope['judges']; ownCourt: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('open');
  const [method, setMethod] = useState<string | undefined>();
  const [minAgeDays, setMinAgeDays] = useState<number | null>(null);
  const [judgeId, setJudgeId] = useState<number | undefined>();
  const [q, setQ] = useState('');
  const paged = usePagedList<ServiceTask>('/service-centre/tasks', { status, method, minAgeDays: minAgeDays ?? undefined, judgeId, courtId, q });
  const [selected, setSelected] = useState<number[]>([]);
  const { busy, run } = useAction();
  const [mailList, setMailList] = useState<Static<typeof MailList> | null>(null);
  const [receipts, setReceipts] = useState(false);
  const reload = () => {
    setSelected([]);
    paged.list.reload();
  };
  const batch = async (f: () => Promise<void>) => {
    if (!selected.length) return void message.warning(t('centre.selectFirst'));
    await run(f);
    reload();
  };
  const sendElectronic = () =>
    batch(async () => {
      const r = await api.post<{ results: { ok: boolean; message?: string }[] }>('/service-centre/send-electronic', { taskIds: selected });
      const failed = r.results.filter((x) => !x.ok);
      message.info(t('centre.batchDone', { ok: r.results.length - failed.length, failed: failed.length }));
      for (const f of failed) if (f.message) message.warning(f.message);
    });
  const makeMailList = () => batch(async () => setMailList(await api.post<Static<typeof MailList>>('/service-centre/mail-list', { taskIds: selected })));

  // Keys are the queue's sort columns (and the 'document' filter parameter); widths fit their content.
  const columns: ColumnsType<ServiceTask> = [
    { title: t('case.number'), key: 'caseNumber', sorter: true, width: 210, render: (_, x) => <Link to={`/cases/${x.caseId}`}>{x.caseNumber ?? `#${x.caseId}`}</Link> },
    { title: t('service.recipient'), key: 'recipient', dataIndex: 'recipient', sorter: true, width: 120 },
    {
      title: t('service.document'),
      key: 'document',
      width: 130,
      filters: SERVED_DOCUMENTS.map((d) => ({ value: d, text: t(`serviceDocument.${d}` as MessageKey) })),
      filterMultiple: false,
      render: (_, x) => t(`serviceDocument.${x.document}` as MessageKey),
    },
    { title: t('service.method'), key: 'method', sorter: true, width: 120, render: (_, x) => t(`serviceMethod.${x.method}` as MessageKey) },
    { title: t('service.address'), key: 'address', dataIndex: 'address', width: 280, render: (v: string | null) => v ?? '—' },
    { title: t('centre.trackingNo'), key: 'trackingNo', dataIndex: 'trackingNo', width: 190 },
    { title: t('service.status'), key: 'status', sorter: true, width: 170, render: (_, x) => <span data-testid="centre-status"><StatusTag status={x.status} />{x.attempts.length > 0 && outcomeTag(t, x.attempts[x.attempts.length - 1]!.outcome)}</span> },
    { title: t('centre.openedOn'), key: 'createdOn', dataIndex: 'createdOn', sorter: true, width: 120 },
    { title: t('centre.judge'), key: 'judgeName', dataIndex: 'judgeName', sorter: true, width: 120 },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 120 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            paged.resetPage();
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(`serviceStatus.${s}` as MessageKey) }))}
          id="centre-status-filter"
        />
        <Select
          style={{ width: 140 }}
          allowClear
          placeholder={t('centre.anyMethod')}
          value={method}
          onChange={(v) => {
            setMethod(v);
            paged.resetPage();
          }}
          options={SERVICE_METHODS.map((m) => ({ value: m, label: t(`serviceMethod.${m}` as MessageKey) }))}
        />
        <InputNumber min={0} max={3650} placeholder={t('centre.minAge')} value={minAgeDays} onChange={(v) => setMinAgeDays(v)} style={{ width: 140 }} />
        <Select
          style={{ width: 160 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('centre.anyJudge')}
          value={judgeId}
          onChange={(v) => {
            setJudgeId(v);
            paged.resetPage();
          }}
          options={judges.map((j) => ({ value: j.id, label: j.name }))}
          id="centre-judge"
        />
        <Input.Search
          allowClear
          placeholder={t('centre.searchPlaceholder')}
          onSearch={(v) => {
            setQ(v.trim());
            paged.resetPage();
          }}
          style={{ width: 240 }}
          aria-label={t('centre.searchPlaceholder')}
          data-testid="centre-search"
        />
      </Space>
      {/* Batch actions are for the court's own centre; a higher court's view of the courts under it is supervision. */}
      <Space wrap style={{ marginBottom: 12, display: ownCourt ? undefined : 'none' }}>
        <Button type="primary" loading={busy} onClick={() => void sendElectronic()} data-testid="batch-send">
          {t('centre.sendElectronic')}
        </Button>
        <Button loading={busy} onClick={() => void makeMailList()} data-testid="batch-mail-list">
          {t('centre.mailList')}
        </Button>
        <Button onClick={() => setReceipts(true)} data-testid="batch-receipts">
          {t('centre.receipts')}
        </Button>
      </Space>
      <PagedTable<ServiceTask> paged={paged} columns={columns} emptyText={t('service.noTasks')} testId="service-queue" exportPath="/service-centre/tasks" rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)) }} />
      {mailList && <MailListModal list={mailList} onClose={() => setMailList(null)} />}
      {receipts && (
        <ReceiptsModal
          onClose={() => setReceipts(false)}
          onDone={() => {
            setReceipts(false);
            reload();
          }}
        />
      )}
    </>
  );
}

function MailListModal({ list, onClose }: { list: Static<typeof MailList>; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal open width={900} title={t('centre.mailListTitle', { date: list.sentOn })} onCancel={onClose} footer={[<Button key="print" onClick={() => window.print()}>{t('centre.print')}</Button>, <Button key="close" type="primary" onClick={onClose}>{t('common.confirm')}</Button>]}>
      <Table
        rowKey="taskId"
        size="small"
        pagination={false}
        dataSource={list.rows}
        data-testid="mail-list"
        columns={[
          { title: t('centre.trackingNo'), dataIndex: 'trackingNo', width: 190 },
          { title: t('case.number'), dataIndex: 'caseNumber', width: 190 },
          { title: t('service.recipient'), dataIndex: 'recipient', width: 90 },
          { title: t('service.address'), dataIndex: 'address' },
          { title: t('service.document'), key: 'doc', width: 110, render: (_: unknown, r: { document: string }) => t(`serviceDocument.${r.document}` as MessageKey) },
          { title: t('centre.cost'), dataIndex: 'cost', width: 90, align: 'right' as const },
        ]}
      />
      <Typography.Paragraph strong style={{ marginTop: 8, textAlign: 'right' }}>
        {t('centre.totalCost', { cost: list.totalCost })}
      </Typography.Paragraph>
    </Modal>
  );
}

function ReceiptsModal({ onClose, onDone }: { onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const { busy, run } = useAction();
  const submit = async () => {
    const parsed = parseReceiptLines(text, courtToday().format('YYYY-MM-DD'));
    if ('badLine' in parsed) return void message.error(t('centre.receiptsInvalid', { line: parsed.badLine }));
    if (!parsed.items.length) return;
    let done = 0;
    if (await run(async () => void (done = (await api.post<{ results: unknown[] }>('/service-centre/receipts', parsed)).results.length))) {
      message.success(t('centre.batchDone', { ok: done, failed: 0 }));
      onDone();
    }
  };
  return (
    <Modal open title={t('centre.receipts')} okText={t('common.confirm')} cancelText={t('common.cancel')} onOk={submit} confirmLoading={busy} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{t('centre.receiptsHelp')}</Typography.Paragraph>
      <Input.TextArea rows={8} value={text} onChange={(e) => setText(e.target.value)} data-testid="receipts-text" />
    </Modal>
  );
}

function StatsTab({ courtId }: { courtId: number | undefined }) {
  const { t } = useI18n();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [courtToday().subtract(1, 'year').add(1, 'day'), courtToday()]);
  const stats = useApiGet<ServiceStats>(`/service-centre/stats${qs({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), courtId })}`, { keepPreviousData: true });
  const s = stats.data;
  const monthly = useMemo<ChartOption>(() => {
    const months = s?.byMonth ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: [t('centre.tasks'), t('centre.served'), t('centre.successRate')] },
      grid: { left: 48, right: 48, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      ],
      series: [
        { name: t('centre.tasks'), type: 'bar', data: months.map((m) => m.tasks) },
        { name: t('centre.served'), type: 'bar', data: months.map((m) => m.served) },
        { name: t('centre.successRate'), type: 'line', yAxisIndex: 1, data: months.map((m) => (m.successRate === null ? null : Math.round(m.successRate * 1000) / 10)) },
      ],
    };
  }, [s, t]);
  const measures = [
    { title: t('centre.tasks'), dataIndex: 'tasks', width: 80, align: 'right' as const },
    { title: t('centre.served'), dataIndex: 'served', width: 80, align: 'right' as const },
    { title: t('centre.successRate'), dataIndex: 'successRate', width: 160, render: (v: number | null) => (v === null ? '—' : <Progress percent={Math.round(v * 1000) / 10} size="small" format={(p) => `${p}%`} />) },
    { title: t('centre.averageDays'), dataIndex: 'averageDays', width: 110, align: 'right' as const, render: (v: number | null) => v ?? '—' },
    { title: t('centre.cost'), dataIndex: 'cost', width: 100, align: 'right' as const },
  ];
  return (
    <div data-testid="service-stats">
      <Space style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
      </Space>
      <Typography.Title level={5}>{t('centre.byMethod')}</Typography.Title>
      <Table rowKey="method" size="small" pagination={false} loading={stats.loading && !s} dataSource={s?.byMethod ?? []} data-testid="stats-by-method" columns={[{ title: t('service.method'), key: 'method', width: 120, render: (_: unknown, r: { method: string }) => t(`serviceMethod.${r.method}` as MessageKey) }, ...measures]} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('centre.byJudge')}
      </Typography.Title>
      <Table rowKey={(r) => String(r.judgeId)} size="small" pagination={false} dataSource={s?.byJudge ?? []} columns={[{ title: t('centre.judge'), key: 'judge', width: 160, render: (_: unknown, r: { judgeId: number | null; judgeName: string | null }) => r.judgeName ?? t('centre.unassigned') }, ...measures]} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('centre.byMonth')}
      </Typography.Title>
      <EChart option={monthly} testId="stats-chart" />
      <Table rowKey="month" size="small" pagination={false} dataSource={s?.byMonth ?? []} columns={[{ title: t('centre.month'), dataIndex: 'month', width: 100 }, ...measures]} />
    </div>
  );
}
