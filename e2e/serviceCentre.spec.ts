// The service workflow in the browser: 李四 signs its address confirmation in the portal, the clerk opens a task
// (the policy picks electronic service), sends it, and sees it served with the defence period; the service
// centre lists it and counts it in the statistics.
import { describe, expect, test } from 'vitest';
import { acceptCase, fileLoanCase } from '../test/support/scenarios';
import { testClock } from '../test/support/testClock';
import { screenshot } from './support/browser';
import { choose, loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });

describe('service tasks and the service centre', () => {
  test('李四 confirms its addresses, the clerk serves electronically, the centre counts it', async () => {
    const { id } = await fileLoanCase(web.server.baseUrl);
    await acceptCase(web.server.baseUrl, id, 'ordinary');

    const lisi = await loginAs(web.browser, web.server.baseUrl, 'lisi');
    await openCase(lisi, web.server.baseUrl, id);
    await lisi.getByRole('tab', { name: '送达' }).click();
    const parties = lisi.getByTestId('service-parties');
    await expect.poll(() => parties.innerText()).toContain('未确认');
    await parties.getByRole('button', { name: '确认送达地址' }).click();
    const form = lisi.getByRole('dialog');
    await form.getByLabel('手机号码').fill('13900000002');
    await form.getByLabel('同意电子送达').check();
    await form.getByLabel('我已阅读并确认以上内容（以本人账号签署）').check();
    await form.getByRole('button', { name: '确定' }).click();
    await form.waitFor({ state: 'hidden' });
    await expect.poll(() => parties.innerText()).toContain('本案已确认');
    expect(await parties.innerText()).toContain('平台');
    // 李四 sees only its own addresses.
    expect(await parties.innerText()).not.toContain('张三');

    const clerk = await loginAs(web.browser, web.server.baseUrl, 'ng-filing');
    await openCase(clerk, web.server.baseUrl, id);
    await clerk.getByRole('tab', { name: '送达' }).click();
    await clerk.getByTestId('new-service-tasks').click();
    const modal = clerk.getByRole('dialog');
    await choose(clerk, 'document', '起诉状副本');
    await modal.getByLabel('被告：李四').check();
    await modal.getByRole('button', { name: '确定' }).click();
    await modal.waitFor({ state: 'hidden' });
    const tasks = clerk.getByTestId('service-tasks');
    const row = tasks.locator('tr', { hasText: '李四' });
    await expect.poll(() => row.innerText()).toContain('待送达');
    expect(await row.innerText()).toContain('电子送达');
    await row.getByRole('button', { name: '电子送达' }).click();
    await expect.poll(() => row.innerText()).toContain('已送达');
    // Arrival in the account it confirmed serves it that day; 15 days of defence → 2026-03-17.
    expect(await row.getByTestId('task-deemed').innerText()).toBe('2026-03-02');
    expect(await row.innerText()).toContain('2026-03-17');
    await expect.poll(() => clerk.getByTestId('case-clock').getByTestId('period-defence').getByTestId('period-due').innerText()).toBe('2026-03-17');
    await screenshot(clerk, 'service-task-served');

    await clerk.getByRole('menuitem', { name: '集约送达中心' }).click();
    await choose(clerk, 'centre-status-filter', '全部');
    const queue = clerk.getByTestId('service-queue');
    await expect.poll(() => queue.innerText()).toContain('李四');
    expect(await queue.locator('tr', { hasText: '李四' }).getByTestId('centre-status').innerText()).toContain('已送达');
    await clerk.getByRole('tab', { name: '送达统计' }).click();
    const byMethod = clerk.getByTestId('stats-by-method');
    await expect.poll(() => byMethod.innerText()).toContain('电子送达');
    expect(await byMethod.locator('tr', { hasText: '电子送达' }).innerText()).toContain('100%');
    // The month's chart is drawn (ECharts, SVG) with the month on its axis.
    await expect.poll(() => clerk.getByTestId('stats-chart').locator('svg text').allTextContents().then((x) => x.join(' '))).toMatch(/\d{4}-\d{2}/);
    await screenshot(clerk, 'service-centre-stats');
  });
});
