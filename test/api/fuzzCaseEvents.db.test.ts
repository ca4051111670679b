// Fuzz of every declared case event (issue 14): hostile input from each event's schema, fired on a case at one of
// the event's nodes by an actor in one of its roles. No 5xx, every refusal with a code and both messages, nothing
// saved by a refusal. FUZZ_SEED replays, FUZZ_RUNS sets the runs per event; see docs/security.md.
import { afterAll, beforeAll, describe } from 'vitest';
import { eventPlans, eventTarget } from '../support/fuzz/eventPlans';
import { fuzzSummary, fuzzTest } from '../support/fuzz/fuzzRun';
import { FuzzWorld } from '../support/fuzz/fuzzWorld';
import { shiftableClock } from '../support/testClock';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
let world: FuzzWorld;
beforeAll(async () => {
  const clock = shiftableClock();
  server = await startTestServer({ clock });
  world = await new FuzzWorld(server, clock).init();
  await world.signIn(eventPlans().flatMap((p) => p.actors));
});
afterAll(async () => {
  console.info(fuzzSummary('case events', world));
  await server?.close();
});

describe('fuzz: case events', () => {
  for (const plan of eventPlans()) fuzzTest(plan.name, () => world, () => eventTarget(world, plan), plan.weight);
});
