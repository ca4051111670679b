// 调解组织与调解员 in the browser: the administrator registers an organisation through the dialog; a court's 立案庭
// chief finds the page in their menu and sees their own court's organisations and the mediators serving it.
import { describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/db/seed/demoProvince';
import { ApiClient } from '../test/support/apiClient';
import { courtId, divisionId } from '../test/support/fixtures';
import { choose, loginAs } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

describe('mediation organisations and mediators, administered', () => {
  test('the administrator registers an organisation; the 立案庭 chief sees their own court', async () => {
    const admin = await loginAs(web.browser, web.server.baseUrl, 'admin');
    await admin.getByRole('menuitem', { name: '调解组织与调解员' }).click();
    const organisations = admin.getByTestId('mediation-organisations');
    await expect.poll(() => organisations.innerText()).toContain('南关区人民调解委员会');
    await admin.getByRole('button', { name: '登记调解组织' }).click();
    const dialog = admin.getByRole('dialog');
    await choose(admin, 'courtId', '长春市南关区人民法院');
    await dialog.locator('#name').fill('南关区婚姻家庭纠纷调解委员会');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => organisations.innerText()).toContain('南关区婚姻家庭纠纷调解委员会');

    const api = await ApiClient.loggedIn(web.server.baseUrl, 'admin');
    const kc = await courtId(api, '吉0103');
    const made = await api.post('/api/v1/admin/users', { username: 'kc-filing-chief', displayName: '宽城立案庭庭长', password: DEMO_PASSWORD, roles: ['divisionChief', 'judge'], courtId: kc, divisionId: await divisionId(api, kc, '立案庭') });
    expect(made.status).toBe(201);
    const chief = await loginAs(web.browser, web.server.baseUrl, 'kc-filing-chief');
    await chief.getByRole('menuitem', { name: '调解组织与调解员' }).click();
    const mediators = chief.getByTestId('mediation-mediators');
    await expect.poll(() => mediators.innerText()).toContain('金融调解员');
    expect(await mediators.innerText()).not.toContain('南关法院特邀调解员');
    expect(await chief.getByTestId('mediation-organisations').innerText()).not.toContain('南关区人民调解委员会');
  });
});
