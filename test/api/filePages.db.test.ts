// An uploaded file is split into pages by a background job: a PDF's text layer is kept, a scan is OCR'd (chi_sim),
// each page searchable by bigrams; a damaged PDF fails with a clear message and the upload is unaffected.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { retryFailedPages } from '../../src/server/modules/filePages/pageStore';
import { parseSearchTerms, termsBigramQuery } from '../../src/server/search/searchTerms';
import { ApiClient } from '../support/apiClient';
import { jobFinished } from '../support/jobs';
import { ocrMissing, scannedPng, textPdf } from '../support/scannedPages';
import { startTestServer, type TestServer } from '../support/testServer';

const missing = ocrMissing();
if (missing) console.warn(`filePages.db.test: page-reading tests skipped: ${missing}`);

let server: TestServer;
let party: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
});
afterAll(async () => {
  await server?.close();
});

const query = async (text: string, params: unknown[] = []) => (await server.database.pool.query(text, params)).rows;

/** Uploads a file and follows its page-reading job to the end; the file's page set and pages after it. */
async function uploadAndRead(client: ApiClient, name: string, content: Uint8Array, type: string) {
  const r = await client.upload(name, content, type);
  expect(r.status).toBe(201);
  const [set] = await query('select job_id from attachment_page_sets where attachment_id = $1', [r.body.id]);
  const job = await jobFinished(client, Number(set.job_id), 120_000);
  const [after] = await query('select status, page_count, error_code, error_messages from attachment_page_sets where attachment_id = $1', [r.body.id]);
  const pages = await query('select page_no, status, source, text, words, dpi, confidence, error_code, error_messages from attachment_pages where attachment_id = $1 order by page_no', [r.body.id]);
  return { id: Number(r.body.id), job, set: after, pages };
}

describe.skipIf(missing !== null)('reading the pages of an upload', () => {
  test('a two-page PDF keeps its text layer, page by page, searchable by bigrams', async () => {
    const pdf = await textPdf(['民事起诉状\n原告张三，被告李四有限公司。', '诉讼请求：判令被告偿还借款本金五万元。']);
    const { id, job, set, pages } = await uploadAndRead(party, '起诉状.pdf', pdf, 'application/pdf');
    expect(job).toMatchObject({ kind: 'readFilePages', status: 'succeeded', progress: { done: 2, total: 2 }, result: { pages: 2, failed: 0 } });
    expect(set).toMatchObject({ status: 'done', page_count: 2 });
    expect(pages.map((p) => [p.page_no, p.status, p.source])).toEqual([
      [1, 'done', 'textLayer'],
      [2, 'done', 'textLayer'],
    ]);
    expect(pages[0].text).toContain('民事起诉状');
    expect(pages[1].text).toContain('偿还借款本金');
    const hits = await query(`select page_no from attachment_pages where attachment_id = $1 and bigrams @@ $2::tsquery and search_text like $3`, [
      id,
      termsBigramQuery(parseSearchTerms('借款本金')),
      '%借款本金%',
    ]);
    expect(hits.map((h) => h.page_no)).toEqual([2]);
    // Over HTTP for whoever may read the file (its uploader here), with the job's progress; nobody else finds it.
    const shown = await party.get(`/api/v1/attachments/${id}/pages`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ attachmentId: id, status: 'done', pageCount: 2, error: null, job: { status: 'succeeded', progress: { done: 2, total: 2 } } });
    expect(shown.body.pages.map((p: { pageNo: number; source: string }) => [p.pageNo, p.source])).toEqual([
      [1, 'textLayer'],
      [2, 'textLayer'],
    ]);
    const other = await ApiClient.loggedIn(server.baseUrl, 'lisi');
    expect((await other.get(`/api/v1/attachments/${id}/pages`)).status).toBe(404);
  });

  test('a scanned page at 300 dpi is OCR\'d with word boxes; the phrase is found', async () => {
    const png = await scannedPng('被执行人应当履行生效判决', { size: [420, 120], fontSize: 18, noise: 0.002 });
    const { id, job, pages } = await uploadAndRead(party, '扫描件.png', png, 'image/png');
    expect(job.status).toBe('succeeded');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ page_no: 1, status: 'done', source: 'ocr', dpi: 300 });
    expect(pages[0].text.replace(/\s/gu, '')).toContain('被执行人应当履行');
    expect(pages[0].words.length).toBeGreaterThan(3);
    const [x0, y0, x1, y1] = pages[0].words[0].box;
    expect(x1).toBeGreaterThan(x0);
    expect(y1).toBeGreaterThan(y0);
    const hits = await query(`select page_no from attachment_pages where attachment_id = $1 and bigrams @@ $2::tsquery and search_text like $3`, [
      id,
      termsBigramQuery(parseSearchTerms('被执行人')),
      '%被执行人%',
    ]);
    expect(hits).toHaveLength(1);
  });
});

describe('files that cannot be read', () => {
  test('a damaged PDF fails with a clear message; the upload is kept and downloadable', async () => {
    const broken = new TextEncoder().encode('%PDF-1.4\nthis is not a PDF at all\n');
    const { id, job, set, pages } = await uploadAndRead(party, '损坏.pdf', broken, 'application/pdf');
    expect(job.status).toBe('succeeded');
    // Without poppler the file says so instead; either way the message is the user's, in both languages.
    expect(['PDF_UNREADABLE', 'PDF_TOOLS_UNAVAILABLE']).toContain(set.error_code);
    expect(set.status).toBe('failed');
    expect(set.error_messages['zh-CN']).toMatch(/PDF/u);
    expect(pages).toEqual([]);
    const shown = await party.get(`/api/v1/attachments/${id}/pages`);
    expect(shown.body).toMatchObject({ status: 'failed', pages: [], error: { code: set.error_code } });
    const back = await party.get(`/api/v1/attachments/${id}/content`);
    expect(back.status).toBe(200);
  });

  test.skipIf(missing !== null)('an encrypted PDF says so; the upload is kept', async () => {
    const { id, set } = await uploadAndRead(party, '加密.pdf', await textPdf(['民事起诉状'], { userPassword: 'secret' }), 'application/pdf');
    expect(set).toMatchObject({ status: 'failed', error_code: 'PDF_ENCRYPTED' });
    expect(set.error_messages['zh-CN']).toContain('加密');
    expect((await party.get(`/api/v1/attachments/${id}/content`)).status).toBe(200);
  });

  test('an image bomb is refused before it is decoded', async () => {
    const header = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const dims = Buffer.alloc(8);
    dims.writeUInt32BE(100_000, 0);
    dims.writeUInt32BE(100_000, 4);
    const bomb = Buffer.concat([header, dims, Buffer.from('0800000000', 'hex'), Buffer.alloc(64)]);
    const { set } = await uploadAndRead(party, '炸弹.png', bomb, 'image/png');
    expect(set).toMatchObject({ status: 'failed', error_code: 'IMAGE_TOO_LARGE' });
    expect(set.error_messages.en).toMatch(/too many pixels/u);
  });
});

describe('without Tesseract', () => {
  test('a scanned page says OCR is not installed, in Chinese and English, and can be read again', async () => {
    const without = await startTestServer({ config: { tesseractPath: '/nonexistent/tesseract' } });
    try {
      const client = await ApiClient.loggedIn(without.baseUrl, 'zhangsan');
      const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.from('0000006400000020', 'hex'), Buffer.alloc(80)]);
      const r = await client.upload('扫描件.png', png, 'image/png');
      const rows = async () => (await without.database.pool.query('select s.job_id, p.status, p.error_code, p.error_messages from attachment_page_sets s left join attachment_pages p using (attachment_id) where s.attachment_id = $1', [r.body.id])).rows;
      await jobFinished(client, Number((await rows())[0].job_id));
      const [page] = await rows();
      expect(page).toMatchObject({ status: 'failed', error_code: 'OCR_UNAVAILABLE' });
      expect(page.error_messages['zh-CN']).toContain('tesseract-ocr-chi-sim');
      // Read again (once installed): the failed page goes back to pending under a new job, which reads it again.
      const [{ id: me }] = (await without.database.pool.query(`select id from users where username = 'zhangsan'`)).rows;
      const retried = await without.deps.db.transaction((tx) => retryFailedPages(tx, Number(r.body.id), me));
      expect(retried).not.toBeNull();
      expect(retried).not.toBe(Number(page.job_id));
      await jobFinished(client, retried!);
      const [again] = await rows();
      expect(again).toMatchObject({ job_id: String(retried), status: 'failed', error_code: 'OCR_UNAVAILABLE' });
      const [{ attempts }] = (await without.database.pool.query('select attempts from attachment_pages where attachment_id = $1', [r.body.id])).rows;
      expect(attempts).toBe(2);
      // Nothing failed any more is nothing to retry.
      await without.database.pool.query(`update attachment_pages set status = 'done' where attachment_id = $1`, [r.body.id]);
      expect(await without.deps.db.transaction((tx) => retryFailedPages(tx, Number(r.body.id), me))).toBeNull();
    } finally {
      await without.close();
    }
  });
});
