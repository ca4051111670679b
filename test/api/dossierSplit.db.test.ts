// 拆分批量扫描件 (issue 20 item 2): a batch scan from the filing counter is split into dossier items at its blank
// separator pages (proposed, then adjusted by staff) in a background job; the parts keep the pages' read text (no second
// OCR), the batch file leaves the dossier but stays downloadable, and the split is on the timeline.
import { describe, expect, test } from 'vitest';
import { parseSearchTerms, termsBigramQuery } from '../../src/server/search/searchTerms';
import { ApiClient } from '../support/apiClient';
import { jobFinished } from '../support/jobs';
import { assignedCase } from '../support/scenarios';
import { ocrMissing, textPdf } from '../support/scannedPages';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const missing = ocrMissing();
const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });

interface Item {
  id: number;
  title: string;
  sectionKey: string;
  pageCount: number | null;
  reading: { status: string } | null;
}
type Tree = { volumes: { sections: { key: string; items: Item[] }[] }[] };
const items = (t: Tree) => t.volumes.flatMap((v) => v.sections.flatMap((s) => s.items));

/** A batch scan on the dossier: 起诉状 (2 pages), blank, 身份证明, blank, 借条 — filed under 其他材料 and read. */
async function filedBatch() {
  const { id, party } = await assignedCase(world.server.baseUrl);
  const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
  const pdf = await textPdf(['民事起诉状\n原告张三诉被告李四民间借贷纠纷。', '起诉状续页：请求判令被告偿还借款本金五万元。', '', '居民身份证复印件\n张三', '', '借条\n今借到张三人民币五万元整，李四。']);
  const up = await clerk.upload('批量扫描-20260302.pdf', pdf, 'application/pdf');
  expect(up.status).toBe(201);
  const batch = Number(up.body.id);
  expect((await clerk.post(`/api/v1/cases/${id}/dossier/items`, { attachmentIds: [batch], sectionKey: 'other' })).status).toBe(201);
  const set = await world.server.database.pool.query('select job_id from attachment_page_sets where attachment_id = $1', [batch]);
  await jobFinished(clerk, Number(set.rows[0].job_id), 120_000);
  return { id, party, clerk, batch };
}

describe.skipIf(missing !== null)('splitting a batch scan', () => {
  test('blank pages propose the parts; the split files each part in its section with its read pages', async () => {
    const { id, party, clerk, batch } = await filedBatch();
    const proposal = await clerk.get(`/api/v1/cases/${id}/dossier/items/${batch}/split-proposal`);
    expect(proposal.status).toBe(200);
    expect(proposal.body).toMatchObject({
      pageCount: 6,
      separators: [3, 5],
      parts: [
        { fromPage: 1, toPage: 2 },
        { fromPage: 4, toPage: 4 },
        { fromPage: 6, toPage: 6 },
      ],
    });
    expect(proposal.body.pages[0]).toMatchObject({ pageNo: 1, blank: false });
    expect(proposal.body.pages[0].excerpt).toContain('民事起诉状');
    expect(proposal.body.pages[2]).toMatchObject({ pageNo: 3, blank: true, excerpt: '' });
    expect((await party.get(`/api/v1/cases/${id}/dossier/items/${batch}/split-proposal`)).status).toBe(403);

    const parts = [
      { fromPage: 1, toPage: 2, sectionKey: 'pleading', title: '民事起诉状' },
      { fromPage: 4, toPage: 4, sectionKey: 'partyPapers', title: '原告身份证明' },
      { fromPage: 6, toPage: 6, sectionKey: 'evidence', title: '借条' },
    ];
    const split = await clerk.post(`/api/v1/cases/${id}/dossier/items/${batch}/split`, { parts });
    expect(split.status).toBe(202);
    expect(split.body).toMatchObject({ kind: 'splitDossierItem', progress: { total: 3 } });
    const job = await jobFinished(clerk, split.body.id, 60_000);
    expect(job).toMatchObject({ status: 'succeeded', progress: { done: 3, total: 3 } });
    const created: number[] = job.result.created;
    expect(created).toHaveLength(3);

    const tree = (await clerk.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    expect(items(tree).find((i) => i.id === batch)).toBeUndefined();
    expect(created.map((c) => items(tree).find((i) => i.id === c)).map((i) => [i!.title, i!.sectionKey, i!.pageCount, i!.reading?.status])).toEqual([
      ['民事起诉状', 'pleading', 2, 'done'],
      ['原告身份证明', 'partyPapers', 1, 'done'],
      ['借条', 'evidence', 1, 'done'],
    ]);
    // The read text came along, renumbered from page 1, still searchable.
    const pages = await clerk.get(`/api/v1/attachments/${created[0]}/pages`);
    expect(pages.body.pages.map((p: { pageNo: number; text: string }) => [p.pageNo, p.text.includes('起诉状续页')])).toEqual([
      [1, false],
      [2, true],
    ]);
    const found = await world.server.database.pool.query(`select attachment_id, page_no from attachment_pages where attachment_id = any($1::bigint[]) and bigrams @@ $2::tsquery and search_text like $3`,
      [created, termsBigramQuery(parseSearchTerms('今借到张三')), '%今借到张三%'],
    );
    expect(found.rows.map((r) => [Number(r.attachment_id), r.page_no])).toEqual([[created[2], 1]]);
    // Searching the case's dossier finds the part, never the batch file that left it.
    const hits = await clerk.get(`/api/v1/cases/${id}/dossier/search?q=${encodeURIComponent('今借到张三')}`);
    expect(hits.body.items.map((h: { item: { id: number }; pageNo: number }) => [h.item.id, h.pageNo])).toEqual([[created[2], 1]]);
    // The parts are PDFs of their pages; the batch file is still there for whoever may read it.
    const part = await clerk.bytes(`/api/v1/attachments/${created[0]}/content`);
    expect(part.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await clerk.bytes(`/api/v1/attachments/${batch}/content`)).status).toBe(200);
    // One timeline entry; the party sees the parts (all in the 正卷).
    const timeline = (await party.get(`/api/v1/cases/${id}/timeline`)).body as { event: string; payload: any }[];
    const entry = timeline.find((e) => e.event === 'dossierItemSplit')!;
    expect(entry.payload).toMatchObject({ itemId: batch, fileName: '批量扫描-20260302.pdf', volume: 'main' });
    expect(entry.payload.parts.map((p: { itemId: number }) => p.itemId)).toEqual(created);
    const partyTree = (await party.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    expect(created.every((c) => items(partyTree).some((i) => i.id === c))).toBe(true);
    // Done once: the batch is no longer an item to split.
    expect((await clerk.post(`/api/v1/cases/${id}/dossier/items/${batch}/split`, { parts })).status).toBe(404);
  });

  test('a plan that does not fit the file, a file not yet read, or a party: refused, nothing split', async () => {
    const { id, party, clerk, batch } = await filedBatch();
    const bad = async (parts: unknown[]) => (await clerk.post(`/api/v1/cases/${id}/dossier/items/${batch}/split`, { parts })).body;
    const overlap = await bad([
      { fromPage: 1, toPage: 3, sectionKey: 'pleading', title: '甲' },
      { fromPage: 3, toPage: 6, sectionKey: 'evidence', title: '乙' },
    ]);
    expect(overlap).toMatchObject({ code: 'DOSSIER_SPLIT_PLAN_INVALID', details: { reason: 'overlap', pageCount: 6 } });
    expect(overlap.message).toContain('不重叠');
    expect((await bad([{ fromPage: 1, toPage: 6, sectionKey: 'evidence', title: '全部' }])).details.reason).toBe('whole');
    expect((await bad([{ fromPage: 5, toPage: 9, sectionKey: 'evidence', title: '超出' }])).details.reason).toBe('outOfRange');
    expect((await bad([{ fromPage: 1, toPage: 2, sectionKey: 'index', title: '目录' }])).code).toBe('DOSSIER_SECTION_UNKNOWN');
    expect((await party.post(`/api/v1/cases/${id}/dossier/items/${batch}/split`, { parts: [{ fromPage: 1, toPage: 2, sectionKey: 'evidence', title: '甲' }] })).status).toBe(403);
    await world.server.database.pool.query(`update attachment_page_sets set status = 'splitting' where attachment_id = $1`, [batch]);
    expect((await bad([{ fromPage: 1, toPage: 2, sectionKey: 'evidence', title: '甲' }])).code).toBe('DOSSIER_SPLIT_NOT_READY');
    await world.server.database.pool.query(`update attachment_page_sets set status = 'done' where attachment_id = $1`, [batch]);
    const tree = (await clerk.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    expect(items(tree).some((i) => i.id === batch)).toBe(true);
    const jobs = await world.server.database.pool.query(`select count(*)::int as n from background_jobs where kind = 'splitDossierItem' and input->>'itemId' = $1`, [String(batch)]);
    expect(jobs.rows[0].n).toBe(0);
  });
});
