import { defineConfig } from 'vitest/config';

// Unit tests are pure; *.db.test.ts run against real PostgreSQL — the embedded server always, and the external one
// too when TEST_DATABASE_URL is set; e2e specs drive Debian's Chromium against a real server process.
// The long suites that test our code's answers rather than the server's behaviour (the authorization matrix, the fuzzers,
// the synthetic province, the numbering race) run once, on the embedded default. When an external server is given
// (CI), every other database test runs once, on it; the embedded project then keeps those long suites — every route
// and every case event against the embedded server —, its own start-up and failure tests and one whole civil case.
// Without an external server every database test runs on the embedded default.
const ONCE_ON_EMBEDDED = ['test/api/authorizationMatrix.db.test.ts', 'test/api/fuzz*.db.test.ts', 'test/api/syntheticProvince.db.test.ts', 'test/api/caseNumberConcurrency.db.test.ts'];
const ALSO_ON_EMBEDDED = ['test/api/embeddedServer.db.test.ts', 'test/api/fault*.db.test.ts', 'test/api/civilCaseLifecycle.db.test.ts'];
const external = Boolean(process.env.TEST_DATABASE_URL);

const dbProject = (name: string, target: 'embedded' | 'external') => ({
  test: {
    name,
    include: target === 'embedded' && external ? [...ONCE_ON_EMBEDDED, ...ALSO_ON_EMBEDDED] : ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
    exclude: target === 'external' ? ['node_modules/**', ...ONCE_ON_EMBEDDED] : ['node_modules/**'],
    globalSetup: ['test/support/databaseSetup.ts'],
    env: { COURTFLOW_TEST_DB: target },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/*.db.test.ts', 'node_modules/**'] } },
      dbProject('db-embedded', 'embedded'),
      ...(external ? [dbProject('db-external', 'external')] : []),
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          globalSetup: ['test/support/databaseSetup.ts'],
          env: { COURTFLOW_TEST_DB: external ? 'external' : 'embedded' },
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // A page shows what is expected once its bundle has run and its requests returned: on the 2-core CI VM
          // Chromium alone takes over a second to start the app (measured 1.3 s to the filing queue's first row).
          expect: { poll: { timeout: 5_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
