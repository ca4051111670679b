// 期限监管: the running periods of my division (庭长) or court (院长) that are approaching or overdue.
import { Card, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { PERIOD_KINDS } from '../../domain/clock/periodKinds';
import type { SupervisedPeriod } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { PeriodState } from './periodDisplay';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';

const LEVELS = ['attention', 'yellow', 'red', 'overdue'] as const;
const KINDS = ['trialLimit', ...Object.keys(PERIOD_KINDS)];

export function SupervisionPage() {
  const { t, pick } = useI18n();
  const [level, setLevel] = useState<(typeof LEVELS)[number]>('attention');
  const [kind, setKind] = useState<string | undefined>(undefined);
  const paged = usePagedList<SupervisedPeriod>('/periods', { level, kind });
  const { resetPage } = paged;
  const kindLabel = (k: string) => (k === 'trialLimit' ? t('clock.trialLimit') : pick(PERIOD_KINDS[k as keyof typeof PERIOD_KINDS]?.label));
  const columns: ColumnsType<SupervisedPeriod> = [
    // Keys with a sorter are the list's sort columns.
    { title: t('case.number'), key: 'caseNumber', sorter: true, width: 210, render: (_, p) => <Link to={`/cases/${p.caseId}`}>{p.caseNumber ?? `#${p.caseId}`}</Link> },
    { title: t('case.title'), key: 'caseTitle', dataIndex: 'caseTitle', width: 300 },
    {
      title: t('clock.period'),
      key: 'kind',
      sorter: true,
      width: 220,
      render: (_, p) => (
        <>
          {pick(p.label)}
          {p.partyName && <Typography.Text type="secondary">（{p.partyName}）</Typography.Text>}
        </>
      ),
    },
    { title: t('clock.dueOn'), key: 'dueOn', dataIndex: 'dueOn', sorter: true, width: 110 },
    {
      title: t('case.alert'),
      key: 'level',
      sorter: true,
      width: 190,
      render: (_, p) => (
<PeriodState period={p} />
      ),
    },
    { title: t('case.judge'), key: 'judgeName', dataIndex: 'judgeName', sorter: true, width: 120, render: (v: string | null) => v ?? '—' },
  ];
  return (
    <Card
      title={t('menu.supervision')}
      extra={
        <Space>
          <Select
            style={{ width: 140 }}
            value={level}
            onChange={(v) => {
              setLevel(v);
              resetPage();
            }}
            options={LEVELS.map((l) => ({ value: l, label: l === 'attention' ? t('supervision.attention') : t(`level.${l}` as MessageKey) }))}
            data-testid="supervision-level"
          />
          <Select
            style={{ width: 200 }}
            allowClear
            placeholder={t('supervision.allKinds')}
            value={kind}
            onChange={(v) => {
              setKind(v);
              resetPage();
            }}
            options={KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
          />
        </Space>
      }
    >
      <PagedTable<SupervisedPeriod> paged={paged} columns={columns} emptyText={t('supervision.empty')} testId="supervised-periods" exportPath="/periods" />
    </Card>
  );
}
