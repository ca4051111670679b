// Witnesses on real PostgreSQL: a `courtflow witness` process (another institution's) cosigns the court's
// checkpoints through the sequencer job; receipts carry the cosignature and `courtflow verify` accepts them with the
// court's and the witness's keys, but never without a trusted key (exit 3, no VERIFIED); and an insider who rewrites
// the log and re-signs it with the log's own key gets no cosignature — the witness refuses it, and a monitor given
// the witness's key reports the rewrite that a fresh monitor without it accepts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCosignatures, parseCosignerKey } from '../../src/domain/transparency/cosignature';
import { ED25519 } from '../../src/domain/transparency/note';
import { webEd25519Verify, webSha256 } from '../../src/domain/transparency/webCrypto';
import { startJobs } from '../../src/server/jobs/scheduler';
import { generatePrivateText, generateSigner, signerFromPrivateText } from '../../src/server/modules/transparency/logKey';
import { monitorLog } from '../../src/server/modules/transparency/monitor';
import { integrateAll } from '../../src/server/modules/transparency/transparencyLog';
import { requestCosignature } from '../../src/server/modules/transparency/witnessing';
import { ApiClient } from '../support/apiClient';
import { TINY_PDF } from '../support/fixtures';
import { fileLoanCase } from '../support/scenarios';
import { startTestServer, type TestServer } from '../support/testServer';
import { rewriteEvent } from '../support/tlogInsider';

const ORIGIN = 'court.test/courtflow-log';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'witness-db-'));
const world = {} as { server: TestServer; witness: ChildProcess; witnessUrl: string; witnessKey: string; logKey: string; output: string };

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
}

beforeAll(async () => {
  const signingKey = await generatePrivateText(ORIGIN, ED25519);
  world.logKey = (await signerFromPrivateText(signingKey)).verifier.text;
  // The bar association's witness: its own key and state, trusting only the court's published key.
  world.witness = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'witness', '--log-key', world.logKey, '--name', 'bar.test/witness', '--state-dir', path.join(tmp, 'witness'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  world.output = '';
  const started = await new Promise<{ url: string; verifierKey: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`witness did not start:\n${world.output}`)), 60_000);
    const read = (c: Buffer) => {
      world.output += c.toString();
      const line = world.output.split('\n').find((l) => l.includes('"CourtFlow witness is serving"'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line) as { url: string; verifierKey: string });
      }
    };
    world.witness.stdout!.on('data', read);
    world.witness.stderr!.on('data', read);
    world.witness.on('exit', (code) => reject(new Error(`witness exited with ${code}:\n${world.output}`)));
  });
  world.witnessUrl = started.url;
  world.witnessKey = started.verifierKey;
  expect(world.witnessUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  world.server = await startTestServer({ config: { tlogSigningKey: signingKey, tlogOrigin: ORIGIN, tlogWitnesses: [{ name: 'bar.test/witness', verifierKey: world.witnessKey, url: world.witnessUrl }] } });
});

afterAll(async () => {
  await world.server?.close();
  if (world.witness && world.witness.exitCode === null) {
    const exited = new Promise((r) => world.witness.once('exit', r));
    world.witness.kill('SIGTERM');
    await exited;
  }
  rmSync(tmp, { recursive: true, force: true });
});

async function caseWithFile() {
  const party = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
  const file = await party.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint');
  const { id } = await fileLoanCase(world.server.baseUrl, { attachmentIds: [file.body.id] });
  return { id, party, attachmentId: file.body.id as number };
}

describe('witness cosignatures', () => {
  // Each `courtflow verify` process starts tsx: seconds apiece on a loaded 2-core machine.
  test('the sequencer job gets cosignatures; receipts carry them; verify needs a trusted key', { timeout: 180_000 }, async () => {
    const { party, attachmentId } = await caseWithFile();
    const anonymous = new ApiClient(world.server.baseUrl);
    const stopJobs = startJobs(world.server.deps, 1);
    try {
      await expect.poll(async () => {
        const keys = (await anonymous.get('/api/v1/transparency/keys')).body;
        return keys.witnesses[0].cosignedSize === keys.treeSize && keys.treeSize > 0;
      }, { timeout: 20_000, interval: 250 }).toBe(true);
    } finally {
      await stopJobs();
    }
    const keys = (await anonymous.get('/api/v1/transparency/keys')).body;
    expect(keys.current).toBe(world.logKey);
    expect(keys.witnesses).toEqual([{ name: 'bar.test/witness', verifierKey: world.witnessKey, cosignedSize: keys.treeSize }]);
    const witnessKey = await parseCosignerKey(webSha256, world.witnessKey);
    const checkpoint = (await anonymous.get('/api/v1/transparency/checkpoint')).body as string;
    expect((await checkCosignatures(checkpoint, [witnessKey], webEd25519Verify))[0]!.status).toBe('cosigned');

    const receipt = (await party.get(`/api/v1/attachments/${attachmentId}/receipt`)).body;
    expect(receipt.treeSize).toBe(keys.treeSize);
    expect(receipt.checkpoint).toContain('\u2014 bar.test/witness ');
    const dir = mkdtempSync(path.join(tmp, 'receipt-'));
    const files = { receipt: path.join(dir, 'receipt.json'), pdf: path.join(dir, 'complaint.pdf'), forged: path.join(dir, 'forged.json') };
    writeFileSync(files.receipt, JSON.stringify(receipt));
    writeFileSync(files.pdf, TINY_PDF);

    const full = cli('verify', files.pdf, files.receipt, '--key', world.logKey, '--witness-key', world.witnessKey);
    expect([full.status, full.stdout]).toEqual([0, expect.stringMatching(/^VERIFIED$/m)]);
    expect(full.stdout).toMatch(/witness +bar\.test\/witness\+[0-9a-f]{8}: cosigned at /);
    // No trusted key: everything computed holds, but it is not VERIFIED and the exit code says so.
    const keyless = cli('verify', files.pdf, files.receipt);
    expect(keyless.status).toBe(3);
    expect(keyless.stdout).not.toMatch(/VERIFIED/);
    expect(keyless.stdout).toMatch(/^\?\? +signature .*the key the receipt names itself/m);
    expect(keyless.stdout).toMatch(/^not established: who signed the checkpoint/m);

    // An attacker's receipt signed with their own key (the defect of issue 14): not verified without a key either.
    const attacker = await generateSigner(ORIGIN);
    const text = receipt.checkpoint.slice(0, receipt.checkpoint.indexOf('\n\n') + 1);
    writeFileSync(files.forged, JSON.stringify({ ...receipt, checkpoint: `${text}\n${attacker.signLine(text)}`, verifierKey: attacker.verifier.text }));
    const forgedKeyless = cli('verify', files.pdf, files.forged);
    expect([forgedKeyless.status, /VERIFIED/.test(forgedKeyless.stdout)]).toEqual([3, false]);
  });

  test('a rewritten log re-signed with the log key is refused by the witness, and a monitor with its key reports it', async () => {
    const { id } = await caseWithFile();
    const { db } = world.server.deps;
    await integrateAll(db, world.server.deps.transparency);
    const [witness] = world.server.deps.transparency.witnesses;
    expect(await requestCosignature(db, witness!)).toMatchObject({ status: 'cosigned' });
    const cosigned = Number((await db.execute<{ n: string }>(sql`select max(tree_size) as n from tlog_cosignatures`)).rows[0]!.n);
    const policy = { witnessKeys: [world.witnessKey], urls: new Map([[world.witnessKey, world.witnessUrl]]) };
    expect((await monitorLog(db, world.server.deps.blobs, { previous: null, witnesses: policy })).mismatches).toEqual([]);

    // The insider edits the complaint's timeline entry, rebuilds the tree, re-signs it with the key in DATA_DIR and
    // removes the cosignatures that no longer match; a fresh monitor without witness keys sees nothing wrong.
    await rewriteEvent(db, world.server.deps.transparency, id, 1, { amountFen: '1' });
    const fresh = await monitorLog(db, world.server.deps.blobs, { previous: null });
    expect(fresh.mismatches).toEqual([]);

    const refused = await requestCosignature(db, witness!);
    expect(refused).toMatchObject({ status: 'refused', detail: expect.stringMatching(/^HTTP 422: /) });
    expect(Number((await db.execute<{ n: string | null }>(sql`select max(tree_size) as n from tlog_cosignatures`)).rows[0]!.n ?? 0)).toBeLessThanOrEqual(cosigned);
    expect(world.output).toMatch(/"msg":"refused".*"status":422/);

    const watched = await monitorLog(db, world.server.deps.blobs, { previous: null, witnesses: policy });
    expect(watched.mismatches.map((m) => m.problem)).toEqual(expect.arrayContaining([expect.stringMatching(/witness bar\.test\/witness: the witness cosigned another tree at size \d+ .*the log was rewritten/)]));
    expect(watched.witnesses![0]).toMatchObject({ name: 'bar.test/witness', ok: false, publishedSize: cosigned });
    expect(existsSync(path.join(tmp, 'witness', 'evidence'))).toBe(true);
  });
});
