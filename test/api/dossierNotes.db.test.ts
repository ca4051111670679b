// The dossier's reading pane (issue 20 item 4): an item's pages with their text for the viewer, and a reader's private
// notes and bookmarks — mine alone (another judge and the party never see, change or delete them), only on items I
// may see (a party never notes on a 副卷 item), never part of the dossier or its timeline; clear refusals.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { jobFinished } from '../support/jobs';
import { ocrMissing, textPdf } from '../support/scannedPages';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
const missing = ocrMissing();

/** A case filed by 张三 with a two-page PDF among its materials, accepted at 南关; the PDF's pages read. */
async function caseWithPdf() {
  const zhangsan = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
  const pdf = await textPdf(['借条\n今借到张三人民币十五万元整，\n于二〇二五年三月一日前归还。', '收条\n第二页：还款计划与担保条款。']);
  const up = await zhangsan.upload('借条.pdf', pdf, 'application/pdf', 'evidence');
  expect(up.status).toBe(201);
  const itemId = Number(up.body.id);
  const { id } = await fileLoanCase(world.server.baseUrl, { attachmentIds: [itemId] });
  await acceptCase(world.server.baseUrl, id);
  const set = await world.server.database.pool.query('select job_id from attachment_page_sets where attachment_id = $1', [itemId]);
  await jobFinished(zhangsan, Number(set.rows[0].job_id), 120_000);
  return { caseId: id, itemId, zhangsan };
}

const note = (attachmentId: number, page: number, kind: string, text?: string) => ({ attachmentId, page, kind, ...(text === undefined ? {} : { text }) });

describe.skipIf(missing !== null)('private notes and bookmarks in the dossier viewer', () => {
  test('an item’s pages for the viewer; my notes are mine alone; the 副卷 rule holds for the party', async () => {
    const { caseId, itemId, zhangsan } = await caseWithPdf();
    const judge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1');
    const otherJudge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge2');

    const pages = await judge.get(`/api/v1/cases/${caseId}/dossier/items/${itemId}/pages`);
    expect(pages.status).toBe(200);
    expect(pages.body).toMatchObject({ attachmentId: itemId, status: 'done', pageCount: 2 });
    expect(pages.body.pages.map((p: { pageNo: number; source: string }) => [p.pageNo, p.source])).toEqual([[1, 'textLayer'], [2, 'textLayer']]);
    expect(pages.body.pages[0].text.replace(/\s/g, '')).toContain('人民币十五万元整');

    const timelineBefore = ((await judge.get(`/api/v1/cases/${caseId}/timeline`)).body as unknown[]).length;
    const dossierBefore = (await judge.get(`/api/v1/cases/${caseId}/dossier`)).body;
    const mine = await judge.post(`/api/v1/cases/${caseId}/dossier/notes`, note(itemId, 2, 'note', '  还款计划需核对原件  '));
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ caseId, attachmentId: itemId, page: 2, kind: 'note', text: '还款计划需核对原件' });
    const bookmark = await judge.post(`/api/v1/cases/${caseId}/dossier/notes`, note(itemId, 1, 'bookmark'));
    expect(bookmark.status).toBe(201);
    expect(bookmark.body.text).toBeNull();
    const again = await judge.post(`/api/v1/cases/${caseId}/dossier/notes`, note(itemId, 1, 'bookmark', '借条'));
    expect([again.status, again.body.code]).toEqual([409, 'DOSSIER_BOOKMARK_EXISTS']);
    expect((await judge.get(`/api/v1/cases/${caseId}/dossier/notes`)).body.map((n: { id: number }) => n.id)).toEqual([bookmark.body.id, mine.body.id]);

    // Nobody else sees, changes or deletes them — and the answer does not tell whose they are.
    expect((await otherJudge.get(`/api/v1/cases/${caseId}/dossier/notes`)).body).toEqual([]);
    expect((await zhangsan.get(`/api/v1/cases/${caseId}/dossier/notes`)).body).toEqual([]);
    for (const who of [otherJudge, zhangsan]) {
      const changed = await who.request('PATCH', `/api/v1/dossier-notes/${mine.body.id}`, { text: '改掉' });
      expect([changed.status, changed.body.code]).toEqual([404, 'DOSSIER_NOTE_NOT_FOUND']);
      expect(changed.body.messages).toMatchObject({ 'zh-CN': expect.stringContaining('批注'), en: expect.stringContaining('note') });
      expect((await who.request('DELETE', `/api/v1/dossier-notes/${mine.body.id}`)).status).toBe(404);
    }
    // Not part of the dossier: the tree and the timeline are as they were.
    expect((await judge.get(`/api/v1/cases/${caseId}/dossier`)).body).toEqual(dossierBefore);
    expect(((await judge.get(`/api/v1/cases/${caseId}/timeline`)).body as unknown[]).length).toBe(timelineBefore);

    // The party keeps their own on what they may see; the judge does not see it.
    const partyMark = await zhangsan.post(`/api/v1/cases/${caseId}/dossier/notes`, note(itemId, 2, 'bookmark', '第二页'));
    expect(partyMark.status).toBe(201);
    expect((await judge.get(`/api/v1/cases/${caseId}/dossier/notes`)).body.map((n: { id: number }) => n.id)).not.toContain(partyMark.body.id);

    // The item moves into the 副卷: the party finds neither it, its pages, nor their bookmark on it; the judge keeps all.
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
    expect((await clerk.request('PATCH', `/api/v1/cases/${caseId}/dossier/items/${itemId}`, { sectionKey: 'approval' })).status).toBe(200);
    expect((await zhangsan.get(`/api/v1/cases/${caseId}/dossier/notes`)).body).toEqual([]);
    const refused = await zhangsan.post(`/api/v1/cases/${caseId}/dossier/notes`, note(itemId, 1, 'note', '看看'));
    expect([refused.status, refused.body.code]).toEqual([404, 'DOSSIER_ITEM_NOT_FOUND']);
    expect((await zhangsan.get(`/api/v1/cases/${caseId}/dossier/items/${itemId}/pages`)).status).toBe(404);
    expect((await zhangsan.request('PATCH', `/api/v1/dossier-notes/${partyMark.body.id}`, { text: 'x' })).status).toBe(404);
    expect((await judge.get(`/api/v1/cases/${caseId}/dossier/notes`)).body).toHaveLength(2);
    expect((await judge.get(`/api/v1/cases/${caseId}/dossier/items/${itemId}/pages?words=false`)).status).toBe(200);

    // I change and delete my own.
    const edited = await judge.request('PATCH', `/api/v1/dossier-notes/${mine.body.id}`, { text: '已核对' });
    expect([edited.status, edited.body.text]).toEqual([200, '已核对']);
    expect((await judge.request('DELETE', `/api/v1/dossier-notes/${bookmark.body.id}`)).body).toEqual({ ok: true });
    expect((await judge.get(`/api/v1/cases/${caseId}/dossier/notes`)).body.map((n: { id: number }) => n.id)).toEqual([mine.body.id]);
  });

  test('refusals: empty or over-long text, a page past the item’s end, another case’s file, a stranger', async () => {
    const { caseId, itemId } = await caseWithPdf();
    const judge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1');
    const post = (body: unknown) => judge.post(`/api/v1/cases/${caseId}/dossier/notes`, body);

    const empty = await post(note(itemId, 1, 'note', '   '));
    expect([empty.status, empty.body.code]).toEqual([422, 'DOSSIER_NOTE_TEXT_REQUIRED']);
    expect(empty.body.messages['zh-CN']).toBe('批注内容不能为空。');
    expect((await post(note(itemId, 1, 'note'))).body.code).toBe('DOSSIER_NOTE_TEXT_REQUIRED');
    const long = await post(note(itemId, 1, 'note', '字'.repeat(2001)));
    expect([long.status, long.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await post(note(itemId, 1, 'note', '字'.repeat(2000)))).status).toBe(201);
    const past = await post(note(itemId, 3, 'bookmark'));
    expect([past.status, past.body.code]).toEqual([422, 'DOSSIER_NOTE_PAGE_OUT_OF_RANGE']);
    expect(past.body.messages.en).toContain('from 1 to 2');
    for (const bad of [note(itemId, 0, 'note', 'x'), note(itemId, 1, 'highlight', 'x'), { ...note(itemId, 1, 'note', 'x'), extra: 1 }]) expect((await post(bad)).status).toBe(400);
    const first = await post(note(itemId, 1, 'note', '原件'));
    const emptied = await judge.request('PATCH', `/api/v1/dossier-notes/${first.body.id}`, { text: '' });
    expect([emptied.status, emptied.body.code]).toEqual([422, 'DOSSIER_NOTE_TEXT_REQUIRED']);

    // A file of another case is not an item of this one.
    const other = await caseWithPdf();
    const foreign = await post(note(other.itemId, 1, 'bookmark'));
    expect([foreign.status, foreign.body.code]).toEqual([404, 'DOSSIER_ITEM_NOT_FOUND']);
    expect((await judge.get(`/api/v1/cases/${caseId}/dossier/items/${other.itemId}/pages`)).status).toBe(404);
    // Another court's clerk finds no case.
    const stranger = await ApiClient.loggedIn(world.server.baseUrl, 'kc-filing');
    const refused = await stranger.get(`/api/v1/cases/${caseId}/dossier/notes`);
    expect([refused.status, refused.body.code]).toEqual([404, 'CASE_NOT_FOUND']);
    expect((await stranger.post(`/api/v1/cases/${caseId}/dossier/notes`, note(itemId, 1, 'bookmark'))).status).toBe(404);
    expect((await stranger.request('DELETE', `/api/v1/dossier-notes/${first.body.id}`)).status).toBe(404);
  });
});
