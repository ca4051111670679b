// A change the user asked for: busy while it runs, the server's refusal shown as it is, success reported back.
import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { ApiError } from './client';
import { refusedFields } from './refusedFields';

/**
 * Runs a change, shows the server's refusal as it is, and reports whether it succeeded. Given the form the request
 * was built from (its field names the request's own), the refusal also marks the field it names.
 */
export function useAction(form?: FormInstance) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (f: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await f();
      return true;
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
      if (form && e instanceof ApiError) form.setFields(refusedFields(e).map((r) => ({ name: r.path, errors: [r.message] })));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
