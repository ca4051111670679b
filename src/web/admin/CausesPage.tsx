// 案由: search the catalogue, sort and filter it in its columns (level, state), export what the filter shows, rename an
// entry or retire it (retired causes cannot be filed under).
import { App, Button, Card, Input, Switch } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { Cause } from '../../contracts/reference';
import { api, ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { NameEditModal } from './NameEditModal';

const LEVELS = [1, 2, 3, 4];

export function CausesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const paged = usePagedList<Cause>('/causes', { q: q || undefined, includeInactive: true });
  const causes = paged.list;
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

  // Keys with a sorter are the list's sort columns; level and state filter by their parameters.
  const columns: ColumnsType<Cause> = [
    { title: t('admin.causeName'), key: 'name', dataIndex: 'name', sorter: true, width: 240 },
    { title: t('admin.causePath'), key: 'path', dataIndex: 'path', sorter: true, width: 420 },
    {
      title: t('admin.causeLevel'),
      key: 'level',
      dataIndex: 'level',
      sorter: true,
      filters: LEVELS.map((l) => ({ value: l, text: t('admin.levelN', { n: l }) })),
      filterMultiple: false,
      width: 100,
    },
    { title: t('admin.causeNumber'), key: 'number', dataIndex: 'number', sorter: true, width: 90, render: (v: number | null) => v ?? '—' },
    { title: t('admin.edition'), key: 'edition', dataIndex: 'edition', sorter: true, width: 100 },
    {
      title: t('admin.isActive'),
      key: 'isActive',
      dataIndex: 'isActive',
      sorter: true,
      filters: [
        { value: 'true', text: t('admin.active') },
        { value: 'false', text: t('admin.inactive') },
      ],
      filterMultiple: false,
      width: 110,
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
  ];

  return (
    <Card title={t('menu.adminCauses')}>
      <Input.Search
        allowClear
        placeholder={t('admin.causeSearch')}
        onSearch={(v) => {
          setQ(v.trim());
          paged.resetPage();
        }}
        style={{ width: 280, marginBottom: 16 }}
      />
      <PagedTable<Cause> paged={paged} columns={columns} emptyText={t('admin.causesEmpty')} testId="causes" exportPath="/causes" />
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
