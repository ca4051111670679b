// The OK button of an administrator's edit modal: validate the form where the user is, send it, say it was saved (or
// what the server refused), and tell the page to reload — one place instead of a copy in every modal.
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';

export function useModalSave<F>(form: FormInstance<F>, send: (values: F) => Promise<unknown>, onSaved: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    let values: F;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows each field's error beside it
    }
    setSaving(true);
    try {
      await send(values);
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  return { save, saving };
}
