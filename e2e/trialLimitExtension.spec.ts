// The judge applies to extend the 审限 from the case page; the 院长 approves it from the pending list; the due date
// and its derivation change on the case page (EXT-2018 art 1).
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildWeb } from '../scripts/build.mjs';
import { ApiClient } from '../test/support/apiClient';
import { assignedCase } from '../test/support/scenarios';
import { startTestServer, type TestServer } from '../test/support/testServer';
import { launchBrowser, screenshot } from './support/browser';
import { fireEvent, loginAs, openCase } from './support/ui';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await buildWeb();
  server = await startTestServer({ config: { webDir: path.resolve('dist/web') } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const trialLimitDue = async (api: ApiClient, id: number) =>
  (await api.get(`/api/v1/cases/${id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'trialLimit').dueOn as string;

describe('extending the trial limit', () => {
  test('the judge applies, the president approves, and the case page shows the new date and why', async () => {
    const { id } = await assignedCase(server.baseUrl, 'simple');
    const api = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
    const before = await trialLimitDue(api, id);

    const judge = await loginAs(browser, server.baseUrl, 'ng-judge1');
    await openCase(judge, server.baseUrl, id);
    const row = judge.getByTestId('case-clock').getByTestId('period-trialLimit');
    await expect.poll(() => row.getByTestId('period-due').innerText()).toContain(before);
    await fireEvent(judge, 'applyExtension', async (m) => {
      await m.locator('#reason').fill('案件需委托司法鉴定，申请延长审限一个月');
    });
    await expect.poll(() => judge.getByTestId('case-clock').innerText()).toContain('案件需委托司法鉴定');

    const president = await loginAs(browser, server.baseUrl, 'ng-president');
    await president.goto(`${server.baseUrl}/extensions`);
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
