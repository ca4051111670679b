// Issue 16 in the browser: 张三's complaint, filed accepting mediation, is sent by the filing clerk to pre-litigation
// mediation and entrusted to 南关区人民调解委员会; its mediator accepts, drafts the agreement and writes to the parties,
// 张三 and 李四 (on a phone, where he reads the message) each sign it in the portal, and it closes as 调解成功 with both
// signatures on the 调解 tab and the message marked read. Then the failure: the mediator ends a mediation on a ground
// of art 25 and the complaint is back in 立案审查, where the clerk registers it.
// The settled matter goes on to judicial confirmation (民特): both parties apply, the clerk registers it, the judge confirms.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { courtId, loanComplaint } from '../test/support/fixtures';
import { fileLoanCase } from '../test/support/scenarios';
import { testClock } from '../test/support/testClock';
import { seriousAccessibilityViolations } from './support/accessibility';
import { screenshot } from './support/browser';
import { expectNoSidewaysScroll, expectOnScreen, PHONE } from './support/phone';
import { choose, fireEvent, loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });

const node = (page: Page) => page.getByTestId('case-detail').getAttribute('data-node');

/** Opens the 调解 tab (a folded section on a phone) and returns the record it shows. */
async function mediationRecord(page: Page, narrow = false) {
  if (narrow) await page.getByTestId('case-sections').getByRole('button', { name: '调解' }).click();
  else await page.getByRole('tab', { name: '调解' }).click();
  return page.getByTestId('mediation-record');
}

/** The party signs the agreement it has read: the file and its SHA-256, the box ticked, then 签署. */
async function signAgreement(page: Page, sha256: string, phone = false) {
  await page.getByTestId('event-signAgreement').click();
  const modal = page.getByTestId('event-modal');
  await expect.poll(() => modal.getByTestId('agreement-sha256').innerText()).toContain(sha256);
  expect(await modal.getByTestId('agreement-link').innerText()).toContain('调解协议');
  const sign = modal.getByRole('button', { name: '签署' });
  // Not without saying so.
  await sign.click();
  await expect.poll(() => modal.innerText()).toContain('请阅读调解协议并勾选确认后签署');
  await modal.getByText('我已阅读并同意调解协议全部内容').click();
  if (phone) {
    await expectNoSidewaysScroll(page, 'sign the agreement');
    await expectOnScreen(sign);
  }
  await sign.click();
  await modal.waitFor({ state: 'hidden' });
}

describe('pre-litigation mediation', () => {
  // One journey (logins are the slow part on a busy machine: each actor logs in once).
  test('settled: routed, entrusted, signed by 张三 and by 李四 on his phone, closed, confirmed as 民特; failed: back to 立案审查 and registered', async () => {
    const base = web.server.baseUrl;
    const { id: filingId, party: zhangApi } = await fileLoanCase(base, { mediationConsent: true });

    // The filing clerk sends the complaint to mediation; the page names the new 民诉前调 matter.
    const clerk = await loginAs(web.browser, base, 'ng-filing');
    await openCase(clerk, base, filingId);
    // The filer's answer is on the filing's timeline.
    await expect.poll(() => clerk.getByTestId('case-timeline').innerText()).toContain('诉前调解：接受诉前调解');
    await fireEvent(clerk, 'routeToMediation', async (m) => {
      await m.locator('#note').fill('借贷纠纷，适宜调解');
    });
    const notice = clerk.getByTestId('filing-in-mediation');
    await expect.poll(() => notice.innerText()).toMatch(/（2026）吉0102民诉前调\d+号/);
    await notice.getByRole('link').click();
    await expect.poll(() => clerk.getByTestId('case-number').innerText()).toMatch(/民诉前调/);
    await expect.poll(() => node(clerk)).toBe('received');
    const matterId = Number(await clerk.getByTestId('case-detail').getAttribute('data-case-id'));
    const matterNumber = await clerk.getByTestId('case-number').innerText();

    // It is entrusted to the committee's invited mediator, whose specialties the list shows; the parties' 2 working
    // days to choose one jointly still run, so the clerk confirms designating now (ONLINE-MED art 10).
    await clerk.getByTestId('event-designateMediator').click();
    await clerk.getByRole('dialog').waitFor();
    await choose(clerk, 'organisationId', '南关区人民调解委员会', '南关区');
    await choose(clerk, 'mediatorId', '南关法院特邀调解员');
    await clerk.getByTestId('event-modal').getByRole('button', { name: '确定' }).click();
    const confirm = clerk.locator('.ant-modal-confirm');
    await expect.poll(() => confirm.innerText()).toContain('当事人共同选择调解员的期间至');
    await confirm.getByRole('button', { name: '仍然继续' }).click();
    await expect.poll(() => node(clerk)).toBe('entrusted');

    // The mediator finds it under 我的调解案件, accepts, and drafts the agreement.
    const mediator = await loginAs(web.browser, base, 'ng-mediator');
    await mediator.waitForURL(/\/my-mediations/);
    await expect.poll(() => mediator.locator('.ant-layout-content').innerText()).toContain('我的调解案件');
    const row = mediator.locator('tr', { hasText: matterNumber });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('link').first().click();
    await mediator.getByTestId('event-acceptEntrustment').waitFor();
    await fireEvent(mediator, 'acceptEntrustment');
    await expect.poll(() => node(mediator)).toBe('mediating');
    // Extending the period needs every party's consent: with one ticked the server's refusal stays in the form.
    await mediator.getByTestId('event-extendMediation').click();
    const extend = mediator.getByTestId('event-modal');
    await extend.locator('#days').fill('10');
    await extend.getByText('原告：张三').click();
    await extend.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => extend.getByTestId('event-refusal').innerText()).toContain('延长调解期限须经各方当事人同意');
    await extend.getByRole('button', { name: '取消' }).click();
    await fireEvent(mediator, 'draftAgreement', async (m) => {
      await m.locator('#terms_0').fill('李四于2026年4月30日前向张三偿还借款本金120000元');
      await m.getByTestId('add-terms').click();
      await m.locator('#terms_1').fill('张三放弃其余诉讼请求');
      await m.locator('#performance').fill('银行转账至张三名下账户');
    });
    await expect.poll(() => node(mediator)).toBe('agreementDrafted');
    // The 调解 tab shows the generated agreement and its SHA-256, which each party then signs.
    const drafted = (await mediationRecord(mediator)).getByTestId('mediation-agreement');
    await expect.poll(() => drafted.innerText()).toMatch(/SHA-256 [0-9a-f]{64}/);
    const sha256 = /[0-9a-f]{64}/.exec(await drafted.innerText())![0];
    // The mediator writes to the parties in the tab's 消息 thread; nobody has read it yet.
    const mediatorThread = mediator.getByTestId('message-thread');
    await mediatorThread.getByTestId('message-input').fill('请双方阅读调解协议后在线签署。');
    await mediatorThread.getByTestId('message-send').click();
    await expect.poll(() => mediatorThread.getByTestId('message-receipt').innerText()).toContain('未读');

    // 张三 signs at his desk, 李四 on his phone.
    const zhang = await loginAs(web.browser, base, 'zhangsan');
    await openCase(zhang, base, matterId);
    await signAgreement(zhang, sha256);
    const lisi = await loginAs(web.browser, base, 'lisi', PHONE);
    await openCase(lisi, base, matterId);
    await expectNoSidewaysScroll(lisi, 'matter on a phone');
    await signAgreement(lisi, sha256, true);
    const phoneRecord = await mediationRecord(lisi, true);
    await expect.poll(() => phoneRecord.getByTestId('mediation-signature').filter({ hasText: '已签署' }).count()).toBe(2);
    // 李四 reads the mediator's message on his phone (which marks it read).
    await expect.poll(() => phoneRecord.getByTestId('message-item').first().innerText()).toContain('请双方阅读调解协议后在线签署。');
    await lisi.waitForTimeout(400); // the section's opening motion
    await expectNoSidewaysScroll(lisi, 'mediation section on a phone');
    expect(await seriousAccessibilityViolations(lisi)).toEqual([]);
    await screenshot(lisi, 'mediation-390-signed');

    // The mediator closes it as settled; the 调解 tab shows who signed, and when.
    await mediator.reload();
    await fireEvent(mediator, 'concludeAgreement');
    await expect.poll(() => node(mediator)).toBe('agreed');
    const record = await mediationRecord(mediator);
    await expect.poll(() => record.getByTestId('mediation-entrustment').innerText()).toContain('达成调解协议');
    const signatures = record.getByTestId('mediation-signature');
    expect(await signatures.allInnerTexts()).toEqual([expect.stringMatching(/张三[\s\S]*已签署[\s\S]*由张三签署/), expect.stringMatching(/李四[\s\S]*已签署[\s\S]*由李四签署/)]);
    expect(await record.getByTestId('mediation-agreement').innerText()).toContain(sha256);
    // The mediator's message shows that 李四 has read it.
    await expect.poll(() => record.getByTestId('message-receipt').innerText()).toMatch(/已读[\s\S]*李四/);
    await screenshot(mediator, 'mediation-settled');
    // 司法确认 (民特): 张三 and 李四 each apply in the portal within 30 days (CPL-2023 art 205); the filing clerk registers
    // the 民特 case before one judge (art 185), who confirms the agreement by a generated ruling.
    for (const party of [zhang, lisi]) {
      await party.reload();
      await fireEvent(party, 'applyForConfirmation');
    }
    const matter = (await zhangApi.get(`/api/v1/cases/${matterId}`)).body as { continuations: { id: number; caseType: string }[] };
    const confirmationId = matter.continuations.find((c) => c.caseType === '民特')!.id;
    await openCase(clerk, base, confirmationId);
    await fireEvent(clerk, 'acceptConfirmation', async () => {
      await choose(clerk, 'divisionId', '民事审判第一庭');
      await choose(clerk, 'judgeId', '南关法院法官甲');
    });
    await expect.poll(() => clerk.getByTestId('case-number').innerText()).toMatch(/^（2026）吉0102民特\d+号$/);
    const judge = await loginAs(web.browser, base, 'ng-judge1');
    await openCase(judge, base, confirmationId);
    await fireEvent(judge, 'ruleOnConfirmation', async (m) => {
      await m.getByText('确认调解协议有效').click();
    });
    await expect.poll(() => judge.locator('.ant-tag', { hasText: '已结案' }).count()).toBeGreaterThan(0);
    await judge.getByRole('tab', { name: /材料/ }).click();
    await expect.poll(() => judge.getByTestId('attachment-list').innerText()).toContain('确认调解协议效力裁定书');

    // Failure: another complaint, routed and entrusted to the committee (no named mediator) through the API; the
    // committee's mediator accepts and ends it for wide divergence (ONLINE-MED art 25).
    const failed = (await zhangApi.post('/api/v1/filings', await loanComplaint(zhangApi, { mediationConsent: true }))).body as { id: number };
    const clerkApi = await ApiClient.loggedIn(base, 'ng-filing');
    const routed = await clerkApi.fire(failed.id, 'routeToMediation', {});
    const secondMatter = routed.body.continuations.find((c: { caseType: string }) => c.caseType === '民诉前调').id as number;
    const orgs = (await clerkApi.get(`/api/v1/mediation/organisations?courtId=${await courtId(clerkApi, '吉0102')}`)).body;
    const committee = orgs.find((o: { name: string }) => o.name === '南关区人民调解委员会');
    expect((await clerkApi.fire(secondMatter, 'designateMediator', { organisationId: committee.id, acknowledgeWarnings: true })).status).toBe(200);
    await openCase(mediator, base, secondMatter);
    await fireEvent(mediator, 'acceptEntrustment');
    await fireEvent(mediator, 'endMediation', async (m) => {
      await choose(mediator, 'ground', '当事人分歧较大且难以达成调解协议', '分歧');
      await m.locator('#note').fill('双方对利息分歧较大');
    });
    await expect.poll(() => node(mediator)).toBe('failed');
    await expect.poll(() => mediator.getByTestId('case-timeline').innerText()).toContain('终止情形：当事人分歧较大且难以达成调解协议');

    // The complaint is back in 立案审查, its parties and files as filed, and the clerk registers it.
    await clerk.goto(`${base}/filing-queue`);
    const queued = clerk.locator('tr', { hasText: '张三诉李四民间借贷纠纷' }).filter({ has: clerk.locator(`a[href="/cases/${failed.id}"]`) });
    await expect.poll(() => queued.count()).toBe(1);
    await queued.locator(`a[href="/cases/${failed.id}"]`).first().click();
    await fireEvent(clerk, 'accept', async (m) => {
      await m.getByText('简易程序').click();
      await choose(clerk, 'divisionId', '民事审判第一庭', '民事审判第一庭');
    });
    await expect.poll(() => clerk.getByTestId('case-number').innerText()).toMatch(/^（2026）吉0102民初\d+号$/);
  });
});
