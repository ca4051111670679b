// 案由: search the catalogue, filter by level, rename an entry or retire it (retired causes cannot be filed under).
import { App, Button, Card, Input, Select, Space, Switch, Table } from 'antd';
import { useState } from 'react';
import type { Cause } from '../../contracts/reference';
import { api, ApiError, qs } from '../api/client';
import type { Page } from '../api/types';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { NameEditModal } from './NameEditModal';

const LEVELS = [1, 2, 3, 4];

export function CausesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [query, setQuery] = useState({ q: '', level: undefined as number | undefined, page: 1, pageSize: 20 });
  const causes = useApiGet<Page<Cause>>(`/causes${qs({ ...query, includeInactive: true })}`, { keepPreviousData: true });
  const [editing, setEditing] = useState<Cause | null>(null);
  const [toggling, setToggling] = useState<number | null>(null);

  const toggle = async (c: Cause, isActive: boolean) => {
    setToggling(c.id);
    try {
      await api.patch<Cause>(`/admin/causes/${c.id}`, { isActive });
      causes.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setToggling(null);
    }
  };

  return (
    <Card title={t('menu.adminCauses')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('admin.causeSearch')} onSearch={(v) => setQuery((s) => ({ ...s, q: v.trim(), page: 1 }))} style={{ width: 280 }} />
        <Select
          allowClear
          placeholder={t('admin.causeLevel')}
          style={{ width: 140 }}
          value={query.level}
          onChange={(level?: number) => setQuery((s) => ({ ...s, level, page: 1 }))}
          options={LEVELS.map((l) => ({ value: l, label: t('admin.levelN', { n: l }) }))}
        />
      </Space>
      <Table<Cause>
        rowKey="id"
        size="middle"
        loading={causes.loading}
        dataSource={causes.data?.items ?? []}
        pagination={{ current: query.page, pageSize: query.pageSize, total: causes.data?.total ?? 0, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        onChange={(p) => setQuery((s) => ({ ...s, page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))}
        columns={[
          { title: t('admin.causeName'), dataIndex: 'name', width: 240 },
          { title: t('admin.causePath'), dataIndex: 'path', ellipsis: true },
          { title: t('admin.causeLevel'), dataIndex: 'level', width: 80 },
          { title: t('admin.causeNumber'), dataIndex: 'number', width: 80, render: (v: number | null) => v ?? '—' },
          { title: t('admin.edition'), dataIndex: 'edition', width: 90 },
          {
            title: t('admin.isActive'),
            dataIndex: 'isActive',
            width: 90,
            render: (v: boolean, c) => <Switch size="small" checked={v} loading={toggling === c.id} onChange={(on) => toggle(c, on)} aria-label={t('admin.isActive')} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_, c) => (
              <Button type="link" onClick={() => setEditing(c)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <NameEditModal
        title={t('admin.editCause')}
        path={editing ? `/admin/causes/${editing.id}` : null}
        initialValues={{ name: editing?.name }}
        fields={[{ name: 'name', label: t('admin.causeName'), kind: 'text', rules: [{ required: true, whitespace: true }, { min: 2, max: 100 }] }]}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          causes.reload();
        }}
      />
    </Card>
  );
}
