// 失信与限消 of the court: the 院长's queue of restriction orders and listing decisions to sign (CONSUME-2010 art 5;
// DISHONEST art 5 [U]), and the court's current listings — filtered, sorted and exported to Excel on the server.
import { Button, Empty, Input, Popconfirm, Space, Table, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Listing } from '../../contracts/creditSanctions';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import { useI18n, type Bilingual } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';

interface ApprovalItem {
  kind: 'restriction' | 'listing';
  id: number;
  caseId: number;
  caseNumber: string | null;
  partyName: string;
  summary: Bilingual;
  proposedBy: string | null;
  proposedAt: string;
}

export const LISTING_STATUS_COLOR: Record<string, string> = { proposed: 'blue', forewarned: 'orange', listed: 'red', deleted: 'default', rejected: 'default', signed: 'red', lifted: 'default' };

function Approvals() {
  const { t, pick } = useI18n();
  const queue = useApiGet<ApprovalItem[]>('/credit/approvals');
  const { busy, run } = useAction();
  const decide = (a: ApprovalItem, approve: boolean) => run(() => api.post(`/credit/${a.kind === 'restriction' ? 'restrictions' : 'listings'}/${a.id}/decision`, { approve })).then((ok) => ok && queue.reload());
  const columns: ColumnsType<ApprovalItem> = [
    { title: t('credit.case'), key: 'case', render: (_, a) => <Link to={`/cases/${a.caseId}`}>{a.caseNumber}</Link> },
    { title: t('credit.debtor'), dataIndex: 'partyName' },
    { title: t('credit.kind.listing'), key: 'summary', render: (_, a) => <Tag>{pick(a.summary)}</Tag> },
    { title: t('credit.proposedBy'), dataIndex: 'proposedBy' },
    { title: t('credit.proposedAt'), dataIndex: 'proposedAt' },
    {
      key: 'actions',
      render: (_, a) => (
        <Space>
          <Popconfirm title={pick(a.summary)} onConfirm={() => decide(a, true)}>
            <Button type="primary" size="small" loading={busy} data-testid="credit-sign">
              {t('credit.sign')}
            </Button>
          </Popconfirm>
          <Button size="small" onClick={() => decide(a, false)} disabled={busy}>
            {t('credit.refuse')}
          </Button>
        </Space>
      ),
    },
  ];
  return <Table rowKey={(a) => `${a.kind}-${a.id}`} size="small" loading={queue.loading} dataSource={queue.data ?? []} columns={columns} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: <Empty description={t('credit.approvalsEmpty')} /> }} data-testid="credit-approvals" />;
}

function CourtListings() {
  const { t, pick } = useI18n();
  const [q, setQ] = useState<string | undefined>();
  const paged = usePagedList<Listing>('/credit/listings', { q });
  const columns: ColumnsType<Listing> = [
    { title: t('credit.debtor'), key: 'partyName', sorter: true, render: (_, l) => l.partyName },
    { title: t('credit.idNumber'), dataIndex: 'maskedIdNumber' },
    { title: t('credit.case'), key: 'caseNumber', sorter: true, render: (_, l) => <Link to={`/cases/${l.caseId}`}>{l.caseNumber}</Link> },
    { title: t('credit.ground'), key: 'ground', filters: [1, 2, 3, 4, 5, 6].map((g) => ({ text: String(g), value: g })), filterMultiple: false, render: (_, l) => pick(l.groundLabel) },
    { title: t('credit.term'), key: 'term', render: (_, l) => (l.termYears === null ? t('credit.noFixedTerm') : t('credit.termYears', { years: l.termYears })) },
    { title: t('credit.listedOn'), key: 'effectiveOn', sorter: true, render: (_, l) => l.effectiveOn },
    { title: t('credit.expiresOn'), key: 'expiresOn', sorter: true, render: (_, l) => l.expiresOn },
    {
      title: t('credit.status'),
      key: 'status',
      filters: ['forewarned', 'listed', 'deleted'].map((s) => ({ text: t(`credit.status.${s}` as MessageKey), value: s })),
      filterMultiple: false,
      render: (_, l) => (
        <Space direction="vertical" size={0}>
          <Tag color={LISTING_STATUS_COLOR[l.status]}>{t(`credit.status.${l.status}` as MessageKey)}</Tag>
          {l.deletionDueOn && l.status !== 'deleted' && <Tag color="volcano">{t('credit.deleteBy', { date: l.deletionDueOn })}</Tag>}
        </Space>
      ),
    },
  ];
  return (
    <>
      <Input.Search allowClear placeholder={t('credit.listSearch')} style={{ maxWidth: 320, marginBottom: 12 }} onSearch={(v) => { paged.resetPage(); setQ(v.trim() || undefined); }} />
      <PagedTable paged={paged} columns={columns} emptyText={t('credit.listEmpty')} testId="credit-listings" exportPath="/credit/listings" />
    </>
  );
}

export function CreditSanctionsPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const president = user?.roles.includes('president');
  return (
    <Tabs
      items={[
        ...(president ? [{ key: 'approvals', label: t('credit.approvals'), children: <Approvals /> }] : []),
        { key: 'listings', label: t('credit.courtList'), children: <CourtListings /> },
      ]}
    />
  );
}
