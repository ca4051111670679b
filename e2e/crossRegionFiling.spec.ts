// 跨域立案 through the browser (issue 19 item 4): 张三 stands at 南关's counter with a complaint for 朝阳; the 南关 clerk
// records it in the filing wizard's counter mode (/filings/cross-region/new), checks identity and materials and
// forwards it; the 朝阳 clerk registers it; 张三 finds it in his portal and sees both courts' steps.
import { describe, expect, test } from 'vitest';
import { TINY_PDF, demoUser } from '../test/support/fixtures';
import { choose, fireEvent, loginAs, openCase } from './support/ui';
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
      await m.getByText('已核验当事人身份').click();
      await m.getByText('已核对起诉材料').click();
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
});
