// 分隔页 (issue 20 item 2): the court prints separator sheets with a QR code naming the section of the material after
// each; a batch scan with a sheet (scanned, i.e. an image with no text layer) and a blank page between its documents is
// read, the sheet's barcode is found, the proposal splits at both and proposes the sheet's section, and the split files
// the part there.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { jobFinished } from '../support/jobs';
import { assignedCase } from '../support/scenarios';
import { imagePdf, ocrMissing, rasterisedPng, scannedPng } from '../support/scannedPages';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const missing = ocrMissing();
const world = serverForSpec({ clock: testClock('2026-03-02') });

interface Item {
  id: number;
  title: string;
  sectionKey: string;
  pageCount: number | null;
  category?: string;
}
type Tree = { volumes: { sections: { key: string; items: Item[] }[] }[] };
const items = (t: Tree) => t.volumes.flatMap((v) => v.sections.flatMap((s) => s.items));

describe.skipIf(missing !== null)('separator sheets in a batch scan', () => {
  test('staff print the sheets; a party may not', async () => {
    const { id, party } = await assignedCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
    const all = await clerk.bytes(`/api/v1/cases/${id}/dossier/separator-sheets`);
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toBe('application/pdf');
    expect(all.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const one = await clerk.bytes(`/api/v1/cases/${id}/dossier/separator-sheets?sectionKey=evidence`);
    expect(one.status).toBe(200);
    expect(one.bytes.length).toBeLessThan(all.bytes.length);
    expect((await clerk.get(`/api/v1/cases/${id}/dossier/separator-sheets?sectionKey=index`)).body.code).toBe('DOSSIER_SECTION_UNKNOWN');
    expect((await party.get(`/api/v1/cases/${id}/dossier/separator-sheets`)).status).toBe(403);
  });

  test('a scanned sheet and a blank page split the batch; the part after the sheet goes to the section it names', async () => {
    const { id } = await assignedCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
    const sheet = await clerk.bytes(`/api/v1/cases/${id}/dossier/separator-sheets?sectionKey=evidence`);
    const scan = await imagePdf([
      await scannedPng('民事起诉状\n原告张三诉被告李四民间借贷纠纷。', { fontSize: 16 }),
      await scannedPng('起诉状续页：请求判令被告偿还借款本金五万元。', { fontSize: 16 }),
      rasterisedPng(sheet.bytes, 1),
      await scannedPng('借条\n今借到张三人民币五万元整，李四。', { fontSize: 16, noise: 0.002 }),
      await scannedPng(''),
      await scannedPng('居民身份证复印件\n张三', { fontSize: 16 }),
    ]);
    const up = await clerk.upload('批量扫描-分隔页.pdf', scan, 'application/pdf');
    expect(up.status).toBe(201);
    const batch = Number(up.body.id);
    expect((await clerk.post(`/api/v1/cases/${id}/dossier/items`, { attachmentIds: [batch], sectionKey: 'other' })).status).toBe(201);
    const set = await world.server.database.pool.query('select job_id from attachment_page_sets where attachment_id = $1', [batch]);
    await jobFinished(clerk, Number(set.rows[0].job_id), 240_000);
    const stored = await world.server.database.pool.query('select page_no, separator from attachment_pages where attachment_id = $1 order by page_no', [batch]);
    expect(stored.rows.map((r) => r.separator)).toEqual([null, null, 'evidence', null, null, null]);

    const proposal = await clerk.get(`/api/v1/cases/${id}/dossier/items/${batch}/split-proposal`);
    expect(proposal.status).toBe(200);
    expect(proposal.body).toMatchObject({
      pageCount: 6,
      separators: [3, 5],
      parts: [
        { fromPage: 1, toPage: 2, kind: null, sectionKey: null },
        { fromPage: 4, toPage: 4, kind: 'evidence', sectionKey: 'evidence' },
        { fromPage: 6, toPage: 6, kind: null, sectionKey: null },
      ],
    });
    expect(proposal.body.pages[2]).toMatchObject({ pageNo: 3, blank: false, separator: 'barcode', separatorKind: 'evidence' });
    expect(proposal.body.pages[4]).toMatchObject({ pageNo: 5, blank: true, separator: 'blank', separatorKind: null });
    expect(proposal.body.pages[3].excerpt).toContain('今借到张三');

    const parts = [
      { fromPage: 1, toPage: 2, sectionKey: 'pleading', title: '民事起诉状' },
      { fromPage: 4, toPage: 4, sectionKey: proposal.body.parts[1].sectionKey, title: '借条' },
      { fromPage: 6, toPage: 6, sectionKey: 'partyPapers', title: '原告身份证明' },
    ];
    const split = await clerk.post(`/api/v1/cases/${id}/dossier/items/${batch}/split`, { parts });
    expect(split.status).toBe(202);
    const job = await jobFinished(clerk, split.body.id, 60_000);
    expect(job).toMatchObject({ status: 'succeeded' });
    const created: number[] = job.result.created;
    const tree = (await clerk.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    expect(created.map((c) => items(tree).find((i) => i.id === c)).map((i) => [i!.title, i!.sectionKey, i!.pageCount])).toEqual([
      ['民事起诉状', 'pleading', 2],
      ['借条', 'evidence', 1],
      ['原告身份证明', 'partyPapers', 1],
    ]);
    const kinds = await world.server.database.pool.query('select id, category from attachments where id = any($1::bigint[]) order by id', [created]);
    expect(kinds.rows.map((r) => r.category)).toEqual(['complaint', 'evidence', expect.any(String)]);
  }, 300_000);
});
