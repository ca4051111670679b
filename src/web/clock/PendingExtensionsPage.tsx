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

export function PendingExtensionsPage() {
  const { t, lang } = useI18n();
  const paged = usePagedList<PendingExtension>('/extensions/pending');
  const columns: ColumnsType<PendingExtension> = [
    {
      title: t('case.number'),
      key: 'case',
      width: 220,
      render: (_, e) => <Link to={`/cases/${e.caseId}`}>{e.caseNumber ?? `#${e.caseId}`}</Link>,
    },
    { title: t('extension.caseCourt'), dataIndex: 'courtName', width: 180 },
    { title: t('extension.seq'), key: 'seq', width: 80, render: (_, e) => t('extension.seqN', { n: e.seq }) },
    { title: t('extension.length'), key: 'length', width: 100, render: (_, e) => lengthWords(e.length, lang) },
    { title: t('extension.reason'), dataIndex: 'reason', ellipsis: true },
    { title: t('extension.requested'), key: 'requested', width: 170, render: (_, e) => t('extension.byOn', { name: e.requestedBy, date: e.requestedOn }) },
    { title: t('extension.dueOnWhenRequested'), dataIndex: 'dueOnWhenRequested', width: 130 },
    { title: t('extension.approver'), key: 'approver', width: 110, render: (_, e) => t(`approver.${e.approver}` as MessageKey) },
  ];
  return (
    <Card title={t('menu.extensions')} extra={<Typography.Text type="secondary">{t('extension.openHint')}</Typography.Text>}>
      <PagedTable<PendingExtension> paged={paged} columns={columns} emptyText={t('extensions.empty')} testId="pending-extensions" />
    </Card>
  );
}
