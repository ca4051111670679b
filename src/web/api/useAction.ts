// A change the user asked for: busy while it runs, the server's refusal shown as it is, success reported back.
import { App } from 'antd';
import { useState } from 'react';
import { ApiError } from './client';

/** Runs a change, shows the server's refusal as it is, and reports whether it succeeded. */
export function useAction() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (f: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await f();
      return true;
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
