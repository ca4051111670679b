// The Content-Security-Policy holds the web app and the API documentation to their own scripts, and both still work
// under it: a clerk logs in and reaches the workbench, a developer reads /api/docs, and Chromium reports no violation.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '../src/server/db/seed/demoProvince';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/** A page that records every CSP violation the browser reports, from the first script on. */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; violations: () => Promise<Violation[]>; consoleErrors: string[] }> {
  await context.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile }));
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|Refused to/i.test(m.text())) consoleErrors.push(m.text());
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
  return { page, violations, consoleErrors };
}

describe('the content security policy in a real browser', () => {
  test('the login page, the workbench and /api/docs render under it with no violation', async () => {
    const base = web.server.baseUrl;
    const context = await web.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const { page, violations, consoleErrors } = await watchedPage(context);

    const login = await page.goto(`${base}/login`);
    expect(login!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('#username').fill('ng-filing');
    await page.locator('#password').fill(DEMO_PASSWORD);
    // antd's run-time <style> elements were admitted: the primary button has the theme's colour (#1f4e9c in App.tsx),
    // not the browser's grey.
    const submit = page.getByRole('button', { name: '登录' });
    expect(await submit.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(31, 78, 156)');
    await submit.click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    await expect.poll(() => page.locator('.ant-layout').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);

    const docs = await page.goto(`${base}/api/docs`);
    expect(docs!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect.poll(() => page.locator('.swagger-ui .info .title').innerText()).toContain('CourtFlow API');
    // swagger-ui renders the operations as they scroll into view (the document now has more than 200).
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, 3000);
        return page.locator('.opblock').count();
      })
      .toBeGreaterThan(10);
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
