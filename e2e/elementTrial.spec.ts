// 要素式审判 in the browser: 张三 files a 民间借贷 complaint element by element (the wizard drafts his claims from it),
// the court registers it, 李四 answers element by element on his phone (390 px), and the judge reads the disputed
// elements and the hearing outline on the case's 要素 tab.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { TINY_PDF, demoUser } from '../test/support/fixtures';
import { acceptCase } from '../test/support/scenarios';
import { testClock } from '../test/support/testClock';
import { screenshot } from './support/browser';
import { caseIdFromUrl, choose, fireEvent, loginAs, openCase, pick } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });
const PHONE = { width: 390, height: 844 };

describe('the element trial', () => {
  test('an element complaint, the element defence on a phone, and the disputes and hearing outline', async () => {
    const base = web.server.baseUrl;
    const party = await loginAs(web.browser, base, 'zhangsan');
    await party.goto(`${base}/filings/new`);
    await choose(party, 'courtId', '长春市南关区人民法院', '南关');
    await choose(party, 'causeId', '民间借贷纠纷', '民间借贷');
    await party.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => party.locator('#parties_0_name').inputValue()).toBe('张三');
    await party.locator('#parties_0_idNumber').fill(demoUser('zhangsan').idNumber!);
    await party.locator('#parties_1_name').fill('李四');
    await party.locator('#parties_1_idNumber').fill(demoUser('lisi').idNumber!);
    await party.locator('#parties_1_address').fill('长春市朝阳区人民大街1号');
    await party.getByRole('button', { name: '下一步' }).click();

    // The cause has an element form: offered, explained, and drafting the claims once filled in.
    const form = party.getByTestId('element-complaint');
    await expect.poll(() => form.innerText()).toContain('民间借贷纠纷');
    await party.getByTestId('element-complaint-switch').click();
    await party.getByTestId('element-agreementForm').getByText('借条/欠条').click();
    await pick(party, 'elements_values_agreementDate', '2024-02-28');
    await party.locator('#elements_values_principalAgreed').fill('150000');
    await party.locator('#elements_values_principalDelivered').fill('150000');
    await pick(party, 'elements_values_deliveryDate', '2024-03-01');
    await party.getByTestId('element-deliveryMethod').getByText('银行转账', { exact: true }).click();
    await party.getByTestId('element-hasTerm').getByText('是', { exact: true }).click();
    await pick(party, 'elements_values_dueDate', '2025-03-01');
    await party.getByTestId('element-interestAgreed').getByText('是', { exact: true }).click();
    await party.locator('#elements_values_interestRate').fill('6');
    // A repayment above what was lent is refused on its field, in the form's words, before anything is sent.
    await party.locator('#elements_values_repaidPrincipal').fill('150001');
    await party.getByTestId('element-hasGuarantee').getByText('否', { exact: true }).click();
    await party.getByTestId('element-draft').click();
    await expect.poll(() => party.getByTestId('element-repaidPrincipal').innerText()).toContain('不能超过“实际出借的金额”');
    await party.locator('#elements_values_repaidPrincipal').fill('0');
    await party.getByTestId('element-draft').click();
    await expect.poll(() => party.locator('#claims_0').inputValue()).toBe('判令被告偿还借款本金150,000.00元');
    expect(await party.locator('#claims_1').inputValue()).toContain('按年利率6%支付自2024年3月1日起至实际清偿之日止的利息');
    expect(await party.locator('#facts').inputValue()).toContain('实际出借的金额：150,000.00元');
    await party.locator('#amount').fill('150000');
    await party.getByRole('button', { name: '下一步' }).click();
    await party.getByTestId('upload-complaint').locator('input[type=file]').setInputFiles({ name: '起诉状.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
    await party.getByTestId('upload-sha256').first().waitFor();
    await party.getByRole('button', { name: '下一步' }).click();
    await party.getByTestId('filing-addresses').locator('#addresses_email').fill('zhangsan@example.test');
    await party.getByTestId('address-signed').check();
    await party.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => party.getByTestId('review-elements').innerText()).toContain('约定的年利率（%）');
    await party.getByTestId('mediation-consent').getByText('不接受', { exact: true }).click();
    await party.getByTestId('submit-filing').click();
    await party.waitForURL(/\/cases\/\d+/);
    const id = caseIdFromUrl(party);

    // Registered (through the API) and the complaint served on 李四 on 03-03: his defence period runs to 03-18.
    const accepted = await acceptCase(base, id, 'ordinary');
    const li = accepted.parties.find((p: { name: string }) => p.name === '李四').id as number;
    clock.set('2026-03-03');
    const clerk = await ApiClient.loggedIn(base, 'ng-filing');
    expect((await clerk.fire(id, 'recordService', { document: 'complaintCopy', partyIds: [li], servedOn: '2026-03-03', method: 'direct' })).status).toBe(200);

    // 李四 answers on his phone: admits the agreement, explains the sum received, denies the rest is unpaid.
    clock.set('2026-03-10');
    const lisi = await loginAs(web.browser, base, 'lisi', PHONE);
    await openCase(lisi, base, id);
    await fireEvent(lisi, 'answerElements', async (m) => {
      await expect.poll(() => m.innerText()).toContain('请对原告陈述的每一项逐一表态');
      for (const element of ['agreementForm', 'agreementDate', 'principalAgreed']) await m.getByTestId(`answer-${element}`).getByText('承认').click();
      await m.getByTestId('answer-principalDelivered').getByText('说明').click();
      await m.locator('#answers_principalDelivered_note').fill('实际到账十四万元，一万元为预扣利息');
      await m.locator('#answers_principalDelivered_value').fill('140000');
      await m.getByTestId('answer-repaidPrincipal').getByText('否认').click();
      await m.locator('#answers_repaidPrincipal_note').fill('已现金归还五万元');
    });
    await expect.poll(() => lisi.getByTestId('case-timeline').innerText()).toContain('要素式答辩');
    expect(await lisi.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(lisi, 'element-defence-phone');

    // The judge's view: the disputed elements and the outline of the hearing built from them.
    const judge = await loginAs(web.browser, base, 'ng-filing');
    await openCase(judge, base, id);
    await judge.getByRole('tab', { name: '要素' }).click();
    const tab = judge.getByTestId('elements-tab');
    await expect.poll(() => tab.innerText()).toContain('有争议 2 项');
    const outline = judge.getByTestId('hearing-outline');
    expect(await outline.innerText()).toContain('争议焦点一：借款是否实际交付及交付的数额');
    expect(await outline.innerText()).toContain('李四说明，认为应为140,000.00元（实际到账十四万元，一万元为预扣利息）');
    expect(await outline.innerText()).toContain('约定借款的日期：2024年2月28日');
    await screenshot(judge, 'element-outline');
  });
});
