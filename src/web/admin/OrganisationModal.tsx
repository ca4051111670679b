// Registering a mediation organisation of a court, or renaming it, changing its kind, contact or whether it is active.
import { Form, Input, Modal, Select, Switch } from 'antd';
import type { OrganisationInput, OrganisationRow, OrganisationUpdate } from '../../contracts/mediation';
import type { Court } from '../../contracts/reference';
import { MEDIATION_ORGANISATION_KIND_LABELS, MEDIATION_ORGANISATION_KINDS } from '../../domain/mediation/organisations';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useModalSave } from '../api/useModalSave';

interface OrganisationModalProps {
  open: boolean;
  organisation: OrganisationRow | null;
  /** The courts the user may register for: every court for the administrator, their own for a 立案庭 chief. */
  courts: Court[];
  onClose(): void;
  onSaved(): void;
}

type OrganisationForm = { courtId?: number; name: string; kind: OrganisationInput['kind']; contact?: string | null; isActive: boolean };

export function OrganisationModal({ open, organisation, courts, onClose, onSaved }: OrganisationModalProps) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<OrganisationForm>();

  const { save, saving } = useModalSave(
    form,
    (v: OrganisationForm) => {
      const fields = { name: v.name.trim(), kind: v.kind, contact: v.contact?.trim() || null, isActive: v.isActive };
      return organisation ? api.patch<OrganisationRow>(`/admin/mediation/organisations/${organisation.id}`, fields satisfies OrganisationUpdate) : api.post<OrganisationRow>('/admin/mediation/organisations', { courtId: v.courtId!, ...fields } satisfies OrganisationInput);
    },
    onSaved,
  );

  return (
    <Modal
      open={open}
      title={organisation ? t('mediationAdmin.editOrganisation') : t('mediationAdmin.addOrganisation')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onOk={save}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<OrganisationForm>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={organisation ?? { courtId: courts.length === 1 ? courts[0]!.id : undefined, kind: 'peopleMediationCommittee', isActive: true }}
      >
        <Form.Item name="courtId" label={t('mediationAdmin.registeredBy')} rules={[{ required: !organisation }]}>
          <Select disabled={!!organisation} showSearch={{ optionFilterProp: 'label' }} options={courts.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
        <Form.Item name="name" label={t('mediationAdmin.name')} rules={[{ required: true, whitespace: true }, { min: 2, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('mediationAdmin.kind')} rules={[{ required: true }]}>
          <Select options={MEDIATION_ORGANISATION_KINDS.map((k) => ({ value: k, label: pick(MEDIATION_ORGANISATION_KIND_LABELS[k]) }))} />
        </Form.Item>
        <Form.Item name="contact" label={t('mediationAdmin.contact')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="isActive" label={t('admin.isActive')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
