// The agency portal (role agency): the requests the courts sent to this agency — the debtor, the request and its
// documents — answered with structured results, executed or refused, with the e-sealed receipt uploaded.
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { AgencyRequest } from '../../contracts/assetControl';
import { api, download } from '../api/client';
import { useModalSave } from '../api/useModalSave';
import { useI18n } from '../i18n/i18n';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';

const ASSET_KINDS = ['account', 'realEstate', 'vehicle', 'securities', 'other'] as const;
const KIND_LABELS: Record<(typeof ASSET_KINDS)[number], string> = { account: '存款账户', realEstate: '不动产', vehicle: '车辆', securities: '证券', other: '其他财产' };

export function AgencyRequestsPage() {
  const { t, pick } = useI18n();
  const paged = usePagedList<AgencyRequest>('/agency/requests');
  const [open, setOpen] = useState<AgencyRequest | null>(null);
  const columns = [
    { title: t('assetControl.kind'), key: 'kind', render: (_: unknown, r: AgencyRequest) => pick(r.kindLabel) },
    { title: t('agency.court'), dataIndex: 'courtName' },
    { title: t('assetControl.case'), dataIndex: 'caseNumber' },
    { title: t('assetControl.debtors'), dataIndex: 'debtorName' },
    { title: t('assetControl.status'), key: 'status', sorter: true, render: (_: unknown, r: AgencyRequest) => <Tag color={r.status === 'sent' ? 'processing' : 'default'}>{pick(r.statusLabel)}</Tag> },
    { title: t('assetControl.requestedAt'), key: 'requestedAt', sorter: true, dataIndex: 'requestedAt' },
    { title: '', key: 'open', render: (_: unknown, r: AgencyRequest) => <Button size="small" data-testid={`agency-open-${r.id}`} onClick={() => setOpen(r)}>{t('agency.open')}</Button> },
  ];
  return (
    <Card title={t('agency.title')}>
      <Alert type="info" showIcon title={t('agency.intro')} style={{ marginBottom: 12 }} />
      <PagedTable paged={paged} columns={columns} emptyText={t('assetControl.empty')} testId="agency-requests" />
      {open && <RequestModal request={open} onClose={() => setOpen(null)} onSaved={() => { setOpen(null); paged.list.reload(); }} />}
    </Card>
  );
}

type AnswerForm = { assets: { kind: (typeof ASSET_KINDS)[number]; identifier: string; description?: string; balance?: number }[]; amount?: number; reason?: string };

function RequestModal({ request: r, onClose, onSaved }: { request: AgencyRequest; onClose: () => void; onSaved: () => void }) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<AnswerForm>();
  const [mode, setMode] = useState<'handle' | 'refuse'>('handle');
  const pending = r.status === 'sent';
  const send = async (v: AnswerForm) => {
    if (mode === 'refuse') return api.post(`/agency/requests/${r.id}/refuse`, { reason: v.reason?.trim() });
    if (r.kind === 'inquiry') {
      return api.post(`/agency/requests/${r.id}/answer`, {
        assets: (v.assets ?? []).map((a) => ({ kind: a.kind, identifier: a.identifier, description: a.description ?? '', ...(a.kind === 'account' ? { balanceFen: Math.round((a.balance ?? 0) * 100) } : {}) })),
      });
    }
    return api.post(`/agency/requests/${r.id}/execute`, v.amount ? { amountFen: Math.round(v.amount * 100) } : {});
  };
  const { save, saving } = useModalSave(form, send, onSaved, () => t('agency.done'));
  const receipt = async (file: File) => {
    const body = new FormData();
    body.append('file', file);
    const up = await api.upload<{ id: number }>('/uploads', body);
    await api.post(`/agency/requests/${r.id}/receipt`, { attachmentId: up.id });
    onSaved();
  };
  return (
    <Modal open width={720} title={`${pick(r.kindLabel)} · ${r.debtorName}`} onCancel={onClose} onOk={pending ? save : onClose} confirmLoading={saving} okText={pending ? (mode === 'refuse' ? t('agency.refuse') : r.kind === 'inquiry' ? t('agency.answer') : t('agency.execute')) : undefined}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('agency.court')}>{r.courtName} {r.caseNumber}</Descriptions.Item>
        <Descriptions.Item label={t('assetControl.debtors')}>{r.debtorName}</Descriptions.Item>
        <Descriptions.Item label={t('agency.idNumber')}>{r.debtorIdNumber}</Descriptions.Item>
        <Descriptions.Item label={t('assetControl.legalBasis')}>{r.legalBasis}</Descriptions.Item>
        {r.asset && <Descriptions.Item label={t('assetControl.assets')}>{`${r.asset.description}（${r.asset.identifier}）`}</Descriptions.Item>}
        {r.amountFen !== null && <Descriptions.Item label={t('assetControl.amount')}>{(r.amountFen / 100).toFixed(2)}</Descriptions.Item>}
        <Descriptions.Item label={t('assetControl.documents')}>
          <Space wrap>
            {r.documents.map((d) => <Button key={d.attachmentId} size="small" type="link" onClick={() => void download(`/agency/requests/${r.id}/documents/${d.attachmentId}`, d.fileName)}>{t(`assetControl.doc.${d.role}`)}</Button>)}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      {pending && (
        <Form form={form} layout="vertical" style={{ marginTop: 12 }} initialValues={{ assets: [] }}>
          <Select value={mode} onChange={setMode} style={{ width: 200, marginBottom: 12 }} options={[{ value: 'handle', label: r.kind === 'inquiry' ? t('agency.answer') : t('agency.execute') }, { value: 'refuse', label: t('agency.refuse') }]} />
          {mode === 'refuse' && <Form.Item name="reason" label={t('agency.reason')} rules={[{ required: true, whitespace: true }]}><Input.TextArea rows={2} maxLength={500} /></Form.Item>}
          {mode === 'handle' && r.kind === 'inquiry' && <AssetRows />}
          {mode === 'handle' && r.kind !== 'inquiry' && r.amountFen !== null && (
            <Form.Item name="amount" label={t('assetControl.amount')}><InputNumber min={0.01} precision={2} style={{ width: '100%' }} placeholder={(r.amountFen / 100).toFixed(2)} /></Form.Item>
          )}
        </Form>
      )}
      {!pending && r.status !== 'refused' && !r.documents.some((d) => d.role === 'receipt') && (
        <Upload accept="application/pdf" showUploadList={false} beforeUpload={(f) => { void receipt(f); return false; }}>
          <Button style={{ marginTop: 12 }}>{t('agency.receipt')}</Button>
        </Upload>
      )}
      {r.refusalReason && <Typography.Paragraph type="danger">{r.refusalReason}</Typography.Paragraph>}
    </Modal>
  );
}

function AssetRows() {
  const { t } = useI18n();
  return (
    <Form.List name="assets">
      {(fields, { add, remove }) => (
        <>
          <Typography.Paragraph type="secondary">{t('agency.nothingFound')}</Typography.Paragraph>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={fields}
            columns={[
              { title: t('assetControl.kind'), key: 'kind', render: (_, f) => <Form.Item name={[f.name, 'kind']} noStyle initialValue="account"><Select style={{ width: 110 }} options={ASSET_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} /></Form.Item> },
              { title: t('assetControl.identifier'), key: 'identifier', render: (_, f) => <Form.Item name={[f.name, 'identifier']} noStyle rules={[{ required: true }]}><Input data-testid={`answer-identifier-${f.name}`} /></Form.Item> },
              { title: t('assetControl.description'), key: 'description', render: (_, f) => <Form.Item name={[f.name, 'description']} noStyle><Input data-testid={`answer-description-${f.name}`} /></Form.Item> },
              { title: t('assetControl.balance'), key: 'balance', render: (_, f) => <Form.Item name={[f.name, 'balance']} noStyle><InputNumber min={0} precision={2} data-testid={`answer-balance-${f.name}`} /></Form.Item> },
              { title: '', key: 'x', render: (_, f) => <Button size="small" onClick={() => remove(f.name)}>×</Button> },
            ]}
          />
          <Button style={{ marginTop: 8 }} data-testid="answer-add" onClick={() => add()}>{t('agency.addAsset')}</Button>
        </>
      )}
    </Form.List>
  );
}
