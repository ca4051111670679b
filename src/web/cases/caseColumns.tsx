// Columns of the case lists; the filing queue adds how long each filing has waited and when review is due. A
// column with a sorter sorts on the server by its key (CASE_SORT_COLUMNS); widths fit a full case number and title.
import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { CaseSummary } from '../../contracts/cases';
import type { useI18n } from '../i18n/i18n';
import { LevelTag } from '../clock/periodDisplay';
import { NodeWithStage } from './NodeTag';

type I18n = ReturnType<typeof useI18n>;

const URGENCY_COLOR: Record<CaseSummary['reviewUrgency'], string | null> = { overdue: 'red', dueSoon: 'orange', normal: null };

export function caseColumns({ t }: I18n, withFilingReview: boolean, withAge = false): ColumnsType<CaseSummary> {
  const columns: ColumnsType<CaseSummary> = [
    {
      title: t('case.number'),
      key: 'caseNumber',
      dataIndex: 'caseNumber',
      sorter: true,
      width: 210,
      render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('case.numberPending')}</Typography.Text>,
    },
    {
      title: t('case.title'),
      key: 'title',
      dataIndex: 'title',
      width: 300,
      render: (v: string, r) => <Link to={`/cases/${r.id}`}>{v}</Link>,
    },
    { title: t('case.court'), key: 'courtName', dataIndex: 'courtName', width: 220 },
    {
      title: t('case.node'),
      key: 'node',
      dataIndex: 'node',
      sorter: true,
      width: 140,
      render: (_: string, r) => <NodeWithStage summary={r} />,
    },
    { title: t('case.daysInNode'), key: 'daysInNode', dataIndex: 'daysInNode', sorter: true, width: 120, align: 'right' },
  ];
  // The 诉前调解 centre's queue by age: days since the matter was received.
  if (withAge) columns.push({ title: t('case.ageDays'), key: 'ageDays', dataIndex: 'ageDays', sorter: true, width: 110, align: 'right' });
  if (withFilingReview) {
    columns.push(
      { title: t('case.daysWaiting'), key: 'daysWaiting', dataIndex: 'daysWaiting', width: 110, align: 'right' },
      {
        title: t('case.reviewDueOn'),
        key: 'reviewDueOn',
        dataIndex: 'reviewDueOn',
        sorter: true,
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
      key: 'trialLimitDueOn',
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
    { title: t('case.judge'), key: 'judgeName', dataIndex: 'judgeName', sorter: true, width: 130, render: (v: string | null) => v ?? '—' },
    { title: t('case.receivedOn'), key: 'receivedOn', dataIndex: 'receivedOn', sorter: true, width: 120 },
  );
  return columns;
}
