// 诉前调解 centre in the browser (issue 16 item 6): the filing clerk finds a matter received today with its age, narrows
// the queue to overdue entrustments, and opens the mediators' workload.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { fileLoanCase } from '../test/support/scenarios';
import { loginAs } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

describe('the mediation centre', () => {
  test('the queue by age, the overdue filter and the mediator workload', async () => {
    const filing = await fileLoanCase(web.server.baseUrl, { mediationConsent: true });
    const api = await ApiClient.loggedIn(web.server.baseUrl, 'ng-filing');
    expect((await api.fire(filing.id, 'routeToMediation', {})).status).toBe(200);
    const matter = (await api.get(`/api/v1/cases/${filing.id}/timeline`)).body.at(-1).payload.mediationCaseNumber as string;

    const clerk = await loginAs(web.browser, web.server.baseUrl, 'ng-filing');
    await clerk.getByRole('menuitem', { name: '诉前调解' }).click();
    await expect.poll(() => clerk.locator('table').first().innerText()).toContain(matter);
    expect(await clerk.locator('table').first().innerText()).toContain('收案天数');
    // Received today: its entrustment is not overdue yet.
    await clerk.getByTestId('overdue-entrustment').click();
    await expect.poll(() => clerk.url()).toContain('overdueEntrustment=true');
    await expect.poll(() => clerk.locator('table').first().innerText()).not.toContain(matter);

    await clerk.getByRole('tab', { name: '调解员工作量' }).click();
    const workload = clerk.getByTestId('mediator-workload');
    await expect.poll(() => workload.innerText()).toContain('南关法院特邀调解员');
    expect(await workload.innerText()).toContain('本月调解成功');
  });
});
