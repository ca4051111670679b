// Issue 18 in the browser, one journey: the officer of a 执 case sends inquiries to the national bank and the local
// real-estate registry; the bank, in its agency portal, answers with an account and its balance; the officer freezes
// it; the bank executes the freeze; the case shows the asset and the freeze in force with its days left. Then the
// administrator, on 查控协助单位管理, gives the court's housing-fund centre an account, which logs in to the portal.
import { describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/db/seed/demoProvince';
import { assignedExecutionCase } from '../test/support/executionScenario';
import { testClock } from '../test/support/testClock';
import { choose, loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });

describe('网络查控', () => {
  test('the judge sends inquiries; the agency answers one and executes a freeze; the result shows on the case', async () => {
    const base = web.server.baseUrl;
    const ex = await assignedExecutionCase(base, clock);

    const judge = await loginAs(web.browser, base, 'ng-exec1');
    await openCase(judge, base, ex.id);
    await judge.getByRole('tab', { name: '执行' }).click();
    await judge.getByTestId('asset-inquire').click();
    const inquiry = judge.getByRole('dialog');
    await inquiry.getByRole('checkbox', { name: /中国工商银行（总对总）/ }).check();
    await inquiry.getByRole('checkbox', { name: /长春市南关区不动产登记中心/ }).check();
    await inquiry.getByRole('button', { name: /确\s*定/ }).click();
    await inquiry.waitFor({ state: 'hidden' });
    await expect.poll(() => judge.getByTestId('asset-requests').innerText()).toContain('中国工商银行（总对总）');

    // The bank sees only its own request: the debtor and the inquiry.
    const bank = await loginAs(web.browser, base, 'agency-icbc');
    await expect.poll(() => bank.url()).toContain('/agency/requests');
    const list = bank.getByTestId('agency-requests');
    await expect.poll(() => list.innerText()).toContain('李四');
    expect(await list.innerText()).not.toContain('不动产登记中心');
    await list.getByRole('button', { name: '办理' }).first().click();
    const answer = bank.getByRole('dialog');
    await answer.getByTestId('answer-add').click();
    await answer.getByTestId('answer-identifier-0').fill('6222020000000001');
    await answer.getByTestId('answer-description-0').fill('工商银行活期账户');
    await answer.getByTestId('answer-balance-0').fill('5000');
    await answer.getByRole('button', { name: '反馈查询结果' }).click();
    await answer.waitFor({ state: 'hidden' });

    // The account lands in the case's asset list; the officer freezes it (the ruling and notice are generated).
    await judge.reload();
    await judge.getByRole('tab', { name: '执行' }).click();
    const assets = judge.getByTestId('asset-list');
    await expect.poll(() => assets.innerText()).toContain('6222020000000001');
    expect(await assets.innerText()).toContain('网络查询');
    await assets.getByRole('button', { name: /冻\s*结/ }).click();
    const freeze = judge.getByRole('dialog');
    await freeze.getByRole('button', { name: /确\s*定/ }).click();
    await freeze.waitFor({ state: 'hidden' });

    await bank.reload();
    await bank.getByTestId('agency-requests').getByRole('button', { name: '办理' }).first().click();
    const execute = bank.getByRole('dialog');
    await expect.poll(() => execute.innerText()).toContain('协助执行通知书');
    await execute.getByRole('button', { name: /办\s*结/ }).click();
    await execute.waitFor({ state: 'hidden' });

    await judge.reload();
    await judge.getByRole('tab', { name: '执行' }).click();
    await expect.poll(() => judge.getByTestId('asset-controls').innerText()).toMatch(/有效|即将到期/);
    expect(await judge.getByTestId('asset-controls').innerText()).toContain('5000.00');
  });

  test('the administrator creates an account of a local agency on the agencies page; it logs in to the agency portal', async () => {
    const base = web.server.baseUrl;
    const admin = await loginAs(web.browser, base, 'admin');
    await admin.goto(`${base}/admin/asset-control`);
    await choose(admin, 'agency-admin-court', '长春市南关区人民法院', '南关');
    const table = admin.getByTestId('agency-admin-table');
    await expect.poll(() => table.innerText()).toContain('长春市南关区住房公积金管理中心');
    expect(await table.innerText()).toContain('总对总');
    expect(await admin.getByTestId('agency-approval').getByRole('radio', { name: /无需审批/ }).isChecked()).toBe(true);
    await table.locator('tr', { hasText: '长春市南关区住房公积金管理中心' }).getByRole('button', { name: '账号' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByRole('button', { name: '新建账号' }).click();
    await dialog.locator('#username').fill('agency-ng-fund');
    await dialog.locator('#displayName').fill('公积金中心经办人');
    await dialog.locator('#password').fill(DEMO_PASSWORD);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(() => dialog.getByTestId('agency-accounts').innerText()).toContain('agency-ng-fund');

    const fund = await loginAs(web.browser, base, 'agency-ng-fund');
    await expect.poll(() => fund.url()).toContain('/agency/requests');
  });
});
