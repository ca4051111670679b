// 案件类型代字: the SPC's case-type codes and the characters (民初, 民终…) that case numbers carry, sortable, filterable
// and exported to Excel as the filter shows them.
import { Button, Card, Input, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { CaseTypeCode } from '../../contracts/reference';
import { useI18n } from '../i18n/i18n';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { NameEditModal } from './NameEditModal';

const TYPE_CODE_PATTERN = /^[\u4e00-\u9fff]{1,4}$/;

export function CaseTypeCodesPage() {
  const { t } = useI18n();
  const [q, setQ] = useState('');
  const paged = usePagedList<CaseTypeCode>('/case-type-codes', { q: q || undefined });
  const codes = paged.list;
  const [editing, setEditing] = useState<CaseTypeCode | null>(null);
  const yesNo = (yes: string, no: string) => [
    { value: 'true', text: yes },
    { value: 'false', text: no },
  ];
  // Keys with a sorter are the list's sort columns; the characters and the state filter by their parameters.
  const columns: ColumnsType<CaseTypeCode> = [
    { title: t('admin.caseTypeCode'), key: 'code', dataIndex: 'code', sorter: true, width: 110 },
    { title: t('admin.caseTypeName'), key: 'name', dataIndex: 'name', sorter: true, width: 300 },
    {
      title: t('admin.typeCode'),
      key: 'typeCode',
      dataIndex: 'typeCode',
      sorter: true,
      width: 130,
      render: (v: string | null) => (v ? <Tag color="blue">{v}</Tag> : '—'),
    },
    { title: t('admin.category'), key: 'category', dataIndex: 'category', sorter: true, width: 160, render: (v: string | null) => v ?? '—' },
    { title: t('admin.kind'), key: 'kind', dataIndex: 'kind', sorter: true, width: 130, render: (v: string | null) => v ?? '—' },
    {
      title: t('admin.isActive'),
      key: 'isActive',
      dataIndex: 'isActive',
      sorter: true,
      filters: yesNo(t('admin.active'), t('admin.inactive')),
      filterMultiple: false,
      width: 110,
      render: (v: boolean) => (v ? <Tag color="green">{t('admin.active')}</Tag> : <Tag>{t('admin.inactive')}</Tag>),
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
    <Card title={t('menu.adminCaseTypes')}>
      <Input.Search
        allowClear
        placeholder={t('admin.caseTypeSearch')}
        onSearch={(v) => {
          setQ(v.trim());
          paged.resetPage();
        }}
        style={{ width: 280, marginBottom: 16 }}
      />
      <PagedTable<CaseTypeCode> paged={paged} columns={columns} emptyText={t('admin.caseTypesEmpty')} testId="case-type-codes" exportPath="/case-type-codes" rowKey="code" />
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
