// The caseload dashboard in the browser: the intermediate court's 院长 opens 收结案统计 from the menu and sees the
// courts under it, the case registered this month counted for 南关, and the chart of the months chosen.
import { describe, expect, test } from 'vitest';
import { acceptCase, fileLoanCase } from '../test/support/scenarios';
import { testClock } from '../test/support/testClock';
import { screenshot } from './support/browser';
import { loginAs } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });

describe('caseload statistics', () => {
  test('the 院长 sees registrations per court and month', async () => {
    const { id } = await fileLoanCase(web.server.baseUrl);
    await acceptCase(web.server.baseUrl, id);

    const president = await loginAs(web.browser, web.server.baseUrl, 'cc-president');
    await president.getByRole('menuitem', { name: '收结案统计' }).click();
    const table = president.getByTestId('stats-table');
    await expect.poll(() => table.innerText()).toContain('长春市南关区人民法院');
    const nanguan = table.getByRole('row').filter({ hasText: '长春市南关区人民法院' });
    // Registered 1, closed 0, ratio 0.0 %, open 1.
    expect((await nanguan.locator('td').allInnerTexts()).map((x) => x.trim())).toEqual(['长春市南关区人民法院', '1', '0', '0.0%', '1']);
    expect(await table.innerText()).toContain('长春市宽城区人民法院');
    await expect.poll(() => president.getByTestId('stats-chart').locator('svg text').allTextContents().then((x) => x.join(' '))).toContain('2026-03');

    await president.getByTestId('stats-months').locator('input').fill('3');
    await president.getByTestId('stats-months').locator('input').press('Enter');
    // The chart redraws with the three months up to today (12 were shown before).
    const monthLabels = () => president.getByTestId('stats-chart').locator('svg text').allTextContents().then((x) => x.filter((t) => /^\d{4}-\d{2}$/.test(t)));
    await expect.poll(monthLabels).toEqual(['2026-01', '2026-02', '2026-03']);
    // The mediation centre's figures follow, per court: 南关 has no matter, so no rate.
    const mediation = president.getByTestId('mediation-stats-courts').getByRole('row').filter({ hasText: '长春市南关区人民法院' });
    await expect.poll(async () => (await mediation.locator('td').allInnerTexts()).map((x) => x.trim())).toEqual(['长春市南关区人民法院', '0', '0', '0', '0', '—', '—', '—']);
    expect(await president.getByTestId('mediation-confirmations').innerText()).toBe('司法确认：确认有效 0 件，裁定驳回 0 件，不予受理 0 件');
    await screenshot(president, 'statistics');
  });
});
