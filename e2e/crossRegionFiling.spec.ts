// 跨域立案 through the browser (issue 19 item 4): 张三 stands at 南关's counter with a complaint for 朝阳; the 南关 clerk
// records it in the filing wizard's counter mode (/filings/cross-region/new), checks identity and materials and
// forwards it; the 朝阳 clerk registers it; 张三 finds it in his portal and sees both courts' steps. Online, a lawyer
// files for another court from the wizard directly: 王律师 sues a district government for his client, the wizard
// proposes 长春中院 (ALL arts 15, 18) and warns about the act's kind (ALL art 47), and 长春中院's clerk has it to review.
import { describe, expect, test } from 'vitest';
import { addDays } from '../src/domain/calendar/plainDate';
import { DEMO_ORGAN } from '../src/server/db/seed/demoProvince';
import { TINY_PDF, demoUser, todayInShanghai } from '../test/support/fixtures';
import { choose, fireEvent, loginAs, openCase, pick } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

describe('a party files 跨域 at 南关 for 朝阳', () => {
  test('南关 forwards it, 朝阳 registers it, the party sees both steps on one timeline', async () => {
    const base = web.server.baseUrl;
    // At 南关's counter (跨域立案) the clerk records 张三's complaint against 李四 for 朝阳 in the filing wizard.
    const ngPage = await loginAs(web.browser, base, 'ng-filing');
    await ngPage.getByRole('menuitem', { name: '跨域立案' }).click();
    await ngPage.waitForURL(/\/filings\/cross-region\/new$/);
    // The court list offers the other courts only: 南关 itself is an ordinary filing.
    await ngPage.locator('#courtId').click();
    await ngPage.locator('#courtId').fill('南关');
    await expect.poll(() => ngPage.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').count()).toBe(0);
    await ngPage.keyboard.press('Escape');
    await choose(ngPage, 'courtId', '长春市朝阳区人民法院', '朝阳');
    await choose(ngPage, 'causeId', '民间借贷纠纷', '民间借贷');
    await ngPage.getByRole('button', { name: '下一步' }).click();
    // The clerk is no party: the parties start blank and nobody is marked 本人.
    expect(await ngPage.getByText('本人', { exact: true }).count()).toBe(0);
    await ngPage.locator('#parties_0_name').fill('张三');
    await ngPage.locator('#parties_0_idNumber').fill(demoUser('zhangsan').idNumber!);
    await ngPage.locator('#parties_0_phone').fill('13800000001');
    await ngPage.locator('#parties_1_name').fill('李四');
    await ngPage.locator('#parties_1_idNumber').fill(demoUser('lisi').idNumber!);
    await ngPage.locator('#parties_1_address').fill('长春市朝阳区');
    await ngPage.getByRole('button', { name: '下一步' }).click();
    await ngPage.locator('#claims_0').fill('判令被告偿还借款本金人民币80000元');
    await ngPage.locator('#amount').fill('80000');
    await ngPage.locator('#facts').fill('被告向原告借款8万元，到期未还。');
    await ngPage.getByRole('button', { name: '下一步' }).click();
    // The clerk scans the party's 起诉状 (no 送达地址确认书 step: the clerk signs none for the party).
    await ngPage.getByTestId('upload-complaint').locator('input[type=file]').setInputFiles({ name: '起诉状.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
    await ngPage.getByTestId('upload-sha256').first().waitFor();
    await ngPage.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => ngPage.getByTestId('filing-review').innerText()).toContain('长春市朝阳区人民法院');
    await ngPage.getByTestId('mediation-consent').getByText('不接受', { exact: true }).click();
    // Not submitted before the clerk confirms the party's ID document was seen.
    await ngPage.getByTestId('submit-filing').click();
    await expect.poll(() => ngPage.getByText('请先当面查验起诉人的身份证件').count()).toBeGreaterThan(0);
    await ngPage.getByTestId('identity-checked').check();
    await ngPage.getByTestId('submit-filing').click();
    await ngPage.waitForURL(/\/cases\/\d+/);
    const id = Number(/\/cases\/(\d+)/.exec(ngPage.url())![1]);

    // 南关's clerk checks identity and materials and forwards the filing in one step.
    await expect.poll(() => ngPage.locator('.ant-tag', { hasText: '跨域立案待转交' }).count()).toBeGreaterThan(0);
    await fireEvent(ngPage, 'forwardFiling', async (m) => {
      // Checked and seen checked (a click during the modal's opening animation can be lost under load).
      for (const label of ['已核验当事人身份', '已核对起诉材料']) {
        const box = m.getByRole('checkbox', { name: label });
        await box.check();
        await expect.poll(() => box.isChecked()).toBe(true);
      }
    });
    await expect.poll(() => ngPage.locator('.ant-tag', { hasText: '待审查立案' }).count()).toBeGreaterThan(0);
    // Forwarded, 南关 watches but has nothing left to do.
    expect(await ngPage.getByTestId('event-accept').count()).toBe(0);

    // 朝阳's clerk registers it under 朝阳's number.
    const cyPage = await loginAs(web.browser, base, 'cy-filing');
    await openCase(cyPage, base, id);
    await fireEvent(cyPage, 'accept', async (m) => {
      await m.getByText('简易程序').click();
      await choose(cyPage, 'divisionId', '民事审判第一庭', '民事审判第一庭');
    });
    await expect.poll(() => cyPage.getByTestId('case-number').innerText()).toMatch(/^（\d{4}）吉0104民初\d+号$/);

    // 张三, linked to the filing's plaintiff by his ID number, finds the case in his portal and sees both courts' steps on its one timeline.
    const party = await loginAs(web.browser, base, 'zhangsan', { width: 390, height: 844 });
    await party.goto(`${base}/my-cases`);
    const entry = party.locator(`a[href="/cases/${id}"]`).first();
    await entry.waitFor();
    await entry.click();
    await party.waitForURL(new RegExp(`/cases/${id}$`));
    const timeline = party.getByTestId('case-timeline');
    for (const label of ['跨域立案收件', '跨域立案：核验并转交管辖法院', '登记立案']) {
      await expect.poll(() => timeline.innerText()).toContain(label);
    }
  });

  test('the wizard proposes the competent court, says why, and warns about the court chosen', async () => {
    const base = web.server.baseUrl;
    const party = await loginAs(web.browser, base, 'zhangsan');
    await party.goto(`${base}/filings/new`);
    await choose(party, 'courtId', '长春市南关区人民法院', '南关');
    await choose(party, 'causeId', '民间借贷纠纷', '民间借贷');
    // The defendant lives in 朝阳区: a multiple choice, its list closed by hand.
    await party.locator('#jurisdiction_defendantDomiciles').click();
    await party.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '长春市朝阳区' }).first().click();
    await party.keyboard.press('Escape');
    const proposal = party.getByTestId('jurisdiction-proposal');
    await expect.poll(() => proposal.innerText()).toContain('长春市朝阳区人民法院');
    expect(await proposal.innerText()).toContain('CPL-2023 arts 22, 24');
    await expect.poll(() => party.getByTestId('jurisdiction-warning').innerText()).toContain('可能没有管辖权');
    // Choosing the proposed court takes the warning away.
    await proposal.getByRole('button', { name: '改选此法院' }).click();
    await expect.poll(() => party.getByTestId('jurisdiction-warning').count()).toBe(0);
  });

  test('a lawyer files a 行政起诉 online for another court: the proposal names 长春中院, and its clerk has it to review', async () => {
    const base = web.server.baseUrl;
    const today = todayInShanghai();
    const lawyer = await loginAs(web.browser, base, 'lawyer-wang');
    await lawyer.goto(`${base}/filings/new`);
    await lawyer.getByText('行政起诉', { exact: true }).click();
    await choose(lawyer, 'courtId', '长春市南关区人民法院', '南关');
    // The organ did not act on the client's application of 20 days ago: the wizard says the 2 months have not run out.
    await choose(lawyer, 'administrativeAct_actType', '行政不作为（不履行法定职责）');
    await lawyer.locator('#administrativeAct_name').fill('不履行拆除违法建筑法定职责');
    await pick(lawyer, 'administrativeAct_actOn', addDays(today, -20));
    await pick(lawyer, 'administrativeAct_knownOn', addDays(today, -20));
    await pick(lawyer, 'administrativeAct_dutyAppliedOn', addDays(today, -20));
    await expect.poll(() => lawyer.getByTestId('lawsuit-deadline').innerText()).toContain('第四十七条');
    await lawyer.getByText('紧急情况（不受两个月限制）').click();
    await expect.poll(() => lawyer.getByTestId('lawsuit-deadline').innerText()).not.toContain('第四十七条');
    // The organ that acted is the 南关 district government: ALL art 15(1) names the intermediate court.
    await choose(lawyer, 'jurisdiction_administrative_actingOrganPlace', '长春市南关区', '南关');
    await choose(lawyer, 'jurisdiction_administrative_organKind', '县级以上地方人民政府');
    const proposal = lawyer.getByTestId('jurisdiction-proposal');
    await expect.poll(() => proposal.innerText()).toContain('吉林省长春市中级人民法院');
    expect(await proposal.innerText()).toContain('ALL art 15(1)');
    await expect.poll(() => lawyer.getByTestId('jurisdiction-warning').innerText()).toContain('第二十二条');
    await proposal.getByRole('button', { name: '改选此法院' }).click();
    await expect.poll(() => lawyer.getByTestId('jurisdiction-warning').count()).toBe(0);
    await lawyer.getByRole('button', { name: '下一步' }).click();

    // The client is the plaintiff; the defendant the district government with its head.
    await lawyer.locator('#parties_0_name').fill('张三');
    await lawyer.locator('#parties_0_idNumber').fill(demoUser('zhangsan').idNumber!);
    await lawyer.locator('#parties_0_phone').fill('13800000001');
    await lawyer.getByTestId('party-1').getByText('行政机关', { exact: true }).click();
    await lawyer.locator('#parties_1_name').fill('长春市南关区人民政府');
    await lawyer.locator('#parties_1_creditCode').fill(DEMO_ORGAN.creditCode);
    await lawyer.locator('#parties_1_legalRepresentative').fill('南关区区长');
    await lawyer.getByRole('button', { name: '下一步' }).click();
    await lawyer.locator('#claims_0').fill('判令被告依法履行拆除违法建筑的法定职责');
    await lawyer.locator('#facts').fill('原告申请被告拆除相邻违法建筑，情况紧急，被告未予处理。');
    await lawyer.getByRole('button', { name: '下一步' }).click();
    // The lawyer's materials: the complaint, the power of attorney, the licence.
    for (const [testId, name] of [['upload-complaint', '行政起诉状.pdf'], ['upload-authorization', '授权委托书.pdf'], ['upload-lawyerLicence', '律师执业证.pdf']] as const) {
      await lawyer.getByTestId(testId).locator('input[type=file]').setInputFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
      await lawyer.getByTestId(testId).getByTestId('upload-sha256').first().waitFor();
    }
    await lawyer.getByRole('button', { name: '下一步' }).click();
    await lawyer.getByTestId('address-signed').check();
    await lawyer.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => lawyer.getByTestId('filing-review').innerText()).toContain('吉林省长春市中级人民法院');
    await lawyer.getByTestId('submit-filing').click();
    await lawyer.waitForURL(/\/cases\/\d+/);
    const id = Number(/\/cases\/(\d+)/.exec(lawyer.url())![1]);

    // 长春中院's filing clerk has it to review, the act's kind shown with it.
    const cc = await loginAs(web.browser, base, 'cc-filing');
    await openCase(cc, base, id);
    await expect.poll(() => cc.locator('.ant-tag', { hasText: '待审查立案' }).count()).toBeGreaterThan(0);
    expect(await cc.getByTestId('event-accept').count()).toBe(1);
  });
});
