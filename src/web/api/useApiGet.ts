// Loads one GET resource, keeps the last data while reloading, and reports failures with antd's message.
import { App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSession } from '../auth/session';
import { api, ApiError } from './client';

interface Loaded<T> {
  key: string | null;
  path: string | null;
  data: T | undefined;
  error: ApiError | null;
}

export interface ApiResource<T> {
  data: T | undefined;
  loading: boolean;
  error: ApiError | null;
  reload(): void;
  /** Replaces the data with a fresher copy the caller already has (e.g. the response of a change). */
  setData(data: T): void;
}

/** `path` is relative to /api/v1; `null` means "nothing to load yet". */
export interface ApiGetOptions {
  /** Do not show failures with message.error (the caller shows them its own way). */
  quiet?: boolean;
  /** While another path loads, keep showing the previous path's data (e.g. the last page of a table). */
  keepPreviousData?: boolean;
}

export function useApiGet<T>(path: string | null, options: ApiGetOptions = {}): ApiResource<T> {
  const { message } = App.useApp();
  const { logout } = useSession();
  const [round, setRound] = useState(0);
  const key = path === null ? null : `${round}:${path}`;
  const [state, setState] = useState<Loaded<T>>({ key: null, path: null, data: undefined, error: null });
  const quiet = options.quiet ?? false;

  useEffect(() => {
    if (path === null || key === null) return;
    let live = true;
    api.get<T>(path).then(
      (data) => {
        if (live) setState({ key, path, data, error: null });
      },
      (e: unknown) => {
        if (!live) return;
        const error = e instanceof ApiError ? e : new ApiError(0, 'NETWORK', String(e), null);
        setState((s) => ({ key, path, data: s.path === path ? s.data : undefined, error }));
        // An expired session ends here: forgetting the user sends the page back to the login form.
        if (error.status === 401) void logout();
        else if (!quiet) message.error(error.message);
      },
    );
    return () => {
      live = false;
    };
  }, [path, key, quiet, message, logout]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const setData = useCallback((data: T) => setState({ key, path, data, error: null }), [key, path]);
  const current = state.path === path || options.keepPreviousData;
  return {
    data: current ? state.data : undefined,
    loading: key !== null && state.key !== key,
    error: state.path === path ? state.error : null,
    reload,
    setData,
  };
}
