// The OK button of a modal form (an administrator's edit, a claim, a payout proposal or rejection): validate the form
// where the user is, send it, say it was done (or what the server refused), and tell the page — one place for all.
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from './client';
import { useI18n } from '../i18n/i18n';

/** `done`: what to say on success (default 已保存). */
export function useModalSave<F>(form: FormInstance<F>, send: (values: F) => Promise<unknown>, onSaved: (values: F) => void, done?: (values: F) => string) {
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
      message.success(done ? done(values) : t('common.saved'));
      onSaved(values);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  return { save, saving };
}
