// docs/case-types.md names every declared case type in its table, and names none that is not declared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { CASE_TYPES } from './registry';

const doc = readFileSync(path.join(__dirname, '../../../docs/case-types.md'), 'utf8');
// The first table, whose header starts with 类型代字: its rows up to the first line that is not a row.
const table = doc.slice(doc.indexOf('| 类型代字 |')).split('\n');
const rows = table.slice(2, table.findIndex((l, i) => i > 1 && !l.startsWith('|')));
const tableCodes = rows.map((l) => l.split('|')[1]!.trim());

test('the table of docs/case-types.md lists exactly the declared case types', () => {
  expect([...tableCodes].sort()).toEqual(Object.keys(CASE_TYPES).sort());
});
