// The exit codes of `courtflow verify`, for a receipt and for an archive package alike (also in `courtflow help`).
import type { Outcome } from '../domain/transparency/receipt';

export const VERIFY_EXIT: Record<Outcome | 'usage', number> = { verified: 0, failed: 1, usage: 2, unauthenticated: 3 };
