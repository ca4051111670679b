// 我的提醒: the sweep's reminders to me, unread first; opening one marks it read.
import { Button, Card, Segmented, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { Reminder } from '../api/types';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { LevelTag } from './periodDisplay';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';

const LEVELS = ['yellow', 'red', 'overdue'] as const;

export function RemindersPage() {
  const { t, pick } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(true);
  const paged = usePagedList<Reminder>('/reminders', { unreadOnly: unreadOnly || undefined });
  const { list, resetPage } = paged;
  const markRead = async (r: Reminder) => {
    if (!r.read) await api.post(`/reminders/${r.id}/read`);
    list.reload();
  };
  // Keys with a sorter are the list's sort columns; the alert column filters by its parameter.
  const columns: ColumnsType<Reminder> = [
    { title: t('case.number'), key: 'caseNumber', sorter: true, width: 220, render: (_, r) => <Link to={`/cases/${r.caseId}`} onClick={() => void markRead(r)}>{r.caseNumber ?? `#${r.caseId}`}</Link> },
    { title: t('clock.period'), key: 'periodKind', sorter: true, width: 220, render: (_, r) => pick(r.label) },
    {
      title: t('case.alert'),
      key: 'level',
      sorter: true,
      filters: LEVELS.map((l) => ({ value: l, text: t(`level.${l}` as MessageKey) })),
      filterMultiple: false,
      width: 130,
      render: (_, r) => <LevelTag level={r.level} />,
    },
    { title: t('clock.dueOn'), key: 'dueOn', dataIndex: 'dueOn', sorter: true, width: 120 },
    { title: t('reminders.remindedAt'), key: 'createdAt', sorter: true, width: 170, render: (_, r) => formatInstant(r.createdAt) },
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
      <PagedTable<Reminder> paged={paged} columns={columns} emptyText={t('reminders.empty')} testId="reminders" exportPath="/reminders" />
    </Card>
  );
}
