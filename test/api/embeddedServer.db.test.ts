// `courtflow serve` on its own embedded PostgreSQL: first start initialises, migrates and seeds the demo province;
// SIGTERM stops the HTTP server and the embedded PostgreSQL; a restart finds the data again.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { spawnServer } from '../support/serverProcess';

// Runs once: it starts its own embedded PostgreSQL whichever server the other database tests use.
describe.skipIf(process.env.COURTFLOW_TEST_DB === 'external')('the embedded default', () => {
  test('starts with demo data, shuts down cleanly with its PostgreSQL, and keeps the data', async () => {
    const first = await spawnServer('', { SEED_DEMO: 'true' });
    const pgDir = path.join(first.dataDir, 'pg');
    try {
      expect(first.output()).toContain('Demo logins');
      expect(first.output()).toContain('zhangsan');
      const health = await fetch(`${first.baseUrl}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'ok', blobStore: 'ok' });
      const party = await ApiClient.loggedIn(first.baseUrl, 'zhangsan');
      expect(party.user.displayName).toBe('张三');
      expect(existsSync(path.join(pgDir, 'postmaster.pid'))).toBe(true);

      // Stop without removing the data directory: SIGTERM, then check PostgreSQL went down with the app.
      const exited = new Promise<number | null>((r) => first.child.once('exit', (code) => r(code)));
      first.child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(existsSync(path.join(pgDir, 'postmaster.pid'))).toBe(false);
    } finally {
      if (first.child.exitCode === null) await first.stop();
    }

    const again = await spawnServer('', { SEED_DEMO: 'true', DATA_DIR: first.dataDir });
    try {
      expect(again.output()).not.toContain('initialising embedded PostgreSQL');
      const party = await ApiClient.loggedIn(again.baseUrl, 'zhangsan');
      expect(party.user.displayName).toBe('张三');
    } finally {
      expect(await again.stop()).toBe(0);
    }
  });
});
