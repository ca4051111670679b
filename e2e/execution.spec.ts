// Issue 17 in the browser, one journey: 张三 applies for execution from his closed case (a 调解书, effective at once),
// sees the doubled interest for delay the domain computes with its derivation, and lands on the new 执 case, which the
// filing clerk registers and assigns; the officer sends the execution notice and order to report property (generated into the
// materials); finance imports the execution account's statement, the officer proposes a payout,
// finance approves it, and 张三 sees the money paid out on his phone. Issue 18's 失信: a listing the president signed is
// found on the public page (no login) on a phone, its ID number masked, and the debtor applies for its correction there.
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { delayInterest } from '../src/domain/execution/delayInterest';
import { fenToYuan } from '../src/domain/money/yuan';
import { caseAccountNumber } from '../src/domain/payments/caseAccount';
import { ApiClient } from '../test/support/apiClient';
import { assignedExecutionCase } from '../test/support/executionScenario';
import { todayInShanghai } from '../test/support/fixtures';
import { decidedCase } from '../test/support/scenarios';
import { testClock } from '../test/support/testClock';
import { expectNoSidewaysScroll, PHONE } from './support/phone';
import { caseIdFromUrl, choose, fireEvent, loginAs, openCase, pick } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });

describe('execution', () => {
  test('张三 applies with the delay interest shown; the clerk registers and assigns; funds arrive, the officer proposes, finance pays, 张三 sees it', async () => {
    const base = web.server.baseUrl;
    const title = await decidedCase(base, clock, { method: 'mediation' });
    // The browser's today is the real one: the server's follows it.
    const today = todayInShanghai();
    clock.set(today);

    const page = await loginAs(web.browser, base, 'zhangsan');
    await openCase(page, base, title.id);
    await page.getByTestId('apply-execution').click();
    const modal = page.getByRole('dialog');
    await modal.locator('#items_0_label').fill('借款本金');
    await modal.locator('#items_0_amount').fill('100000.00');
    await pick(page, 'items_0_dueOn', '2026-04-30');
    // DELAY-2014 art 1, as the domain computes it, with its derivation.
    const expected = delayInterest({ debts: [{ id: 'item1', label: '借款本金', amountFen: 10000000n, dueOn: '2026-04-30' }], payments: [], asOf: today });
    await expect.poll(() => modal.getByTestId('execution-interest-preview').innerText()).toContain(`${fenToYuan(expected.interestOwedFen)} 元`);
    expect(await modal.getByTestId('execution-interest-preview').innerText()).toContain('日万分之1.75');
    await modal.getByRole('checkbox', { name: /李四/ }).check();
    await modal.locator('#assetClues').fill('李四名下工商银行账户');
    await modal.getByRole('button', { name: '提交' }).click();
    await page.waitForURL((u) => u.pathname !== `/cases/${title.id}`);
    await expect.poll(() => page.getByTestId('case-number').innerText()).toMatch(/执\d+号/);
    const execId = caseIdFromUrl(page);
    await page.getByRole('tab', { name: '执行' }).click();
    await expect.poll(() => page.getByTestId('execution-record').innerText()).toContain(fenToYuan(expected.interestOwedFen));

    const clerk = await loginAs(web.browser, base, 'ng-filing');
    await openCase(clerk, base, execId);
    await fireEvent(clerk, 'registerExecution');
    await expect.poll(() => clerk.getByTestId('case-detail').getAttribute('data-node')).toBe('registered');
    // 分案: the 快执 team (the form proposes the 精执 team for an amount above 10万元), then its officer.
    await fireEvent(clerk, 'assignExecution', async () => {
      await choose(clerk, 'teamId', '快执团队');
      await choose(clerk, 'judgeId', '南关法院执行员甲', '执行员甲');
    });
    await expect.poll(() => clerk.getByTestId('case-detail').getAttribute('data-node')).toBe('assigned');

    // 一案一账户: the debtor pays 40000.00 into the case's own execution account; finance imports the statement.
    const csv = ['交易日期,交易流水号,贷方发生额,对方户名,对方账号,摘要', `${today},EX-1,"40,000.00",李四,62220002,执行款 ${caseAccountNumber('9558', execId)}`].join('\r\n');
    const finance = await loginAs(web.browser, base, 'ng-finance');
    await finance.getByRole('menuitem', { name: '导入银行流水' }).click();
    await finance.getByTestId('statement-account').getByText('执行案款账户').click();
    const chooser = finance.waitForEvent('filechooser');
    await finance.getByTestId('statement-upload').click();
    await (await chooser).setFiles({ name: '执行款流水.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
    await expect.poll(() => finance.getByTestId('statement-preview').locator('tr', { hasText: 'EX-1' }).locator('[data-outcome]').getAttribute('data-outcome')).toBe('post');
    await finance.getByTestId('statement-post').click();
    await expect.poll(() => finance.getByTestId('job-progress').getAttribute('data-status')).toBe('succeeded');

    // The officer's first act: the 执行通知书 and 报告财产令 to 李四 (and the clue notice to 张三), generated into the materials.
    const officer = await loginAs(web.browser, base, 'ng-exec1');
    await openCase(officer, base, execId);
    await fireEvent(officer, 'issueExecutionNotice', async (modal) => {
      await modal.locator('#reportDays').fill('10');
    });
    await expect.poll(() => officer.getByTestId('case-detail').getAttribute('data-node')).toBe('implementing');
    await officer.getByRole('tab', { name: /^材料/ }).click();
    const materials = officer.getByTestId('attachment-list');
    await expect.poll(() => materials.innerText()).toContain('执行通知书（李四）');
    expect(await materials.innerText()).toContain('报告财产令（李四）');
    expect(await materials.innerText()).toContain('提供财产线索通知书（张三）');

    // The officer proposes; the money does not move until finance approves.
    await officer.getByRole('tab', { name: '执行' }).click();
    await expect.poll(() => officer.getByTestId('funds-balance').innerText()).toContain('40,000.00');
    await officer.getByTestId('payout-propose').click();
    const proposal = officer.getByRole('dialog');
    await proposal.getByTestId('payout-amount').fill('40000.00');
    await proposal.getByTestId('payout-account-no').fill('6222 0000 1111 2222');
    await proposal.getByTestId('payout-bank').fill('中国工商银行长春分行');
    await proposal.getByTestId('payout-reason').fill('执行到位款发放');
    await proposal.getByRole('button', { name: '提交' }).click();
    await proposal.waitFor({ state: 'hidden' });
    await expect.poll(() => officer.getByTestId('funds-payouts').innerText()).toContain('待财务审核');

    await finance.getByRole('menuitem', { name: '案款发放审批' }).click();
    const row = finance.getByTestId('payouts').locator('tr', { hasText: '张三' });
    await row.getByRole('button', { name: '审批通过' }).click();
    await finance.locator('.ant-modal-confirm').getByRole('button', { name: '确定' }).click();
    await expect.poll(() => row.count()).toBe(0);

    // 张三, on his phone, sees what was paid out to him.
    const phone = await loginAs(web.browser, base, 'zhangsan', { width: 390, height: 844 });
    await openCase(phone, base, execId);
    // On a phone the sections fold open one under the other.
    await phone.getByTestId('case-sections').getByText('执行', { exact: true }).click();
    await expect.poll(() => phone.getByTestId('funds-paid-out').innerText()).toContain('40,000.00');
    expect(await phone.getByTestId('funds-payouts').innerText()).toContain('已发放');
    expect(await phone.getByTestId('payout-propose').count()).toBe(0);
  });
  test('失信: the president signs a listing; anyone finds it on the public page on a phone, the ID number masked; the debtor applies for correction', async () => {
    const base = web.server.baseUrl;
    const c = await assignedExecutionCase(base, clock);
    await web.server.database.pool.query('update case_parties set id_number = $1 where id = $2', ['220104199001010021', c.debtorId]);
    const officer = await ApiClient.loggedIn(base, 'ng-exec1');
    const listing = await officer.post(`/api/v1/cases/${c.id}/credit/listings`, { partyId: c.debtorId, ground: 4, initiative: 'exOfficio', facts: '违反财产报告制度。' });
    expect(listing.status).toBe(201);
    expect((await (await ApiClient.loggedIn(base, 'ng-president')).post(`/api/v1/credit/listings/${listing.body.id}/decision`, { approve: true })).body.status).toBe('listed');
    const context = await web.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: PHONE });
    const phone = await context.newPage();
    await phone.goto(`${base}/dishonest-debtors`);
    await phone.locator('#caseNumber').fill(c.caseNumber);
    await phone.getByRole('button', { name: '查询' }).click();
    const entry = phone.getByTestId('dishonest-debtor');
    await expect.poll(() => entry.count()).toBe(1);
    const text = await entry.innerText();
    expect(text).toContain('2201**********0021');
    expect(text).not.toContain('220104199001010021');
    await expectNoSidewaysScroll(phone, 'the public list of dishonest debtors');
    await context.close();

    // 李四, listed, applies for correction on his phone and sees the court's 15-day review on the clock.
    const debtor = await loginAs(web.browser, base, 'lisi', PHONE);
    await openCase(debtor, base, c.id);
    await debtor.getByTestId('case-sections').getByText('执行', { exact: true }).click();
    const mine = debtor.getByTestId('my-credit');
    await mine.getByRole('button', { name: '申请纠正' }).click();
    const apply = debtor.getByRole('dialog');
    await apply.locator('#reason').fill('我已如实报告财产，不应纳入失信名单。');
    await apply.getByRole('button', { name: /确\s*定/ }).click();
    await apply.waitFor({ state: 'hidden' });
    await expect.poll(() => mine.innerText()).toContain('待法院审查');
    expect(await mine.getByTestId('correction-period').innerText()).toMatch(/法院应于\d{4}-\d{2}-\d{2}前审查（15日）/);
    await expectNoSidewaysScroll(debtor, 'the debtor\'s correction application');
  });
});
