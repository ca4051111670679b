// Steps a person takes in the web app, written once for all browser tests.
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/server/db/seed/demoProvince';

/** A fresh browser context (own cookies) logged in as `username`, on a desktop screen unless told (a phone: 390 × 844). */
export async function loginAs(browser: Browser, baseUrl: string, username: string, viewport = { width: 1440, height: 1000 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  return page;
}

/** Opens a single-choice antd Select by its field id, types to search, and picks the option containing `text`. */
export async function choose(page: Page, fieldId: string, text: string, search = text): Promise<void> {
  const input = page.locator(`#${fieldId}`);
  await input.click();
  // Searchable selects take typing; plain ones just open their list.
  if ((await input.getAttribute('readonly')) === null) await input.fill(search);
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const option = open.locator('.ant-select-item-option', { hasText: text }).first();
  await option.waitFor();
  // On a busy machine a click during the list's opening animation can miss: the list closes once the choice is taken.
  for (let attempt = 0; attempt < 3; attempt++) {
    await option.click();
    try {
      await open.first().waitFor({ state: 'hidden', timeout: 3000 });
      return;
    } catch {
      // still open: click the option again
    }
  }
  throw new Error(`the option "${text}" of #${fieldId} could not be chosen`);
}

/** Fills an antd DatePicker or TimePicker by its field id. */
export async function pick(page: Page, fieldId: string, value: string): Promise<void> {
  const input = page.locator(`#${fieldId}`);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

/**
 * Clicks an event button on the case page, runs `fill` inside its modal, confirms, and waits for it to close. Where the
 * form warns before sending (a hearing outside working hours…), `acknowledge` must match the warning, which is then
 * accepted ("仍然继续"); an unexpected warning fails with its words.
 */
export async function fireEvent(page: Page, event: string, fill: (modal: ReturnType<Page['locator']>) => Promise<void> = async () => {}, o: { acknowledge?: RegExp } = {}): Promise<void> {
  await page.getByTestId(`event-${event}`).click();
  // The event's own dialog: a warning to acknowledge opens a second one over it.
  const modal = page.getByRole('dialog').first();
  await modal.waitFor();
  await fill(modal);
  await modal.getByRole('button', { name: '确定' }).click();
  if (o.acknowledge) {
    const warnings = page.getByTestId('event-warnings');
    await warnings.waitFor();
    const text = await warnings.innerText();
    if (!o.acknowledge.test(text)) throw new Error(`event ${event}: unexpected warning: ${text}`);
    await page.locator('.ant-modal-confirm').getByRole('button', { name: '仍然继续' }).click();
  }
  await closedOrRefused(modal, event);
}

/** Waits for the event's modal to close; a refusal shown in it fails at once with the server's words. */
async function closedOrRefused(modal: ReturnType<Page['locator']>, event: string): Promise<void> {
  const refusal = modal.getByTestId('event-refusal');
  const outcome = await Promise.race([
    modal.waitFor({ state: 'hidden', timeout: 60_000 }).then(() => 'closed' as const, () => 'timeout' as const),
    // Never rejects, so the loser of the race is no unhandled rejection.
    refusal.waitFor({ timeout: 60_000 }).then(() => 'refused' as const, () => 'timeout' as const),
  ]);
  if (outcome === 'closed') return;
  const text = await modal.innerText().catch(() => '(modal gone)');
  throw new Error(`event ${event}: the modal did not close (${outcome}): ${text.replace(/\s+/g, ' ').slice(0, 500)}`);
}

export async function openCase(page: Page, baseUrl: string, id: number): Promise<void> {
  await page.goto(`${baseUrl}/cases/${id}`);
  await page.getByTestId('case-number').waitFor();
}

export function caseIdFromUrl(page: Page): number {
  const m = /\/cases\/(\d+)/.exec(page.url());
  if (!m) throw new Error(`not on a case page: ${page.url()}`);
  return Number(m[1]);
}
