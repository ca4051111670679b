// The 执行 tab's 网络查控 card: the officer sends inquiries to agencies, freezes/deducts/renews/releases from the asset
// list, enters an asset found on site; everyone of the court sees the requests, the asset list and the freezes with
// their days left — a lapsed freeze in red.
import { Button, Card, Checkbox, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { AssetControl, CaseAsset, CaseAssetControl, ControlRequest } from '../../contracts/assetControl';
import { api } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useModalSave } from '../api/useModalSave';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

export const CONTROL_STATE_COLOR: Record<AssetControl['state'], string> = { active: 'green', expiring: 'orange', lapsed: 'red', released: 'default' };
const yuan = (fen: number | null) => (fen === null ? '' : (fen / 100).toFixed(2));

export function AssetControlCard({ caseId }: { caseId: number }) {
  const { t, pick } = useI18n();
  const res = useApiGet<CaseAssetControl>(`/cases/${caseId}/asset-control`, { quiet: true });
  const [inquiring, setInquiring] = useState(false);
  const [acting, setActing] = useState<{ kind: 'freeze' | 'seize' | 'deduct' | 'renew' | 'unfreeze'; asset?: CaseAsset; control?: AssetControl } | null>(null);
  const p = res.data;
  if (!p) return null;
  const requestColumns = [
    { title: t('assetControl.kind'), key: 'kind', render: (_: unknown, r: ControlRequest) => pick(r.kindLabel) },
    { title: t('assetControl.debtors'), dataIndex: 'debtorName' },
    { title: t('assetControl.agencies'), dataIndex: 'agencyName' },
    { title: t('assetControl.status'), key: 'status', render: (_: unknown, r: ControlRequest) => (r.controlState === 'lapsed' ? <Tag color="red">{t('assetControl.state.lapsed')}</Tag> : <Tag>{pick(r.statusLabel)}</Tag>) },
    { title: t('assetControl.answeredOn'), dataIndex: 'answeredOn' },
  ];
  const assetColumns = [
    { title: t('assetControl.debtors'), dataIndex: 'partyName' },
    { title: t('assetControl.kind'), key: 'kind', render: (_: unknown, a: CaseAsset) => pick(a.kindLabel) },
    { title: t('assetControl.identifier'), dataIndex: 'identifier' },
    { title: t('assetControl.description'), dataIndex: 'description' },
    { title: t('assetControl.balance'), key: 'balance', render: (_: unknown, a: CaseAsset) => yuan(a.balanceFen) },
    { title: t('assetControl.source'), key: 'source', render: (_: unknown, a: CaseAsset) => `${t(`assetControl.source.${a.source}` as MessageKey)}${a.agencyName ? `（${a.agencyName}）` : ''}` },
    { title: t('assetControl.foundOn'), dataIndex: 'foundOn' },
    ...(p.canRequest
      ? [{ title: '', key: 'act', render: (_: unknown, a: CaseAsset) => (
          <Space size="small">
            <Button size="small" data-testid={`freeze-${a.id}`} onClick={() => setActing({ kind: a.kind === 'realEstate' || a.kind === 'vehicle' ? 'seize' : 'freeze', asset: a })}>{t(a.kind === 'realEstate' || a.kind === 'vehicle' ? 'assetControl.seize' : 'assetControl.freeze')}</Button>
            {a.kind === 'account' && <Button size="small" onClick={() => setActing({ kind: 'deduct', asset: a })}>{t('assetControl.deduct')}</Button>}
          </Space>
        ) }]
      : []),
  ];
  const controlColumns = [
    { title: t('assetControl.assets'), dataIndex: 'assetLabel' },
    { title: t('assetControl.agencies'), dataIndex: 'agencyName' },
    { title: t('assetControl.amount'), key: 'amount', render: (_: unknown, c: AssetControl) => yuan(c.amountFen) },
    { title: t('assetControl.expiresOn'), dataIndex: 'expiresOn' },
    { title: t('assetControl.daysLeft'), key: 'days', render: (_: unknown, c: AssetControl) => <Tag color={CONTROL_STATE_COLOR[c.state]} data-testid={`control-state-${c.id}`}>{t(`assetControl.state.${c.state}` as MessageKey)}{c.daysLeft !== null && c.daysLeft >= 0 ? ` ${c.daysLeft}` : ''}</Tag> },
    ...(p.canRequest
      ? [{ title: '', key: 'act', render: (_: unknown, c: AssetControl) => (c.state === 'released' || c.state === 'lapsed' ? null : (
          <Space size="small">
            <Button size="small" onClick={() => setActing({ kind: 'renew', control: c })}>{t('assetControl.renew')}</Button>
            <Button size="small" onClick={() => setActing({ kind: 'unfreeze', control: c })}>{t('assetControl.unfreeze')}</Button>
          </Space>
        )) }]
      : []),
  ];
  return (
    <Card title={t('assetControl.title')} style={{ marginTop: 16 }} data-testid="asset-control" extra={p.canRequest && <Button type="primary" data-testid="asset-inquire" onClick={() => setInquiring(true)}>{t('assetControl.inquire')}</Button>}>
      <Typography.Title level={5}>{t('assetControl.requests')}</Typography.Title>
      <Table rowKey="id" size="small" columns={requestColumns} dataSource={p.requests} pagination={{ pageSize: 10 }} scroll={{ x: true }} data-testid="asset-requests" />
      <Typography.Title level={5}>{t('assetControl.assets')}</Typography.Title>
      <Table rowKey="id" size="small" columns={assetColumns} dataSource={p.assets} pagination={false} scroll={{ x: true }} data-testid="asset-list" />
      <Typography.Title level={5}>{t('assetControl.controls')}</Typography.Title>
      <Table rowKey="id" size="small" columns={controlColumns} dataSource={p.controls} pagination={false} scroll={{ x: true }} data-testid="asset-controls" />
      {inquiring && <InquiryModal caseId={caseId} panel={p} onClose={() => setInquiring(false)} onSaved={res.reload} />}
      {acting && <ControlModal caseId={caseId} acting={acting} onClose={() => setActing(null)} onSaved={res.reload} />}
    </Card>
  );
}

function InquiryModal({ caseId, panel, onClose, onSaved }: { caseId: number; panel: CaseAssetControl; onClose: () => void; onSaved: () => void }) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<{ partyIds: number[]; agencyIds: number[]; legalBasis?: string }>();
  const { save, saving } = useModalSave(form, (v) => api.post(`/cases/${caseId}/asset-control/inquiries`, { partyIds: v.partyIds, agencyIds: v.agencyIds, legalBasis: v.legalBasis?.trim() || undefined }), () => { onClose(); onSaved(); }, () => t('assetControl.sent'));
  const group = (channel: 'national' | 'local') => panel.agencies.filter((a) => a.channel === channel).map((a) => ({ value: a.id, label: `${a.name}（${pick(a.kindLabel)}）` }));
  return (
    <Modal open title={t('assetControl.inquire')} onCancel={onClose} onOk={save} confirmLoading={saving}>
      <Form form={form} layout="vertical" initialValues={{ partyIds: panel.debtors.map((d) => d.partyId), agencyIds: [] }}>
        <Form.Item name="partyIds" label={t('assetControl.debtors')} rules={[{ required: true }]}>
          <Checkbox.Group options={panel.debtors.map((d) => ({ value: d.partyId, label: d.name }))} />
        </Form.Item>
        <Form.Item name="agencyIds" label={`${t('assetControl.agencies')}：${t('assetControl.national')} / ${t('assetControl.local')}`} rules={[{ required: true }]}>
          <Checkbox.Group data-testid="asset-agencies" style={{ display: 'grid' }} options={[...group('national'), ...group('local')]} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('assetControl.legalBasis')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ControlModal({ caseId, acting, onClose, onSaved }: { caseId: number; acting: { kind: 'freeze' | 'seize' | 'deduct' | 'renew' | 'unfreeze'; asset?: CaseAsset; control?: AssetControl }; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ amount?: number }>();
  const needsAmount = acting.kind === 'deduct' || (acting.kind === 'freeze' && acting.asset?.kind === 'account');
  const send = (v: { amount?: number }) =>
    api.post(`/cases/${caseId}/asset-control/controls`, {
      kind: acting.kind,
      ...(acting.asset ? { assetId: acting.asset.id } : {}),
      ...(acting.control ? { controlId: acting.control.id } : {}),
      ...(needsAmount && v.amount ? { amountFen: Math.round(v.amount * 100) } : {}),
    });
  const { save, saving } = useModalSave(form, send, () => { onClose(); onSaved(); }, () => t('assetControl.sent'));
  return (
    <Modal open title={`${t(`assetControl.${acting.kind}` as MessageKey)}：${acting.asset ? `${acting.asset.description}（${acting.asset.identifier}）` : acting.control?.assetLabel}`} onCancel={onClose} onOk={save} confirmLoading={saving}>
      <Form form={form} layout="vertical" initialValues={{ amount: acting.asset?.balanceFen ? acting.asset.balanceFen / 100 : undefined }}>
        {needsAmount && (
          <Form.Item name="amount" label={t('assetControl.amount')} rules={[{ required: true }]}>
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="asset-control-amount" />
          </Form.Item>
        )}
        <Typography.Paragraph type="secondary">{t('assetControl.documents')}：{t('assetControl.doc.ruling')}、{t('assetControl.doc.notice')}</Typography.Paragraph>
      </Form>
    </Modal>
  );
}

