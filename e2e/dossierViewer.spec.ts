// 阅卷 in the browser (issue 20 item 4): a judge opens the dossier's reading pane on a case with an uploaded PDF, the
// page is drawn by pdf.js (the canvas is not blank) under the CSP, finds a phrase and sees it highlighted on its page,
// bookmarks the page and jumps back to it from the bookmarks; a search hit's link opens a scanned page with the
// phrase boxed from the OCR words; on a phone the catalogue is a drawer and the page fits the screen.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { jobFinished } from '../test/support/jobs';
import { ocrMissing, scannedPng, textPdf } from '../test/support/scannedPages';
import { acceptCase, fileLoanCase } from '../test/support/scenarios';
import { testClock } from '../test/support/testClock';
import { screenshot } from './support/browser';
import { expectNoSidewaysScroll, PHONE } from './support/phone';
import { loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });
const missing = ocrMissing();

/** 张三 files with a two-page 借条 PDF (text layer) and a scanned 收条 (OCR); both read before the judge opens them. */
async function caseWithFiles() {
  const base = web.server.baseUrl;
  const zhangsan = await ApiClient.loggedIn(base, 'zhangsan');
  const pdf = await textPdf(['借条\n今借到张三人民币十五万元整。', '还款约定\n借款人李四应于二〇二五年三月一日前归还全部借款。'], { fontSize: 18 });
  const ids: number[] = [];
  for (const [name, bytes, type] of [['借条.pdf', pdf, 'application/pdf'], ['收条.png', await scannedPng('收条\n今收到李四归还借款五万元。', { fontSize: 22 }), 'image/png']] as const) {
    const up = await zhangsan.upload(name, bytes, type, 'evidence');
    expect(up.status).toBe(201);
    ids.push(Number(up.body.id));
  }
  const { id } = await fileLoanCase(base, { attachmentIds: ids });
  await acceptCase(base, id);
  for (const itemId of ids) {
    const set = await web.server.database.pool.query('select job_id from attachment_page_sets where attachment_id = $1', [itemId]);
    await jobFinished(zhangsan, Number(set.rows[0].job_id), 120_000);
  }
  return { caseId: id, pdfId: ids[0]!, scanId: ids[1]! };
}

/** Share of the canvas's pixels that are not white: something was drawn. */
const inkOnCanvas = (page: Page) =>
  page.getByTestId('viewer-canvas').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! < 200 || d[i + 1]! < 200 || d[i + 2]! < 200) ink++;
    return ink / (d.length / 4);
  });

async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

describe.skipIf(missing !== null)('reading the dossier', () => {
  test('the judge reads, finds, bookmarks and jumps; a search hit opens a scanned page highlighted; a phone gets a drawer', async () => {
    const base = web.server.baseUrl;
    const { caseId, pdfId, scanId } = await caseWithFiles();
    const judge = await loginAs(web.browser, base, 'ng-judge1');
    const violations = await watchCsp(judge);

    // From the case's 电子卷宗 tab to the reading pane; the first page of the PDF is drawn.
    await openCase(judge, base, caseId);
    await judge.getByRole('tab', { name: '电子卷宗' }).click();
    await judge.getByTestId(`dossier-view-${pdfId}`).click();
    await judge.waitForURL((u) => u.pathname === `/cases/${caseId}/dossier/view`);
    const pageView = judge.getByTestId('viewer-page');
    await expect.poll(() => pageView.getAttribute('data-rendered'), { timeout: 15_000 }).toBe('yes');
    expect(await inkOnCanvas(judge)).toBeGreaterThan(0.001);
    expect(await judge.getByTestId('viewer-page-number').innerText()).toBe('第1页 / 共2页');
    expect(await judge.getByTestId('viewer-thumbnails').locator('button').count()).toBe(2);
    expect(await judge.getByTestId('viewer-catalogue').innerText()).toContain('收条.png');

    // Find: the phrase is on page 2; its hit opens that page with the phrase highlighted over the text.
    await judge.getByRole('tab', { name: '查找' }).click();
    await judge.locator('#viewer-find-input').fill('二〇二五年三月一日');
    await judge.locator('#viewer-find-input').press('Enter');
    await judge.getByTestId('viewer-hit-page-2').click();
    await expect.poll(() => pageView.getAttribute('data-page')).toBe('2');
    await expect.poll(() => judge.getByTestId('viewer-hit').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const hit = (await judge.getByTestId('viewer-hit').first().boundingBox())!;
    expect(hit.width).toBeGreaterThan(20);
    expect(new URL(judge.url()).searchParams.get('q')).toBe('二〇二五年三月一日');
    await screenshot(judge, 'dossier-viewer-find');

    // Bookmark page 2, go back to page 1, and jump to the bookmark.
    await judge.getByRole('tab', { name: '我的批注与书签' }).click();
    await judge.getByTestId('viewer-bookmark').click();
    const mark = judge.getByTestId('viewer-notes').locator('[data-testid^="viewer-note-"]');
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.innerText()).toContain('第2页');
    await judge.getByRole('button', { name: '上一页' }).click();
    await expect.poll(() => pageView.getAttribute('data-page')).toBe('1');
    await mark.locator('button').first().click();
    await expect.poll(() => pageView.getAttribute('data-page')).toBe('2');
    expect(await judge.getByTestId('viewer-bookmark').innerText()).toContain('取消书签');

    // A search hit's link: the scanned 收条 with the phrase boxed from its OCR words.
    await judge.goto(`${base}/cases/${caseId}/dossier/view?item=${scanId}&page=1&q=${encodeURIComponent('归还借款')}`);
    await expect.poll(() => judge.getByTestId('viewer-image').count()).toBe(1);
    await expect.poll(() => judge.getByTestId('viewer-hit').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await judge.getByTestId('viewer-item-title').innerText()).toBe('收条.png');
    await screenshot(judge, 'dossier-viewer-scan');
    expect(await violations()).toEqual([]);

    // On a phone: the catalogue is a drawer, the page fits the screen.
    const phone = await loginAs(web.browser, base, 'ng-judge1', PHONE);
    await phone.goto(`${base}/cases/${caseId}/dossier/view?item=${pdfId}&page=1`);
    await expect.poll(() => phone.getByTestId('viewer-page').getAttribute('data-rendered'), { timeout: 15_000 }).toBe('yes');
    expect(await phone.getByTestId('viewer-catalogue').count()).toBe(0);
    const shown = (await phone.getByTestId('viewer-page').boundingBox())!;
    expect(shown.x + shown.width).toBeLessThanOrEqual(PHONE.width);
    await expectNoSidewaysScroll(phone, 'the reading pane');
    await phone.getByTestId('viewer-open-drawer').click();
    await phone.getByTestId(`viewer-item-${scanId}`).click();
    await expect.poll(() => phone.getByTestId('viewer-item-title').innerText()).toBe('收条.png');
    await screenshot(phone, 'dossier-viewer-phone');
  });
});
