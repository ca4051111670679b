// 期限: the case's running and finished periods with their due dates and derivation, its extensions and deductions.
import { Card, Descriptions, Empty, Space, Spin, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useState, type HTMLAttributes } from 'react';
import type { Period } from '../../contracts/clock';
import type { ClockDeduction, ClockExtension } from '../api/types';
import type { ApiResource } from '../api/useApiGet';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { SectionTable } from '../lists/SectionTable';
import type { MessageKey } from '../i18n/messages';
import type { CaseClock } from '../../contracts/clock';
import { lengthWords, PeriodState, TraceSteps } from './periodDisplay';

export function CaseClockCard({ clock }: { clock: ApiResource<CaseClock> }) {
  const { t } = useI18n();
  const c = clock.data;
  return (
    <Card title={t('clock.title')} data-testid="case-clock" extra={clock.loading && c ? <Spin size="small" /> : null} style={{ marginBottom: 16 }}>
      {!c ? (
        <Spin />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {c.periods.length === 0 ? <Empty description={t('clock.noPeriods')} /> : <PeriodTable periods={c.periods} />}
          {c.extensions.length > 0 && <ExtensionList extensions={c.extensions} />}
          {c.deductions.length > 0 && <DeductionList deductions={c.deductions} />}
        </Space>
      )}
    </Card>
  );
}

function PeriodTable({ periods }: { periods: Period[] }) {
  const { t, pick } = useI18n();
  const [open, setOpen] = useState<number[]>([]);
  const toggle = (id: number) => setOpen((o) => (o.includes(id) ? o.filter((x) => x !== id) : [...o, id]));
  const columns: ColumnType<Period>[] = [
    {
      title: t('clock.period'),
      key: 'label',
      render: (_, p) => (
        <>
          {pick(p.label)}
          {p.partyName && <Typography.Text type="secondary">（{p.partyName}）</Typography.Text>}
        </>
      ),
    },
    { title: t('clock.triggerOn'), dataIndex: 'triggerOn', width: 110 },
    {
      title: t('clock.dueOn'),
      key: 'due',
      width: 120,
      // A period in hours (48 hours to rule on preservation) ends at an instant: shown with the hour.
      render: (_, p) => <span data-testid="period-due">{p.dueAt ? formatInstant(p.dueAt) : (p.dueOn ?? '—')}</span>,
    },
    {
      title: t('clock.daysLeftColumn'),
      key: 'left',
      width: 150,
      render: (_, p) => (
<PeriodState period={p} />
      ),
    },
    {
      title: t('clock.trace'),
      key: 'trace',
      width: 110,
      render: (_, p) => (
        <Typography.Link data-testid="period-trace" onClick={() => toggle(p.id)}>
          {t('clock.trace')}
        </Typography.Link>
      ),
    },
  ];
  return (
    <SectionTable<Period>
      rowKey="id"
      data-testid="period-list"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={periods}
      onRow={(p) => ({ 'data-testid': `period-${p.kind}`, 'data-status': p.status, 'data-level': p.level }) as HTMLAttributes<HTMLElement>}
      expandable={{
        expandedRowKeys: open,
        showExpandColumn: false,
        expandedRowRender: (p) => <TraceSteps trace={p.trace} uncoveredYear={p.uncoveredYear} />,
      }}
    />
  );
}

const EXTENSION_STATUS_COLOR: Record<string, string> = { pending: 'processing', approved: 'success', refused: 'error' };

function ExtensionList({ extensions }: { extensions: ClockExtension[] }) {
  const { t, lang } = useI18n();
  return (
    <div data-testid="clock-extensions">
      <Typography.Title level={5}>{t('clock.extensions')}</Typography.Title>
      {extensions.map((e) => (
        <Descriptions
          key={e.id}
          size="small"
          bordered
          column={1}
          style={{ marginBottom: 8 }}
          title={
            <Space>
              {t('extension.seqN', { n: e.seq })}
              <Tag color={EXTENSION_STATUS_COLOR[e.status]}>{t(`extensionStatus.${e.status}` as MessageKey)}</Tag>
            </Space>
          }
          items={[
            { key: 'length', label: t('extension.length'), children: `${lengthWords(e.length, lang)} · ${t('extension.decidingCourt')}${t('common.labelSep')}${e.decidingCourtName}` },
            { key: 'reason', label: t('extension.reason'), children: e.reason },
            { key: 'requested', label: t('extension.requested'), children: t('extension.byOn', { name: e.requestedBy, date: e.requestedOn }) },
            ...(e.decidedBy
              ? [{ key: 'decision', label: t('extension.decision'), children: `${t('extension.byOn', { name: e.decidedBy, date: e.decidedOn ?? '' })}${e.decisionNote ? `：${e.decisionNote}` : ''}` }]
              : []),
          ]}
        />
      ))}
    </div>
  );
}

function DeductionList({ deductions }: { deductions: ClockDeduction[] }) {
  const { t, pick } = useI18n();
  const columns: ColumnType<ClockDeduction>[] = [
    { title: t('deduction.kind'), key: 'kind', render: (_, d) => pick(d.label) },
    { title: t('deduction.dates'), key: 'dates', width: 200, render: (_, d) => (d.endsOn ? `${d.startsOn} – ${d.endsOn}` : <>{d.startsOn} – <Tag color="processing">{t('deduction.running')}</Tag></>) },
    { title: t('deduction.documentNo'), dataIndex: 'documentNo', width: 160 },
    { title: t('deduction.approvedBy'), dataIndex: 'approvedBy', width: 100 },
  ];
  return (
    <div data-testid="clock-deductions">
      <Typography.Title level={5}>{t('clock.deductions')}</Typography.Title>
      <SectionTable<ClockDeduction> rowKey="id" data-testid="deduction-list" size="small" pagination={false} columns={columns} dataSource={deductions} />
    </div>
  );
}
