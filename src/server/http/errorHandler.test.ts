import { describe, expect, test } from 'vitest';
import { toAppError } from './errorHandler';

// PostgreSQL's refusals reach the error handler as the driver's error, or as the cause of drizzle's wrapper.
const pgError = (code: string, constraint?: string) => Object.assign(new Error('database refused'), { code, ...(constraint ? { constraint } : {}) });
const wrapped = (cause: Error) => Object.assign(new Error('Failed query: …'), { cause });

describe('database refusals become 4xx with a code', () => {
  test.each([
    ['23503', 422, 'REFERENCED_RECORD_MISSING'],
    ['23502', 422, 'VALUE_NOT_ALLOWED'],
    ['23514', 422, 'VALUE_NOT_ALLOWED'],
    ['22P02', 400, 'VALUE_OUT_OF_RANGE'],
    ['22001', 400, 'VALUE_OUT_OF_RANGE'],
    ['22P05', 400, 'VALUE_OUT_OF_RANGE'],
    ['22021', 400, 'VALUE_OUT_OF_RANGE'],
    ['22007', 400, 'VALUE_OUT_OF_RANGE'],
  ])('SQLSTATE %s → %d %s, directly and wrapped', (code, status, appCode) => {
    for (const e of [pgError(code, 'some_fk'), wrapped(pgError(code, 'some_fk'))]) {
      const a = toAppError(e);
      expect([a.status, a.code]).toEqual([status, appCode]);
    }
  });

  test('anything unknown is a 500 in the API format, without the error text', () => {
    const a = toAppError(new RangeError('Invalid time value: secret detail'));
    expect([a.status, a.code]).toEqual([500, 'INTERNAL_ERROR']);
    expect(a.zh + a.en).not.toContain('secret');
  });
});

describe('framework refusals become 4xx with a code', () => {
  test('a path that cannot be decoded is 400 URL_INVALID', () => {
    const a = toAppError(Object.assign(new Error("'/x/%ED%A0%80' is not a valid url component"), { code: 'FST_ERR_BAD_URL', statusCode: 400 }));
    expect([a.status, a.code]).toEqual([400, 'URL_INVALID']);
  });
});
