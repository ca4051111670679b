// The public fee calculator's answer as the web app reads it (POST /api/v1/calc/fee).
import { useEffect, useState } from 'react';
import type { Static } from 'typebox';
import type { FeeCalcResponse } from '../../contracts/payments';
import { api, ApiError } from '../api/client';

export type FeeCalcResult = Static<typeof FeeCalcResponse>;
export type FeeComponent = FeeCalcResult['breakdown'][number];

/** The fee for `request`, recomputed 300 ms after the last change; null while there is nothing to compute. */
export function useFeeEstimate(request: Record<string, unknown> | null): { result: FeeCalcResult | null; error: string | null } {
  const key = request ? JSON.stringify(request) : null;
  const [state, setState] = useState<{ key: string | null; result: FeeCalcResult | null; error: string | null }>({ key: null, result: null, error: null });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const timer = setTimeout(() => {
      api.post<FeeCalcResult>('/calc/fee', JSON.parse(key)).then(
        (result) => live && setState({ key, result, error: null }),
        (e: unknown) => live && setState({ key, result: null, error: e instanceof ApiError ? e.message : String(e) }),
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);
  return state.key === key && key !== null ? { result: state.result, error: state.error } : { result: null, error: null };
}
