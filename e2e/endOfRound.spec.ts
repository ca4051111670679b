// Issue 18 item 4 in the browser: a 执 case whose record meets 终本's conditions (notices served, report punished,
// 限消 signed by the 院长, 总对总 and 点对点 inquiries answered empty, whereabouts known, applicant interviewed — set up
// through the API); the officer sees the checklist green on the 执行 tab and proposes 终本, the 院长 finds it in the
// notifications and approves it online; the case is closed as 终结本次执行程序.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { endCurrentRound } from '../test/support/endOfRoundScenario';
import { assignedExecutionCase } from '../test/support/executionScenario';
import { todayInShanghai } from '../test/support/fixtures';
import { testClock } from '../test/support/testClock';
import { fireEvent, loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });

describe('终本', () => {
  test('the officer proposes with every condition green, the president approves online', async () => {
    const base = web.server.baseUrl;
    const e = await assignedExecutionCase(base, clock);
    // The browser's today is the real one: the record is made today, more than three months after 立案.
    clock.set(todayInShanghai());
    await endCurrentRound((u) => ApiClient.loggedIn(base, u), clock, e.id, { propose: false });

    const officer = await loginAs(web.browser, base, 'ng-exec1');
    await openCase(officer, base, e.id);
    await officer.getByRole('tab', { name: '执行' }).click();
    const card = officer.getByTestId('end-of-round-checklist');
    await expect.poll(() => card.innerText()).toContain('条件均已具备');
    for (const c of ['noticeAndReport', 'consumptionRestricted', 'investigationExhausted', 'threeMonthsPassed', 'debtorSearched', 'applicantInterviewed']) {
      expect(await card.getByTestId(`end-of-round-${c}`).getAttribute('data-holds'), c).toBe('true');
    }
    expect(await card.innerText()).toContain('对李四的限制消费令已于');
    await fireEvent(officer, 'proposeEndOfRound');
    await expect.poll(() => officer.getByTestId('case-detail').getAttribute('data-node')).toBe('endOfRoundReview');

    const president = await loginAs(web.browser, base, 'ng-president');
    await president.goto(`${base}/notifications`);
    await president.getByText('终本申请待审批').first().click();
    await president.waitForURL((u) => u.pathname === `/cases/${e.id}`);
    await fireEvent(president, 'approveEndOfRound', async (modal) => {
      await modal.locator('#note').fill('同意终结本次执行程序');
    });
    await expect.poll(() => president.getByTestId('case-detail').getAttribute('data-node')).toBe('closed');
    await expect.poll(() => president.getByTestId('case-detail').innerText()).toContain('终结本次执行程序');
  });
});
