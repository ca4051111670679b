// Issue 15 item 8 in the browser: scheduling inside the defendant's running 答辩期 asks the judge to confirm, and the
// defendant waives the period on the case page, after which the judgment goes through.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { assignedCase } from '../test/support/scenarios';
import { testClock } from '../test/support/testClock';
import { choose, fireEvent, loginAs, openCase, pick } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });

describe('hearings against the parties\' periods', () => {
  test('the judge confirms a hearing inside the defence period; 李四 waives it; the judgment follows', async () => {
    const base = web.server.baseUrl;
    const c = await assignedCase(base);
    const judgeApi = await ApiClient.loggedIn(base, 'ng-judge1');
    const liSi = c.detail.parties.find((p: { name: string }) => p.name === '李四').id as number;
    expect((await judgeApi.fire(c.id, 'recordService', { document: 'complaintCopy', partyIds: [liSi], servedOn: '2026-03-02', method: 'direct' })).status).toBe(200);

    // The browser's clock is the real one; the server's says 2026-03-02 10:00, so the hearing is that day at 09:00.
    const judge = await loginAs(web.browser, base, 'ng-judge1');
    await openCase(judge, base, c.id);
    await judge.getByTestId('event-scheduleHearing').click();
    const modal = judge.getByTestId('event-modal');
    await pick(judge, 'date', '2026-03-02');
    await pick(judge, 'start', '09:00');
    await pick(judge, 'end', '09:30');
    await choose(judge, 'roomId', '第一法庭', '第一');
    await modal.getByRole('button', { name: '确定' }).click();
    const confirm = judge.locator('.ant-modal-confirm');
    await expect.poll(() => confirm.innerText()).toContain('李四的答辩期至 2026-03-17 届满');
    await confirm.getByRole('button', { name: '仍然继续' }).click();
    await expect.poll(() => judge.locator('.ant-tag', { hasText: '已排期' }).count()).toBeGreaterThan(0);
    await fireEvent(judge, 'recordHearing');

    const lisi = await loginAs(web.browser, base, 'lisi');
    await openCase(lisi, base, c.id);
    await fireEvent(lisi, 'waivePeriod', async (m) => {
      await expect.poll(() => m.innerText()).toContain('李四的答辩期（至 2026-03-17 届满）');
    });
    await expect.poll(() => lisi.getByTestId('case-timeline').innerText()).toContain('放弃答辩期/举证期限');

    await judge.reload();
    await fireEvent(judge, 'close', async (m) => {
      await m.getByText('判决', { exact: true }).click();
      await pick(judge, 'closedOn', '2026-03-02');
    });
    await expect.poll(() => judge.locator('.ant-tag', { hasText: '已结案' }).count()).toBeGreaterThan(0);
  });
});
