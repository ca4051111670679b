// Finance imports the bank's statement, checks the preview and posts it (following the posting's progress); the case
// page shows the payment; a credit nobody quoted a case for is claimed from the 不明款 queue with a reason.
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { caseAccountNumber } from '../src/domain/payments/caseAccount';
import { acceptCase, fileLoanCase } from '../test/support/scenarios';
import { screenshot } from './support/browser';
import { loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

describe('the public fee calculator', () => {
  test('a visitor computes the fee of a property case with its brackets, and halved under simple procedure', async () => {
    const context = await web.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${web.server.baseUrl}/tools/fee`);
    await page.locator('#amount').fill('150000');
    await page.getByRole('button', { name: '计算' }).click();
    await expect.poll(() => page.getByTestId('fee-total').innerText()).toBe('3300.00');
    const rows = await page.getByTestId('fee-result').locator('tbody tr').allInnerTexts();
    expect(rows.join('\n')).toContain('《诉讼费用交纳办法》第十三条第一项');
    expect(rows).toHaveLength(3);
    await page.getByText('简易程序').click();
    await page.getByRole('button', { name: '计算' }).click();
    await expect.poll(() => page.getByTestId('fee-total').innerText()).toBe('1650.00');
    await screenshot(page, 'fee-calculator');
  });
});

describe('the province fee amounts', () => {
  test('the administrator sets the divorce fee to 200 within its range and the calculator charges it', async () => {
    const admin = await loginAs(web.browser, web.server.baseUrl, 'admin');
    await admin.goto(`${web.server.baseUrl}/admin/fee-settings`);
    const field = admin.locator('#divorceBase');
    await field.waitFor();
    await field.fill('200');
    await admin.getByTestId('fee-settings').getByRole('button', { name: '保存' }).click();
    await expect.poll(async () => (await (await fetch(`${web.server.baseUrl}/api/v1/calc/fee`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'divorce', propertyAmount: '500000' }) })).json()).total).toBe('1700.00');
  });
});

describe('payments by bank statement', () => {
  test('finance previews and posts a GBK statement, claims the unidentified credit, and the case shows what was paid', async () => {
    const { id } = await fileLoanCase(web.server.baseUrl);
    const accepted = await acceptCase(web.server.baseUrl, id);
    const csv = [
      '交易日期,交易流水号,贷方发生额,对方户名,对方账号,摘要',
      `2026-03-05,UI-1,"1,650.00",张三,62220001,缴纳诉讼费 ${caseAccountNumber('9558', id)}`,
      '2026-03-06,UI-2,50.00,张三,62220001,补缴',
    ].join('\r\n');

    const finance = await loginAs(web.browser, web.server.baseUrl, 'ng-finance');
    await finance.getByRole('menuitem', { name: '导入银行流水' }).click();
    const chooser = finance.waitForEvent('filechooser');
    await finance.getByTestId('statement-upload').click();
    await (await chooser).setFiles({ name: '流水.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
    const preview = finance.getByTestId('statement-preview');
    await expect.poll(() => preview.innerText()).toContain('GB18030');
    expect(await preview.locator('tr', { hasText: 'UI-1' }).locator('[data-outcome]').getAttribute('data-outcome')).toBe('post');
    expect(await preview.locator('tr', { hasText: 'UI-2' }).innerText()).toContain('不明款');
    await finance.getByTestId('statement-post').click();
    // Posting runs on the server as a background job: the page shows its progress, then what it did.
    const progress = finance.getByTestId('job-progress');
    await expect.poll(() => progress.getAttribute('data-status')).toBe('succeeded');
    expect(await progress.innerText()).toContain('已处理 2 / 2 笔');
    expect(await finance.getByTestId('statement-result').innerText()).toContain('已入账到案件 1 笔（1650.00 元），列入不明款 1 笔');
    await finance.getByTestId('statement-posted').waitFor();
    await screenshot(finance, 'statement-posted');
    // The job is in the page's address: reloaded (or opened later), the page shows the posting's result again.
    expect(new URL(finance.url()).searchParams.get('job')).toMatch(/^\d+$/);
    await finance.reload();
    await expect.poll(() => finance.getByTestId('statement-result').innerText()).toContain('1650.00');

    await finance.getByRole('menuitem', { name: '到账与不明款' }).click();
    const row = finance.getByTestId('receipts').locator('tr', { hasText: 'UI-2' });
    await row.getByRole('button', { name: '认领' }).click();
    const dialog = finance.getByRole('dialog');
    await dialog.locator('#caseNumber').fill(accepted.caseNumber);
    await dialog.locator('#reason').fill('张三来电说明为本案补缴');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => row.count()).toBe(0);

    const judge = await loginAs(web.browser, web.server.baseUrl, 'ng-judge1');
    await openCase(judge, web.server.baseUrl, id);
    await expect.poll(() => judge.getByTestId('fees-paid').innerText()).toContain('1,700.00');
    expect(await judge.getByTestId('case-fees').innerText()).toContain('张三来电说明为本案补缴');
  });
});
