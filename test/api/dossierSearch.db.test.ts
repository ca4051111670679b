// 卷宗检索 (issue 20 item 3): full-text search of dossier pages with the access policy in the query — a party finds
// their own cases' 正卷 only, staff of another court nothing, the case's court staff its 副卷 too — phrase and AND
// queries, filters, snippets with highlight ranges and OCR word boxes, and recall equal to a LIKE scan.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { volumeOf } from '../../src/domain/dossier/arrangement';
import { catalogueFor, DEFAULT_CATALOGUES, SECONDARY_VOLUME, type DossierSection } from '../../src/domain/dossier/catalogue';
import { checkCatalogue } from '../../src/domain/dossier/catalogueConfig';
import { pageSearchText, searchableText } from '../../src/domain/filePages/pageText';
import { isSecondaryVolumeSql } from '../../src/server/modules/dossier/volumeSql';
import { normalizeForSearch } from '../../src/server/search/bigrams';
import { SEARCH_COUNT_CAP } from '../../src/contracts/dossierSearch';
import { sql } from 'drizzle-orm';
import { ApiClient } from '../support/apiClient';
import { demoUser } from '../support/fixtures';
import { acceptCase, assignedCase, fileLoanCase } from '../support/scenarios';
import { ocrMissing, textPdf } from '../support/scannedPages';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
// No job workers: the test runs page reading with `drain`, before or after a file joins its case.
const world = serverForSpec({ clock, config: () => ({ jobWorkers: 0 }) });
const query = async (text: string, params: unknown[] = []) => (await world.server.database.pool.query(text, params)).rows;

interface Word {
  text: string;
  box: [number, number, number, number];
}
/** Puts text on a file's pages as the page reader stores it (text, search text, bigrams of the search text). */
async function putPages(attachmentId: number, pages: (string | { words: Word[] })[]) {
  await query('delete from attachment_pages where attachment_id = $1', [attachmentId]);
  await query(
    `insert into attachment_page_sets (attachment_id, status, page_count) values ($1, 'done', $2)
     on conflict (attachment_id) do update set status = 'done', page_count = excluded.page_count`,
    [attachmentId, pages.length],
  );
  for (const [i, p] of pages.entries()) {
    const ocr = typeof p === 'string' ? null : p.words;
    const text = ocr ? ocr.map((w) => w.text).join(' ') : (p as string);
    await query(
      `insert into attachment_pages (attachment_id, page_no, status, source, text, search_text, bigrams, words, image_width, image_height, dpi)
       values ($1, $2, 'done', $3, $4, $5, strip(cf_bigrams($5)), $6::jsonb, $7, $8, $9)`,
      [attachmentId, i + 1, ocr ? 'ocr' : 'textLayer', text, pageSearchText(text), ocr ? JSON.stringify(ocr.map((w) => ({ ...w, confidence: 90 }))) : null, ocr ? 2480 : null, ocr ? 3508 : null, ocr ? 300 : null],
    );
  }
}

interface Hit {
  caseId: number;
  pageNo: number;
  item: { id: number; kind: string; volume: string; sectionKey: string; title: string };
  snippet: { text: string; highlights: { start: number; end: number }[]; cutBefore: boolean; cutAfter: boolean };
  ocr: { imageWidth: number; imageHeight: number; boxes: Word[] } | null;
  viewerUrl: string;
}
async function search(client: ApiClient, params: Record<string, string | number>, caseId?: number) {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  const r = await client.get(caseId ? `/api/v1/cases/${caseId}/dossier/search?${qs}` : `/api/v1/dossier/search?${qs}`);
  return r;
}
const hits = async (client: ApiClient, params: Record<string, string | number>, caseId?: number) => {
  const r = await search(client, { pageSize: 100, ...params }, caseId);
  expect(r.status).toBe(200);
  return r.body.items as Hit[];
};
const where = (h: Hit[]) => h.map((x) => `${x.caseId}:${x.item.id}:${x.pageNo}`).sort();

interface Tree {
  volumes: { sections: { key: string; items: { id: number; kind: string }[] }[] }[];
}
const itemsOf = (t: Tree) => t.volumes.flatMap((v) => v.sections.flatMap((s) => s.items));

const zhangCase = {
  parties: [
    { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, phone: '13800000001', isSelf: true },
    { standing: 'defendant', kind: 'person', name: '欧阳振华', address: '长春市朝阳区' },
  ],
};
const liCase = {
  parties: [
    { standing: 'plaintiff', kind: 'person', name: '李四', idType: 'residentId', idNumber: demoUser('lisi').idNumber, phone: '13800000002', isSelf: true },
    { standing: 'defendant', kind: 'person', name: '欧阳振华', address: '长春市朝阳区' },
  ],
};

describe('dossier search', () => {
  test('access applies to every hit: own cases, 正卷 only for parties, nothing for another court', async () => {
    const base = world.server.baseUrl;
    const a = await fileLoanCase(base, zhangCase);
    const b = await fileLoanCase(base, liCase, 'lisi');
    await acceptCase(base, a.id);
    await acceptCase(base, b.id);
    const clerk = await ApiClient.loggedIn(base, 'ng-filing');
    const zhangsan = a.party;
    const lisi = b.party;
    expect((await zhangsan.get(`/api/v1/cases/${b.id}`)).status).toBe(404);
    expect((await lisi.get(`/api/v1/cases/${a.id}`)).status).toBe(404);

    const aItems = itemsOf((await clerk.get(`/api/v1/cases/${a.id}/dossier`)).body as Tree);
    const complaint = aItems.find((i) => i.kind === 'complaint')!;
    const notice = aItems.find((i) => i.kind === 'acceptanceNotice')!;
    const bItems = itemsOf((await clerk.get(`/api/v1/cases/${b.id}/dossier`)).body as Tree);
    const bFirst = bItems.find((i) => i.kind === 'complaint');
    const bSecond = bItems.find((i) => i.kind !== 'complaint');
    await putPages(complaint.id, ['民事起诉状\n原告张三诉称：被告欧阳振华向原告借款，约定月息一分。', '诉讼请求：判令被告偿还借款本金。张三\n李四']);
    await putPages(notice.id, ['合议庭评议意见：本案事实清楚，借款关系成立。']);
    await putPages(bFirst!.id, ['原告李四诉称：被告欧阳振华借款未还，借款关系成立。']);
    await putPages(bSecond!.id, ['审理报告：借款关系成立，建议判决支持。']);
    // The 副卷 by staff move (the notice into 内部审批材料) and by kind (a 审理报告 placed automatically).
    expect((await clerk.request('PATCH', `/api/v1/cases/${a.id}/dossier/items/${notice.id}`, { sectionKey: 'approval' })).status).toBe(200);
    await query(`update attachments set category = 'trialReport' where id = $1`, [bSecond!.id]);

    // Staff of the court: both cases, both volumes.
    const staffHits = await hits(clerk, { q: '借款关系成立' });
    expect(where(staffHits)).toEqual([`${a.id}:${notice.id}:1`, `${b.id}:${bFirst!.id}:1`, `${b.id}:${bSecond!.id}:1`].sort());
    expect(staffHits.find((h) => h.item.id === notice.id)!.item).toMatchObject({ volume: 'secondary', sectionKey: 'approval' });
    expect(staffHits.find((h) => h.item.id === bSecond!.id)!.item).toMatchObject({ volume: 'secondary', sectionKey: 'trialReport' });
    // A party: their own case's 正卷 only, across the search and inside the case; the count agrees.
    const own = await search(zhangsan, { q: '借款关系成立' });
    expect([own.status, own.body.total, own.body.items]).toEqual([200, 0, []]);
    expect(where(await hits(zhangsan, { q: '借款' }))).toEqual([`${a.id}:${complaint.id}:1`, `${a.id}:${complaint.id}:2`]);
    expect(where(await hits(zhangsan, { q: '评议' }, a.id))).toEqual([]);
    expect(where(await hits(lisi, { q: '借款' }))).toEqual([`${b.id}:${bFirst!.id}:1`]);
    expect(where(await hits(lisi, { q: '审理报告' }, b.id))).toEqual([]);
    // Another case's dossier is not found; another court's staff find nothing anywhere.
    expect((await search(zhangsan, { q: '借款' }, b.id)).status).toBe(404);
    const stranger = await ApiClient.loggedIn(base, 'kc-filing');
    expect((await search(stranger, { q: '借款' })).body).toMatchObject({ total: 0, items: [] });
    expect((await search(stranger, { q: '借款' }, a.id)).status).toBe(404);
    // Inside one case: the court's staff see its 副卷.
    expect(where(await hits(clerk, { q: '评议' }, a.id))).toEqual([`${a.id}:${notice.id}:1`]);
    // An agency sees no case: refused.
    const agency = await search(await ApiClient.loggedIn(base, 'agency-icbc'), { q: '借款' });
    expect([agency.status, agency.body.code]).toEqual([403, 'DOSSIER_SEARCH_FORBIDDEN']);
    // A mediator and a procurator with no matter in these cases find none of them.
    for (const who of ['fin-mediator', 'procurator-cc']) expect((await search(await ApiClient.loggedIn(base, who), { q: '借款' })).body).toMatchObject({ total: 0 });

    // Phrases and AND: a quoted phrase must appear as written (a line break inside it does not count); terms anywhere.
    expect(where(await hits(zhangsan, { q: '"张三诉称"' }))).toEqual([`${a.id}:${complaint.id}:1`]);
    expect(where(await hits(zhangsan, { q: '张三 本金' }))).toEqual([`${a.id}:${complaint.id}:2`]);
    expect(where(await hits(zhangsan, { q: '张三 欧阳' }))).toEqual([`${a.id}:${complaint.id}:1`]);
    expect(where(await hits(zhangsan, { q: '"张三 李四"' }))).toEqual([`${a.id}:${complaint.id}:2`]);
    expect(where(await hits(zhangsan, { q: '"原告欧阳"' }))).toEqual([]);
    // One-character terms fall back to a substring match.
    expect(where(await hits(zhangsan, { q: '息' }))).toEqual([`${a.id}:${complaint.id}:1`]);
    expect(where(await hits(zhangsan, { q: '金 张三' }))).toEqual([`${a.id}:${complaint.id}:2`]);
    const empty = await search(zhangsan, { q: '""' });
    expect([empty.status, empty.body.code]).toEqual([422, 'DOSSIER_SEARCH_EMPTY']);
    expect((await search(zhangsan, { q: '借款', sort: 'bogus' })).status).toBe(400);

    // Filters: court, case type, year, kind.
    const court = (await clerk.get(`/api/v1/cases/${a.id}`)).body.courtId as number;
    expect(await hits(clerk, { q: '借款', courtId: court })).toHaveLength(5);
    expect(await hits(clerk, { q: '借款', courtId: court + 1 })).toHaveLength(0);
    expect(await hits(clerk, { q: '借款', caseType: '民初' })).toHaveLength(5);
    expect(await hits(clerk, { q: '借款', caseType: '刑初' })).toHaveLength(0);
    expect(await hits(clerk, { q: '借款', year: 2026 })).toHaveLength(5);
    expect(await hits(clerk, { q: '借款', year: 2025 })).toHaveLength(0);
    expect(where(await hits(clerk, { q: '借款', kind: 'complaint' }))).toEqual([`${a.id}:${complaint.id}:1`, `${a.id}:${complaint.id}:2`, `${b.id}:${bFirst!.id}:1`]);
    expect(where(await hits(clerk, { q: '借款', kind: 'trialReport' }))).toEqual([`${b.id}:${bSecond!.id}:1`]);
    // Pages of results: stable, no overlap, the count of the whole.
    const p1 = await search(clerk, { q: '借款', pageSize: 2, page: 1, sort: 'case' });
    const p2 = await search(clerk, { q: '借款', pageSize: 2, page: 2, sort: 'case' });
    expect([p1.body.total, p2.body.total]).toEqual([5, 5]);
    expect(new Set(where([...p1.body.items, ...p2.body.items])).size).toBe(4);

    // The hit: snippet around the match, ranges that cut out exactly the matched text, the viewer's URL.
    const [hit] = await hits(zhangsan, { q: '月息 "被告欧阳振华"' });
    expect(hit!.snippet.highlights.map((r) => hit!.snippet.text.slice(r.start, r.end))).toEqual(['被告欧阳振华', '月息']);
    expect(hit!.viewerUrl).toBe(`/cases/${a.id}/dossier/view?item=${complaint.id}&page=1&q=${encodeURIComponent('月息 "被告欧阳振华"')}`);
    const [across] = await hits(zhangsan, { q: '"张三李四"' });
    expect(across!.snippet.highlights.map((r) => across!.snippet.text.slice(r.start, r.end))).toEqual(['张三 李四']);
  });

  test('an OCR page gives the boxes of the words a match covers; a long page is cut around the first match', async () => {
    const a = await assignedCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
    const complaint = itemsOf((await clerk.get(`/api/v1/cases/${a.id}/dossier`)).body as Tree).find((i) => i.kind === 'complaint')!;
    const words: Word[] = [
      { text: '被告', box: [100, 200, 180, 240] },
      { text: '王五', box: [190, 200, 270, 240] },
      { text: '应当', box: [280, 200, 360, 240] },
      { text: '偿还', box: [100, 260, 180, 300] },
    ];
    const long = `${'本院认为'.repeat(30)}被告应于判决生效之日起十日内偿还原告借款${'事实清楚'.repeat(30)}`;
    await putPages(complaint.id, [{ words }, long]);
    const [ocr] = await hits(a.party, { q: '"王五应当"' }, a.id);
    expect(ocr).toMatchObject({ pageNo: 1, ocr: { imageWidth: 2480, imageHeight: 3508, boxes: [words[1], words[2]] } });
    const [cut] = await hits(a.party, { q: '十日内' }, a.id);
    expect(cut!.ocr).toBeNull();
    expect(cut!.snippet).toMatchObject({ cutBefore: true, cutAfter: true });
    expect([...cut!.snippet.text].length).toBeLessThanOrEqual(80);
    expect(cut!.snippet.highlights.map((r) => cut!.snippet.text.slice(r.start, r.end))).toEqual(['十日内']);
  });

  test('recall equals a LIKE scan of the pages’ search text (10,000 synthetic pages in 400 items), in each order', async () => {
    const c = await assignedCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
    const item = itemsOf((await clerk.get(`/api/v1/cases/${c.id}/dossier`)).body as Tree).find((i) => i.kind === 'complaint')!;
    // A small alphabet so that terms of 1–4 characters have from none to thousands of hits; spaces and line breaks inside.
    const alphabet = [...'原告被借款判决法院张三王李赵钱孙', ' ', '\n', 'a', 'B'];
    const pages = fc.sample(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 40 }).map((cs) => cs.join('')), { numRuns: 10_000, seed: 20 });
    // 400 items of 25 pages: newest first then reads the items in rounds (hitSelection), crossing several of them.
    const [{ ids }] = await query(
      `with made as (insert into attachments (case_id, uploaded_by, file_name, mime_type, size_bytes, sha256, storage_key, category)
         select case_id, uploaded_by, file_name, mime_type, size_bytes, sha256, storage_key, category from attachments a, generate_series(1, 400) where a.id = $1
         returning id) select array_agg(id order by id)::bigint[] as ids from made`,
      [item.id],
    );
    const itemIds = (ids as string[]).map(Number);
    const rows = pages.map((t, i) => ({ attachment: itemIds[Math.floor(i / 25)]!, pageNo: (i % 25) + 1, text: t }));
    await query(`insert into attachment_page_sets (attachment_id, status, page_count) select unnest($1::bigint[]), 'done', 25`, [itemIds]);
    await query(
      `insert into attachment_pages (attachment_id, page_no, status, source, text, search_text, bigrams)
       select a, n, 'done', 'textLayer', t, s, strip(cf_bigrams(s)) from unnest($1::bigint[], $2::int[], $3::text[], $4::text[]) as u(a, n, t, s)`,
      [rows.map((r) => r.attachment), rows.map((r) => r.pageNo), pages, pages.map(pageSearchText)],
    );
    await query('create table if not exists like_sample (attachment_id bigint, page_no int, search text)');
    await query(`insert into like_sample select a, n, lower(normalize(s, NFKC)) from unnest($1::bigint[], $2::int[], $3::text[]) as u(a, n, s)`, [
      rows.map((r) => r.attachment),
      rows.map((r) => r.pageNo),
      pages.map(searchableText),
    ]);
    const termArb = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 4 }).map((cs) => cs.join('')).filter((t) => t.trim().length > 0 && !/^\s|\s$/u.test(t));
    const orders = { case: 'attachment_id, page_no', newest: 'attachment_id desc, page_no' } as const;
    await fc.assert(
      fc.asyncProperty(termArb, fc.constantFrom(...(Object.keys(orders) as (keyof typeof orders)[])), fc.constantFrom(1, 3), async (term, sort, page) => {
        const pattern = normalizeForSearch(searchableText(term));
        const like = await query(`select attachment_id, page_no from like_sample where search like '%' || $1 || '%' order by ${orders[sort]} limit 50 offset $2`, [pattern, (page - 1) * 50]);
        const [{ n }] = await query(`select count(*)::int as n from like_sample where search like '%' || $1 || '%'`, [pattern]);
        const r = await search(clerk, { q: `"${term}"`, ...(sort === 'case' ? { sort } : {}), pageSize: 50, page }, c.id);
        expect(r.status).toBe(200);
        // The count stops at SEARCH_COUNT_CAP (then says "at least"); the page's hits are the LIKE scan's, in its order.
        expect([r.body.total, r.body.totalAtLeast ?? false]).toEqual(n > SEARCH_COUNT_CAP ? [SEARCH_COUNT_CAP, true] : [n, false]);
        expect((r.body.items as Hit[]).map((h) => `${h.item.id}:${h.pageNo}`)).toEqual(like.map((x) => `${x.attachment_id}:${x.page_no}`));
      }),
      { numRuns: 60, seed: 20 },
    );
  });

  test('the 副卷 in SQL agrees with volumeOf for every case type, kind and section, with and without configured catalogues', async () => {
    const caseTypes = ['民初', '民终', '刑初', '行初', '执', '执恢', '执保', '财保', '民诉前调', 'x'];
    // 民初: 调解材料 moved into a new section, its own removed; 执: only 卷内目录 and 其他材料 holding every kind.
    const civil = DEFAULT_CATALOGUES.civil.filter((s) => s.volume === 'main' && s.key !== 'mediation');
    const mediation = DEFAULT_CATALOGUES.civil.find((s) => s.key === 'mediation')!;
    const execMain = DEFAULT_CATALOGUES.execution.filter((s) => s.volume === 'main');
    const configured: Record<string, readonly DossierSection[]> = {
      民初: [...civil, { key: 'settlement', volume: 'main', title: '调解、和解', kinds: mediation.kinds }, ...SECONDARY_VOLUME],
      执: [execMain[0]!, { key: 'other', volume: 'main', title: '全部材料', kinds: execMain.flatMap((s) => s.kinds) }, ...SECONDARY_VOLUME],
    };
    for (const [t, c] of Object.entries(configured)) checkCatalogue(t, c);
    const kinds = [...new Set(Object.values(DEFAULT_CATALOGUES).flatMap((c) => c.flatMap((s) => s.kinds))), 'other', 'unknownKind'];
    const keys = [...new Set([...Object.values(DEFAULT_CATALOGUES), ...Object.values(configured)].flatMap((c) => c.map((s) => s.key))), 'nowhere'];
    for (const config of [{}, configured]) {
      const expr = isSecondaryVolumeSql({ kind: sql`u.kind`, sectionKey: sql`u.section_key`, caseType: sql`u.case_type` }, config);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...caseTypes), fc.constantFrom(...kinds), fc.option(fc.constantFrom(...keys), { nil: null })), { minLength: 1, maxLength: 200 }),
          async (rows) => {
            const r = await world.server.database.db.execute<{ secondary: boolean }>(sql`
              select ${expr} as secondary from unnest(${sql.param(rows.map((x) => x[0]))}::text[], ${sql.param(rows.map((x) => x[1]))}::text[], ${sql.param(rows.map((x) => x[2]))}::text[])
                with ordinality as u(case_type, kind, section_key, n) order by n`);
            expect(r.rows.map((x) => x.secondary)).toEqual(rows.map(([t, k, s]) => volumeOf(catalogueFor(t, config), k, s) === 'secondary'));
          },
        ),
        { numRuns: 50, seed: 20 },
      );
    }
  });
});

describe.skipIf(ocrMissing() !== null)('page counts into the dossier', () => {
  test('a file read after it joined the case gets its dossier row; one read before shows its count too', async () => {
    const base = world.server.baseUrl;
    const party = await ApiClient.loggedIn(base, 'zhangsan');
    const early = await party.upload('借条.pdf', await textPdf(['借条：今借到张三人民币十五万元整。', '借款人：欧阳振华']), 'application/pdf', 'evidence');
    await world.server.jobs.drain();
    const late = await party.upload('转账记录.pdf', await textPdf(['转账记录第一页，收款人欧阳振华。', '第二页', '第三页']), 'application/pdf', 'evidence');
    const filed = await fileLoanCase(base, { ...zhangCase, attachmentIds: [early.body.id, late.body.id] });
    await world.server.jobs.drain();
    const rows = await query('select attachment_id, case_id, page_count, section_key, position from dossier_entries where attachment_id = any($1::bigint[]) order by attachment_id', [[early.body.id, late.body.id]]);
    // Read after the filing claimed it: upserted by attachment id, section and position left to placement by kind.
    expect(rows).toEqual([{ attachment_id: String(late.body.id), case_id: String(filed.id), page_count: 3, section_key: null, position: null }]);
    const tree = (await party.get(`/api/v1/cases/${filed.id}/dossier`)).body as { volumes: { sections: { items: { id: number; pageCount: number | null; sectionKey: string }[] }[] }[] };
    const shown = tree.volumes.flatMap((v) => v.sections.flatMap((s) => s.items));
    expect(shown.find((i) => i.id === early.body.id)).toMatchObject({ pageCount: 2, sectionKey: 'evidence' });
    expect(shown.find((i) => i.id === late.body.id)).toMatchObject({ pageCount: 3, sectionKey: 'evidence' });
    // And the text is found by the party in the case.
    expect(where(await hits(party, { q: '欧阳振华' }, filed.id)).sort()).toEqual([`${filed.id}:${early.body.id}:2`, `${filed.id}:${late.body.id}:1`].sort());
  });
});
