// 材料入卷 (issue 20 items 1–2): the court's staff file scans into a section of the dossier; each item shows how the
// reading of its pages stands (progress, the page count once split, a clear error), and a failed file is read again
// on request by the uploader or the court's staff — never by a party.
import { describe, expect, test } from 'vitest';
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
  kind: string;
  sectionKey: string;
  volume: string;
  pageCount: number | null;
  firstPage: number | null;
  reading: { status: string; pagesRead: number; pagesFailed: number; error: { code: string; messages: { 'zh-CN': string; en: string } } | null } | null;
}
interface Tree {
  volumes: { volume: string; sections: { key: string; items: Item[] }[] }[];
}
const items = (t: Tree) => t.volumes.flatMap((v) => v.sections.flatMap((s) => s.items));
const itemOf = (t: Tree, id: number) => items(t).find((i) => i.id === id);

async function upload(client: ApiClient, name: string, content: Uint8Array) {
  const r = await client.upload(name, content, 'application/pdf');
  expect(r.status).toBe(201);
  return Number(r.body.id);
}
const readingJob = async (id: number) => Number((await world.server.database.pool.query('select job_id from attachment_page_sets where attachment_id = $1', [id])).rows[0].job_id);

describe.skipIf(missing !== null)('filing scans into the dossier', () => {
  test('the clerk files a scan under 证据材料 and one under 审理报告; pages are counted as they are read; the party sees only the 正卷 item', async () => {
    const { id, party } = await assignedCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
    const scan = await upload(clerk, '借条扫描件.pdf', await textPdf(['借条\n今借到张三人民币五万元整。', '还款计划：二〇二六年十二月三十一日前还清。']));
    const report = await upload(clerk, '审理报告.pdf', await textPdf(['审理报告\n本案事实清楚。']));

    const filed = await clerk.post(`/api/v1/cases/${id}/dossier/items`, { attachmentIds: [scan], sectionKey: 'evidence' });
    expect(filed.status).toBe(201);
    const item = itemOf(filed.body as Tree, scan)!;
    expect(item).toMatchObject({ kind: 'evidence', sectionKey: 'evidence', volume: 'main', title: '借条扫描件.pdf' });
    expect(item.reading?.status).toMatch(/^(queued|splitting|done)$/);
    expect((await clerk.post(`/api/v1/cases/${id}/dossier/items`, { attachmentIds: [report], sectionKey: 'trialReport' })).status).toBe(201);

    await jobFinished(clerk, await readingJob(scan), 120_000);
    await jobFinished(clerk, await readingJob(report), 120_000);
    const tree = (await clerk.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    expect(itemOf(tree, scan)).toMatchObject({ pageCount: 2, reading: { status: 'done', pagesRead: 2, pagesFailed: 0, error: null } });
    expect(itemOf(tree, report)).toMatchObject({ kind: 'trialReport', volume: 'secondary', pageCount: 1 });

    // Each filing is one timeline entry; the 副卷's is the court's own.
    const staffTimeline = (await clerk.get(`/api/v1/cases/${id}/timeline`)).body as { event: string; payload: any }[];
    const filings = staffTimeline.filter((e) => e.event === 'dossierItemsFiled');
    expect(filings.map((e) => [e.payload.sectionKey, e.payload.volume, e.payload.items.map((i: { itemId: number }) => i.itemId)])).toEqual([
      ['evidence', 'main', [scan]],
      ['trialReport', 'secondary', [report]],
    ]);
    const partyTimeline = (await party.get(`/api/v1/cases/${id}/timeline`)).body as { event: string; payload: any }[];
    expect(partyTimeline.filter((e) => e.event === 'dossierItemsFiled').map((e) => e.payload.sectionKey)).toEqual(['evidence']);
    const partyTree = (await party.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    expect(itemOf(partyTree, scan)).toBeDefined();
    expect(itemOf(partyTree, report)).toBeUndefined();
    expect((await party.get(`/api/v1/attachments/${report}/pages`)).status).toBe(404);
  });

  test('bad filings are refused with a reason and change nothing', async () => {
    const { id, party } = await assignedCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
    const scan = await upload(clerk, '证据.pdf', await textPdf(['证据一\n转账记录。']));
    const index = await clerk.post(`/api/v1/cases/${id}/dossier/items`, { attachmentIds: [scan], sectionKey: 'index' });
    expect(index.status).toBe(422);
    expect(index.body.code).toBe('DOSSIER_SECTION_NOT_FOR_FILES');
    expect(index.body.message).toContain('卷内目录');
    const unknown = await clerk.post(`/api/v1/cases/${id}/dossier/items`, { attachmentIds: [scan], sectionKey: 'nowhere' });
    expect([unknown.status, unknown.body.code]).toEqual([422, 'DOSSIER_SECTION_UNKNOWN']);
    // Someone else's upload is not the clerk's to file.
    const partysOwn = await upload(party, '我的证据.pdf', await textPdf(['我的证据\n聊天记录。']));
    const notMine = await clerk.post(`/api/v1/cases/${id}/dossier/items`, { attachmentIds: [partysOwn], sectionKey: 'evidence' });
    expect([notMine.status, notMine.body.code]).toEqual([422, 'ATTACHMENT_INVALID']);
    // A party files through their own events, not into the court's dossier.
    expect((await party.post(`/api/v1/cases/${id}/dossier/items`, { attachmentIds: [partysOwn], sectionKey: 'evidence' })).status).toBe(403);
    // Staff of another court never find the case.
    const otherCourt = await ApiClient.loggedIn(world.server.baseUrl, 'kc-clerk');
    const foreign = await upload(otherCourt, '外院.pdf', await textPdf(['外院材料']));
    expect((await otherCourt.post(`/api/v1/cases/${id}/dossier/items`, { attachmentIds: [foreign], sectionKey: 'evidence' })).status).toBe(404);
    const tree = (await clerk.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    expect([scan, partysOwn].map((a) => itemOf(tree, a))).toEqual([undefined, undefined]);
    const rows = await world.server.database.pool.query('select case_id from attachments where id = any($1::bigint[])', [[scan, partysOwn, foreign]]);
    expect(rows.rows.map((r) => r.case_id)).toEqual([null, null, null]);
  });

  test('a damaged scan shows its error on the item; staff read it again, a party may not, and a good file has nothing to retry', async () => {
    const { id, party } = await assignedCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
    const broken = await upload(clerk, '损坏.pdf', Buffer.from('%PDF-1.4\n%broken scan, no objects\n'));
    expect((await clerk.post(`/api/v1/cases/${id}/dossier/items`, { attachmentIds: [broken], sectionKey: 'evidence' })).status).toBe(201);
    await jobFinished(clerk, await readingJob(broken), 60_000);
    const item = itemOf((await clerk.get(`/api/v1/cases/${id}/dossier`)).body as Tree, broken)!;
    expect(item.reading).toMatchObject({ status: 'failed', error: { code: 'PDF_UNREADABLE' } });
    expect(item.reading!.error!.messages['zh-CN']).toContain('重新扫描');
    expect(item.pageCount).toBeNull();

    expect((await party.post(`/api/v1/attachments/${broken}/pages/retry`)).body.code).toBe('PAGES_RETRY_FORBIDDEN');
    const before = await readingJob(broken);
    const judge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1');
    const retried = await judge.post(`/api/v1/attachments/${broken}/pages/retry`);
    expect(retried.status).toBe(202);
    expect(retried.body).toMatchObject({ attachmentId: broken, status: 'queued', error: null });
    const again = await readingJob(broken);
    expect(again).not.toBe(before);
    const job = await jobFinished(judge, again, 60_000);
    expect(job.result).toMatchObject({ problem: 'PDF_UNREADABLE' });

    const good = await upload(clerk, '完好.pdf', await textPdf(['完好的材料']));
    await jobFinished(clerk, await readingJob(good), 60_000);
    const nothing = await clerk.post(`/api/v1/attachments/${good}/pages/retry`);
    expect([nothing.status, nothing.body.code]).toEqual([409, 'PAGES_NOTHING_TO_RETRY']);
  });
});
