// 法院: the court register with each 法院代字 and how it is known (attested, by rule, or derived and to be checked).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import type { Court } from '../../contracts/reference';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { byField } from '../lists/clientSort';
import { CODE_BASIS, COURT_LEVEL_KEYS } from '../i18n/vocabulary';
import { CourtModal } from './CourtModal';

export function CourtsPage() {
  const { t } = useI18n();
  const courts = useApiGet<Court[]>('/courts');
  const [q, setQ] = useState('');
  const [level, setLevel] = useState<Court['level'] | null>(null);
  const [editing, setEditing] = useState<{ court: Court | null } | null>(null);
  const all = courts.data ?? [];
  const nameOf = new Map(all.map((c) => [c.id, c.name]));
  const shown = all.filter((c) => (!level || c.level === level) && (!q || c.name.includes(q) || c.code.includes(q)));

  return (
    <Card
      title={t('menu.adminCourts')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ court: null })}>
          {t('admin.addCourt')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search allowClear placeholder={t('admin.courtSearch')} onSearch={(v) => setQ(v.trim())} style={{ width: 280 }} />
        <Select allowClear placeholder={t('admin.courtLevel')} style={{ width: 160 }} value={level} onChange={(v) => setLevel(v ?? null)} options={Object.entries(COURT_LEVEL_KEYS).map(([value, key]) => ({ value: value as Court['level'], label: t(key) }))} />
      </Space>
      <Table<Court>
        rowKey="id"
        size="middle"
        loading={courts.loading}
        dataSource={shown}
        pagination={{ showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        scroll={{ x: 1000 }}
        columns={[
          { title: t('admin.courtCode'), dataIndex: 'code', width: 110, sorter: byField<Court>('code') },
          { title: t('admin.courtName'), dataIndex: 'name', width: 260, sorter: byField<Court>('name') },
          { title: t('admin.courtLevel'), dataIndex: 'level', width: 110, sorter: byField<Court>('level'), render: (l: Court['level']) => t(COURT_LEVEL_KEYS[l]) },
          { title: t('admin.parentCourt'), dataIndex: 'parentId', render: (id: number | null) => (id ? (nameOf.get(id) ?? id) : '—') },
          { title: t('admin.divisionCode'), dataIndex: 'divisionCode', width: 110, sorter: byField<Court>('divisionCode'), render: (v: string | null) => v ?? '—' },
          {
            title: t('admin.codeBasis'),
            dataIndex: 'codeBasis',
            width: 130,
            render: (b: Court['codeBasis'], c) => (
              <Tooltip title={c.codeEvidence || t('admin.noEvidence')}>
                <Tag color={CODE_BASIS[b].color} data-code-basis={b}>
                  {t(CODE_BASIS[b].key)}
                </Tag>
              </Tooltip>
            ),
          },
          { title: t('admin.isActive'), dataIndex: 'isActive', width: 100, sorter: byField<Court>('isActive'), render: (v: boolean) => (v ? <Tag color="green">{t('admin.active')}</Tag> : <Tag>{t('admin.inactive')}</Tag>) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_, c) => (
              <Button type="link" onClick={() => setEditing({ court: c })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <CourtModal
        open={!!editing}
        court={editing?.court ?? null}
        courts={all}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          courts.reload();
        }}
      />
    </Card>
  );
}
