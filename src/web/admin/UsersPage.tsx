// 账号: every account, searchable by username or name, filtered by role, sorted on the server, with its roles and court.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Space, Tag } from 'antd';
import { useState } from 'react';
import type { Court } from '../../contracts/reference';
import type { UserAccount } from '../api/types';
import { useApiGet } from '../api/useApiGet';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { ROLES } from '../../domain/roles/roles';
import { useI18n } from '../i18n/i18n';
import { labelOf, ROLE_LABELS } from '../i18n/vocabulary';
import { UserModal } from './UserModal';

export function UsersPage() {
  const { t, pick } = useI18n();
  const [q, setQ] = useState('');
  const paged = usePagedList<UserAccount>('/admin/users', { q });
  const users = paged.list;
  const courts = useApiGet<Court[]>('/courts');
  const [editing, setEditing] = useState<{ user: UserAccount | null } | null>(null);
  const courtName = new Map((courts.data ?? []).map((c) => [c.id, c.name]));

  return (
    <Card
      title={t('menu.adminUsers')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ user: null })}>
          {t('admin.addUser')}
        </Button>
      }
    >
      <Input.Search
        allowClear
        placeholder={t('admin.userSearch')}
        onSearch={(v) => {
          setQ(v.trim());
          paged.resetPage();
        }}
        style={{ width: 280, marginBottom: 16 }}
      />
      <PagedTable<UserAccount>
        paged={paged}
        testId="admin-users"
        emptyText={t('common.none')}
        columns={[
          { title: t('admin.username'), key: 'username', dataIndex: 'username', sorter: true, width: 150 },
          { title: t('admin.displayName'), key: 'displayName', dataIndex: 'displayName', sorter: true, width: 160 },
          {
            title: t('admin.roles'),
            key: 'role',
            dataIndex: 'roles',
            width: 240,
            filters: ROLES.map((r) => ({ value: r, text: pick(labelOf(ROLE_LABELS, r)) })),
            filterMultiple: false,
            render: (roles: string[]) => (
              <Space size={[0, 4]} wrap>
                {roles.map((r) => (
                  <Tag key={r}>{pick(labelOf(ROLE_LABELS, r))}</Tag>
                ))}
              </Space>
            ),
          },
          { title: t('admin.court'), key: 'courtId', dataIndex: 'courtId', sorter: true, width: 240, render: (id: number | null) => (id ? (courtName.get(id) ?? id) : '—') },
          { title: t('admin.isActive'), key: 'isActive', dataIndex: 'isActive', sorter: true, width: 100, render: (v: boolean) => (v ? <Tag color="green">{t('admin.active')}</Tag> : <Tag>{t('admin.inactive')}</Tag>) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_, u) => (
              <Button type="link" onClick={() => setEditing({ user: u })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <UserModal
        open={!!editing}
        user={editing?.user ?? null}
        courts={courts.data ?? []}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          users.reload();
        }}
      />
    </Card>
  );
}
