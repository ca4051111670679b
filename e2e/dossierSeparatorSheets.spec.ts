// 分隔页 in the browser (issue 20 item 2): the court's clerk has a batch scan in the dossier with a printed separator
// sheet (证据材料) and a blank page between its documents; the 拆分 modal shows both separators and proposes the
// evidence section for the part after the sheet; the clerk also cuts a part by hand at a page, picks the other
// sections, and splits — the parts land in their sections.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { jobFinished } from '../test/support/jobs';
import { ocrMissing, textPdf } from '../test/support/scannedPages';
import { assignedCase } from '../test/support/scenarios';
import { screenshot } from './support/browser';
import { choose, loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const missing = ocrMissing();
const web = webServerForSpec();

type Tree = { volumes: { sections: { key: string; items: { id: number; title: string }[] }[] }[] };

describe.skipIf(missing !== null)('a batch scan split at its separator sheet and by hand', () => {
  test('the clerk sees the sheet and the blank page, cuts once more by hand, and files the parts', async () => {
    const base = web.server.baseUrl;
    const { id } = await assignedCase(base);
    const clerkApi = await ApiClient.loggedIn(base, 'ng-clerk');
    // The batch: 起诉状 (2 pages), the printed 证据材料 sheet (merged as a PDF page), 借条, a blank page, 身份证明.
    const sheet = await clerkApi.bytes(`/api/v1/cases/${id}/dossier/separator-sheets?sectionKey=evidence`);
    const batch = await PDFDocument.load(await textPdf(['民事起诉状\n原告张三诉被告李四民间借贷纠纷。', '起诉状续页：请求判令被告偿还借款本金五万元。', '借条\n今借到张三人民币五万元整，李四。', '', '居民身份证复印件\n张三']));
    const [sheetPage] = await batch.copyPages(await PDFDocument.load(sheet.bytes), [0]);
    batch.insertPage(2, sheetPage!);
    const up = await clerkApi.upload('批量扫描.pdf', Buffer.from(await batch.save()), 'application/pdf');
    const batchId = Number(up.body.id);
    expect((await clerkApi.post(`/api/v1/cases/${id}/dossier/items`, { attachmentIds: [batchId], sectionKey: 'other' })).status).toBe(201);
    const set = (await web.server.database.pool.query('select job_id from attachment_page_sets where attachment_id = $1', [batchId])).rows[0];
    await jobFinished(clerkApi, Number(set.job_id), 120_000);

    const clerk = await loginAs(web.browser, base, 'ng-clerk');
    const crashes: string[] = [];
    clerk.on('pageerror', (e) => crashes.push(e.message));
    await openCase(clerk, base, id);
    await clerk.getByRole('tab', { name: '电子卷宗' }).click();
    await clerk.getByTestId('dossier-separator-sheets').waitFor();
    const row = clerk.getByTestId(`dossier-item-${batchId}`);
    await row.getByRole('button', { name: /拆\s?分/ }).click();
    const modal = clerk.getByTestId('dossier-split');
    await modal.waitFor();
    const pages = modal.getByTestId('dossier-split-pages');
    await expect.poll(() => pages.innerText()).toContain('分隔页：正卷 · 证据材料');
    expect(await pages.innerText()).toContain('空白页');
    expect(await modal.innerText()).toContain('识别出 1 张空白页、1 张分隔页');
    // Three parts proposed; the one after the sheet already in 证据材料. The clerk cuts the complaint's second page off.
    await pages.locator(':scope > div').nth(1).getByRole('button', { name: '从此页拆开' }).click();
    await choose(clerk, 'dossier-split-section-0', '起诉状、上诉状');
    await choose(clerk, 'dossier-split-section-1', '起诉状、上诉状');
    await choose(clerk, 'dossier-split-section-3', '当事人身份证明');
    await screenshot(clerk, 'dossier-split-separator-sheet');
    await clerk.getByRole('button', { name: '拆分为 4 份材料' }).click();
    const close = clerk.getByRole('button', { name: /完\s?成/ });
    await expect.poll(() => close.isEnabled(), { timeout: 60_000 }).toBe(true);
    await close.click();
    // The tab reloads once when the split is done (it used to reload for ever and React gave up: a blank page).
    await clerk.getByTestId('dossier').waitFor();
    expect(crashes).toEqual([]);

    const tree = (await clerkApi.get(`/api/v1/cases/${id}/dossier`)).body as Tree;
    const where = (title: string) => tree.volumes.flatMap((v) => v.sections.filter((s) => s.items.some((i) => i.title === title)).map((s) => s.key));
    // The part cut by hand took the next number.
    expect(['批量扫描-1', '批量扫描-4', '批量扫描-2', '批量扫描-3'].map(where)).toEqual([['pleading'], ['pleading'], ['evidence'], ['partyPapers']]);
  });
});
