// Issue 20: the OCR of an upload survives the death of the process reading it. A server process reads a four-page scan
// page by page; it is killed (SIGKILL) after the first page is read; another process on the same database and data
// directory takes the job up once its heartbeat is stale and reads the rest — every page read once, none lost.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { imagePdf, ocrMissing, scannedPng } from '../support/scannedPages';
import { spawnServer, type ServerProcess } from '../support/serverProcess';
import { createTestDatabase, type TestDatabase } from '../support/testServer';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe.skipIf(ocrMissing() !== null)('OCR after a crash of the worker process', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  const processes: ServerProcess[] = [];
  // Both processes keep uploads in the same data directory, as two processes of one installation do.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-ocr-crash-'));
  const env = { DATA_DIR: dataDir, JOBS_INTERVAL_SECONDS: '1', READ_GENERATED_DOCUMENTS: 'off' };
  beforeAll(async () => {
    db = await createTestDatabase();
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
  });
  afterAll(async () => {
    // stop() of the last process removes the shared data directory.
    for (const p of processes) await p.stop();
    await pool?.end();
    await db?.drop();
  });

  const pagesOf = async (id: number) =>
    (await pool.query<{ page_no: number; status: string; attempts: number; text: string | null }>('select page_no, status, attempts, text from attachment_pages where attachment_id = $1 order by page_no', [id])).rows;

  test('the job is taken up by another process from the next page; each page is read once', async () => {
    const first = await spawnServer(db.url, env);
    processes.push(first);
    const party = await ApiClient.loggedIn(first.baseUrl, 'zhangsan');
    const texts = ['被执行人应当履行生效判决', '原告请求判令被告偿还借款', '本院认为借贷关系合法有效', '如不服本判决可以提起上诉'];
    const scan = await imagePdf(await Promise.all(texts.map((t) => scannedPng(t, { fontSize: 18 }))));
    const up = await party.upload('扫描件.pdf', scan, 'application/pdf');
    expect(up.status).toBe(201);
    const id = Number(up.body.id);

    for (let i = 0; i < 600 && !(await pagesOf(id)).some((p) => p.status === 'done'); i++) await sleep(100);
    first.child.kill('SIGKILL');
    await new Promise((r) => (first.child.exitCode === null && first.child.signalCode === null ? first.child.once('exit', r) : r(null)));
    const atCrash = await pagesOf(id);
    expect(atCrash.filter((p) => p.status === 'done').length).toBeGreaterThanOrEqual(1);
    expect(atCrash.filter((p) => p.status === 'done').length).toBeLessThan(4);
    const job = (await pool.query<{ id: string; status: string }>('select j.id, j.status from attachment_page_sets s join background_jobs j on j.id = s.job_id where s.attachment_id = $1', [id])).rows[0]!;
    expect(job.status).toBe('running');

    // The dead process beats no more; its heartbeat is made old at once instead of waiting for it to age.
    await pool.query(`update background_jobs set heartbeat_at = now() - interval '1 hour' where id = $1`, [job.id]);
    const second = await spawnServer(db.url, env);
    processes.push(second);
    const statusOf = async () => (await pool.query<{ status: string }>('select status from background_jobs where id = $1', [job.id])).rows[0]!.status;
    for (let i = 0; i < 1200 && !['succeeded', 'failed'].includes(await statusOf()); i++) await sleep(100);
    const finished = (await pool.query<{ status: string; attempts: number }>('select status, attempts from background_jobs where id = $1', [job.id])).rows[0]!;
    expect(finished).toEqual({ status: 'succeeded', attempts: 2 });
    const pages = await pagesOf(id);
    expect(pages.map((p) => [p.page_no, p.status, p.attempts])).toEqual([1, 2, 3, 4].map((n) => [n, 'done', 1]));
    // Each page's own text, in its place (OCR may misread a character: four in a row of the page's sentence suffice).
    const holds = (read: string, sentence: string) => [...sentence].some((_, i) => i + 4 <= sentence.length && read.includes(sentence.slice(i, i + 4)));
    expect(pages.map((p, i) => holds((p.text ?? '').replace(/\s+/gu, ''), texts[i]!))).toEqual([true, true, true, true]);
    const set = (await pool.query('select status, page_count from attachment_page_sets where attachment_id = $1', [id])).rows[0];
    expect(set).toEqual({ status: 'done', page_count: 4 });
    // The upload itself is whole: the second process serves it from the shared data directory.
    expect((await (await ApiClient.loggedIn(second.baseUrl, 'zhangsan')).bytes(`/api/v1/attachments/${id}/content`)).bytes.length).toBe(scan.length);
  });
});
