// Lists count their matches up to a cap: beyond it the total is a lower bound, flagged as such.
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { cappedCount, COUNT_CAP, pageOf } from '../../src/server/http/pagination';
import { serverForSpec } from '../support/serverForSpec';

const world = serverForSpec();

describe('pagination', () => {
  test.each([
    [COUNT_CAP - 1, COUNT_CAP - 1, undefined],
    [COUNT_CAP, COUNT_CAP, undefined],
    [COUNT_CAP + 1, COUNT_CAP, true],
    [COUNT_CAP * 3, COUNT_CAP, true],
  ])('%i matching rows: total %i, lower bound %s', async (rows, total, atLeast) => {
    const from = sql`from generate_series(1, ${rows}::int) g`;
    const page = await pageOf<{ g: number }, number>(world.server.deps.db, { page: 2, pageSize: 3 }, sql`select g ${from} order by g`, cappedCount(from), (r) => Number(r.g));
    expect(page).toEqual({ items: [4, 5, 6], page: 2, pageSize: 3, total, ...(atLeast ? { totalAtLeast: true } : {}) });
  });
});
