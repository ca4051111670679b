// The transparency log on real PostgreSQL: timeline events and case files are logged with the rows they record;
// receipts verify offline (and fail when any bit changes); proofs and checkpoints are public; consistency holds
// from checkpoint to checkpoint; the monitor reports a row and a file changed behind the application's back.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromBase64, utf8 } from '../../src/domain/transparency/bytes';
import { verifyConsistency } from '../../src/domain/transparency/merkle';
import { openNote, parseCheckpointText, parseVerifierKey } from '../../src/domain/transparency/note';
import { verifyReceipt } from '../../src/domain/transparency/receipt';
import { webEd25519Verify, webSha256 } from '../../src/domain/transparency/webCrypto';
import { monitorLog } from '../../src/server/modules/transparency/monitor';
import { integrateAll } from '../../src/server/modules/transparency/transparencyLog';
import { ApiClient } from '../support/apiClient';
import { TINY_PDF } from '../support/fixtures';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';

const world = serverForSpec();
const crypto = { sha256: webSha256, ed25519Verify: webEd25519Verify };

async function caseWithFile() {
  const party = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
  const file = await party.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint');
  const { id } = await fileLoanCase(world.server.baseUrl, { attachmentIds: [file.body.id] });
  return { id, party, attachmentId: file.body.id as number };
}

describe('transparency log', () => {
  test('receipts for a file and a timeline event verify offline with the published key; a changed bit fails', async () => {
    const { id, party, attachmentId } = await caseWithFile();
    const anonymous = new ApiClient(world.server.baseUrl);
    const keys = (await anonymous.get('/api/v1/transparency/keys')).body;
    expect(keys.current).toMatch(/^[^+\s]+\+[0-9a-f]{8}\+[A-Za-z0-9+/=]+$/);

    const fileReceipt = await party.get(`/api/v1/attachments/${attachmentId}/receipt`);
    expect(fileReceipt.status).toBe(200);
    expect(JSON.parse(fileReceipt.body.entry)).toMatchObject({ kind: 'caseFile', attachmentId, caseId: id });
    const good = await verifyReceipt(fileReceipt.body, { file: TINY_PDF, verifierKey: keys.current }, crypto);
    expect(good.checks.map((c) => [c.id, c.ok])).toEqual([['format', true], ['file', true], ['leaf', true], ['signature', true], ['inclusion', true]]);
    expect(good.ok).toBe(true);

    const tampered = TINY_PDF.slice();
    tampered[10]! ^= 1;
    expect((await verifyReceipt(fileReceipt.body, { file: tampered, verifierKey: keys.current }, crypto)).checks.find((c) => c.id === 'file')!.ok).toBe(false);
    const r = fileReceipt.body;
    const flip = (s: string, i: number) => s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) ^ 1) + s.slice(i + 1);
    for (const changed of [
      { ...r, entry: flip(r.entry, 20) },
      { ...r, checkpoint: flip(r.checkpoint, 2) },
      { ...r, leafIndex: r.leafIndex + 1 },
      ...(r.inclusionProof.length ? [{ ...r, inclusionProof: [flip(r.inclusionProof[0], 3), ...r.inclusionProof.slice(1)] }] : []),
    ]) {
      expect((await verifyReceipt(changed, { verifierKey: keys.current }, crypto)).ok).toBe(false);
    }
    // Another key does not vouch for this log.
    const otherKey = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
    expect((await verifyReceipt(r, { verifierKey: otherKey }, crypto)).checks.find((c) => c.id === 'signature')!.ok).toBe(false);

    // The command line verifies the same receipt with no server: the file as filed, then a forged copy.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'receipt-'));
    writeFileSync(path.join(dir, 'receipt.json'), JSON.stringify(r));
    writeFileSync(path.join(dir, 'complaint.pdf'), TINY_PDF);
    writeFileSync(path.join(dir, 'forged.pdf'), tampered);
    const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'verify', ...args], { encoding: 'utf8' });
    const ok = cli(path.join(dir, 'complaint.pdf'), path.join(dir, 'receipt.json'), '--key', keys.current);
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringContaining('VERIFIED')]);
    const forged = cli(path.join(dir, 'forged.pdf'), path.join(dir, 'receipt.json'), '--key', keys.current);
    expect(forged.status).toBe(1);
    expect(forged.stdout).toMatch(/FAIL file/);
    rmSync(dir, { recursive: true, force: true });

    const eventReceipt = await party.get(`/api/v1/cases/${id}/timeline/1/receipt`);
    expect(JSON.parse(eventReceipt.body.entry)).toMatchObject({ kind: 'caseEvent', caseId: id, seq: 1, event: 'submit' });
    expect((await verifyReceipt(eventReceipt.body, { verifierKey: keys.current }, crypto)).ok).toBe(true);

    // Only those who may see the case get its receipts.
    const stranger = await ApiClient.loggedIn(world.server.baseUrl, 'lawyer-wang');
    expect((await stranger.get(`/api/v1/attachments/${attachmentId}/receipt`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/cases/${id}/timeline/1/receipt`)).status).toBe(404);
    expect((await anonymous.get(`/api/v1/attachments/${attachmentId}/receipt`)).status).toBe(401);
  });

  test('public checkpoints and proofs: each new checkpoint is consistent with the last', async () => {
    const anonymous = new ApiClient(world.server.baseUrl);
    await caseWithFile();
    await integrateAll(world.server.deps.db, world.server.deps.transparency);
    const first = (await anonymous.get('/api/v1/transparency/checkpoint')).body;
    const key = await parseVerifierKey(webSha256, (await anonymous.get('/api/v1/transparency/keys')).body.current);
    const cp1 = parseCheckpointText((await openNote(first, key, webEd25519Verify))!);
    expect(cp1.origin).toBe(world.server.deps.transparency.origin);

    const { id } = await caseWithFile();
    await acceptCase(world.server.baseUrl, id);
    await integrateAll(world.server.deps.db, world.server.deps.transparency);
    const cp2 = parseCheckpointText((await openNote((await anonymous.get('/api/v1/transparency/checkpoint')).body, key, webEd25519Verify))!);
    expect(cp2.size).toBeGreaterThan(cp1.size);
    const proof = (await anonymous.get(`/api/v1/transparency/proofs/consistency?first=${cp1.size}&second=${cp2.size}`)).body.hashes.map(fromBase64);
    expect(await verifyConsistency(webSha256, cp1.size, cp2.size, proof, cp1.rootHash, cp2.rootHash)).toBe(true);
    expect((await anonymous.get(`/api/v1/transparency/checkpoints/${cp1.size}`)).body).toBe(first);

    const bad = await anonymous.get(`/api/v1/transparency/proofs/inclusion?leafIndex=${cp2.size}&treeSize=${cp2.size}`);
    expect([bad.status, bad.body.code]).toEqual([422, 'TLOG_RANGE_INVALID']);
    expect(bad.body.messages.en).toContain('published checkpoint');
  });

  test('the monitor reports a timeline row and a stored file changed behind the application\'s back', async () => {
    const { id, attachmentId } = await caseWithFile();
    await integrateAll(world.server.deps.db, world.server.deps.transparency);
    const { db } = world.server.deps;
    const clean = await monitorLog(db, world.server.deps.blobs, { previous: null });
    expect(clean.mismatches).toEqual([]);
    expect(clean.entriesChecked).toBe(clean.checkpoint!.size);
    expect(clean.filesHashed).toBeGreaterThan(0);

    const pool = world.server.database.pool;
    await pool.query(`update case_events set payload = payload || '{"amountFen":"1"}'::jsonb where case_id = $1 and seq = 1`, [id]);
    const sha = (await pool.query('select sha256 from attachments where id = $1', [attachmentId])).rows[0].sha256 as string;
    writeFileSync(path.join(world.server.dataDir, 'blobs', sha.slice(0, 2), sha.slice(2, 4), sha), utf8('%PDF-1.4 forged'));

    const report = await monitorLog(db, world.server.deps.blobs, { previous: clean.checkpoint });
    expect(report.consistentWithPrevious).toBe(true);
    const event = (await pool.query('select id from case_events where case_id = $1 and seq = 1', [id])).rows[0].id;
    expect(report.mismatches).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'caseEvent', refId: Number(event), problem: 'the event row was changed after it was logged' }),
        expect.objectContaining({ kind: 'caseFile', refId: attachmentId, problem: expect.stringContaining("the stored file's SHA-256") }),
      ]),
    );
    // Every file sharing those bytes is reported; nothing else is.
    expect(report.mismatches.every((m) => m.kind === 'caseFile' || m.refId === Number(event))).toBe(true);
  });
});
