// 我的通知 in the browser, on a phone: the 一日三通报 arrives in finance's inbox; the bell in the header counts it,
// opens 我的通知, and opening the notification marks it read and shows its report.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { todayInShanghai } from '../test/support/fixtures';
import { testClock } from '../test/support/testClock';
import { loginAs } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });

describe('notifications', () => {
  test('finance is told of the fund report by the bell, opens it from 我的通知, and the bell goes quiet', async () => {
    const base = web.server.baseUrl;
    clock.set(todayInShanghai());
    const report = (await (await ApiClient.loggedIn(base, 'ng-finance')).post('/api/v1/execution/fund-reports')).body;

    const phone = await loginAs(web.browser, base, 'ng-finance', { width: 390, height: 844 });
    const bell = phone.getByTestId('notification-bell');
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('我的通知（1条未读）');
    await bell.click();
    await phone.waitForURL((u) => u.pathname === '/notifications');
    const card = phone.getByTestId('notifications-card');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.innerText()).toContain(`一日三通报 ${report.slot}`);
    expect(await card.innerText()).toContain('一日三通报：全院');
    // Nothing runs off a 390 px screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await phone.getByTestId('notification-title').click();
    await phone.waitForURL((u) => u.pathname === '/execution/fund-reports' && u.searchParams.get('report') === String(report.id));
    await phone.getByTestId('fund-report').waitFor();
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('我的通知（0条未读）');
  });
});
