// 查控协助单位管理: a court's 查控 approval setting, the agencies its officers may ask (总对总 national ones and the
// court's own 点对点 ones) — added, renamed, turned off — and each agency's accounts. The administrator chooses the
// court and manages national agencies too; a 执行局 chief has their own court's local ones. The server decides.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Radio, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Agency, AssetControlSettings } from '../../contracts/assetControl';
import type { Court } from '../../contracts/reference';
import { AGENCY_KINDS, CONTROL_APPROVALS, type AgencyChannel, type ControlApproval } from '../../domain/execution/assetControl';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useModalSave } from '../api/useModalSave';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { AgencyAccountsModal } from './AgencyAccountsModal';

type Editing = { channel: AgencyChannel; agency: null } | { channel: AgencyChannel; agency: Agency };
type AgencyForm = { kind: string; name: string };

function ApprovalCard({ courtId }: { courtId: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const settings = useApiGet<AssetControlSettings>(`/admin/asset-control/courts/${courtId}/settings`);
  const [busy, setBusy] = useState(false);
  const change = async (controlApproval: ControlApproval) => {
    setBusy(true);
    try {
      settings.setData(await api.put<AssetControlSettings>(`/admin/asset-control/courts/${courtId}/settings`, { controlApproval, expectedVersion: settings.data?.version ?? 0 }));
      message.success(t('common.saved'));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
      settings.reload();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('agencyAdmin.approval')} loading={!settings.data} data-testid="agency-approval">
      <Radio.Group disabled={busy} value={settings.data?.controlApproval} onChange={(e) => void change(e.target.value as ControlApproval)} style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
        options={CONTROL_APPROVALS.map((a) => ({ value: a, label: t(`agencyAdmin.approval.${a}`) }))} />
    </Card>
  );
}

function AgencyModal({ editing, courtId, onClose, onSaved }: { editing: Editing; courtId: number; onClose(): void; onSaved(): void }) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<AgencyForm>();
  const a = editing.agency;
  const { save, saving } = useModalSave(
    form,
    (v: AgencyForm) =>
      a ? api.patch<Agency>(`/admin/asset-control/agencies/${a.id}`, { name: v.name.trim() })
        : api.post<Agency>('/admin/asset-control/agencies', { channel: editing.channel, kind: v.kind, name: v.name.trim(), ...(editing.channel === 'local' ? { courtId } : {}) }),
    onSaved,
  );
  const kinds = Object.entries(AGENCY_KINDS).filter(([, k]) => k.channel === editing.channel);
  return (
    <Modal open title={a ? t('agencyAdmin.edit') : t(editing.channel === 'local' ? 'agencyAdmin.addLocal' : 'agencyAdmin.addNational')} okText={t('common.confirm')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <Form<AgencyForm> form={form} layout="vertical" preserve={false} initialValues={{ kind: a?.kind ?? kinds[0]?.[0], name: a?.name ?? '' }}>
        <Form.Item name="kind" label={t('agencyAdmin.kind')} rules={[{ required: true }]}>
          <Select disabled={!!a} options={kinds.map(([value, k]) => ({ value, label: pick(k.label) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('agencyAdmin.name')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
          <Input maxLength={100} placeholder="长春市南关区不动产登记中心" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ActiveSwitch({ agency, disabled, onSaved }: { agency: Agency; disabled: boolean; onSaved(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const toggle = async (isActive: boolean) => {
    setBusy(true);
    try {
      await api.patch(`/admin/asset-control/agencies/${agency.id}`, { isActive });
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return <Switch size="small" checked={agency.isActive} disabled={disabled} loading={busy} onChange={(v) => void toggle(v)} checkedChildren={t('admin.active')} unCheckedChildren={t('admin.inactive')} />;
}

export function AgencyAdminPage() {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const isAdmin = !!user?.roles.includes('admin');
  const allCourts = useApiGet<Court[]>('/courts');
  const courts = (allCourts.data ?? []).filter((c) => c.level === 'basic' || c.level === 'intermediate');
  const [chosen, setChosen] = useState<number | undefined>();
  const courtId = isAdmin ? chosen : (user?.courtId ?? undefined);
  const agencies = useApiGet<Agency[]>(courtId === undefined ? null : `/admin/asset-control/courts/${courtId}/agencies`);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [accountsOf, setAccountsOf] = useState<Agency | null>(null);
  const ownCourtName = (allCourts.data ?? []).find((c) => c.id === user?.courtId)?.name ?? '';
  const mayManage = (a: Agency) => isAdmin || a.channel === 'local';
  const courtName = (id: number | null) => (id === null ? t('agencyAdmin.allCourts') : ((allCourts.data ?? []).find((c) => c.id === id)?.name ?? ''));

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {isAdmin ? (
        <Select placeholder={t('executionAdmin.chooseCourt')} style={{ width: '100%', maxWidth: 320 }} showSearch={{ optionFilterProp: 'label' }} value={chosen} onChange={(v: number) => setChosen(v)}
          options={courts.map((c) => ({ value: c.id, label: c.name }))} aria-label={t('executionAdmin.court')} id="agency-admin-court" data-testid="agency-admin-court" />
      ) : (
        <Typography.Text type="secondary">{t('agencyAdmin.ownCourtOnly', { court: ownCourtName })}</Typography.Text>
      )}
      {courtId !== undefined && <ApprovalCard key={courtId} courtId={courtId} />}
      {courtId !== undefined && (
        <Card
          title={t('agencyAdmin.agencies')}
          extra={
            <Space wrap>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ channel: 'local', agency: null })}>{t('agencyAdmin.addLocal')}</Button>
              {isAdmin && <Button icon={<PlusOutlined />} onClick={() => setEditing({ channel: 'national', agency: null })}>{t('agencyAdmin.addNational')}</Button>}
            </Space>
          }
        >
          <Table<Agency>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            loading={agencies.loading}
            dataSource={agencies.data ?? []}
            data-testid="agency-admin-table"
            columns={[
              { title: t('agencyAdmin.name'), dataIndex: 'name' },
              { title: t('agencyAdmin.channel'), key: 'channel', render: (_, a) => <Tag color={a.channel === 'national' ? 'blue' : 'green'}>{t(a.channel === 'national' ? 'assetControl.national' : 'assetControl.local')}</Tag> },
              { title: t('agencyAdmin.kind'), key: 'kind', render: (_, a) => pick(a.kindLabel) },
              { title: t('agencyAdmin.scope'), key: 'court', render: (_, a) => courtName(a.courtId) },
              { title: t('admin.isActive'), key: 'isActive', render: (_, a) => <ActiveSwitch agency={a} disabled={!mayManage(a)} onSaved={agencies.reload} /> },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, a) =>
                  mayManage(a) && (
                    <Space size={0}>
                      <Button type="link" onClick={() => setEditing({ channel: a.channel, agency: a })}>{t('common.edit')}</Button>
                      <Button type="link" onClick={() => setAccountsOf(a)} data-testid={`agency-accounts-${a.id}`}>{t('agencyAdmin.accounts')}</Button>
                    </Space>
                  ),
              },
            ]}
          />
        </Card>
      )}
      {editing && courtId !== undefined && (
        <AgencyModal editing={editing} courtId={courtId} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); agencies.reload(); }} />
      )}
      {accountsOf && <AgencyAccountsModal agency={accountsOf} onClose={() => setAccountsOf(null)} />}
    </Space>
  );
}
