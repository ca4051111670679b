// Fuzz of every write route but the case events (issue 14): requests from the OpenAPI document's schemas with
// hostile values, wrong types and broken bodies, by actors who may call them. No 5xx, every refusal with a code and
// both messages, nothing saved by a refusal. FUZZ_SEED replays, FUZZ_RUNS sets the runs per route.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fuzzSummary, fuzzTest } from '../support/fuzz/fuzzRun';
import { FuzzWorld } from '../support/fuzz/fuzzWorld';
import { openApiOperations, routeTarget } from '../support/fuzz/routeTarget';
import { NOT_PLANNED, WRITE_ROUTE_PLANS } from '../support/fuzz/writeRoutePlans';
import { shiftableClock } from '../support/testClock';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
let world: FuzzWorld;
beforeAll(async () => {
  const clock = shiftableClock();
  server = await startTestServer({ clock });
  world = await new FuzzWorld(server, clock).init();
  await world.signIn(Object.values(WRITE_ROUTE_PLANS).flatMap((p) => p.actors));
});
afterAll(async () => {
  console.info(fuzzSummary('write routes', world));
  await server?.close();
});

const operations = openApiOperations();

test('every write route of the API has a fuzz plan', async () => {
  const served = (await (await fetch(`${server.baseUrl}/api/docs/json`)).json()) as { paths: Record<string, Record<string, unknown>> };
  const writes = Object.entries(served.paths).flatMap(([path, ops]) => Object.keys(ops).filter((m) => m !== 'get').map((m) => `${m.toUpperCase()} ${path}`));
  expect(writes.filter((k) => !WRITE_ROUTE_PLANS[k] && !NOT_PLANNED[k])).toEqual([]);
  expect(Object.keys(WRITE_ROUTE_PLANS).filter((k) => !writes.includes(k))).toEqual([]);
});

describe('fuzz: write routes', () => {
  for (const [key, plan] of Object.entries(WRITE_ROUTE_PLANS)) {
    const op = operations.find((o) => o.key === key);
    if (!op) continue;
    fuzzTest(
      key,
      () => world,
      async () => {
        await plan.prepare?.(world);
        return routeTarget(world, op, plan);
      },
      plan.weight,
    );
  }
});
