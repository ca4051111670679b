// An upgraded court: events and files recorded before the transparency log existed are added by the backfill
// (`courtflow log-backfill`), get receipts like any other, while rows inserted behind the application's back
// after the upgrade are still reported by the monitor.
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { verifyReceipt } from '../../src/domain/transparency/receipt';
import { webEd25519Verify, webSha256 } from '../../src/domain/transparency/webCrypto';
import { monitorLog } from '../../src/server/modules/transparency/monitor';
import { integrateAll } from '../../src/server/modules/transparency/transparencyLog';
import { ApiClient } from '../support/apiClient';
import { TINY_PDF } from '../support/fixtures';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { startTestServer } from '../support/testServer';

const world = serverForSpec();

describe('transparency log backfill', () => {
  test('pre-log rows wait for the backfill, then verify; a row forged after the upgrade is reported', async () => {
    const party = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
    const file = await party.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint');
    const { id } = await fileLoanCase(world.server.baseUrl, { attachmentIds: [file.body.id] });
    await acceptCase(world.server.baseUrl, id);
    const { db, transparency, blobs, config } = world.server.deps;
    const pool = world.server.database.pool;

    // The state migration 0007 leaves on a database whose rows predate the log: an empty log, every row marked.
    await pool.query('truncate tlog_entries, tlog_tiles, tlog_cosignatures, tlog_checkpoints, tlog_state');
    await pool.query(`update tlog_backfill set next = 0, below = (select coalesce(max(id), 0) + 1 from case_events) where kind = 'caseEvent'`);
    await pool.query(`update tlog_backfill set next = 0, below = (select coalesce(max(id), 0) + 1 from attachments) where kind = 'caseFile'`);
    const count = async (q: string) => Number((await pool.query(q)).rows[0].n);
    const events = await count('select count(*) as n from case_events');
    const files = await count('select count(*) as n from attachments where case_id is not null');
    expect(events).toBeGreaterThan(1);
    expect(files).toBeGreaterThan(0);

    await integrateAll(db, transparency);
    const before = await monitorLog(db, blobs, { previous: null });
    expect(before.checkpoint!.size).toBe(0);
    expect(before.awaitingBackfill).toBe(events + files);
    expect(before.mismatches).toEqual([]);

    // After the upgrade, an event written straight into the table is tampering, not history.
    const forged = Number(
      (
        await pool.query(
          `insert into case_events (case_id, seq, event, actor_id, actor_role, node_before, node_after, payload, at)
           select case_id, 999, event, actor_id, actor_role, node_before, node_after, payload, at from case_events where case_id = $1 and seq = 1 returning id`,
          [id],
        )
      ).rows[0].id,
    );

    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'log-backfill'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: config.databaseUrl, DATA_DIR: world.server.dataDir, LOG_LEVEL: 'warn' },
    });
    expect(cli.stderr).toContain(`queued ${events + files} rows`);
    expect([cli.status, cli.stdout.trim()]).toEqual([0, `${events + files} rows from before the log were added to it`]);

    const after = await monitorLog(db, blobs, { previous: before.checkpoint });
    expect(after.consistentWithPrevious).toBe(true);
    expect(after.awaitingBackfill).toBe(0);
    expect(after.entriesChecked).toBe(events + files);
    expect(after.filesHashed).toBe(files);
    expect(after.mismatches).toEqual([{ kind: 'caseEvent', refId: forged, leafIndex: null, problem: 'not in the log' }]);

    // A file filed before the log has a receipt that verifies against it offline, like any other.
    const receipt = await party.get(`/api/v1/attachments/${file.body.id}/receipt`);
    expect(receipt.status).toBe(200);
    const v = await verifyReceipt(receipt.body, { file: TINY_PDF, verifierKey: transparency.signer.verifier.text }, { sha256: webSha256, ed25519Verify: webEd25519Verify });
    expect(v.checks.filter((c) => !c.ok)).toEqual([]);
    expect(v.ok).toBe(true);

    // A second run finds nothing left to do.
    const again = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'log-backfill'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: config.databaseUrl, DATA_DIR: world.server.dataDir, LOG_LEVEL: 'warn' },
    });
    expect([again.status, again.stdout.trim()]).toEqual([0, '0 rows from before the log were added to it']);
  });

  test('a running server backfills by itself, a batch per tick, and signs the result', async () => {
    const pool = world.server.database.pool;
    await pool.query('truncate tlog_entries, tlog_tiles, tlog_cosignatures, tlog_checkpoints, tlog_state');
    await pool.query(`update tlog_backfill set next = 0, below = (select coalesce(max(id), 0) + 1 from case_events) where kind = 'caseEvent'`);
    await pool.query(`update tlog_backfill set next = 0, below = (select coalesce(max(id), 0) + 1 from attachments) where kind = 'caseFile'`);
    const rows = Number((await pool.query('select (select count(*) from case_events) + (select count(*) from attachments where case_id is not null) as n')).rows[0].n);
    const withJobs = await startTestServer({ database: { url: world.server.deps.config.databaseUrl!, drop: async () => {} }, config: { jobsIntervalSeconds: 3600 } });
    try {
      let size = 0;
      for (let i = 0; i < 100 && size < rows; i++) {
        await new Promise((r) => setTimeout(r, 100));
        size = Number((await pool.query('select coalesce(max(tree_size), 0) as n from tlog_checkpoints')).rows[0].n);
      }
      expect(size).toBe(rows);
      const report = await monitorLog(world.server.deps.db, world.server.deps.blobs, { previous: null });
      expect([report.awaitingBackfill, report.entriesChecked, report.mismatches]).toEqual([0, rows, []]);
    } finally {
      await withJobs.close();
    }
  });
});
