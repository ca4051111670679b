// 文书模板与院印: the administrator adapts a court's notice templates (per case type and document) and uploads its seal.
import { App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { TEMPLATE_FIELDS } from '../../domain/documents/templates';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

interface Court {
  id: number;
  name: string;
}
interface TemplateRow {
  caseType: string;
  kind: string;
  label: { 'zh-CN': string; en: string };
  title: string;
  body: string;
  source: 'court' | 'default' | 'builtIn';
}

const CASE_TYPES = ['民初', '民终'];

export function DocumentTemplatesPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const courts = useApiGet<Court[]>('/courts');
  const [courtId, setCourtId] = useState<number | null>(null);
  const [caseType, setCaseType] = useState('民初');
  const templates = useApiGet<TemplateRow[]>(courtId ? `/admin/document-templates?courtId=${courtId}&caseType=${encodeURIComponent(caseType)}` : null);
  const [editing, setEditing] = useState<TemplateRow | null>(null);
  const [form] = Form.useForm<{ title: string; body: string }>();
  const failed = (e: unknown) => message.error(e instanceof ApiError ? e.message : String(e));

  const save = async (v: { title: string; body: string }) => {
    try {
      await api.put(`/admin/document-templates/${encodeURIComponent(editing!.caseType)}/${editing!.kind}`, { courtId, ...v });
      message.success(t('common.saved'));
      setEditing(null);
      templates.reload();
    } catch (e) {
      failed(e);
    }
  };
  const uploadSeal = async (file: File) => {
    const form = new FormData();
    form.append('file', file);
    try {
      await api.upload(`/admin/courts/${courtId}/seal`, form);
      message.success(t('common.saved'));
    } catch (e) {
      failed(e);
    }
  };

  return (
    <Card title={t('menu.adminDocumentTemplates')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<number> showSearch optionFilterProp="label" placeholder={t('documents.court')} style={{ width: 280 }} value={courtId ?? undefined} onChange={setCourtId} options={(courts.data ?? []).map((c) => ({ value: c.id, label: c.name }))} data-testid="template-court" />
        <Select value={caseType} onChange={setCaseType} style={{ width: 120 }} options={CASE_TYPES.map((c) => ({ value: c, label: c }))} aria-label={t('documents.caseType')} />
        {courtId && (
          <Upload accept="image/png,image/jpeg" showUploadList={false} beforeUpload={(f) => (void uploadSeal(f), false)}>
            <Button>{t('documents.uploadSeal')}</Button>
          </Upload>
        )}
        {courtId && <Typography.Text type="secondary">{t('documents.sealHint')}</Typography.Text>}
      </Space>
      <Table<TemplateRow>
        rowKey={(r) => `${r.caseType}-${r.kind}`}
        loading={templates.loading}
        dataSource={templates.data ?? []}
        pagination={false}
        columns={[
          { title: t('documents.document'), key: 'kind', render: (_, r) => pick(r.label) },
          { title: t('documents.title'), dataIndex: 'title' },
          { title: t('documents.source'), key: 'source', render: (_, r) => <Tag color={r.source === 'court' ? 'blue' : 'default'}>{t(`documents.source.${r.source}` as MessageKey)}</Tag> },
          {
            title: t('common.actions'),
            key: 'edit',
            render: (_, r) => (
              <Button size="small" onClick={() => (setEditing(r), form.setFieldsValue({ title: r.title, body: r.body }))}>
                {t('documents.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal open={!!editing} title={editing ? pick(editing.label) : ''} width={760} onCancel={() => setEditing(null)} onOk={() => form.submit()} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={save}>
          <Form.Item name="title" label={t('documents.title')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="body" label={t('documents.body')} rules={[{ required: true }]}>
            <Input.TextArea autoSize={{ minRows: 12, maxRows: 24 }} />
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary">
          {t('documents.fieldsHint')} {Object.entries(TEMPLATE_FIELDS).map(([k, v]) => `{{${k}}} ${v}`).join('；')}
        </Typography.Paragraph>
      </Modal>
    </Card>
  );
}
