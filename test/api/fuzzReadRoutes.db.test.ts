// Fuzz of the list, search and detail routes (issue 14): query strings from the OpenAPI document's schemas with
// hostile values, repeats and undecodable bytes (page, pageSize, sort, filters), and hostile path segments. No 5xx,
// every refusal with a code and both messages, nothing written. FUZZ_SEED replays, FUZZ_RUNS sets the runs.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { must } from '../support/fuzz/fuzzRequest';
import { fuzzSummary, fuzzTest } from '../support/fuzz/fuzzRun';
import { FuzzWorld } from '../support/fuzz/fuzzWorld';
import { READ_ROUTE_PLANS } from '../support/fuzz/readRoutePlans';
import { openApiOperations, routeTarget } from '../support/fuzz/routeTarget';
import { shiftableClock } from '../support/testClock';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
let world: FuzzWorld;
beforeAll(async () => {
  const clock = shiftableClock();
  server = await startTestServer({ clock });
  world = await new FuzzWorld(server, clock).init();
  await world.signIn(Object.values(READ_ROUTE_PLANS).flatMap((p) => p.actors));
  // Something to list: cases at a few nodes, with a number, a judge and a hearing; a posted statement (a job, its
  // receipts and their fee entries).
  for (const node of ['submitted', 'accepted', 'closed']) await world.cases.at(node);
  const finance = await world.as('ng-finance');
  const csv = new TextEncoder().encode(`bank_ref,date,amount,payer_name,payer_account,memo\r\nR1,${world.today},100.00,张三,,诉讼费\r\n`);
  const statement = must(await finance.uploadTo('/api/v1/finance/statements', '流水.csv', csv, 'text/csv'), 'statement');
  must(await finance.post(`/api/v1/finance/statements/${statement.id}/post`), 'posting');
  await world.settled();
});
afterAll(async () => {
  console.info(fuzzSummary('read routes', world));
  await server?.close();
});

const operations = openApiOperations();

test('every read route that takes parameters has a fuzz plan', async () => {
  const served = (await (await fetch(`${server.baseUrl}/api/docs/json`)).json()) as { paths: Record<string, Record<string, { parameters?: unknown[] }>> };
  const reads = Object.entries(served.paths).flatMap(([path, ops]) => (ops.get?.parameters?.length ? [`GET ${path}`] : []));
  expect(reads.filter((k) => !READ_ROUTE_PLANS[k])).toEqual([]);
  expect(Object.keys(READ_ROUTE_PLANS).filter((k) => !reads.includes(k))).toEqual([]);
});

describe('fuzz: read routes', () => {
  for (const [key, plan] of Object.entries(READ_ROUTE_PLANS)) {
    const op = operations.find((o) => o.key === key);
    if (op) fuzzTest(key, () => world, () => routeTarget(world, op, plan), plan.weight);
  }
});
