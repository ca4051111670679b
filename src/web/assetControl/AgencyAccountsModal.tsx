// The accounts of one assisting agency (role `agency`, bound to it): the list with whether each may log in, and a new
// account with its initial password, as every account an administrator creates. The server decides who may.
import { App, Button, Form, Modal, Row, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Agency, AgencyUser } from '../../contracts/assetControl';
import { AccountFields } from '../admin/AccountFields';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useModalSave } from '../api/useModalSave';
import { useI18n } from '../i18n/i18n';

type AccountForm = { username: string; displayName: string; password: string; phone?: string };

function ActiveSwitch({ account, onSaved }: { account: AgencyUser; onSaved(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const toggle = async (isActive: boolean) => {
    setBusy(true);
    try {
      await api.patch(`/admin/asset-control/agency-users/${account.userId}`, { isActive });
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return <Switch size="small" checked={account.isActive} loading={busy} onChange={(v) => void toggle(v)} checkedChildren={t('admin.active')} unCheckedChildren={t('admin.inactive')} />;
}

export function AgencyAccountsModal({ agency, onClose }: { agency: Agency; onClose(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<AccountForm>();
  const accounts = useApiGet<AgencyUser[]>(`/admin/asset-control/agencies/${agency.id}/users`);
  const [adding, setAdding] = useState(false);
  const { save, saving } = useModalSave(
    form,
    (v: AccountForm) => api.post<AgencyUser>(`/admin/asset-control/agencies/${agency.id}/users`, { username: v.username.trim(), displayName: v.displayName.trim(), password: v.password, ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}) }),
    () => {
      form.resetFields();
      setAdding(false);
      accounts.reload();
    },
    () => t('agencyAdmin.accountCreated'),
  );
  return (
    <Modal open title={t('agencyAdmin.accountsOf', { agency: agency.name })} footer={null} onCancel={onClose} width={720} destroyOnHidden>
      <Table<AgencyUser>
        rowKey="userId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        loading={accounts.loading}
        dataSource={accounts.data ?? []}
        locale={{ emptyText: t('agencyAdmin.noAccounts') }}
        data-testid="agency-accounts"
        columns={[
          { title: t('admin.username'), dataIndex: 'username' },
          { title: t('admin.displayName'), dataIndex: 'displayName' },
          { title: t('party.phone'), dataIndex: 'phone', render: (p: string | null) => p ?? '—' },
          { title: t('admin.isActive'), key: 'isActive', render: (_, a) => <ActiveSwitch account={a} onSaved={accounts.reload} /> },
        ]}
      />
      {!agency.isActive ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('agencyAdmin.inactiveAgency')}</Typography.Paragraph>
      ) : adding ? (
        <Form<AccountForm> form={form} layout="vertical" style={{ marginTop: 16 }} data-testid="agency-account-form">
          <Row gutter={12}>
            <AccountFields editing={false} />
          </Row>
          <Button type="primary" loading={saving} onClick={() => void save()}>{t('common.save')}</Button>{' '}
          <Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button>
        </Form>
      ) : (
        <Button type="primary" style={{ marginTop: 12 }} onClick={() => setAdding(true)}>{t('agencyAdmin.addAccount')}</Button>
      )}
    </Modal>
  );
}
