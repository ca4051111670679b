// 要素式审判 in the browser: 张三 files a 民间借贷 complaint element by element (the wizard drafts his claims from it),
// the court registers it, 李四 answers element by element on his phone (390 px), the judge exchanges the evidence and
// 李四 gives his opinion, the judge reads the disputed elements and the hearing outline on the case's 要素 tab, finds
// them after the hearing, and the record, drafted from the outline and the evidence, is signed by both parties.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { TINY_PDF, courtId, demoUser } from '../test/support/fixtures';
import { acceptCase } from '../test/support/scenarios';
import { testClock } from '../test/support/testClock';
import { screenshot } from './support/browser';
import { caseIdFromUrl, choose, fireEvent, loginAs, openCase, pick } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });
const PHONE = { width: 390, height: 844 };

/** Confirms an antd confirmation dialog; on a busy machine a click during its opening animation can miss. */
async function confirm(page: Page): Promise<void> {
  const dialog = page.locator('.ant-modal-confirm');
  await dialog.waitFor();
  for (let attempt = 0; attempt < 3; attempt++) {
    await dialog.getByRole('button', { name: /确\s*定/ }).click();
    try {
      await dialog.waitFor({ state: 'hidden', timeout: 3000 });
      return;
    } catch {
      // still open: click again
    }
  }
  throw new Error('the confirmation dialog did not close');
}

describe('the element trial', () => {
  test('an element complaint, the element defence on a phone, and the disputes and hearing outline', async () => {
    const base = web.server.baseUrl;
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

    // The cause has an element form: offered, explained, and drafting the claims once filled in.
    const form = party.getByTestId('element-complaint');
    await expect.poll(() => form.innerText()).toContain('民间借贷纠纷');
    await party.getByTestId('element-complaint-switch').click();
    await party.getByTestId('element-agreementForm').getByText('借条/欠条').click();
    await pick(party, 'elements_values_agreementDate', '2024-02-28');
    await party.locator('#elements_values_principalAgreed').fill('150000');
    await party.locator('#elements_values_principalDelivered').fill('150000');
    await pick(party, 'elements_values_deliveryDate', '2024-03-01');
    await party.getByTestId('element-deliveryMethod').getByText('银行转账', { exact: true }).click();
    await party.getByTestId('element-hasTerm').getByText('是', { exact: true }).click();
    await pick(party, 'elements_values_dueDate', '2025-03-01');
    await party.getByTestId('element-interestAgreed').getByText('是', { exact: true }).click();
    await party.locator('#elements_values_interestRate').fill('6');
    // A repayment above what was lent is refused on its field, in the form's words, before anything is sent.
    await party.locator('#elements_values_repaidPrincipal').fill('150001');
    await party.getByTestId('element-hasGuarantee').getByText('否', { exact: true }).click();
    await party.getByTestId('element-draft').click();
    await expect.poll(() => party.getByTestId('element-repaidPrincipal').innerText()).toContain('不能超过“实际出借的金额”');
    await party.locator('#elements_values_repaidPrincipal').fill('0');
    await party.getByTestId('element-draft').click();
    await expect.poll(() => party.locator('#claims_0').inputValue()).toBe('判令被告偿还借款本金150,000.00元');
    expect(await party.locator('#claims_1').inputValue()).toContain('按年利率6%支付自2024年3月1日起至实际清偿之日止的利息');
    expect(await party.locator('#facts').inputValue()).toContain('实际出借的金额：150,000.00元');
    await party.locator('#amount').fill('150000');
    await party.getByRole('button', { name: '下一步' }).click();
    await party.getByTestId('upload-complaint').locator('input[type=file]').setInputFiles({ name: '起诉状.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
    await party.getByTestId('upload-sha256').first().waitFor();
    await party.getByRole('button', { name: '下一步' }).click();
    await party.getByTestId('filing-addresses').locator('#addresses_email').fill('zhangsan@example.test');
    await party.getByTestId('address-signed').check();
    await party.getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => party.getByTestId('review-elements').innerText()).toContain('约定的年利率（%）');
    await party.getByTestId('mediation-consent').getByText('不接受', { exact: true }).click();
    await party.getByTestId('submit-filing').click();
    await party.waitForURL(/\/cases\/\d+/);
    const id = caseIdFromUrl(party);

    // Registered (through the API) and the complaint served on 李四 on 03-03: his defence period runs to 03-18.
    const accepted = await acceptCase(base, id, 'ordinary');
    const li = accepted.parties.find((p: { name: string }) => p.name === '李四').id as number;
    clock.set('2026-03-03');
    const clerk = await ApiClient.loggedIn(base, 'ng-filing');
    expect((await clerk.fire(id, 'recordService', { document: 'complaintCopy', partyIds: [li], servedOn: '2026-03-03', method: 'direct' })).status).toBe(200);
    // 张三's evidence list and the assignment to 法官甲, through the API.
    const zhangApi = await ApiClient.loggedIn(base, 'zhangsan');
    const zhangParty = accepted.parties.find((p: { name: string }) => p.name === '张三').id as number;
    expect((await zhangApi.fire(id, 'submitEvidence', { partyId: zhangParty, items: [{ name: '借条', source: '原告持有', purpose: '证明双方借贷合意及借款金额', pages: 1 }] })).status).toBe(200);
    const chief = await ApiClient.loggedIn(base, 'ng-chief');
    const judge1 = (await chief.get(`/api/v1/cases/${id}/eligible-judges`)).body.find((j: { displayName: string }) => j.displayName === '南关法院法官甲');
    expect((await chief.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judge1.id, reason: '测试' })).status).toBe(200);

    // 李四 answers on his phone: admits the agreement, explains the sum received, denies the rest is unpaid.
    clock.set('2026-03-10');
    const lisi = await loginAs(web.browser, base, 'lisi', PHONE);
    await openCase(lisi, base, id);
    await fireEvent(lisi, 'answerElements', async (m) => {
      await expect.poll(() => m.innerText()).toContain('请对原告陈述的每一项逐一表态');
      for (const element of ['agreementForm', 'agreementDate', 'principalAgreed']) await m.getByTestId(`answer-${element}`).getByText('承认').click();
      await m.getByTestId('answer-principalDelivered').getByText('说明').click();
      await m.locator('#answers_principalDelivered_note').fill('实际到账十四万元，一万元为预扣利息');
      await m.locator('#answers_principalDelivered_value').fill('140000');
      await m.getByTestId('answer-repaidPrincipal').getByText('否认').click();
      await m.locator('#answers_repaidPrincipal_note').fill('已现金归还五万元');
    });
    await expect.poll(() => lisi.getByTestId('case-timeline').innerText()).toContain('要素式答辩');
    expect(await lisi.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(lisi, 'element-defence-phone');

    // The judge exchanges the evidence on the 证据 tab; 李四, on his phone, gives his opinion on 张三's 借条.
    const judge = await loginAs(web.browser, base, 'ng-judge1');
    await openCase(judge, base, id);
    await judge.getByRole('tab', { name: /证据/ }).click();
    await judge.getByTestId('evidence-exchange').click();
    await confirm(judge);
    await expect.poll(() => judge.getByTestId('evidence-list').innerText()).toContain('已交换');
    await openCase(lisi, base, id);
    await lisi.getByTestId('case-sections').getByRole('button', { name: /证据/ }).click();
    await lisi.locator('[data-testid^="evidence-opinion-"]').first().click();
    const opinion = lisi.getByTestId('opinion-form');
    for (const property of ['真实性', '合法性', '关联性']) await opinion.locator('.ant-form-item', { hasText: property }).getByText('认可', { exact: true }).click();
    await opinion.locator('#purposeOpinion').fill('借条真实，但实际到账十四万元');
    await lisi.locator('.ant-modal').getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => lisi.locator('.ant-modal').count()).toBe(0);
    // 张三, whose item it is, reads 李四's opinion.
    await expect.poll(async () => (await zhangApi.get(`/api/v1/cases/${id}/evidence`)).body.items[0].opinions.map((o: { purposeOpinion: string }) => o.purposeOpinion)).toEqual(['借条真实，但实际到账十四万元']);

    // A hearing booked (through the API); the judge reads the disputed elements and the outline.
    const judgeApi = await ApiClient.loggedIn(base, 'ng-judge1');
    const rooms = (await judgeApi.get(`/api/v1/courts/${await courtId(judgeApi, '吉0102')}/rooms`)).body;
    expect((await judgeApi.fire(id, 'scheduleHearing', { startsAt: '2026-03-31T09:00:00+08:00', endsAt: '2026-03-31T10:00:00+08:00', roomId: rooms[0].id })).status).toBe(200);
    // The court's hearing calendar shows it in its room's row on that day, linked to the case.
    await judge.goto(`${base}/hearing-calendar`);
    const calendar = judge.getByTestId('hearing-calendar');
    const day = calendar.locator('.ant-picker input').first();
    await day.click();
    await day.fill('2026-03-31');
    await day.press('Enter');
    await expect.poll(() => calendar.getByTestId('calendar-hearing').first().innerText()).toBe('09:00–10:00 （2026）吉0102民初1号');
    await calendar.getByTestId('calendar-hearing').first().getByRole('link').click();
    await judge.waitForURL(`${base}/cases/${id}`);
    await judge.getByTestId('case-number').waitFor();
    await judge.getByRole('tab', { name: '要素' }).click();
    const tab = judge.getByTestId('elements-tab');
    await expect.poll(() => tab.innerText()).toContain('有争议 2 项');
    const outline = judge.getByTestId('hearing-outline');
    expect(await outline.innerText()).toContain('争议焦点一：借款是否实际交付及交付的数额');
    expect(await outline.innerText()).toContain('李四说明，认为应为140,000.00元（实际到账十四万元，一万元为预扣利息）');
    expect(await outline.innerText()).toContain('约定借款的日期：2024年2月28日');
    await screenshot(judge, 'element-outline');

    // The hearing is held; the judge finds the sum handed over (with the evidence) and the repayment as stated.
    clock.set('2026-04-01');
    expect((await judgeApi.fire(id, 'recordHearing', { summary: '双方到庭' })).status).toBe(200);
    await openCase(judge, base, id);
    await fireEvent(judge, 'findElements', async (m) => {
      await expect.poll(() => m.innerText()).toContain('对有争议或未答辩的要素逐项认定');
      await m.getByTestId('finding-principalDelivered').getByText('认定', { exact: true }).click();
      await m.locator('#findings_principalDelivered_value').fill('140000');
      await m.locator('#findings_principalDelivered_note').fill('银行流水显示到账十四万元');
      await m.getByTestId('finding-repaidPrincipal').getByText('认定', { exact: true }).click();
    });
    await judge.getByRole('tab', { name: '要素' }).click();
    const facts = judge.getByTestId('facts-found');
    await expect.poll(() => facts.innerText()).toContain('实际出借的金额：140,000.00元');
    expect(await facts.innerText()).toContain('已归还的本金：0.00元');

    // One click: the judgment drafted from the case, each paragraph with its sources.
    await judge.getByTestId('judgment-draft-open').click();
    const draft = judge.getByTestId('judgment-draft');
    await expect.poll(() => draft.innerText()).toContain('判决如下');
    expect(await draft.innerText()).toContain('一、被告李四于本判决生效之日起十日内向原告张三偿还借款本金140,000.00元');
    expect(await draft.innerText()).toContain('驳回原告张三的其他诉讼请求');
    expect(await draft.locator('[data-section="facts"]', { hasText: '实际出借的金额：140,000.00元' }).innerText()).toContain('要素：实际出借的金额');
    await screenshot(judge, 'judgment-draft');
    await judge.keyboard.press('Escape');
    await draft.waitFor({ state: 'hidden' });

    // The record: its first draft holds the outline; the judge finalises and signs it, both parties sign online
    // (张三 through the API, 李四 on his phone), and it is filed.
    await judge.getByRole('tab', { name: /庭审/ }).click();
    await judge.getByTestId('hearing-transcript').click();
    const drawer = judge.getByTestId('transcript-drawer');
    await expect.poll(() => drawer.getByTestId('transcript-section-disputes').inputValue()).toContain('争议焦点');
    expect(await drawer.getByTestId('transcript-section-evidence').inputValue()).toContain('借条（来源：原告持有');
    await drawer.getByTestId('transcript-save').click();
    await expect.poll(() => drawer.getByTestId('transcript-status').innerText()).toBe('草稿');
    await drawer.getByTestId('transcript-finalise').click();
    await confirm(judge);
    await expect.poll(() => drawer.getByTestId('transcript-status').innerText()).toBe('已定稿，待签名');
    await drawer.getByTestId('transcript-sign-court').click();
    await expect.poll(() => drawer.innerText()).toContain('南关法院法官甲 于');
    const hearingId = (await judgeApi.get(`/api/v1/cases/${id}`)).body.hearings[0].id as number;
    const record = (await zhangApi.get(`/api/v1/hearings/${hearingId}/transcript`)).body;
    expect((await zhangApi.post(`/api/v1/hearings/${hearingId}/transcript/signatures`, { sha256: record.sha256 })).status).toBe(200);
    await openCase(lisi, base, id);
    await lisi.getByTestId('case-sections').getByRole('button', { name: /庭审/ }).click();
    await lisi.getByTestId('hearing-transcript').click();
    await lisi.getByTestId('transcript-sign').click();
    await expect.poll(() => lisi.getByTestId('transcript-status').innerText()).toBe('已入卷');
    await screenshot(lisi, 'transcript-signed-phone');
  });
});
