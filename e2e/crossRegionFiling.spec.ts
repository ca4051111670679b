// 跨域立案 through the browser (issue 19 item 4): 张三 stands at 南关's counter with a complaint for 朝阳; the 南关 clerk
// records it, checks identity and materials and forwards it; the 朝阳 clerk registers it; 张三 sees both courts' steps.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { courtId, requiredFilingMaterialIds } from '../test/support/fixtures';
import { loanComplaintFor } from '../test/support/jurisdictionScenario';
import { choose, fireEvent, loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

describe('a party files 跨域 at 南关 for 朝阳', () => {
  test('南关 forwards it, 朝阳 registers it, the party sees both steps on one timeline', async () => {
    const base = web.server.baseUrl;
    // The counter's recording (the clerk types the complaint and scans the 起诉状) goes through the API here.
    const ng = await ApiClient.loggedIn(base, 'ng-filing');
    const chaoyang = await courtId(ng, '吉0104');
    const taken = await ng.post('/api/v1/filings/cross-region', { ...(await loanComplaintFor(ng, chaoyang)), attachmentIds: await requiredFilingMaterialIds(ng) });
    expect(taken.status).toBe(201);
    const id = taken.body.id as number;

    // 南关's clerk checks identity and materials and forwards the filing in one step.
    const ngPage = await loginAs(web.browser, base, 'ng-filing');
    await openCase(ngPage, base, id);
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

    // 张三 sees the case and both courts' steps on its one timeline.
    const party = await loginAs(web.browser, base, 'zhangsan', { width: 390, height: 844 });
    await openCase(party, base, id);
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
