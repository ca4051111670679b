// Issue 19 in the browser: 南关区人民检察院 files a public prosecution on its page (起诉书, evidence, a defendant in custody
// charged with 盗窃罪 who pleaded guilty); the court registers and assigns it; the criminal judge pronounces judgment with
// 18 months and a fine, and the case page shows the term with the custody credited (CrL art 47); the defendant's oral
// appeal through the 看守所 is recorded on the case page and opens the 刑终.
import { describe, expect, test } from 'vitest';
import { termDates } from '../src/domain/criminal/termDates';
import { demoIdNumber } from '../src/server/db/seed/demoProvince';
import { assignCriminal, registerCriminal } from '../test/support/criminalScenario';
import { TINY_PDF, todayInShanghai } from '../test/support/fixtures';
import { testClock } from '../test/support/testClock';
import type { Page } from 'playwright-core';
import { caseIdFromUrl, fireEvent, loginAs, openCase, pick } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');

/** Picks one option of a multiple select (its list stays open after a choice: Escape closes it). */
async function chooseMany(page: Page, fieldId: string, text: string, search?: string): Promise<void> {
  const input = page.locator(`#${fieldId}`);
  await input.click();
  if (search) await input.fill(search);
  const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text }).first();
  await option.click();
  await expect.poll(() => option.getAttribute('class')).toContain('ant-select-item-option-selected');
  await input.press('Escape');
}
const web = webServerForSpec({ clock });

describe('criminal case', () => {
  test('the procuratorate files a public prosecution and the judge closes it with a sentence', async () => {
    const base = web.server.baseUrl;
    // The browser's today is the real one: the server's follows it.
    const today = todayInShanghai();
    clock.set(today);

    const procurator = await loginAs(web.browser, base, 'procurator-ng');
    await procurator.getByRole('menuitem', { name: '提起公诉' }).click();
    const form = procurator.getByTestId('prosecution-form');
    const chooser = procurator.waitForEvent('filechooser');
    await procurator.locator('#indictment-upload').click();
    await (await chooser).setFiles({ name: '起诉书.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
    await expect.poll(() => form.locator('.ant-upload-list-item-done').count()).toBe(1);
    await form.locator('#facts').fill('被告人赵某在长春市南关区某商场窃取他人手机一部，价值人民币5000元。');
    await form.locator('#evidence_0_name').fill('监控录像');
    await form.locator('#defendants_0_name').fill('赵某');
    await form.locator('#defendants_0_idNumber').fill(demoIdNumber('22010219900101123'));
    await pick(procurator, 'defendants_0_birthOn', '1990-01-01');
    await form.locator('#defendants_0_custodyPlace').fill('长春市看守所');
    await pick(procurator, 'defendants_0_custodyFrom', '2026-01-05');
    await chooseMany(procurator, 'defendants_0_chargeIds', '盗窃罪（', '盗窃');
    await form.locator('#defendants_0_pleaMin').fill('12');
    await form.locator('#defendants_0_pleaMax').fill('18');
    await form.getByRole('button', { name: '提交' }).click();
    await procurator.waitForURL(/\/cases\/\d+/);
    const id = caseIdFromUrl(procurator);
    await expect.poll(() => procurator.getByTestId('case-detail').getAttribute('data-node')).toBe('submitted');

    await registerCriminal(base, id);
    await assignCriminal(base, id);

    const judge = await loginAs(web.browser, base, 'ng-crimjudge');
    await openCase(judge, base, id);
    await expect.poll(() => judge.getByTestId('case-number').innerText()).toMatch(/刑初\d+号/);
    await fireEvent(judge, 'pronounceJudgment', async (modal) => {
      await chooseMany(judge, 'verdicts_0_chargeIds', '盗窃罪');
      await modal.locator('#verdicts_0_termMonths').fill('18');
      await modal.locator('#verdicts_0_fineYuan').fill('5000');
    });
    await expect.poll(() => judge.getByTestId('case-detail').getAttribute('data-node')).toBe('closed');

    // CrL art 47: custody from 2026-01-05 up to the day before judgment is credited day for day.
    const expected = termDates('fixedTerm', { months: 18 }, today, [{ from: '2026-01-05' }]);
    await judge.getByRole('tab', { name: '被告人' }).click();
    await expect.poll(() => judge.getByTestId('term-dates').innerText()).toContain(`至${expected.endOn}止`);
    expect(await judge.getByTestId('sentence').innerText()).toContain('有期徒刑 18个月');

    // CrPL art 227: the defendant, in custody without a portal account, appeals orally through the 看守所; the judge
    // records it on the case page and the 刑终 opens at 长春中院.
    await fireEvent(judge, 'recordDefendantAppeal', async (modal) => {
      await modal.getByText('口头上诉').click();
      await modal.getByText('被告人在押，经看守所转交').click();
      await modal.locator('#detentionCentreName').fill('长春市看守所');
      await pick(judge, 'detentionCentreReceivedOn', today);
      await modal.locator('#reasons').fill('被告人口头表示量刑过重，提出上诉。');
    });
    await judge.getByRole('tab', { name: /关联案件/ }).click();
    await expect.poll(() => judge.getByTestId('continuation-cases').innerText()).toContain('刑终');

    // The procuratorate sees the sentence on its own case.
    await openCase(procurator, base, id);
    await procurator.getByRole('tab', { name: '被告人' }).click();
    await expect.poll(() => procurator.getByTestId('term-dates').innerText()).toContain(String(expected.endOn));
  });
});
