// The defendant's side in the browser: 李四, served with 张三's complaint, files his 答辩状 and an evidence list
// within the defence period; after judgment he appeals 50,000 of the 150,000 awarded with his 上诉状, and the appeal
// court's fee notice charges the appealed part (FEE art 17: 1,050, not 3,300) with a real deadline. A lawyer appealing
// for a client is asked for the power of attorney for the appeal (CPL-2023 art 62 para 2).
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { courtId, divisionId, TINY_PDF } from '../test/support/fixtures';
import { acceptCase, closeInput, decidedCase, fileLoanCase } from '../test/support/scenarios';
import { testClock } from '../test/support/testClock';
import { screenshot } from './support/browser';
import { fireEvent, loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });

describe("the defendant's side of a case", () => {
  test('李四 answers and files evidence online, then appeals part of the judgment and is charged on that part', async () => {
    const base = web.server.baseUrl;
    // Through the API: 张三 files on 03-02, the court registers it and serves the complaint on 李四 on 03-03.
    const { id } = await fileLoanCase(base);
    const accepted = await acceptCase(base, id, 'ordinary');
    const liId = accepted.parties.find((p: { name: string }) => p.name === '李四').id as number;
    clock.set('2026-03-03');
    const clerk = await ApiClient.loggedIn(base, 'ng-filing');
    expect((await clerk.fire(id, 'recordService', { document: 'complaintCopy', partyIds: [liId], servedOn: '2026-03-03', method: 'direct' })).status).toBe(200);

    // Within the defence period (due 03-18) 李四 files his 答辩状 and a 证据清单 from the case page.
    clock.set('2026-03-10');
    const lisi = await loginAs(web.browser, base, 'lisi');
    await openCase(lisi, base, id);
    await fireEvent(lisi, 'fileDefence', async (m) => {
      await expect.poll(() => m.innerText()).toContain('答辩期为收到起诉状副本之日起十五日');
      await m.getByTestId('upload-defence').locator('input[type=file]').setInputFiles(pdf('答辩状.pdf'));
      await m.getByTestId('upload-sha256').first().waitFor();
      await m.locator('#summary').fill('借款中的5万元已于2025年归还。');
    });
    const timeline = lisi.getByTestId('case-timeline');
    await expect.poll(() => timeline.innerText()).toContain('提交答辩状');
    await fireEvent(lisi, 'submitEvidence', async (m) => {
      await m.locator('#items_0_name').fill('还款转账记录');
      await m.locator('#items_0_source').fill('中国工商银行');
      await m.locator('#items_0_purpose').fill('证明已归还借款5万元');
      await m.locator('#items_0_pages').fill('2');
      await m.getByTestId('upload-evidence').locator('input[type=file]').setInputFiles(pdf('转账记录.pdf'));
      await m.getByTestId('upload-sha256').first().waitFor();
    });
    await expect.poll(() => timeline.innerText()).toContain('提交证据');
    // The 证据 tab lists it item by item, with its file.
    await lisi.getByRole('tab', { name: /证据/ }).click();
    const evidence = lisi.getByTestId('evidence-list');
    await expect.poll(() => evidence.innerText()).toContain('还款转账记录');
    expect(await evidence.innerText()).toContain('证明已归还借款5万元');
    expect(await evidence.innerText()).toContain('转账记录.pdf');
    await lisi.getByRole('tab', { name: /材料/ }).click();
    await expect.poll(() => lisi.locator('body').innerText()).toContain('答辩状.pdf');
    expect(await lisi.locator('body').innerText()).toContain('转账记录.pdf');
    await screenshot(lisi, 'defence-and-evidence');

    // The judge hears and decides the case by judgment on 03-31 (through the API).
    const chief = await ApiClient.loggedIn(base, 'ng-chief');
    const judge1 = (await chief.get(`/api/v1/cases/${id}/eligible-judges`)).body.find((j: { displayName: string }) => j.displayName === '南关法院法官甲');
    expect((await chief.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judge1.id, reason: '测试' })).status).toBe(200);
    clock.set('2026-03-31');
    const judge = await ApiClient.loggedIn(base, 'ng-judge1');
    const room = (await judge.get(`/api/v1/courts/${await courtId(judge, '吉0102')}/rooms`)).body[0].id;
    expect((await judge.fire(id, 'scheduleHearing', { startsAt: '2026-03-31T09:00:00+08:00', endsAt: '2026-03-31T10:00:00+08:00', roomId: room })).status).toBe(200);
    expect((await judge.fire(id, 'recordHearing', {})).status).toBe(200);
    expect((await judge.fire(id, 'close', await closeInput(judge, { method: 'judgment', closedOn: '2026-03-31' }))).status).toBe(200);

    // 李四 appeals 50,000 of it, with his 上诉状; more than the 150,000 in dispute is refused in the form.
    await openCase(lisi, base, id);
    await fireEvent(lisi, 'appeal', async (m) => {
      await m.locator('#reasons').fill('一审未扣除已归还的5万元。');
      await m.locator('#appealedAmount').fill('150000.01');
      await expect.poll(() => m.locator('.ant-form-item-explain-error').allInnerTexts()).toContain('上诉请求涉及的金额不能超过一审争议金额 150000.00 元');
      await m.locator('#appealedAmount').fill('50000');
      await m.getByTestId('upload-appealPetition').locator('input[type=file]').setInputFiles(pdf('上诉状.pdf'));
      await m.getByTestId('upload-sha256').first().waitFor();
    });
    await expect.poll(() => lisi.locator('body').innerText()).toContain('吉林省长春市中级人民法院');

    // 长春中院 registers the appeal; 李四 sees the notice: 1,050.00 on the appealed part, due 04-07 (FEE arts 17, 22).
    const ccClerk = await ApiClient.loggedIn(base, 'cc-filing');
    const appealId = (await ccClerk.get(`/api/v1/cases/${id}`)).body.continuations[0].id as number;
    expect((await ccClerk.fire(appealId, 'accept', { divisionId: await divisionId(ccClerk, await courtId(ccClerk, '吉01')) })).status).toBe(200);
    await openCase(lisi, base, appealId);
    await expect.poll(() => lisi.locator('body').innerText()).toContain('交费通知：1050.00 元，2026-04-07前交纳');
    expect(await lisi.locator('body').innerText()).not.toContain('—前交纳');
    await screenshot(lisi, 'appeal-fee-notice');
  });

  test('王律师 appeals for his client 张三: the form asks for a power of attorney for the appeal and files it', async () => {
    const base = web.server.baseUrl;
    const c = await decidedCase(base, clock, { procedure: 'ordinary', filer: 'lawyer-wang' });
    const lawyer = await loginAs(web.browser, base, 'lawyer-wang');
    await openCase(lawyer, base, c.id);
    await fireEvent(lawyer, 'appeal', async (m) => {
      await expect.poll(() => m.innerText()).toContain('一审的授权委托书不能代替');
      await m.locator('#reasons').fill('一审未支持利息3万元。');
      await m.locator('#appealedAmount').fill('30000');
      await m.getByTestId('upload-appealPetition').locator('input[type=file]').setInputFiles(pdf('上诉状.pdf'));
      await m.getByTestId('upload-sha256').first().waitFor();
      // Without the power of attorney the form says what is missing and stays open.
      await m.getByRole('button', { name: '确定' }).click();
      await expect.poll(() => m.locator('.ant-form-item-explain-error').allInnerTexts()).toContain('请上传授权委托书');
      await m.getByTestId('upload-authorization').locator('input[type=file]').setInputFiles(pdf('授权委托书（二审）.pdf'));
      await expect.poll(() => m.getByTestId('upload-sha256').count()).toBe(2);
    });
    await expect.poll(() => lawyer.locator('body').innerText()).toContain('吉林省长春市中级人民法院');
    const ccClerk = await ApiClient.loggedIn(base, 'cc-filing');
    const appealId = (await ccClerk.get(`/api/v1/cases/${c.id}`)).body.continuations[0].id as number;
    const files = (await ccClerk.get(`/api/v1/cases/${appealId}`)).body.attachments;
    expect(files.map((a: { category: string; fileName: string }) => [a.category, a.fileName]).sort()).toEqual([
      ['appealPetition', '上诉状.pdf'],
      ['authorization', '授权委托书（二审）.pdf'],
    ]);
  });
});
