// Creating or editing an account: roles, court and division for staff, the judge an assistant or clerk works for.
import { Col, Form, Input, Modal, Row, Select, Switch } from 'antd';
import type { UserAccountInput } from '../../contracts/auth';
import type { Court } from '../../contracts/reference';
import { ROLES } from '../../domain/roles/roles';
import { api, qs } from '../api/client';
import type { Division, Page, UserAccount } from '../api/types';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { ROLE_LABELS } from '../i18n/vocabulary';
import { AccountFields } from './AccountFields';
import { useModalSave } from '../api/useModalSave';

interface UserModalProps {
  user: UserAccount | null;
  open: boolean;
  courts: Court[];
  onClose(): void;
  onSaved(): void;
}

type UserForm = Omit<UserAccountInput, 'courtId' | 'divisionId'> & { courtId?: number | null; divisionId?: number | null };

export function UserModal({ user, open, courts, onClose, onSaved }: UserModalProps) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<UserForm>();
  const courtId = Form.useWatch('courtId', form) as number | null | undefined;
  const divisions = useApiGet<Division[]>(open && courtId ? `/courts/${courtId}/divisions` : null);
  // The account list is not filtered by role on the server, so the judges of the court are picked from one page of it.
  const people = useApiGet<Page<UserAccount>>(open && courtId ? `/admin/users${qs({ pageSize: 100 })}` : null);
  const judges = (people.data?.items ?? []).filter((u) => u.courtId === courtId && u.roles.includes('judge'));

  const { save, saving } = useModalSave(
    form,
    (v) => {
      const body: UserAccountInput = {
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        ...(v.password ? { password: v.password } : {}),
        roles: v.roles,
        courtId: v.courtId ?? null,
        divisionId: v.divisionId ?? null,
        teamJudgeId: v.teamJudgeId ?? null,
        idNumber: v.idNumber?.trim() || null,
        phone: v.phone?.trim() || null,
        isActive: v.isActive ?? true,
      };
      return user ? api.put<UserAccount>(`/admin/users/${user.id}`, body) : api.post<UserAccount>('/admin/users', body);
    },
    onSaved,
  );

  return (
    <Modal open={open} title={user ? t('admin.editUser') : t('admin.addUser')} okText={t('common.confirm')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} destroyOnHidden width={720}>
      <Form<UserForm> form={form} layout="vertical" preserve={false} initialValues={user ? { ...user, password: undefined } : { roles: [], isActive: true, courtId: null, divisionId: null }}>
        <Row gutter={16}>
          <AccountFields editing={!!user} />
          <Col span={12}>
            <Form.Item name="roles" label={t('admin.roles')} rules={[{ required: true, type: 'array', min: 1, max: 4 }]}>
              <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: pick(ROLE_LABELS[r]) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="courtId" label={t('admin.court')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={courts.map((c) => ({ value: c.id, label: c.name }))} onChange={() => form.setFieldsValue({ divisionId: null, teamJudgeId: null })} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="divisionId" label={t('admin.division')}>
              <Select allowClear disabled={!courtId} loading={divisions.loading} options={(divisions.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="teamJudgeId" label={t('admin.teamJudge')} extra={t('admin.teamJudgeHint')}>
              <Select allowClear disabled={!courtId} loading={people.loading} options={judges.map((j) => ({ value: j.id, label: j.displayName }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="idNumber" label={t('admin.idNumber')} rules={[{ max: 18 }]}>
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="isActive" label={t('admin.isActive')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
