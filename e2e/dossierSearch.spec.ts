// 电子卷宗 in the browser (issue 20): the filing clerk files a scanned complaint into the case's dossier and sees its
// pages being read; the judge searches a phrase of it on 卷宗检索 and opens the hit — the reading pane shows the scanned
// page with the phrase boxed from its OCR words. 张三, on a phone (390 × 844), finds the phrase of his own evidence with
// nothing scrolling sideways, and never the court's 副卷.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { jobFinished } from '../test/support/jobs';
import { ocrMissing, scannedPng, textPdf } from '../test/support/scannedPages';
import { demoUser } from '../test/support/fixtures';
import { acceptCase, fileLoanCase } from '../test/support/scenarios';
import { screenshot } from './support/browser';
import { expectNoSidewaysScroll, PHONE } from './support/phone';
import { loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const missing = ocrMissing();
const web = webServerForSpec();

describe.skipIf(missing !== null)('the dossier: scanned, read, searched, read again', () => {
  test('the clerk files a scan and sees it read; the judge searches a phrase and opens the hit boxed on its page', async () => {
    const base = web.server.baseUrl;
    const party = await ApiClient.loggedIn(base, 'zhangsan');
    // 张三's own evidence (a text PDF), filed with his complaint; and a report the court keeps to itself (副卷).
    const evidence = await party.upload('借条.pdf', await textPdf(['借条：今借到张三人民币十五万元整，于二〇二五年三月一日前归还。', '借款人：欧阳振华']), 'application/pdf', 'evidence');
    const { id } = await fileLoanCase(base, {
      parties: [
        { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, phone: '13800000001', isSelf: true },
        { standing: 'defendant', kind: 'person', name: '欧阳振华', address: '长春市朝阳区' },
      ],
      attachmentIds: [evidence.body.id],
    });
    await acceptCase(base, id);
    const clerkApi = await ApiClient.loggedIn(base, 'ng-filing');
    const report = await clerkApi.upload('审理报告.pdf', await textPdf(['审理报告：被告欧阳振华未到庭，借款事实清楚。']), 'application/pdf');
    const filed = await clerkApi.post(`/api/v1/cases/${id}/dossier/items`, { attachmentIds: [report.body.id], sectionKey: 'trialReport' });
    expect(filed.status).toBe(201);
    for (const [who, a] of [[party, evidence.body.id], [clerkApi, report.body.id]] as const) {
      const set = (await web.server.database.pool.query('select job_id from attachment_page_sets where attachment_id = $1', [a])).rows[0];
      await jobFinished(who, Number(set.job_id), 120_000);
    }

    // The clerk scans the signed complaint at the counter and files it under 起诉状.
    const clerk = await loginAs(web.browser, base, 'ng-filing');
    await openCase(clerk, base, id);
    await clerk.getByRole('tab', { name: '电子卷宗' }).click();
    const card = clerk.getByTestId('dossier-file-scans');
    await card.locator('#dossier-file-section').click();
    await clerk.locator('.ant-select-dropdown:visible').getByText('正卷 · 起诉状、上诉状', { exact: true }).click();
    const scan = await scannedPng('民事起诉状\n原告张三请求判令被告偿还借款本金十五万元', { fontSize: 12 });
    await card.locator('input[type=file]').setInputFiles({ name: '起诉状扫描件.png', mimeType: 'image/png', buffer: scan });
    const submit = card.getByRole('button', { name: /入卷（1 份）/ });
    await expect.poll(() => submit.isEnabled(), { timeout: 20_000 }).toBe(true);
    await submit.click();
    // The item shows how its reading stands, then that it is read.
    const row = clerk.locator('[data-testid^="dossier-item-"]').filter({ hasText: '起诉状扫描件.png' });
    await row.waitFor();
    const status = row.locator('[data-testid^="dossier-reading-"]');
    expect(await status.innerText()).toMatch(/等待拆页识别|识别中 \d+\/1 页|已识别/);
    await expect.poll(() => status.innerText(), { timeout: 90_000 }).toBe('已识别');
    const scanId = Number((await row.getAttribute('data-testid'))!.replace('dossier-item-', ''));
    await screenshot(clerk, 'dossier-scan-filed');

    // The judge searches the phrase across the court's dossiers and opens the hit.
    const judge = await loginAs(web.browser, base, 'ng-judge1');
    await judge.goto(`${base}/dossier-search`);
    const q = judge.getByTestId('dossier-search-q').locator('input');
    await q.fill('"本金十五万元"');
    await q.press('Enter');
    const hit = judge.getByTestId(`hit-${scanId}-1`);
    await hit.waitFor();
    expect((await hit.locator('mark').allInnerTexts()).join('')).toBe('本金十五万元');
    await hit.getByTestId('hit-open').click();
    await judge.waitForURL(new RegExp(`/cases/${id}/dossier/view\\?item=${scanId}&page=1`));
    await expect.poll(() => judge.getByTestId('viewer-image').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => judge.getByTestId('viewer-hit').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const box = (await judge.getByTestId('viewer-hit').first().boundingBox())!;
    const image = (await judge.getByTestId('viewer-image').boundingBox())!;
    // The box lies on the page image, over the second line (the phrase), not over the title.
    expect(box.x).toBeGreaterThanOrEqual(image.x - 1);
    expect(box.y).toBeGreaterThan(image.y + 4);
    expect(box.y + box.height).toBeLessThanOrEqual(image.y + image.height + 1);
    await screenshot(judge, 'dossier-hit-on-scan');

    // 张三 on his phone: his evidence's phrase is found, the court's report never.
    const phone = await loginAs(web.browser, base, 'zhangsan', PHONE);
    await phone.goto(`${base}/dossier-search`);
    const box2 = phone.getByTestId('dossier-search-q').locator('input');
    await box2.fill('"十五万元"');
    await box2.press('Enter');
    await phone.getByTestId(`hit-${evidence.body.id}-1`).waitFor();
    expect(await phone.getByTestId(`hit-${evidence.body.id}-1`).locator('mark').allInnerTexts()).toEqual(['十五万元']);
    await expectNoSidewaysScroll(phone, 'dossier search on a phone');
    await box2.fill('审理报告');
    await box2.press('Enter');
    await phone.getByText('没有找到包含这些文字的卷宗页面').waitFor();
  });
});
