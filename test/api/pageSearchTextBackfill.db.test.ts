// Migration 0031 fills search_text of pages read before it with a one-time SQL copy of pageSearchText() (the CJK
// scripts as code-point ranges): the copy must give what the rule gives, or old pages would be missed by search.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { pageSearchText } from '../../src/domain/filePages/pageText';
import { serverForSpec } from '../support/serverForSpec';

const world = serverForSpec();
const migration = readFileSync(new URL('../../src/server/db/migrations/0031_page_search_text.sql', import.meta.url), 'utf8');
const expression = /"search_text" = ([\s\S]+?),\n\s+"bigrams"/u.exec(migration)![1]!;

test('the backfill expression equals pageSearchText on Chinese, Japanese, Korean, Latin, full-width and whitespace text', async () => {
  const alphabet = [...'原告被借款（）２０ＡＢ鲁民初号ひらカナ한국abcXYZ 1.,', ' ', '  ', '\n', '\t', '\u3000', '\r\n', '𠀋'];
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((cs) => cs.join('')), { minLength: 1, maxLength: 50 }), async (texts) => {
      const r = await world.server.database.pool.query(`select ${expression} as s from unnest($1::text[]) with ordinality as u("text", n) order by n`, [texts]);
      expect(r.rows.map((x: { s: string }) => x.s)).toEqual(texts.map(pageSearchText));
    }),
    { numRuns: 60, seed: 31 },
  );
});
