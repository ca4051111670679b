// One real server on a fresh database per test file, started before its tests and stopped after them.
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../src/server/config';
import type { Clock } from '../../src/server/deps';
import { startTestServer, type TestServer } from './testServer';

export function serverForSpec(opts: { clock?: Clock; config?: () => Partial<Config> } = {}): { server: TestServer } {
  const world = {} as { server: TestServer };
  beforeAll(async () => {
    world.server = await startTestServer({ ...(opts.clock ? { clock: opts.clock } : {}), ...(opts.config ? { config: opts.config() } : {}) });
  });
  afterAll(async () => {
    await world.server?.close();
  });
  return world;
}
