// Lists a clerk can work with, in the browser: the filing clerk finds the court's cases by a party's name, sorts them
// by case number with a click on the column, exports what the list shows to Excel and opens the file: the same
// cases, in the same order, under the same Chinese headers. Breadcrumbs say where the page sits; the service
// centre's address column is wide enough to read.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { courtId, divisionId, loanComplaint, TINY_PDF } from '../test/support/fixtures';
import { openSession } from '../test/support/sessions';
import { testClock } from '../test/support/testClock';
import { screenshot } from './support/browser';
import { loginAs } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });
const DEFENDANTS = ['欧阳建国', '欧阳建军', '司马光明'];

beforeAll(async () => {
  const party = await openSession(web.server, 'zhangsan');
  const clerk = await openSession(web.server, 'ng-filing');
  const court = await courtId(clerk, '吉0102');
  const division = await divisionId(clerk, court);
  for (const [i, name] of DEFENDANTS.entries()) {
    clock.set(`2026-03-0${2 + i}`);
    const parties = [(await loanComplaint(party)).parties[0], { standing: 'defendant', kind: 'person', name, address: `吉林省长春市南关区人民大街${1000 + i}号${name}收（邮编130000）` }];
    const filed = await party.post('/api/v1/filings', await loanComplaint(party, { parties }));
    const complaint = await party.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint');
    await web.server.database.pool.query('update attachments set case_id = $1 where id = $2', [filed.body.id, complaint.body.id]);
    const accepted = await clerk.fire(filed.body.id, 'accept', { procedure: 'simple', divisionId: division });
    const defendant = accepted.body.parties.find((p: { name: string }) => p.name === name).id as number;
    await clerk.post(`/api/v1/cases/${filed.body.id}/service-tasks`, { document: 'complaintCopy', partyIds: [defendant], method: 'mail' });
  }
});

describe('lists a clerk can work with', () => {
  test('the filing clerk filters, sorts, exports to Excel and finds in the file what the list shows', async () => {
    const page = await loginAs(web.browser, web.server.baseUrl, 'ng-filing');
    await page.getByRole('menuitem', { name: '全院案件' }).click();
    await expect.poll(() => page.getByTestId('breadcrumb').innerText()).toMatch(/首页\s*\/\s*全院案件/);

    const search = page.getByPlaceholder('按案号或当事人名称搜索');
    await search.fill('欧阳');
    await search.press('Enter');
    const table = page.locator('.ant-table');
    const rows = table.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(2);
    // Sort by case number, newest first: two clicks on the header (ascending, then descending).
    const header = table.locator('th', { hasText: '案号' });
    // Each click waits for the table to show the new order and finish loading: a click on a table still loading
    // the previous order is read by antd against the old order and sorts ascending again.
    const settled = async (order: string) => {
      await expect.poll(() => header.getAttribute('aria-sort')).toBe(order);
      await expect.poll(() => table.locator('.ant-spin-spinning').count()).toBe(0);
    };
    await header.click();
    await expect.poll(() => page.url()).toContain('sort=caseNumber');
    await settled('ascending');
    await header.click();
    await expect.poll(() => page.url()).toContain('sort=-caseNumber');
    await settled('descending');
    await expect.poll(() => rows.first().innerText()).toContain('欧阳建军');

    const shownHeaders = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim()).filter(Boolean);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-excel').click()]);
    expect(download.suggestedFilename()).toBe('案件列表.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.worksheets[0]!;
    const cells = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    const fileHeaders = cells(1);
    // Every column the list shows is in the file, under the same Chinese header.
    for (const h of shownHeaders) expect(fileHeaders).toContain(h);
    expect(sheet.rowCount).toBe(1 + shown.length);
    const col = (h: string) => fileHeaders.indexOf(h);
    const shownCol = (h: string) => shownHeaders.indexOf(h);
    for (const [i, row] of shown.entries()) {
      for (const h of ['案号', '案件名称', '法院', '收案日期']) expect(cells(i + 2)[col(h)], `${h} of row ${i + 1}`).toBe(row[shownCol(h)]);
    }
    expect(cells(2)[col('案件名称')]).toContain('欧阳建军');
    await screenshot(page, 'court-cases-sorted-export');

    // The service centre shows the whole address; the queue exports too.
    await page.getByRole('menuitem', { name: '集约送达中心' }).click();
    const queue = page.getByTestId('service-queue');
    await expect.poll(() => queue.innerText()).toContain('司马光明');
    const addressWidth = await queue.locator('th', { hasText: '送达地址' }).evaluate((th) => th.getBoundingClientRect().width);
    expect(addressWidth).toBeGreaterThanOrEqual(200);
    expect(await page.getByTestId('breadcrumb').innerText()).toMatch(/首页\s*\/\s*集约送达中心/);
    const [queueFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-excel').click()]);
    const queueBook = new ExcelJS.Workbook();
    await queueBook.xlsx.readFile((await queueFile.path())!);
    const addresses = queueBook.worksheets[0]!.getColumn(5).values.slice(2).map(String);
    expect(addresses).toContain('吉林省长春市南关区人民大街1002号司马光明收（邮编130000）');
    await screenshot(page, 'service-centre-queue');
  });
});
