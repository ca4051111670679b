// The whole civil path through the web app, one actor after another: 张三 files online, the 南关 filing clerk
// registers the case, the 庭长 assigns it, the judge hears and decides it, 李四 appeals, and the 长春中院 filing
// clerk finds the 民终 case linked to the first instance.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { TINY_PDF, demoUser, todayInShanghai } from '../test/support/fixtures';
import { screenshot } from './support/browser';
import { caseIdFromUrl, choose, fireEvent, loginAs, openCase, pick } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

describe('a civil case through the browser', () => {
  test('filing, registration, assignment, hearing, judgment and appeal, each by its own actor', async () => {
    const base = web.server.baseUrl;
    const today = todayInShanghai();

    // 张三 files a 民间借贷 complaint online.
    const party = await loginAs(web.browser, base, 'zhangsan');
    await party.goto(`${base}/filings/new`);
    await choose(party, 'courtId', '长春市南关区人民法院', '南关');
    await choose(party, 'causeId', '民间借贷纠纷', '民间借贷');
    await party.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => party.locator('#parties_0_name').inputValue()).toBe('张三');
    await party.locator('#parties_0_idNumber').fill(demoUser('zhangsan').idNumber!);
    await party.locator('#parties_1_name').fill('李四');
    await party.locator('#parties_1_idNumber').fill(demoUser('lisi').idNumber!);
    await party.locator('#parties_1_address').fill('长春市朝阳区人民大街1号');
    await party.getByRole('button', { name: '下一步' }).click();
    await party.locator('#claims_0').fill('判令被告偿还借款本金人民币150000元');
    await party.locator('#amount').fill('150000');
    // The estimate follows the amount as it is typed: 3,300 yuan, 1,650 under simple procedure (FEE arts 13, 16).
    await expect.poll(() => party.getByTestId('fee-estimate').innerText()).toContain('3300.00');
    await expect.poll(() => party.getByTestId('fee-estimate').innerText()).toContain('1650.00');
    await party.locator('#facts').fill('2024年3月1日被告向原告借款15万元，约定一年内归还，到期未还。');
    await party.getByRole('button', { name: '下一步' }).click();
    await party.getByTestId('upload-complaint').locator('input[type=file]').setInputFiles({ name: '起诉状.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
    await party.getByTestId('upload-sha256').first().waitFor();
    await party.getByRole('button', { name: '下一步' }).click();
    // 送达地址确认书 with the filing: it cannot be skipped unsigned.
    const addresses = party.getByTestId('filing-addresses');
    await addresses.locator('#addresses_email').fill('zhangsan@example.test');
    await party.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => addresses.innerText()).toContain('请勾选确认后签署送达地址确认书');
    await party.getByTestId('address-signed').check();
    await party.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => party.getByTestId('review-addresses').innerText()).toContain('zhangsan@example.test');
    await party.getByTestId('mediation-consent').getByText('不接受', { exact: true }).click();
    await party.getByTestId('submit-filing').click();
    await party.waitForURL(/\/cases\/\d+/);
    const caseId = caseIdFromUrl(party);
    await expect.poll(() => party.getByTestId('case-title').innerText()).toContain('张三诉李四民间借贷纠纷');
    await expect.poll(() => party.locator('.ant-tag', { hasText: '待审查立案' }).count()).toBeGreaterThan(0);
    await party.getByRole('tab', { name: '送达' }).click();
    await expect.poll(() => party.getByTestId('service-parties').innerText()).toContain('zhangsan@example.test');

    // The filing clerk of 南关 sees it waiting and registers it under simple procedure.
    const clerk = await loginAs(web.browser, base, 'ng-filing');
    await clerk.goto(`${base}/filing-queue`);
    const row = clerk.locator('tr', { hasText: '张三诉李四民间借贷纠纷' });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('link').first().click();
    await clerk.getByTestId('event-accept').waitFor();
    await fireEvent(clerk, 'accept', async (m) => {
      await m.getByText('简易程序').click();
      await choose(clerk, 'divisionId', '民事审判第一庭', '民事审判第一庭');
    });
    const number = `（${today.slice(0, 4)}）吉0102民初1号`;
    await expect.poll(() => clerk.getByTestId('case-number').innerText()).toBe(number);

    // 电子卷宗: the clerk finds the complaint and the generated notices placed in the catalogue and moves a notice to
    // 其他材料; the move is on the timeline.
    await clerk.getByRole('tab', { name: '电子卷宗' }).click();
    await expect.poll(() => clerk.getByTestId('dossier-section-pleading').innerText()).toContain('起诉状');
    const notice = clerk.getByTestId('dossier-section-acceptance').locator('[data-testid^="dossier-item-"]').first();
    const noticeTitle = await notice.locator('a').innerText();
    const noticeId = (await notice.getAttribute('data-testid'))!.replace('dossier-item-', '');
    await choose(clerk, `dossier-move-${noticeId}`, '正卷 · 其他材料', '其他材料');
    await expect.poll(() => clerk.getByTestId('dossier-section-other').innerText()).toContain(noticeTitle.trim());
    await expect.poll(() => clerk.getByTestId('case-timeline').innerText()).toContain('调整卷宗材料类目');
    // 导出整卷: the export runs as a background job; the PDF downloads when it is done.
    const [volume] = await Promise.all([clerk.waitForEvent('download', { timeout: 60_000 }), clerk.getByTestId('dossier-export-primary').getByRole('button', { name: /导出整卷/ }).click()]);
    expect(volume.suggestedFilename()).toBe(`${number}-正卷.pdf`);
    expect((await readFile((await volume.path())!)).subarray(0, 5).toString()).toBe('%PDF-');

    // 张三 sees the number at once, and the fee notice: 1,650 yuan into the case's own account.
    await party.reload();
    await expect.poll(() => party.getByTestId('case-number').innerText()).toBe(number);
    await expect.poll(() => party.getByTestId('fees-due').innerText()).toContain('1,650.00');
    expect(await party.getByTestId('fee-account').innerText()).toMatch(/^9558\d{11}$/);

    // The division chief assigns it to 法官甲, with the reason recorded.
    const chief = await loginAs(web.browser, base, 'ng-chief');
    await chief.goto(`${base}/assignment-queue`);
    await chief.locator('tr', { hasText: number }).getByRole('link').first().click();
    await fireEvent(chief, 'assign', async (m) => {
      await m.getByText('指定分案').click();
      await m.getByText('独任', { exact: true }).click();
      await choose(chief, 'judgeId', '南关法院法官甲', '法官甲');
      await m.locator('#reason').fill('法官甲专办民间借贷类案件');
    });
    await expect.poll(() => chief.locator('body').innerText()).toContain('南关法院法官甲');

    // The judge finds it on the workbench, schedules a hearing, records it held and decides by judgment.
    const judge = await loginAs(web.browser, base, 'ng-judge1');
    await judge.goto(`${base}/workbench`);
    await judge.locator('tr', { hasText: number }).getByRole('link').first().click();
    await fireEvent(judge, 'scheduleHearing', async () => {
      await pick(judge, 'date', today);
      // Earlier today: a hearing is recorded as held only once it has begun.
      await pick(judge, 'start', '00:00');
      await pick(judge, 'end', '00:30');
      await choose(judge, 'roomId', '第一法庭', '第一');
      // Before dawn is outside working hours: the form warns, the judge goes ahead.
    }, { acknowledge: /超出工作时间/ });
    await expect.poll(() => judge.locator('.ant-tag', { hasText: '已排期' }).count()).toBeGreaterThan(0);
    await fireEvent(judge, 'recordHearing', async (m) => {
      await m.locator('textarea').first().fill('双方到庭，完成举证质证和法庭辩论。');
    });
    await fireEvent(judge, 'close', async (m) => {
      await m.getByText('判决', { exact: true }).click();
      await m.locator('input[type=file]').setInputFiles({ name: '判决书.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
      await expect.poll(() => m.locator('.ant-upload-list-item-done').count()).toBe(1);
      await m.locator('#summary').fill('判决被告偿还借款本金15万元。');
    });
    await expect.poll(() => judge.locator('.ant-tag', { hasText: '已结案' }).count()).toBeGreaterThan(0);
    const timeline = judge.getByTestId('case-timeline');
    for (const label of ['提交立案申请', '登记立案', '分案', '排期开庭', '记录开庭', '结案']) {
      await expect.poll(() => timeline.innerText()).toContain(label);
    }
    await screenshot(judge, 'case-timeline');

    // 李四 appeals; the 民终 case opens at 长春中院.
    const lisi = await loginAs(web.browser, base, 'lisi');
    await openCase(lisi, base, caseId);
    await fireEvent(lisi, 'appeal', async (m) => {
      await m.locator('#reasons').fill('一审认定借款事实错误，请求撤销原判。');
      await m.locator('#appealedAmount').fill('150000');
      await m.getByTestId('upload-appealPetition').locator('input[type=file]').setInputFiles({ name: '上诉状.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
      await m.getByTestId('upload-sha256').first().waitFor();
    });
    await expect.poll(() => lisi.locator('body').innerText()).toContain('吉林省长春市中级人民法院');

    // The filing clerk of 长春中院 finds the appeal in the queue, linked to the first instance.
    const ccClerk = await loginAs(web.browser, base, 'cc-filing');
    await ccClerk.goto(`${base}/filing-queue`);
    const appealRow = ccClerk.locator('tr', { hasText: '上诉案' });
    await expect.poll(() => appealRow.count()).toBe(1);
    await appealRow.getByRole('link').first().click();
    await ccClerk.getByTestId('case-number').waitFor();
    await ccClerk.getByRole('tab', { name: /关联案件/ }).click();
    await expect.poll(() => ccClerk.locator('body').innerText()).toContain(number);
    await ccClerk.getByRole('link', { name: number }).click();
    await expect.poll(() => ccClerk.getByTestId('case-number').innerText()).toBe(number);
    expect(caseIdFromUrl(ccClerk)).toBe(caseId);
  });
});
