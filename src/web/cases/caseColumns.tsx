// Columns of the case lists; the filing queue adds how long each filing has waited and when review is due.
import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { CaseSummary } from '../../contracts/cases';
import type { useI18n } from '../i18n/i18n';
import { LevelTag } from '../clock/periodDisplay';
import { NodeTag } from './NodeTag';

type I18n = ReturnType<typeof useI18n>;

const URGENCY_COLOR: Record<CaseSummary['reviewUrgency'], string | null> = { overdue: 'red', dueSoon: 'orange', normal: null };

export function caseColumns({ t }: I18n, withFilingReview: boolean): ColumnsType<CaseSummary> {
  const columns: ColumnsType<CaseSummary> = [
    {
      title: t('case.number'),
      dataIndex: 'caseNumber',
      width: 200,
      render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('case.numberPending')}</Typography.Text>,
    },
    {
      title: t('case.title'),
      dataIndex: 'title',
      width: 280,
      render: (v: string, r) => <Link to={`/cases/${r.id}`}>{v}</Link>,
    },
    { title: t('case.court'), dataIndex: 'courtName', width: 200, ellipsis: true },
    {
      title: t('case.node'),
      dataIndex: 'node',
      width: 130,
      render: (_: string, r) => <NodeTag node={r.node} label={r.nodeLabel} />,
    },
    { title: t('case.daysInNode'), dataIndex: 'daysInNode', width: 100, align: 'right' },
  ];
  if (withFilingReview) {
    columns.push(
      { title: t('case.daysWaiting'), dataIndex: 'daysWaiting', width: 100, align: 'right' },
      {
        title: t('case.reviewDueOn'),
        dataIndex: 'reviewDueOn',
        width: 130,
        render: (v: string | null, r) => {
          if (!v) return '—';
          const color = URGENCY_COLOR[r.reviewUrgency];
          return color ? (
            <Tag color={color} data-urgency={r.reviewUrgency}>
              {v}
            </Tag>
          ) : (
            v
          );
        },
      },
    );
  }
  columns.push(
    {
      title: t('case.trialLimitDueOn'),
      dataIndex: 'trialLimitDueOn',
      width: 170,
      render: (v: string | null, r) =>
        v ? (
          <span data-testid="trial-limit-due" data-level={r.alertLevel}>
            {v} {r.alertLevel !== 'none' && <LevelTag level={r.alertLevel} />}
          </span>
        ) : (
          '—'
        ),
    },
    { title: t('case.judge'), dataIndex: 'judgeName', width: 120, render: (v: string | null) => v ?? '—' },
    { title: t('case.receivedOn'), dataIndex: 'receivedOn', width: 120 },
  );
  return columns;
}
