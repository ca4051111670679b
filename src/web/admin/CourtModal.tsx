// Adding or editing a court: its 法院代字, level, parent, and how sure we are of the code (with the evidence).
import { Form, Input, Modal, Select, Switch } from 'antd';
import type { Court, CourtInput } from '../../contracts/reference';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useModalSave } from '../api/useModalSave';
import { CODE_BASIS, COURT_LEVEL_KEYS } from '../i18n/vocabulary';

interface CourtModalProps {
  court: Court | null;
  open: boolean;
  courts: Court[];
  onClose(): void;
  onSaved(): void;
}

type CourtForm = Omit<CourtInput, 'parentId'> & { parentId?: number | null };

export function CourtModal({ court, open, courts, onClose, onSaved }: CourtModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<CourtForm>();

  const { save, saving } = useModalSave(
    form,
    (v: CourtForm) => {
      const body: CourtInput = {
        code: v.code.trim(),
        name: v.name.trim(),
        level: v.level,
        parentId: v.parentId ?? null,
        province: v.province?.trim() || null,
        divisionCode: v.divisionCode?.trim() || null,
        codeBasis: v.codeBasis,
        codeEvidence: v.codeEvidence?.trim() || null,
        isActive: v.isActive ?? true,
      };
      return court ? api.put<Court>(`/admin/courts/${court.id}`, body) : api.post<Court>('/admin/courts', body);
    },
    onSaved,
  );

  return (
    <Modal open={open} title={court ? t('admin.editCourt') : t('admin.addCourt')} okText={t('common.confirm')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} destroyOnHidden width={640}>
      <Form<CourtForm> form={form} layout="vertical" preserve={false} initialValues={court ?? { level: 'basic', codeBasis: 'derived', isActive: true }}>
        <Form.Item name="code" label={t('admin.courtCode')} rules={[{ required: true, whitespace: true }, { max: 10 }]}>
          <Input maxLength={10} />
        </Form.Item>
        <Form.Item name="name" label={t('admin.courtName')} rules={[{ required: true, whitespace: true }, { min: 2, max: 100 }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="level" label={t('admin.courtLevel')} rules={[{ required: true }]}>
          <Select options={Object.entries(COURT_LEVEL_KEYS).map(([value, key]) => ({ value, label: t(key) }))} />
        </Form.Item>
        <Form.Item name="parentId" label={t('admin.parentCourt')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={courts.filter((c) => c.id !== court?.id).map((c) => ({ value: c.id, label: `${c.name}（${c.code}）` }))} />
        </Form.Item>
        <Form.Item name="province" label={t('admin.province')} rules={[{ max: 20 }]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="divisionCode" label={t('admin.divisionCode')} rules={[{ pattern: /^\d{6}$/, message: t('admin.divisionCodeInvalid') }]}>
          <Input maxLength={6} />
        </Form.Item>
        <Form.Item name="codeBasis" label={t('admin.codeBasis')} rules={[{ required: true }]}>
          <Select options={Object.entries(CODE_BASIS).map(([value, b]) => ({ value, label: t(b.key) }))} />
        </Form.Item>
        <Form.Item name="codeEvidence" label={t('admin.codeEvidence')} rules={[{ max: 1000 }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="isActive" label={t('admin.isActive')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
