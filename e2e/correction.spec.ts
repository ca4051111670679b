// The one-time correction notice through the browser (FILING art 7): the clerk lists what is missing, the party
// corrects the filing and resubmits it, and the review period restarts; the app also speaks English on request.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { loanComplaint } from '../test/support/fixtures';
import { fireEvent, loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

describe('a filing that needs correcting', () => {
  test('the clerk asks once for everything missing; the party corrects and resubmits', async () => {
    // The filing itself was tested through the wizard elsewhere; here it arrives through the API.
    const api = await ApiClient.loggedIn(web.server.baseUrl, 'zhangsan');
    const filed = await api.post('/api/v1/filings', await loanComplaint(api, { facts: '被告借钱不还。' }));
    expect(filed.status).toBe(201);

    const clerk = await loginAs(web.browser, web.server.baseUrl, 'ng-filing');
    await openCase(clerk, web.server.baseUrl, filed.body.id);
    await fireEvent(clerk, 'requestCorrection', async (m) => {
      await m.locator('#items_0').fill('请写明借款的时间、金额和约定的还款期限');
      await m.getByTestId('add-items').click();
      await m.locator('#items_1').fill('请提交借条复印件');
    });
    await expect.poll(() => clerk.locator('.ant-tag', { hasText: '待补正' }).count()).toBeGreaterThan(0);

    const party = await loginAs(web.browser, web.server.baseUrl, 'zhangsan');
    await openCase(party, web.server.baseUrl, filed.body.id);
    const body = party.locator('body');
    await expect.poll(() => body.innerText()).toContain('请提交借条复印件');
    await party.getByTestId('edit-filing').click();
    const dialog = party.getByRole('dialog');
    await dialog.waitFor();
    // The filer sees the identities they entered in full, so nothing has to be typed again.
    await expect.poll(() => dialog.locator('#parties_1_idNumber').inputValue()).toMatch(/^\d{17}[\dX]$/);
    await dialog.locator('#facts').fill('2024年3月1日，被告向原告借款人民币15万元，约定2025年3月1日前归还，至今未还。');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await fireEvent(party, 'resubmit', async (m) => {
      await m.locator('textarea').first().fill('已按要求补正事实，借条复印件随后补交。');
    });
    await expect.poll(() => party.locator('.ant-tag', { hasText: '待审查立案' }).count()).toBeGreaterThan(0);

    const after = await api.get(`/api/v1/cases/${filed.body.id}`);
    expect(after.body.facts).toContain('约定2025年3月1日前归还');
    expect(after.body.node).toBe('submitted');
    const timeline = await api.get(`/api/v1/cases/${filed.body.id}/timeline`);
    expect(timeline.body.map((e: { event: string }) => e.event)).toEqual(['submit', 'requestCorrection', 'editFiling', 'resubmit']);
  });

  test('the interface switches to English and back', async () => {
    const page = await loginAs(web.browser, web.server.baseUrl, 'ng-filing');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('body').innerText()).toContain('Log out');
    await page.reload();
    await expect.poll(() => page.locator('body').innerText()).toContain('Filing review');
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => page.locator('body').innerText()).toContain('退出登录');
  });
});
