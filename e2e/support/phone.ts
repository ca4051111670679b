// Checks of a page on a phone (390 × 844): nothing wider than the screen, and what the user must reach is on it.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const PHONE = { width: 390, height: 844 };

/** Nothing wider than the screen: the page never scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  const m = await page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, clientWidth: document.scrollingElement!.clientWidth }));
  expect({ what, ...m, fits: m.scrollWidth <= m.clientWidth }).toEqual({ what, ...m, fits: true });
}

/** The element lies wholly inside the screen's width. */
export async function expectOnScreen(element: Locator): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  const box = (await element.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
}
