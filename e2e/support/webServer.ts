// Each browser spec's world: the built web app served by a real server on a fresh database, and one Chromium,
// started before the file's tests and stopped after them.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { buildWeb } from '../../scripts/build.mjs';
import type { Clock } from '../../src/server/deps';
import { startTestServer, type TestServer } from '../../test/support/testServer';
import { launchBrowser } from './browser';

export interface WebWorld {
  server: TestServer;
  browser: Browser;
}

export function webServerForSpec(opts: { clock?: Clock } = {}): WebWorld {
  const world = {} as WebWorld;
  beforeAll(async () => {
    await buildWeb();
    world.server = await startTestServer({ ...(opts.clock ? { clock: opts.clock } : {}), config: { webDir: path.resolve('dist/web') } });
    world.browser = await launchBrowser();
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.server?.close();
  });
  return world;
}
