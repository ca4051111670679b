// 卷宗检索 in the browser: 张三, on a phone (390 × 844), searches his dossier from the menu's page and sees his complaint's
// page with the phrase marked, nothing scrolling sideways; the filing clerk searches inside the case's 电子卷宗 tab and
// each hit links to the reading pane at its page with the query.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { demoUser } from '../test/support/fixtures';
import { jobFinished } from '../test/support/jobs';
import { textPdf } from '../test/support/scannedPages';
import { acceptCase, fileLoanCase } from '../test/support/scenarios';
import { expectNoSidewaysScroll, PHONE } from './support/phone';
import { screenshot } from './support/browser';
import { loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

describe('dossier search', () => {
  test('张三 finds the phrase on his complaint on a phone; the clerk searches inside the case', async () => {
    const base = web.server.baseUrl;
    const party = await ApiClient.loggedIn(base, 'zhangsan');
    const up = await party.upload('借条.pdf', await textPdf(['借条：今借到张三人民币十五万元整，于二〇二五年三月一日前归还。', '借款人：欧阳振华']), 'application/pdf', 'evidence');
    const set = (await web.server.database.pool.query('select job_id from attachment_page_sets where attachment_id = $1', [up.body.id])).rows[0];
    await jobFinished(party, Number(set.job_id), 120_000);
    const filed = await fileLoanCase(base, {
      parties: [
        { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, phone: '13800000001', isSelf: true },
        { standing: 'defendant', kind: 'person', name: '欧阳振华', address: '长春市朝阳区' },
      ],
      attachmentIds: [up.body.id],
    });
    await acceptCase(base, filed.id);

    const page = await loginAs(web.browser, base, 'zhangsan', PHONE);
    await page.goto(`${base}/dossier-search`);
    await page.getByTestId('dossier-search-q').locator('input').fill('"十五万元"');
    await page.getByTestId('dossier-search-q').locator('input').press('Enter');
    const hit = page.getByTestId(`hit-${up.body.id}-1`);
    await hit.waitFor();
    expect(await hit.locator('mark').allInnerTexts()).toEqual(['十五万元']);
    expect(await hit.getByTestId('hit-open').getAttribute('href')).toBe(`/cases/${filed.id}/dossier/view?item=${up.body.id}&page=1&q=${encodeURIComponent('"十五万元"')}`);
    await expectNoSidewaysScroll(page, 'dossier search on a phone');
    await screenshot(page, 'dossier-search-phone');
    // Words on different pages are not a hit together (both must be on the page).
    await page.getByTestId('dossier-search-q').locator('input').fill('借条 欧阳振华');
    await page.getByTestId('dossier-search-q').locator('input').press('Enter');
    await page.getByText('没有找到包含这些文字的卷宗页面').waitFor();

    const clerk = await loginAs(web.browser, base, 'ng-filing');
    await openCase(clerk, base, filed.id);
    await clerk.getByRole('tab', { name: '电子卷宗' }).click();
    const box = clerk.getByTestId('case-dossier-search').locator('input');
    await box.fill('欧阳振华');
    await box.press('Enter');
    const inCase = clerk.getByTestId(`hit-${up.body.id}-2`);
    await inCase.waitFor();
    expect(await inCase.locator('mark').allInnerTexts()).toEqual(['欧阳振华']);
    expect(await clerk.getByTestId('case-dossier-search').getByTestId('hit-total').innerText()).toBe('共 1 处命中');
  });
});
