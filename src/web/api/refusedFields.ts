// The request fields a refusal names, so a form can mark them: a domain refusal's `details.field` and the
// `details.fields` of VALIDATION_FAILED, both paths into the request body ('/parties/1/idNumber', 'body/amount').
import type { ApiError } from './client';

export interface RefusedField {
  /** The path into the request body: ['parties', 1, 'idNumber']. */
  path: (string | number)[];
  message: string;
}

const toPath = (p: string) =>
  p
    .split('/')
    .filter((s, i) => s !== '' && !(i === 0 && s === 'body'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

export function refusedFields(err: ApiError): RefusedField[] {
  const details = err.body?.details;
  if (!details) return [];
  if (typeof details.field === 'string') return [{ path: toPath(details.field), message: err.message }];
  if (Array.isArray(details.fields)) {
    return (details.fields as { path?: unknown }[]).filter((f) => typeof f.path === 'string').map((f) => ({ path: toPath(f.path as string), message: err.message }));
  }
  return [];
}
