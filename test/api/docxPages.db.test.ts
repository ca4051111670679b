// DOCX (issue 20 item 2): an uploaded Word file is converted to PDF by LibreOffice in the reading job, a generated
// document gets its printable PDF — the rendition is what the viewer shows and the pages are read from —, and a file
// that is not a Word document fails with a clear message while the upload stays.
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { jobFinished } from '../support/jobs';
import { assignedCase } from '../support/scenarios';
import { ocrMissing, sofficeMissing } from '../support/scannedPages';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const missing = ocrMissing() ?? sofficeMissing();
if (missing) console.warn(`docxPages.db.test skipped: ${missing}`);
const clock = testClock('2026-03-02');
const world = serverForSpec({ clock, config: () => ({ readGeneratedDocuments: true }) });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const wordFile = async (paragraphs: string[]) => Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }));
const jobOf = async (id: number) => Number((await world.server.database.pool.query('select job_id from attachment_page_sets where attachment_id = $1', [id])).rows[0].job_id);

describe.skipIf(missing !== null)('DOCX pages', () => {
  test('an uploaded DOCX is converted, its text read from the PDF, and viewed as that PDF', async () => {
    const party = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
    const up = await party.upload('代理词.docx', await wordFile(['代理词', '被告应当偿还借款本金人民币五万元及利息。']), DOCX);
    expect(up.status).toBe(201);
    expect(up.body.mimeType).toBe(DOCX);
    const job = await jobFinished(party, await jobOf(up.body.id), 120_000);
    expect(job).toMatchObject({ status: 'succeeded', result: { pages: 1, failed: 0 } });
    const pages = await party.get(`/api/v1/attachments/${up.body.id}/pages`);
    expect(pages.body).toMatchObject({ status: 'done', pageCount: 1 });
    expect(pages.body.pages[0].source).toBe('textLayer');
    expect(pages.body.pages[0].text.replace(/\s+/gu, '')).toContain('偿还借款本金人民币五万元');
    const view = await party.bytes(`/api/v1/attachments/${up.body.id}/view`);
    expect(view.status).toBe(200);
    expect(view.headers.get('content-type')).toBe('application/pdf');
    expect(view.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The original is downloaded as it was uploaded.
    const original = await party.bytes(`/api/v1/attachments/${up.body.id}/content`);
    expect(original.headers.get('content-type')).toBe(DOCX);
  });

  test('a ZIP named .docx that is not a Word document fails with a clear message and can be retried', async () => {
    const party = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
    const zip = new JSZip();
    zip.file('notes.txt', '这不是 Word 文档');
    const up = await party.upload('伪装.docx', await zip.generateAsync({ type: 'nodebuffer' }), DOCX);
    expect(up.status).toBe(201);
    const job = await jobFinished(party, await jobOf(up.body.id), 120_000);
    expect(job.result).toMatchObject({ problem: 'DOCX_UNREADABLE' });
    const pages = await party.get(`/api/v1/attachments/${up.body.id}/pages`);
    expect(pages.body).toMatchObject({ status: 'failed', error: { code: 'DOCX_UNREADABLE' } });
    expect(pages.body.error.messages['zh-CN']).toContain('另存为 PDF');
    const view = await party.get(`/api/v1/attachments/${up.body.id}/view`);
    expect([view.status, view.body.code]).toEqual([409, 'RENDITION_NOT_READY']);
    expect((await party.post(`/api/v1/attachments/${up.body.id}/pages/retry`)).status).toBe(202);
  });

  test('a generated 受理通知书 is read too: its pages count in the dossier', async () => {
    const { id } = await assignedCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
    const generated = await world.server.database.pool.query(
      `select a.id from attachments a join generated_documents g on g.attachment_id = a.id where a.case_id = $1 and g.kind = 'acceptanceNotice'`,
      [id],
    );
    const notice = Number(generated.rows[0].id);
    await world.server.jobs.drain();
    // Its printable PDF (as GET …/pdf renders it) is the rendition the pages are read from and the viewer shows.
    const set = await world.server.database.pool.query('select rendition_key, status from attachment_page_sets where attachment_id = $1', [notice]);
    expect(set.rows[0].rendition_key).toBeTruthy();
    const view = await clerk.bytes(`/api/v1/attachments/${notice}/view`);
    expect([view.status, view.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const pages = await clerk.get(`/api/v1/attachments/${notice}/pages`);
    expect(pages.body.pages[0].text.replace(/\s+/gu, '')).toContain('受理');
    const tree = (await clerk.get(`/api/v1/cases/${id}/dossier`)).body as { volumes: { sections: { items: { id: number; pageCount: number | null; firstPage: number | null; reading: { status: string } | null }[] }[] }[] };
    const item = tree.volumes.flatMap((v) => v.sections.flatMap((s) => s.items)).find((i) => i.id === notice)!;
    expect(item.reading?.status).toBe('done');
    expect(item.pageCount).toBeGreaterThanOrEqual(1);
  });
});
