// Issue 17 in the browser, one short step: 张三 applies for execution from his closed case (a 调解书, effective at
// once), sees the doubled interest for delay the domain computes with its derivation, and lands on the new 执 case,
// which the filing clerk registers.
import { describe, expect, test } from 'vitest';
import { delayInterest } from '../src/domain/execution/delayInterest';
import { fenToYuan } from '../src/domain/money/yuan';
import { todayInShanghai } from '../test/support/fixtures';
import { decidedCase } from '../test/support/scenarios';
import { testClock } from '../test/support/testClock';
import { caseIdFromUrl, fireEvent, loginAs, openCase, pick } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });

describe('execution', () => {
  test('张三 applies from his closed case with the delay interest shown; the clerk registers the 执 case', async () => {
    const base = web.server.baseUrl;
    const title = await decidedCase(base, clock, { method: 'mediation' });
    // The browser's today is the real one: the server's follows it.
    const today = todayInShanghai();
    clock.set(today);

    const page = await loginAs(web.browser, base, 'zhangsan');
    await openCase(page, base, title.id);
    await page.getByTestId('apply-execution').click();
    const modal = page.getByRole('dialog');
    await modal.locator('#items_0_label').fill('借款本金');
    await modal.locator('#items_0_amount').fill('100000.00');
    await pick(page, 'items_0_dueOn', '2026-04-30');
    // DELAY-2014 art 1, as the domain computes it, with its derivation.
    const expected = delayInterest({ debts: [{ id: 'item1', label: '借款本金', amountFen: 10000000n, dueOn: '2026-04-30' }], payments: [], asOf: today });
    await expect.poll(() => modal.getByTestId('execution-interest-preview').innerText()).toContain(`${fenToYuan(expected.interestOwedFen)} 元`);
    expect(await modal.getByTestId('execution-interest-preview').innerText()).toContain('日万分之1.75');
    await modal.getByRole('checkbox', { name: /李四/ }).check();
    await modal.locator('#assetClues').fill('李四名下工商银行账户');
    await modal.getByRole('button', { name: '提交' }).click();
    await page.waitForURL((u) => u.pathname !== `/cases/${title.id}`);
    await expect.poll(() => page.getByTestId('case-number').innerText()).toMatch(/执\d+号/);
    const execId = caseIdFromUrl(page);
    await page.getByRole('tab', { name: '执行' }).click();
    await expect.poll(() => page.getByTestId('execution-record').innerText()).toContain(fenToYuan(expected.interestOwedFen));

    const clerk = await loginAs(web.browser, base, 'ng-filing');
    await openCase(clerk, base, execId);
    await fireEvent(clerk, 'registerExecution');
    await expect.poll(() => clerk.getByTestId('case-detail').getAttribute('data-node')).toBe('registered');
  });
});
