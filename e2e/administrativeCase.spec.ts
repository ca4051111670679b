// 行政起诉 through the browser: 张三 sues the 南关 market regulator eight months after he learnt of its penalty; the
// wizard warns him that the six months may have passed (ALL art 46) and files it anyway; the filing clerk sees the
// same warning on the case and registers it in the 行政审判庭 as a 行初 case.
import { describe, expect, test } from 'vitest';
import { addDays } from '../src/domain/calendar/plainDate';
import { DEMO_ORGAN } from '../src/server/db/seed/demoProvince';
import { TINY_PDF, demoUser, todayInShanghai } from '../test/support/fixtures';
import { choose, fireEvent, loginAs, openCase, pick } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

describe('an administrative complaint through the browser', () => {
  test('filed late with the warning shown, and registered as 行初 by the filing clerk', async () => {
    const base = web.server.baseUrl;
    const today = todayInShanghai();

    const party = await loginAs(web.browser, base, 'zhangsan');
    await party.goto(`${base}/filings/new`);
    await party.getByText('行政起诉', { exact: true }).click();
    await choose(party, 'courtId', '长春市南关区人民法院', '南关');
    await party.locator('#administrativeAct_name').fill('行政处罚决定');
    await party.locator('#administrativeAct_documentNumber').fill('南市监罚〔2026〕9号');
    await pick(party, 'administrativeAct_actOn', addDays(today, -250));
    await pick(party, 'administrativeAct_knownOn', addDays(today, -240));
    await expect.poll(() => party.getByTestId('lawsuit-deadline').innerText()).toContain('可能已超过起诉期限');
    await party.getByRole('button', { name: '下一步' }).click();

    await expect.poll(() => party.locator('#parties_0_name').inputValue()).toBe('张三');
    await party.locator('#parties_0_idNumber').fill(demoUser('zhangsan').idNumber!);
    await party.getByTestId('party-1').getByText('行政机关', { exact: true }).click();
    await party.locator('#parties_1_name').fill(DEMO_ORGAN.name);
    await party.locator('#parties_1_creditCode').fill(DEMO_ORGAN.creditCode);
    await party.locator('#parties_1_legalRepresentative').fill(DEMO_ORGAN.head);
    await party.getByRole('button', { name: '下一步' }).click();

    await party.locator('#claims_0').fill('判令撤销被告作出的南市监罚〔2026〕9号行政处罚决定');
    // FEE art 13(5): 50 yuan per case, 25 under simple procedure.
    await expect.poll(() => party.getByTestId('fee-estimate').innerText()).toContain('50.00');
    await party.locator('#facts').fill('被告认定事实不清，处罚程序违法。');
    await party.getByRole('button', { name: '下一步' }).click();
    await party.getByTestId('upload-complaint').locator('input[type=file]').setInputFiles({ name: '行政起诉状.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
    await party.getByTestId('upload-sha256').first().waitFor();
    await party.getByRole('button', { name: '下一步' }).click();
    await party.getByTestId('address-signed').check();
    await party.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => party.getByTestId('filing-review').innerText()).toContain('行政处罚决定 南市监罚〔2026〕9号');
    expect(await party.getByTestId('mediation-consent').count()).toBe(0);
    await party.getByTestId('submit-filing').click();
    await party.waitForURL(/\/cases\/\d+/);
    const caseId = Number(/\/cases\/(\d+)/.exec(party.url())![1]);

    const clerk = await loginAs(web.browser, base, 'ng-filing');
    await openCase(clerk, base, caseId);
    await expect.poll(() => clerk.getByTestId('administrative-act').innerText()).toContain('可能已超过起诉期限');
    await fireEvent(clerk, 'accept', async (m) => {
      await m.getByText('普通程序').click();
      await choose(clerk, 'divisionId', '行政审判庭', '行政');
    });
    await expect.poll(() => clerk.getByTestId('case-number').innerText()).toMatch(/吉0102行初\d+号/);
  });
});
