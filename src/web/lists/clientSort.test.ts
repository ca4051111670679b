import { expect, test } from 'vitest';
import { byField } from './clientSort';

test('court codes sort by their numbers, names in Chinese order, empty values last', () => {
  const rows = [{ code: '吉0112' }, { code: '吉01' }, { code: null }, { code: '吉0102' }];
  expect([...rows].sort(byField('code')).map((r) => r.code)).toEqual(['吉01', '吉0102', '吉0112', null]);
});
