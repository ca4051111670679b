// axe-core run inside the page (the npm package's own script, never a download): the serious and critical
// violations of WCAG 2.x A/AA, as short lines a failing test prints.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** antd fades messages in (rc-motion classes such as `ant-form-show-help-item-appear`); axe judges colours mid-fade wrongly. */
async function settleMotion(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => a.playState !== 'running') &&
      document.querySelector('[class*="-appear"], [class*="-enter"], [class*="-leave"]') === null,
    undefined,
    { timeout: 5000, polling: 50 },
  );
}

export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  await settleMotion(page);
  // Evaluated through the DevTools protocol, which the page's CSP (no inline script) rightly does not apply to.
  await page.evaluate(AXE_SOURCE);
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join(', ')}${v.nodes.length > 5 ? ` … ${v.nodes.length} elements` : ''}`);
}
