// 我的提醒: the sweep's reminders to me, unread first; opening one marks it read.
import { Button, Card, Segmented, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { Reminder } from '../api/types';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { LevelTag } from './periodDisplay';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';

export function RemindersPage() {
  const { t, pick } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(true);
  const paged = usePagedList<Reminder>('/reminders', { unreadOnly: unreadOnly || undefined });
  const { list, resetPage } = paged;
  const markRead = async (r: Reminder) => {
    if (!r.read) await api.post(`/reminders/${r.id}/read`);
    list.reload();
  };
  const columns: ColumnsType<Reminder> = [
    { title: t('case.number'), key: 'case', width: 220, render: (_, r) => <Link to={`/cases/${r.caseId}`} onClick={() => void markRead(r)}>{r.caseNumber ?? `#${r.caseId}`}</Link> },
    { title: t('clock.period'), key: 'label', render: (_, r) => pick(r.label) },
    { title: t('case.alert'), key: 'level', width: 110, render: (_, r) => <LevelTag level={r.level} /> },
    { title: t('clock.dueOn'), dataIndex: 'dueOn', width: 110 },
    { title: t('reminders.remindedAt'), key: 'at', width: 160, render: (_, r) => formatInstant(r.createdAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, r) =>
        r.read ? (
          <Tag>{t('reminders.read')}</Tag>
        ) : (
          <Button size="small" onClick={() => void markRead(r)}>
            {t('reminders.markRead')}
          </Button>
        ),
    },
  ];
  return (
    <Card
      title={t('menu.reminders')}
      extra={
        <Segmented
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => {
            setUnreadOnly(v === 'unread');
            resetPage();
          }}
          options={[
            { value: 'unread', label: t('reminders.unread') },
            { value: 'all', label: t('reminders.all') },
          ]}
        />
      }
    >
      <PagedTable<Reminder> paged={paged} columns={columns} emptyText={t('reminders.empty')} testId="reminders" />
    </Card>
  );
}
