// 财保 and 民督 through the browser: 张三 applies on his phone (390 px) for pre-suit preservation against 李四; the filing
// clerk registers it, which issues the 交纳申请费通知书 (FEE art 14(2)); the judge grants it without uploading a ruling,
// so the 保全裁定 is generated into the dossier; 张三 sees the grant, the ruling and the fee on his phone. Then his 支付令
// application page submits too.
import { describe, expect, test } from 'vitest';
import { addDays } from '../src/domain/calendar/plainDate';
import { todayInShanghai } from '../test/support/fixtures';
import { expectNoSidewaysScroll, PHONE } from './support/phone';
import { caseIdFromUrl, choose, fireEvent, loginAs, openCase, pick } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

describe('special procedures through the browser', () => {
  test('a 财保 applied for on a phone, registered, granted with a generated ruling; a 民督 application submitted', async () => {
    const base = web.server.baseUrl;
    const party = await loginAs(web.browser, base, 'zhangsan', PHONE);
    await party.goto(`${base}/preservation/new`);
    await party.getByTestId('preservation-form').waitFor();
    await choose(party, 'courtId', '长春市南关区人民法院', '南关');
    await expect.poll(() => party.locator('#applicant_name').inputValue()).toBe('张三');
    await party.locator('#respondent_name').fill('李四');
    await party.locator('#amount').fill('100000.00');
    await party.locator('#propertyClues').fill('李四名下工商银行账户尾号1234。');
    await party.locator('#securityAmount').fill('100000.00');
    await party.locator('#securityDescription').fill('某担保公司出具的保函');
    await expectNoSidewaysScroll(party, '财保申请');
    await party.getByTestId('preservation-submit').click();
    await party.waitForURL(/\/cases\/\d+/);
    const caseId = caseIdFromUrl(party);

    const clerk = await loginAs(web.browser, base, 'ng-filing');
    await openCase(clerk, base, caseId);
    await fireEvent(clerk, 'registerPreservation', async () => {
      await choose(clerk, 'divisionId', '民事审判第一庭');
      await choose(clerk, 'judgeId', '南关法院法官甲');
    });
    await expect.poll(() => clerk.getByTestId('case-number').innerText()).toMatch(/吉0102财保\d+号/);

    const judge = await loginAs(web.browser, base, 'ng-judge1');
    await openCase(judge, base, caseId);
    await fireEvent(judge, 'grantPreservation', async (m) => {
      await m.locator('#measures').fill('冻结被申请人李四名下银行存款');
      await m.locator('#amount').fill('100000.00');
    });
    await expect.poll(() => judge.locator('body').innerText()).toContain('已裁定准予保全');

    await openCase(party, base, caseId);
    await expect.poll(() => party.locator('body').innerText()).toContain('已裁定准予保全');
    // On a phone the case's sections fold one under the other: open the materials to see the generated documents.
    await party.getByText(/^材料/).first().click();
    await expect.poll(() => party.locator('body').innerText()).toContain('财产保全裁定书');
    expect(await party.locator('body').innerText()).toContain('交纳申请费通知书');
    await expectNoSidewaysScroll(party, '财保案件');

    await party.goto(`${base}/payment-orders/new`);
    await party.getByTestId('payment-order-form').waitFor();
    await choose(party, 'courtId', '长春市南关区人民法院', '南关');
    await choose(party, 'causeId', '民间借贷纠纷', '民间借贷');
    await party.locator('#respondent_name').fill('李四');
    await party.locator('#amount').fill('50000.00');
    await pick(party, 'debtDueOn', addDays(todayInShanghai(), -30));
    await party.locator('#facts').fill('李四向张三借款5万元，到期未还。');
    await expectNoSidewaysScroll(party, '支付令申请');
    await party.getByTestId('payment-order-submit').click();
    await party.waitForURL(/\/cases\/\d+/);
    await expect.poll(() => party.locator('body').innerText()).toContain('待受理');
  }, 90_000);
});
