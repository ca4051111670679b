// The clock's pages as people use them: a lawyer's calculator without login, the president's supervision list and the
// judge's reminders after the sweep, and the administrator importing a year's holiday calendar.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sweepPeriods } from '../src/server/jobs/periodSweep';
import { ApiClient } from '../test/support/apiClient';
import { acceptCase, assignedCase, fileLoanCase } from '../test/support/scenarios';
import { testClock } from '../test/support/testClock';
import { screenshot } from './support/browser';
import { loginAs, pick } from './support/ui';
import { webServerForSpec } from './support/webServer';

const clock = testClock('2026-03-02');
const web = webServerForSpec({ clock });

async function anonymousPage(): Promise<Page> {
  const context = await web.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1440, height: 1000 } });
  return context.newPage();
}

describe('the public period calculator', () => {
  test('a visitor without an account gets the same due date and derivation as the API', async () => {
    const request = { trigger: '2025-09-30', days: 15 };
    const api = await fetch(`${web.server.baseUrl}/api/v1/calc/period`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
    const expected = (await api.json()) as { due: string; trace: { 'zh-CN': string }[] };

    const page = await anonymousPage();
    await page.goto(`${web.server.baseUrl}/tools/period`);
    await pick(page, 'trigger', request.trigger);
    await page.locator('#count').fill(String(request.days));
    await page.getByRole('button', { name: '计算' }).click();
    await expect.poll(() => page.getByTestId('calc-due').innerText()).toBe(expected.due);
    const steps = await page.getByTestId('trace-steps').locator('li').allInnerTexts();
    expect(steps).toHaveLength(expected.trace.length);
    expected.trace.forEach((s, i) => expect(steps[i]).toContain(s['zh-CN']));

    // A period kind fixed by law needs no number; a nonsense input shows the server's message.
    await page.getByText('按期间种类').click();
    await page.locator('#kind').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '上诉期' }).first().click();
    await page.getByRole('button', { name: '计算' }).click();
    await expect.poll(() => page.getByTestId('calc-result').innerText()).toContain('届满日');
    await screenshot(page, 'period-calculator');
  });
});

describe('the public notice board', () => {
  test('a notice of service recorded by the clerk and a public hearing\'s announcement are on /notices for anyone', async () => {
    clock.set('2026-03-02');
    const { id } = await fileLoanCase(web.server.baseUrl);
    await acceptCase(web.server.baseUrl, id, 'ordinary');
    const clerk = await ApiClient.loggedIn(web.server.baseUrl, 'ng-filing');
    const lisi = (await clerk.get(`/api/v1/cases/${id}`)).body.parties.find((p: { name: string }) => p.name === '李四');
    const r = await clerk.fire(id, 'recordService', { document: 'complaintCopy', partyIds: [lisi.id], servedOn: '2026-03-02', method: 'publicNotice', publicNoticeReason: '被告下落不明' });
    expect(r.status).toBe(200);

    const page = await anonymousPage();
    await page.goto(`${web.server.baseUrl}/notices`);
    const notice = page.getByTestId('public-notice').filter({ hasText: r.body.caseNumber });
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.innerText();
    expect(text).toContain('2026-04-01 视为送达');
    expect(text).toContain('被告下落不明');

    // A public hearing's 开庭公告 is on the same board (CPL-2023 art 139).
    const heard = await assignedCase(web.server.baseUrl, 'ordinary');
    const judge = await ApiClient.loggedIn(web.server.baseUrl, 'ng-judge1');
    const room = (await judge.get(`/api/v1/courts/${heard.detail.courtId}/rooms`)).body[0];
    const scheduled = await judge.fire(heard.id, 'scheduleHearing', { startsAt: '2026-03-20T09:30:00+08:00', endsAt: '2026-03-20T11:30:00+08:00', roomId: room.id, acknowledgeWarnings: true });
    expect(scheduled.status).toBe(200);
    await page.reload();
    const announcement = page.getByTestId('hearing-announcement').filter({ hasText: heard.detail.caseNumber });
    await expect.poll(() => announcement.count()).toBe(1);
    const announced = await announcement.innerText();
    expect(announced).toContain('开庭时间：2026-03-20 09:30');
    expect(announced).toContain(`在${room.name}公开开庭审理原告张三，被告李四民间借贷纠纷一案`);
  });
});

describe('supervision and reminders', () => {
  test('after the sweep the president sees the red trial limit and the judge has a reminder to open', async () => {
    clock.set('2026-03-02');
    const { id } = await assignedCase(web.server.baseUrl, 'simple');
    const judgeApi = await ApiClient.loggedIn(web.server.baseUrl, 'ng-judge1');
    const due = (await judgeApi.get(`/api/v1/cases/${id}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'trialLimit').dueOn as string;
    // Three days before the due date: inside the red threshold (5 days by default).
    const day = new Date(`${due}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - 3);
    clock.set(day.toISOString().slice(0, 10));
    await sweepPeriods(web.server.deps, { today: clock.today() });
    const caseNumber = (await judgeApi.get(`/api/v1/cases/${id}`)).body.caseNumber as string;

    const president = await loginAs(web.browser, web.server.baseUrl, 'ng-president');
    await president.getByRole('menuitem', { name: '期限监管' }).click();
    const row = president.getByTestId('supervised-periods').locator('tr', { hasText: caseNumber }).filter({ hasText: '审理期限' });
    await expect.poll(() => row.innerText()).toContain('审理期限');
    expect(await row.locator('[data-level]').first().getAttribute('data-level')).toBe('red');
    expect(await row.innerText()).toContain(due);

    const judge = await loginAs(web.browser, web.server.baseUrl, 'ng-judge1');
    await judge.getByRole('menuitem', { name: '我的提醒' }).click();
    const reminder = judge.getByTestId('reminders').locator('tr', { hasText: caseNumber }).filter({ hasText: '审理期限' });
    await expect.poll(() => reminder.count()).toBe(1);
    await reminder.getByRole('button', { name: '标为已读' }).click();
    await expect.poll(() => reminder.count()).toBe(0);
    const all = await judgeApi.get('/api/v1/reminders');
    const read = all.body.items.filter((r: { caseId: number; periodKind: string; read: boolean }) => r.caseId === id && r.periodKind === 'trialLimit');
    expect(read.map((r: { read: boolean }) => r.read)).toEqual([true]);
    await screenshot(president, 'period-supervision');
  });
});

describe('the holiday calendar', () => {
  test('the administrator previews and imports a year, and the public calendar has it', async () => {
    const admin = await loginAs(web.browser, web.server.baseUrl, 'admin');
    await admin.goto(`${web.server.baseUrl}/admin/calendar`);
    await admin.locator('[data-testid="calendar-year"]').click();
    await admin.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '2028' }).click();
    await expect.poll(() => admin.getByText('未导入').count()).toBeGreaterThan(0);

    const year = { source: '测试用放假安排（非真实通知）', days: [{ date: '2028-01-01', off: true, name: '元旦' }, { date: '2028-01-08', off: false, name: '调休上班' }] };
    await admin.getByTestId('calendar-json').fill(JSON.stringify(year));
    await expect.poll(() => admin.getByText('将导入 2 天').count()).toBe(1);
    await admin.getByRole('button', { name: '导入到 2028 年' }).first().click();
    await admin.locator('.ant-modal-confirm').getByRole('button', { name: '确定' }).click();
    await expect.poll(() => admin.getByTestId('calendar-days').innerText()).toContain('调休上班');

    const published = await (await fetch(`${web.server.baseUrl}/api/v1/calendar/2028`)).json();
    expect(published.covered).toBe(true);
    expect(published.days).toEqual(year.days);

    // A court's closure day: recorded, listed with its weekday, found by year and reason, removed.
    await admin.locator('[data-testid="closures-court"]').click();
    await admin.keyboard.type('南关区');
    await admin.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '长春市南关区人民法院' }).click();
    await pick(admin, 'closure_date', '2028-01-10');
    await admin.locator('#closure_reason').fill('暴雪停止办公');
    await admin.getByRole('button', { name: '登记闭院日' }).click();
    await expect.poll(() => admin.getByTestId('closures').innerText()).toContain('暴雪停止办公');
    await admin.locator('[data-testid="closures-year"]').click();
    await admin.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '2027' }).click();
    await expect.poll(() => admin.getByTestId('closures').innerText()).toContain('该院没有登记闭院日');
    await admin.locator('[data-testid="closures-year"]').click();
    await admin.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '2028' }).click();
    await expect.poll(() => admin.getByTestId('closures').innerText()).toContain('2028-01-10');
    await admin.getByTestId('closures').getByRole('button', { name: '撤销' }).click();
    await admin.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => admin.getByTestId('closures').innerText()).toContain('该院没有登记闭院日');
  });
});

describe('the dossier catalogue of a case type', () => {
  test('the administrator adds a 正卷 section for 民初, sees it saved, and returns 民初 to its default', async () => {
    const admin = await loginAs(web.browser, web.server.baseUrl, 'admin');
    await admin.goto(`${web.server.baseUrl}/admin/dossier-catalogues`);
    await expect.poll(() => admin.getByText('副卷类目固定不变').count()).toBe(1);
    await expect.poll(() => admin.locator('input[value="证据材料"]').count()).toBe(1);
    await admin.getByPlaceholder('新类目名称').fill('庭前会议材料');
    await admin.getByRole('button', { name: '添加类目' }).click();
    await admin.getByTestId('catalogue-save').click();
    await expect.poll(() => admin.locator('.ant-tag', { hasText: '已配置' }).count()).toBe(1);
    const saved = await (await ApiClient.loggedIn(web.server.baseUrl, 'admin')).get(`/api/v1/admin/dossier-catalogues/${encodeURIComponent('民初')}`);
    expect(saved.body.sections.map((s: { title: string }) => s.title)).toContain('庭前会议材料');
    await admin.getByRole('button', { name: '恢复默认目录' }).click();
    await admin.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => admin.locator('.ant-tag', { hasText: '默认目录' }).count()).toBe(1);
    await screenshot(admin, 'dossier-catalogues');
  });
});
