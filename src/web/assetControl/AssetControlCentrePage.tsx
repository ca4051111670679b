// 网络查控中心: every inquiry and control of the court, filtered by status, kind, agency and lapsing, exported to Excel;
// a freeze that lapsed without renewal is red.
import { Card, Checkbox, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ControlRequest } from '../../contracts/assetControl';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { controlledColumns, PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { CONTROL_STATE_COLOR } from './AssetControlCard';

const STATUSES = ['awaitingApproval', 'sent', 'answered', 'executed', 'refused', 'rejected'] as const;
const KINDS = ['inquiry', 'freeze', 'seize', 'deduct', 'unfreeze', 'renew'] as const;

export function AssetControlCentrePage() {
  const { t, pick } = useI18n();
  const [q, setQ] = useState('');
  const [lapsing, setLapsing] = useState(false);
  const paged = usePagedList<ControlRequest>('/asset-control/requests', { q: q || undefined, lapsing: lapsing || undefined });
  const columns = controlledColumns<ControlRequest>([
    { title: t('assetControl.case'), key: 'caseNumber', sorter: true, render: (_, r) => <Link to={`/cases/${r.caseId}?tab=execution`}>{r.caseNumber}</Link> },
    { title: t('assetControl.debtors'), dataIndex: 'debtorName' },
    { title: t('assetControl.agencies'), dataIndex: 'agencyName' },
    { title: t('assetControl.kind'), key: 'kind', sorter: true, filters: KINDS.map((k) => ({ value: k, text: t(`assetControl.${k === 'inquiry' ? 'inquire' : k}` as MessageKey) })), filterMultiple: false, render: (_, r) => pick(r.kindLabel) },
    { title: t('assetControl.status'), key: 'status', sorter: true, filters: STATUSES.map((s) => ({ value: s, text: s })), filterMultiple: false, render: (_, r) => (r.controlState && r.controlState !== 'active' ? <Tag color={CONTROL_STATE_COLOR[r.controlState]}>{t(`assetControl.state.${r.controlState}` as MessageKey)}</Tag> : <Tag>{pick(r.statusLabel)}</Tag>) },
    { title: t('assetControl.requestedAt'), key: 'requestedAt', sorter: true, dataIndex: 'requestedAt' },
    { title: t('assetControl.answeredOn'), dataIndex: 'answeredOn' },
  ], paged.sort, paged.filters);
  return (
    <Card title={t('menu.assetControlCentre')}>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search allowClear placeholder={t('assetControl.search')} onSearch={(v) => { setQ(v.trim()); paged.resetPage(); }} style={{ width: 260 }} />
        <Checkbox checked={lapsing} onChange={(e) => { setLapsing(e.target.checked); paged.resetPage(); }}>{t('assetControl.lapsing')}</Checkbox>
      </Space>
      <PagedTable paged={paged} columns={columns} emptyText={t('assetControl.empty')} testId="asset-control-centre" exportPath="/asset-control/requests" />
    </Card>
  );
}
