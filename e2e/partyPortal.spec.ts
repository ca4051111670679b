// The party's portal on a phone (390 × 844): 张三 files a case through the wizard, which checks his entries where he
// types them and marks the field the server refused; he finds the case, opens the drawer menu, and reads a document
// in his inbox, and opens a registered case whose sections (fees, periods, service, materials, evidence, hearings) show
// as cards. No page scrolls sideways, nor anything inside it; the buttons he needs are on the screen, and axe finds
// nothing serious.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { residentIdCheckChar } from '../src/domain/identity';
import { unifiedCreditCodeCheckChar } from '../src/domain/identity/unifiedCreditCode';
import { ApiClient } from '../test/support/apiClient';
import { addDays } from '../src/domain/calendar/plainDate';
import { TINY_PDF, courtId, demoUser, todayInShanghai } from '../test/support/fixtures';
import { acceptCase, fileLoanCase } from '../test/support/scenarios';
import { seriousAccessibilityViolations } from './support/accessibility';
import { screenshot } from './support/browser';
import { expectNoSidewaysScroll, expectOnScreen, PHONE } from './support/phone';
import { caseIdFromUrl, choose, loginAs } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

/** Nor does anything inside `root` scroll sideways within itself (a wide table would) or reach past the screen's edge. */
async function expectNothingSideways(page: Page, root: string, what: string): Promise<void> {
  const wide = await page.evaluate((sel) => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>(`${sel} *`)]
      .filter((el) => {
        const scrolls = /auto|scroll/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1;
        const r = el.getBoundingClientRect();
        return scrolls || (r.width > 0 && r.height > 0 && (r.left < -1 || r.right > width + 1));
      })
      .map((el) => `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}.${String(el.className).split(' ')[0]}`);
  }, root);
  expect({ what, wide }).toEqual({ what, wide: [] });
}

/** Opens every folded section of the case page, and waits for what they load and for their opening motion. */
async function openAllSections(page: Page): Promise<void> {
  const folded = page.getByTestId('case-sections').locator('.ant-collapse-header[aria-expanded="false"]');
  for (let n = await folded.count(); n > 0; n--) await folded.first().click();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  expect((await seriousAccessibilityViolations(page)).map((v) => `${what}: ${v}`)).toEqual([]);
}

/** The error antd shows under the field with this id. */
const fieldError = (page: Page, id: string) => page.locator(`#${id}_help`);

describe('the party portal on a 390 px phone', () => {
  test('张三 files with inline checks, finds his case through the drawer, and reads his inbox', async () => {
    const base = web.server.baseUrl;
    // A document served on 张三 in an earlier case waits in his inbox.
    const earlier = await fileLoanCase(base);
    await acceptCase(base, earlier.id, 'ordinary');
    const clerk = await ApiClient.loggedIn(base, 'ng-filing');
    const zhang = (await clerk.get(`/api/v1/cases/${earlier.id}`)).body.parties.find((p: { name: string }) => p.name === '张三');
    expect((await clerk.fire(earlier.id, 'serveOnPlatform', { document: 'complaintCopy', partyIds: [zhang.id] })).status).toBe(200);
    // That case has everything a case page shows: 张三's evidence list, a hearing, the fee, periods, service, notices.
    const evidenceFile = await earlier.party.upload('银行转账凭证（2024年3月1日）.pdf', TINY_PDF, 'application/pdf', 'evidence');
    const evidence = await earlier.party.fire(earlier.id, 'submitEvidence', {
      partyId: zhang.id,
      items: [{ name: '银行转账凭证', source: '中国工商银行长春南关支行', purpose: '证明原告于2024年3月1日向被告转账支付借款本金人民币150000元', pages: 3, attachmentIds: [evidenceFile.body.id] }],
    });
    expect(evidence.status).toBe(200);
    const chief = await ApiClient.loggedIn(base, 'ng-chief');
    const judge1 = (await chief.get(`/api/v1/cases/${earlier.id}/eligible-judges`)).body.find((j: { displayName: string }) => j.displayName === '南关法院法官甲');
    expect((await chief.fire(earlier.id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judge1.id, reason: '测试' })).status).toBe(200);
    const judge = await ApiClient.loggedIn(base, 'ng-judge1');
    const room = (await judge.get(`/api/v1/courts/${await courtId(judge, '吉0102')}/rooms`)).body[0].id;
    const hearingOn = addDays(todayInShanghai(), 40);
    const hearing = { startsAt: `${hearingOn}T09:00:00+08:00`, endsAt: `${hearingOn}T11:00:00+08:00`, roomId: room, acknowledgeWarnings: true };
    expect((await judge.fire(earlier.id, 'scheduleHearing', hearing)).status).toBe(200);

    const page = await loginAs(web.browser, base, 'zhangsan', PHONE);

    // A short header: the menu sits behind one button, nothing wraps.
    await page.getByTestId('drawer-menu-button').waitFor();
    const header = (await page.locator('.ant-layout-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(64);
    await expect.poll(() => page.locator('.ant-layout-sider').count()).toBe(0);

    // The filing wizard.
    await page.goto(`${base}/filings/new`);
    await expect.poll(() => page.getByTestId('filing-step-title').innerText()).toBe('第 1 步，共 6 步：受诉法院与案由');
    await expectNoSidewaysScroll(page, 'filing, step 1');
    await expectAccessible(page, 'filing, step 1');
    await choose(page, 'courtId', '长春市南关区人民法院', '南关');
    await choose(page, 'causeId', '民间借贷纠纷', '民间借贷');
    const next = page.getByRole('button', { name: '下一步' });
    await expectOnScreen(next);
    await next.click();

    // Parties: a mistyped ID number and credit code are refused on the field, at this step, before going on.
    await expect.poll(() => page.getByTestId('filing-step-title').innerText()).toContain('当事人');
    const lisiId = demoUser('lisi').idNumber!;
    const mistyped = lisiId.slice(0, 17) + (lisiId[17] === '0' ? '1' : '0');
    await page.locator('#parties_1_name').fill('李四');
    await page.locator('#parties_1_idNumber').fill(mistyped);
    await page.getByTestId('add-thirdParty').click();
    await page.getByTestId('party-2').getByText('法人或其他组织').click();
    await page.locator('#parties_2_name').fill('长春某某商贸有限公司');
    const code17 = '91220102MA0000001';
    const goodCode = code17 + unifiedCreditCodeCheckChar(code17);
    const badCode = code17 + (goodCode[17] === '0' ? '1' : '0');
    await page.locator('#parties_2_creditCode').fill(badCode);
    await expectNoSidewaysScroll(page, 'filing, parties');
    await expectAccessible(page, 'filing, parties');
    await next.click();
    await expect.poll(() => fieldError(page, 'parties_1_idNumber').innerText()).toContain('身份证号码校验位不正确');
    await expect.poll(() => fieldError(page, 'parties_2_creditCode').innerText()).toContain('统一社会信用代码校验位（第18位）不正确');
    expect(await page.getByTestId('filing-step-title').innerText()).toContain('当事人');
    await screenshot(page, 'portal-390-filing-inline-errors');
    await page.locator('#parties_1_idNumber').fill(lisiId);
    await page.locator('#parties_2_creditCode').fill(goodCode);
    await expect.poll(() => fieldError(page, 'parties_2_creditCode').count()).toBe(0);
    // 张三 marks himself with a number that is well formed but not his: only the server can tell.
    const notHis17 = '22010219850515011';
    await page.locator('#parties_0_idNumber').fill(notHis17 + residentIdCheckChar(notHis17));
    await next.click();

    await expect.poll(() => page.getByTestId('filing-step-title').innerText()).toContain('诉讼请求');
    await page.locator('#claims_0').fill('判令被告偿还借款本金人民币150000元');
    await page.locator('#amount').fill('150000');
    await page.locator('#facts').fill('2024年3月1日被告向原告借款15万元，到期未还。');
    await expectNoSidewaysScroll(page, 'filing, claims');
    await next.click();
    await page.getByTestId('upload-complaint').locator('input[type=file]').setInputFiles({ name: '起诉状.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
    await page.getByTestId('upload-sha256').first().waitFor();
    await expectNoSidewaysScroll(page, 'filing, materials');
    await next.click();

    // A bad e-mail address says what is wrong with it.
    await page.locator('#addresses_email').fill('zhangsan.example.test');
    await page.getByTestId('address-signed').check();
    await next.click();
    await expect.poll(() => fieldError(page, 'addresses_email').innerText()).toBe('电子邮箱缺少“@”，应形如 name@example.com。');
    await page.locator('#addresses_email').fill('zhangsan@example.test');
    await expectNoSidewaysScroll(page, 'filing, addresses');
    await next.click();

    const submit = page.getByTestId('submit-filing');
    await expectNoSidewaysScroll(page, 'filing, review');
    await expectOnScreen(submit);
    // He must say whether he accepts pre-litigation mediation (CPL-2023 art 125) before the complaint goes.
    await submit.click();
    await expect.poll(() => fieldError(page, 'mediationConsent').innerText()).toBe('请选择是否接受诉前调解');
    const accept = page.getByTestId('mediation-consent').getByText('接受诉前调解', { exact: true });
    await expectOnScreen(accept);
    await accept.click();
    await expectNoSidewaysScroll(page, 'filing, mediation consent');
    await submit.click();
    // The server refuses: the wizard returns to the parties and marks 张三's ID number, not only a toast.
    await expect.poll(() => fieldError(page, 'parties_0_idNumber').innerText()).toContain('与您实名认证的号码不一致');
    expect(await page.getByTestId('filing-step-title').innerText()).toContain('当事人');
    await page.locator('#parties_0_idNumber').fill(demoUser('zhangsan').idNumber!);
    await expect.poll(() => fieldError(page, 'parties_0_idNumber').count()).toBe(0);
    for (const [title, step] of [['诉讼请求', 3], ['材料', 4], ['送达地址', 5], ['确认', 6]] as const) {
      await next.click();
      await expect.poll(() => page.getByTestId('filing-step-title').innerText()).toContain(`第 ${step} 步`);
      expect(await page.getByTestId('filing-step-title').innerText()).toContain(title);
    }
    await submit.click();
    await page.waitForURL(/\/cases\/\d+/);
    const id = caseIdFromUrl(page);
    // The answer travels with the complaint.
    const zhangApi = await ApiClient.loggedIn(base, 'zhangsan');
    expect((await zhangApi.get(`/api/v1/cases/${id}/timeline`)).body[0].payload.mediationConsent).toBe(true);

    // The case page as a party sees it: the parties as cards, nothing off the side.
    await expect.poll(() => page.getByTestId('case-title').innerText()).toContain('张三诉李四民间借贷纠纷');
    // The case's sections fold open one under the other (six tabs do not fit).
    await page.getByTestId('case-sections').getByRole('button', { name: /当事人/ }).click();
    await expect.poll(() => page.getByTestId('party-cards').innerText()).toContain('长春某某商贸有限公司');
    for (const section of ['材料', '送达', '庭审', '关联案件']) await page.getByTestId('case-sections').getByRole('button', { name: new RegExp(section) }).click();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400); // the sections' opening motion
    await expectNoSidewaysScroll(page, 'case page');
    await expectNothingSideways(page, '[data-testid=case-detail]', 'case page');
    await expectAccessible(page, 'case page');
    await screenshot(page, 'portal-390-case');

    // The registered case: every section, the fees and the periods as cards, and nothing scrolls sideways.
    await page.goto(`${base}/cases/${earlier.id}`);
    await page.getByTestId('case-number').waitFor();
    await openAllSections(page);
    for (const list of ['period-list', 'fee-ledger', 'attachment-list', 'evidence-list', 'service-parties', 'service-tasks', 'hearing-list']) {
      await expect.poll(() => page.getByTestId(`${list}-card`).count(), { message: list }).toBeGreaterThan(0);
    }
    expect(await page.getByTestId('evidence-list').innerText()).toContain('证明原告于2024年3月1日向被告转账支付借款本金人民币150000元');
    expect(await page.getByTestId('hearing-list').innerText()).toContain(hearingOn);
    await expectNoSidewaysScroll(page, 'registered case page');
    await expectNothingSideways(page, '[data-testid=case-detail]', 'registered case page');
    await expectAccessible(page, 'registered case page');
    await screenshot(page, 'portal-390-registered-case');

    // The drawer opens and takes him to his cases, which are cards.
    await page.getByTestId('drawer-menu-button').click();
    const drawer = page.getByRole('dialog');
    await expect.poll(() => drawer.innerText()).toContain('退出登录');
    await expectOnScreen(drawer.getByRole('menuitem', { name: '我的送达' }));
    await page.waitForTimeout(400); // the drawer's slide-in, so axe sees its final colours
    await expectAccessible(page, 'drawer menu');
    await screenshot(page, 'portal-390-drawer');
    await page.getByRole('menuitem', { name: '我的案件' }).click();
    await page.waitForURL(/\/my-cases/);
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const card = page.getByTestId('case-cards-card').filter({ has: page.locator(`a[href="/cases/${id}"]`) });
    await expect.poll(() => card.innerText()).toContain('待审查立案');
    await expectNoSidewaysScroll(page, 'my cases');
    await expectOnScreen(page.getByRole('button', { name: '网上立案' }));
    await expectAccessible(page, 'my cases');
    await screenshot(page, 'portal-390-my-cases');

    // And to his inbox, where the 阅读 button is on the screen and records the reading.
    await page.getByTestId('drawer-menu-button').click();
    await page.getByRole('menuitem', { name: '我的送达' }).click();
    await page.waitForURL(/\/inbox/);
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    const served = page.getByTestId('inbox-card').filter({ hasText: '起诉状副本' }).first();
    await expect.poll(() => served.innerText()).toContain('未读');
    await expectNoSidewaysScroll(page, 'inbox');
    await expectAccessible(page, 'inbox');
    const read = served.getByRole('link', { name: '阅读' });
    await expectOnScreen(read);
    // The served 起诉状 is a PDF: it opens in a tab of its own.
    const [tab] = await Promise.all([page.waitForEvent('popup'), read.click()]);
    await tab.close();
    await expect.poll(() => served.innerText()).toContain('已读');
    await screenshot(page, 'portal-390-inbox');
  });
});
