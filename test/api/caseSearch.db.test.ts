// Searching a court's cases by party name or case number: bigram indexes (GIN) that find exactly what a substring
// match would, with full-width and half-width brackets alike.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bigramPhraseQuery } from '../../src/server/search/bigrams';
import { generateProvince } from '../../src/server/synthetic/generate';
import { ApiClient } from '../support/apiClient';
import { demoUser } from '../support/fixtures';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';

const world = serverForSpec();

const defendant = (name: string) => ({
  parties: [
    { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, phone: '13800000001', isSelf: true },
    { standing: 'defendant', kind: 'person', name, address: '长春市朝阳区' },
  ],
});

describe('case search', () => {
  test('by party name, name fragment, case number in either bracket width; one character falls back to a substring match', async () => {
    const a = await fileLoanCase(world.server.baseUrl, defendant('欧阳振华'));
    const b = await fileLoanCase(world.server.baseUrl, defendant("O'Neil 公司"));
    await acceptCase(world.server.baseUrl, a.id);
    await acceptCase(world.server.baseUrl, b.id);
    const chief = await ApiClient.loggedIn(world.server.baseUrl, 'ng-chief');
    const find = async (q: string) => {
      const r = await chief.get(`/api/v1/cases?view=court&q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
      return (r.body.items as { id: number }[]).map((c) => c.id).sort();
    };
    expect(await find('欧阳振华')).toEqual([a.id]);
    expect(await find('振华')).toEqual([a.id]);
    expect(await find('华欧')).toEqual([]);
    expect(await find("o'neil")).toEqual([b.id]);
    const number = (await chief.get(`/api/v1/cases/${b.id}`)).body.caseNumber as string;
    expect(await find(number)).toEqual([b.id]);
    expect(await find(number.replace('（', '(').replace('）', ')'))).toEqual([b.id]);
    expect(await find('欧')).toEqual([a.id]);
  });

  test('a bigram match finds exactly the names a substring match finds (property)', async () => {
    await generateProvince(world.server.database, { cases: 300, seed: 3, years: 1, today: world.server.deps.clock.today() });
    const pool = world.server.database.pool;
    const names = (await pool.query<{ name: string }>('select distinct name from case_parties order by name')).rows.map((r) => r.name);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: names.length - 1 }), fc.nat(), fc.integer({ min: 2, max: 6 }), async (i, start, length) => {
        const name = [...names[i]!];
        const from = start % Math.max(1, name.length - 1);
        // The app trims what is typed, so the property is about trimmed terms.
        const term = name.slice(from, from + length).join('').trim();
        fc.pre([...term].length >= 2);
        const byIndex = await pool.query('select id from case_parties where name_bigrams @@ $1::tsquery order by id', [bigramPhraseQuery(term)]);
        const byLike = await pool.query(`select id from case_parties where lower(normalize(name, NFKC)) like '%' || lower(normalize($1, NFKC)) || '%' order by id`, [term]);
        expect(byIndex.rows).toEqual(byLike.rows);
        expect(byIndex.rows.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
