// A small modal that edits a catalogue entry's name (and, for case-type codes, the 类型代字).
import { Form, Input, Modal, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { useModalSave } from '../api/useModalSave';

export interface NameEditField {
  name: string;
  label: string;
  kind: 'text' | 'switch';
  rules?: Rule[];
}

interface NameEditModalProps {
  title: string;
  /** PATCH target, relative to /api/v1. */
  path: string | null;
  fields: NameEditField[];
  initialValues: Record<string, unknown>;
  onClose(): void;
  onSaved(): void;
}

export function NameEditModal({ title, path, fields, initialValues, onClose, onSaved }: NameEditModalProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<Record<string, unknown>>();

  const { save, saving } = useModalSave(
    form,
    (v: Record<string, unknown>) => {
      // The modal is open only with a path.
      if (!path) return Promise.resolve();
      const body = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'string' ? x.trim() || null : x]));
      return api.patch(path, body);
    },
    onSaved,
  );

  return (
    <Modal open={!!path} title={title} okText={t('common.confirm')} cancelText={t('common.cancel')} onOk={save} confirmLoading={saving} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        {fields.map((f) =>
          f.kind === 'switch' ? (
            <Form.Item key={f.name} name={f.name} label={f.label} valuePropName="checked">
              <Switch />
            </Form.Item>
          ) : (
            <Form.Item key={f.name} name={f.name} label={f.label} rules={f.rules}>
              <Input />
            </Form.Item>
          ),
        )}
      </Form>
    </Modal>
  );
}
