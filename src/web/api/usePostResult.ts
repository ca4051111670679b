// A form's POST and its answer: the last result, or the server's message when it refused.
import { useCallback, useState } from 'react';
import { api, ApiError } from './client';

export function usePostResult<T>(path: string) {
  const [result, setResult] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (body: unknown) => {
      setBusy(true);
      setError(null);
      try {
        setResult(await api.post<T>(path, body));
      } catch (e) {
        setResult(null);
        setError(e instanceof ApiError ? e.message : String(e));
      } finally {
        setBusy(false);
      }
    },
    [path],
  );
  return { result, error, busy, run };
}
