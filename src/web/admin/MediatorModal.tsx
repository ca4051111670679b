// Inviting a mediator (an account with the mediator role, its password set here as for every account) or changing
// their organisation, specialties, courts served, password and whether they are active.
import { Col, Form, Modal, Row, Select, Switch } from 'antd';
import type { MediatorInput, MediatorRow, MediatorUpdate, OrganisationRow } from '../../contracts/mediation';
import type { Court } from '../../contracts/reference';
import { api, qs } from '../api/client';
import type { Page } from '../api/types';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { AccountFields } from './AccountFields';
import { useModalSave } from '../api/useModalSave';

interface MediatorModalProps {
  open: boolean;
  mediator: MediatorRow | null;
  /** Every court (the courts served may be any; the server decides what a chief may change). */
  courts: Court[];
  /** A 立案庭 chief's court: a new mediator serves it, and its organisations are offered. */
  ownCourtId: number | null;
  onClose(): void;
  onSaved(): void;
}

type MediatorForm = Omit<MediatorInput, 'password' | 'phone'> & { password?: string; phone?: string | null };

export function MediatorModal({ open, mediator, courts, ownCourtId, onClose, onSaved }: MediatorModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<MediatorForm>();
  const courtIds = (Form.useWatch('courtIds', form) as number[] | undefined) ?? [];
  const organisations = useApiGet<Page<OrganisationRow>>(open ? `/admin/mediation/organisations${qs({ pageSize: 100, courtId: ownCourtId ?? undefined, sort: 'name' })}` : null);
  // An organisation registered by a court the mediator serves (the server refuses any other).
  const offered = (organisations.data?.items ?? []).filter((o) => courtIds.includes(o.courtId) || o.id === mediator?.organisationId);

  const { save, saving } = useModalSave(
    form,
    (v) => {
      const fields = {
        displayName: v.displayName.trim(),
        phone: v.phone?.trim() || null,
        organisationId: v.organisationId,
        specialties: v.specialties.map((s) => s.trim()).filter(Boolean),
        courtIds: v.courtIds,
        isActive: v.isActive ?? true,
      };
      return mediator
        ? api.patch<MediatorRow>(`/admin/mediation/mediators/${mediator.userId}`, { ...fields, ...(v.password ? { password: v.password } : {}) } satisfies MediatorUpdate)
        : api.post<MediatorRow>('/admin/mediation/mediators', { username: v.username.trim(), password: v.password!, ...fields } satisfies MediatorInput);
    },
    onSaved,
  );

  const initial = mediator ? { ...mediator, password: undefined } : { specialties: [], courtIds: ownCourtId ? [ownCourtId] : [], isActive: true };
  return (
    <Modal
      open={open}
      title={mediator ? t('mediationAdmin.editMediator') : t('mediationAdmin.addMediator')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onOk={save}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
      width={720}
    >
      <Form<MediatorForm> form={form} layout="vertical" preserve={false} initialValues={initial}>
        <Row gutter={16}>
          <AccountFields editing={!!mediator} lockUsername={!!mediator} displayNameLabel={t('mediationAdmin.displayName')} />
          <Col span={24}>
            <Form.Item name="courtIds" label={t('mediationAdmin.courtsServed')} extra={t('mediationAdmin.courtsServedHint')} rules={[{ required: true, type: 'array', min: 1 }]}>
              <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={courts.map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="organisationId" label={t('mediationAdmin.organisation')} rules={[{ required: true }]}>
              <Select loading={organisations.loading} showSearch={{ optionFilterProp: 'label' }} options={offered.map((o) => ({ value: o.id, label: `${o.name}（${o.courtName}）` }))} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="specialties" label={t('mediationAdmin.specialties')} extra={t('mediationAdmin.specialtiesHint')}>
              <Select mode="tags" open={false} tokenSeparators={['，', ',', '、']} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="isActive" label={t('admin.isActive')} valuePropName="checked" extra={t('mediationAdmin.deactivateHint')}>
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
