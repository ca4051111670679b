// 案件类型代字: the SPC's case-type codes and the characters (民初, 民终…) that case numbers carry.
import { Button, Card, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import type { CaseTypeCode } from '../../contracts/reference';
import { qs } from '../api/client';
import type { Page } from '../api/types';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { NameEditModal } from './NameEditModal';

const TYPE_CODE_PATTERN = /^[\u4e00-\u9fff]{1,4}$/;

export function CaseTypeCodesPage() {
  const { t } = useI18n();
  const [query, setQuery] = useState({ q: '', page: 1, pageSize: 20 });
  const codes = useApiGet<Page<CaseTypeCode>>(`/case-type-codes${qs(query)}`, { keepPreviousData: true });
  const [editing, setEditing] = useState<CaseTypeCode | null>(null);

  return (
    <Card title={t('menu.adminCaseTypes')}>
      <Input.Search allowClear placeholder={t('admin.caseTypeSearch')} onSearch={(v) => setQuery((s) => ({ ...s, q: v.trim(), page: 1 }))} style={{ width: 280, marginBottom: 16 }} />
      <Table<CaseTypeCode>
        rowKey="code"
        size="middle"
        loading={codes.loading}
        dataSource={codes.data?.items ?? []}
        pagination={{ current: query.page, pageSize: query.pageSize, total: codes.data?.total ?? 0, showSizeChanger: true, showTotal: (total) => t('common.total', { total }) }}
        onChange={(p) => setQuery((s) => ({ ...s, page: p.current ?? 1, pageSize: p.pageSize ?? 20 }))}
        columns={[
          { title: t('admin.caseTypeCode'), dataIndex: 'code', width: 100 },
          { title: t('admin.caseTypeName'), dataIndex: 'name' },
          { title: t('admin.typeCode'), dataIndex: 'typeCode', width: 110, render: (v: string | null) => (v ? <Tag color="blue">{v}</Tag> : '—') },
          { title: t('admin.category'), dataIndex: 'category', width: 140, render: (v: string | null) => v ?? '—' },
          { title: t('admin.kind'), dataIndex: 'kind', width: 120, render: (v: string | null) => v ?? '—' },
          { title: t('admin.isActive'), dataIndex: 'isActive', width: 90, render: (v: boolean) => (v ? <Tag color="green">{t('admin.active')}</Tag> : <Tag>{t('admin.inactive')}</Tag>) },
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
        title={t('admin.editCaseType')}
        path={editing ? `/admin/case-type-codes/${editing.code}` : null}
        initialValues={{ name: editing?.name, typeCode: editing?.typeCode ?? '', isActive: editing?.isActive }}
        fields={[
          { name: 'name', label: t('admin.caseTypeName'), kind: 'text', rules: [{ required: true, whitespace: true }, { min: 2, max: 100 }] },
          { name: 'typeCode', label: t('admin.typeCode'), kind: 'text', rules: [{ pattern: TYPE_CODE_PATTERN, message: t('admin.typeCodeInvalid') }] },
          { name: 'isActive', label: t('admin.isActive'), kind: 'switch' },
        ]}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          codes.reload();
        }}
      />
    </Card>
  );
}
