// 账号: every account, searchable by username or name, with its roles and court.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Court } from '../../contracts/reference';
import { qs } from '../api/client';
import type { Page, UserAccount } from '../api/types';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { labelOf, ROLE_LABELS } from '../i18n/vocabulary';
import { UserModal } from './UserModal';

export function UsersPage() {
  const { t, pick } = useI18n();
  const [query, setQuery] = useState({ q: '', page: 1, pageSize: 20 });
  const users = useApiGet<Page<UserAccount>>(`/admin/users${qs(query)}`, { keepPreviousData: true });
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
      <Input.Search allowClear placeholder={t('admin.userSearch')} onSearch={(v) => setQuery((s) => ({ ...s, q: v.trim(), page: 1 }))} style={{ width: 280, marginBottom: 16 }} />
      <Table<UserAccount>
        rowKey="id"
        size="middle"
        loading={users.loading}
        dataSource={users.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{ current: query.page, pageSize: query.pageSize, total: users.data?.total ?? 0, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        onChange={(p) => setQuery((s) => ({ ...s, page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))}
        columns={[
          { title: t('admin.username'), dataIndex: 'username', width: 150 },
          { title: t('admin.displayName'), dataIndex: 'displayName', width: 160 },
          {
            title: t('admin.roles'),
            dataIndex: 'roles',
            render: (roles: string[]) => (
              <Space size={[0, 4]} wrap>
                {roles.map((r) => (
                  <Tag key={r}>{pick(labelOf(ROLE_LABELS, r))}</Tag>
                ))}
              </Space>
            ),
          },
          { title: t('admin.court'), dataIndex: 'courtId', render: (id: number | null) => (id ? (courtName.get(id) ?? id) : '—') },
          { title: t('admin.isActive'), dataIndex: 'isActive', width: 90, render: (v: boolean) => (v ? <Tag color="green">{t('admin.active')}</Tag> : <Tag>{t('admin.inactive')}</Tag>) },
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
