// The walk-through: the clerk serves the complaint copy on the platform, the defendant opens the served file
// from its inbox (that serves it), downloads it again later, and the case shows the deemed service date and the
// defence period it started.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { docxText } from '../test/support/docxText';
import { acceptCase, fileLoanCase } from '../test/support/scenarios';
import { testClock } from '../test/support/testClock';
import { screenshot } from './support/browser';
import { fireEvent, loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });

describe('electronic service through the portal', () => {
  test('served document opened from the inbox: the clerk sends, 李四 opens the file, and the case shows service and the defence period', async () => {
    const { id } = await fileLoanCase(web.server.baseUrl);
    await acceptCase(web.server.baseUrl, id, 'ordinary');

    const clerk = await loginAs(web.browser, web.server.baseUrl, 'ng-filing');
    await openCase(clerk, web.server.baseUrl, id);
    await fireEvent(clerk, 'serveOnPlatform', async (m) => {
      await m.locator('#document').click();
      await clerk.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '起诉状副本' }).click();
      await m.getByLabel('被告：李四').check();
    });
    await expect.poll(() => clerk.getByTestId('case-timeline').innerText()).toContain('平台电子送达');

    clock.set('2026-03-04');
    const lisi = await loginAs(web.browser, web.server.baseUrl, 'lisi');
    await lisi.getByRole('menuitem', { name: '我的送达' }).click();
    const row = lisi.getByTestId('inbox').locator('tr', { hasText: '起诉状副本' });
    await expect.poll(() => row.innerText()).toContain('未读');
    const [download] = await Promise.all([lisi.waitForEvent('download'), row.getByRole('link', { name: '阅读' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^起诉状副本.*\.docx$/);
    const text = await docxText(await readFile((await download.path())!));
    expect(text).toContain('判令被告偿还借款本金人民币150000元');
    await expect.poll(() => row.innerText()).toContain('2026-03-04 视为送达');
    // Later, the same file again: nothing changes.
    const [again] = await Promise.all([lisi.waitForEvent('download'), row.getByRole('link', { name: '下载' }).click()]);
    expect(again.suggestedFilename()).toBe(download.suggestedFilename());

    await clerk.reload();
    const defence = clerk.getByTestId('case-clock').getByTestId('period-defence');
    await expect.poll(() => defence.getByTestId('period-due').innerText()).toBe('2026-03-19');
    await defence.getByTestId('period-trace').click();
    await expect.poll(() => clerk.getByTestId('case-clock').innerText()).toContain('平台电子送达（李四）');
    await screenshot(clerk, 'platform-service-read');
  });
});
