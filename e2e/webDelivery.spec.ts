// How the web app reaches a browser: the login page loads only its own code, compressed and cached for good; each
// page's code arrives when the page is first opened; and the key pages have no serious accessibility violation.
import type { Page, Response } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { acceptCase, fileLoanCase } from '../test/support/scenarios';
import { seriousAccessibilityViolations } from './support/accessibility';
import { loginAs, openCase } from './support/ui';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

/** The budget for the login page's scripts, compressed as sent (issue 15). */
const LOGIN_JS_BUDGET = 300 * 1024;

function collectScripts(page: Page): Response[] {
  const scripts: Response[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r);
  });
  return scripts;
}

describe('delivery of the web app', () => {
  test('the login page loads its scripts brotli-compressed, cached for a year, under the budget; index.html is revalidated', async () => {
    const context = await web.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const scripts = collectScripts(page);
    const html = await page.goto(`${web.server.baseUrl}/login`);
    expect(html!.headers()['cache-control']).toBe('no-cache');
    await page.getByRole('button', { name: '登录' }).waitFor();
    expect(scripts.length).toBeGreaterThan(0);
    let sent = 0;
    for (const s of scripts) {
      const h = await s.allHeaders();
      const { responseBodySize } = await s.request().sizes();
      // The build compresses every file of 1 kB or more (smaller ones gain nothing).
      const encoding = responseBodySize < 1024 ? 'br' : h['content-encoding'];
      expect([s.url(), encoding, h['cache-control']]).toEqual([s.url(), 'br', 'public, max-age=31536000, immutable']);
      sent += responseBodySize;
    }
    expect(sent).toBeLessThan(LOGIN_JS_BUDGET);
    // The case page's code is not part of it, nor are the other pages' strings (the login page's come with it).
    expect(scripts.some((s) => /CaseDetailPage/.test(s.url()))).toBe(false);
    expect(scripts.some((s) => /\/messages-[\w-]+\.js$/.test(s.url()))).toBe(false);
    await context.close();
  });

  test("a page's code arrives when the page is opened, under the menu", async () => {
    const { id } = await fileLoanCase(web.server.baseUrl);
    await acceptCase(web.server.baseUrl, id);
    const page = await loginAs(web.browser, web.server.baseUrl, 'ng-filing');
    const scripts = collectScripts(page);
    await openCase(page, web.server.baseUrl, id);
    expect(scripts.some((s) => /CaseDetailPage-[\w-]+\.js$/.test(s.url()))).toBe(true);
    // Its strings arrived with the first page after login: the case page speaks Chinese, not message keys.
    await expect.poll(() => page.getByTestId('case-detail').innerText()).toContain('当事人');
    expect(await page.getByTestId('case-detail').innerText()).not.toMatch(/\b(case|clock|fees)\.[a-z]+/i);
  });
});

describe('accessibility of the key pages (WCAG 2.1 A/AA, serious or critical)', () => {
  test('login, the public tools, the party portal and the court pages have none', async () => {
    const context = await web.browser.newContext({ locale: 'zh-CN' });
    const anon = await context.newPage();
    const found: string[] = [];
    for (const path of ['/login', '/tools/period', '/tools/fee', '/notices', '/verify']) {
      await anon.goto(`${web.server.baseUrl}${path}`);
      await anon.locator('main, .ant-layout, form').first().waitFor();
      found.push(...(await seriousAccessibilityViolations(anon)).map((v) => `${path}: ${v}`));
    }
    const { id } = await fileLoanCase(web.server.baseUrl);
    const party = await loginAs(web.browser, web.server.baseUrl, 'zhangsan');
    for (const path of ['/my-cases', `/cases/${id}`, '/filings/new', '/inbox']) {
      await party.goto(`${web.server.baseUrl}${path}`);
      await party.locator('.ant-layout-content').first().waitFor();
      await party.waitForLoadState('networkidle');
      found.push(...(await seriousAccessibilityViolations(party)).map((v) => `zhangsan ${path}: ${v}`));
    }
    const clerk = await loginAs(web.browser, web.server.baseUrl, 'ng-filing');
    for (const path of ['/filing-queue', `/cases/${id}`, '/court-cases']) {
      await clerk.goto(`${web.server.baseUrl}${path}`);
      await clerk.locator('.ant-layout-content').first().waitFor();
      await clerk.waitForLoadState('networkidle');
      found.push(...(await seriousAccessibilityViolations(clerk)).map((v) => `ng-filing ${path}: ${v}`));
    }
    expect(found).toEqual([]);
  });
});
