// Follows a background job: polls GET /api/v1/jobs/:id until it has succeeded or failed. A failed poll (the network,
// a proxy) is retried; the job goes on on the server whatever the page does.
import { useEffect, useState } from 'react';
import type { Job } from '../../contracts/jobs';
import { api, ApiError } from '../api/client';

const FIRST_POLL_MS = 300;
const POLL_MS = 1000;

export const isFinished = (job: Job | null | undefined) => job?.status === 'succeeded' || job?.status === 'failed';

/** `id` null: nothing to follow. `initial` is the job as the request that started it answered. */
export function useJob(id: number | null, initial?: Job | null): { job: Job | null; error: ApiError | null } {
  const [state, setState] = useState<{ id: number | null; job: Job | null; error: ApiError | null }>({ id, job: initial ?? null, error: null });
  const current = state.id === id ? state : { id, job: initial?.id === id ? initial : null, error: null };

  useEffect(() => {
    if (id === null) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (round: number) => {
      try {
        const job = await api.get<Job>(`/jobs/${id}`);
        if (!live) return;
        setState({ id, job, error: null });
        if (isFinished(job)) return;
      } catch (e) {
        if (!live) return;
        const error = e instanceof ApiError ? e : new ApiError(0, 'NETWORK', String(e), null);
        setState((s) => ({ id, job: s.id === id ? s.job : null, error }));
        // Not the caller's job (or no longer logged in): nothing to follow.
        if (error.status === 401 || error.status === 404) return;
      }
      timer = setTimeout(() => void poll(round + 1), round < 5 ? FIRST_POLL_MS : POLL_MS);
    };
    void poll(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [id]);

  return { job: current.job, error: current.error };
}
