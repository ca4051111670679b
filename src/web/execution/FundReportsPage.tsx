// 一日三通报: the court's execution-fund report at each report time — 不明款, funds near or past their payout deadline,
// funds paid since the last report — with the goal (不明款 and 超期发放 both zero) in view; an officer sees their cases.
import { Alert, App, Button, Card, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { FundReport, FundReportSummary } from '../../contracts/executionFunds';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import type { Page } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ExportButton } from '../lists/ExportButton';

export function FundReportsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user } = useSession();
  const list = useApiGet<Page<FundReportSummary>>('/execution/fund-reports?pageSize=30');
  // A notification links to its report (?report=<id>); otherwise the newest is shown.
  const [params] = useSearchParams();
  const linked = Number(params.get('report'));
  const [chosen, setChosen] = useState<number | null>(Number.isInteger(linked) && linked > 0 ? linked : null);
  const id = chosen ?? list.data?.items[0]?.id ?? null;
  const report = useApiGet<FundReport>(id === null ? null : `/execution/fund-reports/${id}`, { keepPreviousData: true });
  const build = async () => {
    try {
      const r = await api.post<FundReport>('/execution/fund-reports');
      setChosen(r.id);
      list.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  const r = report.data;
  return (
    <Card
      title={t('menu.fundReports')}
      extra={
        <Space wrap>
          <Select
            style={{ width: 200 }}
            value={id ?? undefined}
            placeholder={t('fundReports.choose')}
            onChange={(v: number) => setChosen(v)}
            options={(list.data?.items ?? []).map((i) => ({ value: i.id, label: i.slot }))}
            data-testid="fund-report-select"
          />
          {user?.roles.includes('finance') && (
            <Button onClick={() => void build()} data-testid="fund-report-build">
              {t('fundReports.build')}
            </Button>
          )}
          {id !== null && <ExportButton path={`/execution/fund-reports/${id}`} query={{}} />}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('fundReports.intro')}</Typography.Paragraph>
      {!r ? (
        <Alert type="info" showIcon title={t('fundReports.none')} />
      ) : (
        <div data-testid="fund-report">
          <Alert type={r.totals.goalMet ? 'success' : 'warning'} showIcon title={t(r.totals.goalMet ? 'fundReports.goalMet' : 'fundReports.goalNotMet')} style={{ marginBottom: 12 }} />
          {r.ownCasesOnly && <Typography.Paragraph type="secondary">{t('fundReports.ownCases')}</Typography.Paragraph>}
          <div style={{ display: 'flex', gap: 32, flexWrap: 'wrap', marginBottom: 12 }}>
            <Statistic title={t('fundReports.unclaimed')} value={r.totals.unclaimedCount} suffix={`/ ${r.totals.unclaimedAmount} 元`} />
            <Statistic title={t('fundReports.unclaimedOverdue')} value={r.totals.unclaimedOverdue} />
            <Statistic title={t('fundReports.heldNear')} value={r.totals.heldNear} />
            <Statistic title={t('fundReports.heldOverdue')} value={r.totals.heldOverdue} styles={{ content: { color: r.totals.heldOverdue ? '#cf1322' : undefined } }} />
            <Statistic title={t('fundReports.paid')} value={r.totals.paidCount} suffix={`/ ${r.totals.paidAmount} 元`} />
          </div>
          {!r.ownCasesOnly && (
            <>
              <Typography.Title level={5}>{t('fundReports.unclaimed')}</Typography.Title>
              <Table
                rowKey="receiptId"
                size="small"
                pagination={false}
                scroll={{ x: 700 }}
                dataSource={r.unclaimed}
                columns={[
                  { title: t('statement.date'), dataIndex: 'receivedOn', width: 110 },
                  { title: t('statement.bankRef'), dataIndex: 'bankRef', width: 160 },
                  { title: t('funds.amount'), dataIndex: 'amount', width: 120, align: 'right' as const },
                  { title: t('statement.payer'), dataIndex: 'payerName', width: 140 },
                  { title: t('statement.memo'), dataIndex: 'memo', ellipsis: true },
                  { title: t('receipts.claimDue'), key: 'due', width: 130, render: (_: unknown, u: FundReport['unclaimed'][number]) => <Typography.Text type={u.overdue ? 'danger' : undefined}>{u.claimDueOn}</Typography.Text> },
                ]}
              />
            </>
          )}
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('fundReports.held')}
          </Typography.Title>
          <Table
            rowKey="caseId"
            size="small"
            pagination={false}
            scroll={{ x: 600 }}
            dataSource={r.held}
            data-testid="fund-report-held"
            columns={[
              { title: t('payouts.caseNumber'), key: 'case', width: 200, render: (_: unknown, h: FundReport['held'][number]) => <Link to={`/cases/${h.caseId}`}>{h.caseNumber}</Link> },
              { title: t('fundReports.officer'), dataIndex: 'judgeName', width: 140 },
              { title: t('fundReports.team'), dataIndex: 'teamName', width: 120 },
              { title: t('funds.balance'), dataIndex: 'balance', width: 120, align: 'right' as const },
              { title: t('fundReports.payoutDue'), dataIndex: 'payoutDueOn', width: 120 },
              { title: t('payouts.status'), key: 'state', render: (_: unknown, h: FundReport['held'][number]) => <Tag color={h.state === 'overdue' ? 'error' : 'warning'}>{t(h.state === 'overdue' ? 'fundReports.overdue' : 'fundReports.near')}</Tag> },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('fundReports.paidSince', { since: r.since })}
          </Typography.Title>
          <Table
            rowKey={(p) => `${p.caseId}-${p.paidOn}-${p.amount}-${p.payeeName}`}
            size="small"
            pagination={false}
            scroll={{ x: 600 }}
            dataSource={r.paid}
            data-testid="fund-report-paid"
            columns={[
              { title: t('payouts.caseNumber'), key: 'case', width: 200, render: (_: unknown, p: FundReport['paid'][number]) => <Link to={`/cases/${p.caseId}`}>{p.caseNumber}</Link> },
              { title: t('fundReports.officer'), dataIndex: 'judgeName', width: 140 },
              { title: t('payouts.payee'), dataIndex: 'payeeName', width: 120 },
              { title: t('funds.amount'), dataIndex: 'amount', width: 120, align: 'right' as const },
              { title: t('fundReports.paidOn'), dataIndex: 'paidOn', width: 120 },
            ]}
          />
        </div>
      )}
    </Card>
  );
}
