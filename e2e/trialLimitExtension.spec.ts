// The judge applies to extend the 审限 from the case page; the 院长 approves it from the pending list; the due date
// and its derivation change on the case page (EXT-2018 art 1).
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { assignedCase } from '../test/support/scenarios';
import { screenshot } from './support/browser';
import { fireEvent, loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

const trialLimitDue = async (api: ApiClient, id: number) =>
  (await api.get(`/api/v1/cases/${id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'trialLimit').dueOn as string;

describe('extending the trial limit', () => {
  test('the judge applies, the president approves, and the case page shows the new date and why', async () => {
    const { id } = await assignedCase(web.server.baseUrl, 'simple');
    const api = await ApiClient.loggedIn(web.server.baseUrl, 'ng-judge1');
    const before = await trialLimitDue(api, id);

    const judge = await loginAs(web.browser, web.server.baseUrl, 'ng-judge1');
    await openCase(judge, web.server.baseUrl, id);
    const row = judge.getByTestId('case-clock').getByTestId('period-trialLimit');
    await expect.poll(() => row.getByTestId('period-due').innerText()).toContain(before);
    await fireEvent(judge, 'applyExtension', async (m) => {
      await m.locator('#reason').fill('案件需委托司法鉴定，申请延长审限一个月');
    });
    await expect.poll(() => judge.getByTestId('case-clock').innerText()).toContain('案件需委托司法鉴定');

    const president = await loginAs(web.browser, web.server.baseUrl, 'ng-president');
    await president.goto(`${web.server.baseUrl}/extensions`);
    const pending = president.locator('tr', { hasText: '案件需委托司法鉴定' });
    await expect.poll(() => pending.count()).toBe(1);
    await pending.getByRole('link').first().click();
    await president.getByTestId('case-number').waitFor();
    await fireEvent(president, 'approveExtension', async (m) => {
      await m.locator('#note').fill('同意延长一个月');
    });

    const after = await trialLimitDue(api, id);
    expect(after > before).toBe(true);
    await judge.reload();
    await expect.poll(() => row.getByTestId('period-due').innerText()).toContain(after);
    await row.getByTestId('period-trace').click();
    await expect.poll(() => judge.getByTestId('case-clock').innerText()).toMatch(/延长/);
    await screenshot(judge, 'case-clock-after-extension');
  });
});
