// 延长审限审批: applications waiting for this court's president (own cases, or a lower court's second extension).
import { Card, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { PendingExtension } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { lengthWords } from './periodDisplay';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';

const APPROVERS = ['president', 'higherCourt', 'highCourt', 'supremeCourt'] as const;

export function PendingExtensionsPage() {
  const { t, lang } = useI18n();
  const paged = usePagedList<PendingExtension>('/extensions/pending');
  // Keys with a sorter are the list's sort columns; the approver column filters by its parameter.
  const columns: ColumnsType<PendingExtension> = [
    {
      title: t('case.number'),
      key: 'caseNumber',
      sorter: true,
      width: 220,
      render: (_, e) => <Link to={`/cases/${e.caseId}`}>{e.caseNumber ?? `#${e.caseId}`}</Link>,
    },
    { title: t('extension.caseCourt'), key: 'courtName', dataIndex: 'courtName', sorter: true, width: 180 },
    { title: t('extension.seq'), key: 'seq', sorter: true, width: 100, render: (_, e) => t('extension.seqN', { n: e.seq }) },
    { title: t('extension.length'), key: 'length', width: 100, render: (_, e) => lengthWords(e.length, lang) },
    { title: t('extension.reason'), key: 'reason', dataIndex: 'reason', width: 260 },
    { title: t('extension.requested'), key: 'requestedOn', sorter: true, width: 190, render: (_, e) => t('extension.byOn', { name: e.requestedBy, date: e.requestedOn }) },
    { title: t('extension.dueOnWhenRequested'), key: 'dueOnWhenRequested', dataIndex: 'dueOnWhenRequested', sorter: true, width: 150 },
    {
      title: t('extension.approver'),
      key: 'approver',
      sorter: true,
      filters: APPROVERS.map((a) => ({ value: a, text: t(`approver.${a}` as MessageKey) })),
      filterMultiple: false,
      width: 130,
      render: (_, e) => t(`approver.${e.approver}` as MessageKey),
    },
  ];
  return (
    <Card title={t('menu.extensions')} extra={<Typography.Text type="secondary">{t('extension.openHint')}</Typography.Text>}>
      <PagedTable<PendingExtension> paged={paged} columns={columns} emptyText={t('extensions.empty')} testId="pending-extensions" exportPath="/extensions/pending" />
    </Card>
  );
}
