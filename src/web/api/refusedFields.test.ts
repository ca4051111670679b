// A refusal's field paths, as the forms read them.
import { describe, expect, test } from 'vitest';
import { formPathOfRequest } from '../filing/filingForm';
import { ApiError } from './client';
import { refusedFields } from './refusedFields';

const refusal = (details: Record<string, unknown> | undefined) =>
  new ApiError(422, 'X', '有误', { code: 'X', message: '有误', messages: { 'zh-CN': '有误', en: 'wrong' }, ...(details ? { details } : {}) });

describe('the fields a refusal names', () => {
  test.each([
    ['a domain refusal', { partyIndex: 1, field: '/parties/1/idNumber' }, [['parties', 1, 'idNumber']]],
    ['a validation failure', { fields: [{ path: 'body/addressConfirmation/email', message: 'must match format' }, { path: 'body/amount' }] }, [['addressConfirmation', 'email'], ['amount']]],
    ['no field', { partyIndex: 0 }, []],
    ['no details', undefined, []],
  ])('%s', (_, details, paths) => {
    const fields = refusedFields(refusal(details));
    expect(fields.map((f) => f.path)).toEqual(paths);
    expect(fields.every((f) => f.message === '有误')).toBe(true);
  });

  test('the filing form keeps the confirmation under `addresses` and the correction wraps the content in `filing`', () => {
    expect(formPathOfRequest(['addressConfirmation', 'email'])).toEqual(['addresses', 'email']);
    expect(formPathOfRequest(['filing', 'parties', 2, 'creditCode'])).toEqual(['parties', 2, 'creditCode']);
    expect(formPathOfRequest(['causeId'])).toEqual(['causeId']);
  });
});
