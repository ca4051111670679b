// /verify in the browser, no login: a file and its receipt verify locally; a tampered copy of the file does not,
// and the page says which check failed; without a key the visitor trusts it never says "verified".
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../test/support/apiClient';
import { TINY_PDF } from '../test/support/fixtures';
import { fileLoanCase } from '../test/support/scenarios';
import { screenshot } from './support/browser';
import { webServerForSpec } from './support/webServer';

const web = webServerForSpec();

describe('verifying a receipt in the browser', () => {
  test('a good file verifies, a tampered one fails on its hash', async () => {
    const base = web.server.baseUrl;
    const party = await ApiClient.loggedIn(base, 'zhangsan');
    const upload = await party.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint');
    await fileLoanCase(base, { attachmentIds: [upload.body.id] });
    const receipt = (await party.get(`/api/v1/attachments/${upload.body.id}/receipt`)).body;
    const receiptFile = { name: 'receipt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(receipt)) };

    const context = await web.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${base}/verify`);
    // The court's published key is filled in for the visitor.
    await expect.poll(() => page.getByTestId('verify-key').inputValue()).toBe(receipt.verifierKey);
    await page.getByTestId('verify-file').locator('input[type=file]').setInputFiles({ name: '起诉状.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
    await page.getByTestId('verify-receipt').locator('input[type=file]').setInputFiles(receiptFile);
    await page.getByTestId('verify-run').click();
    await expect.poll(() => page.getByTestId('verify-verdict').innerText()).toContain('验证通过');
    for (const id of ['file', 'leaf', 'signature', 'inclusion']) expect(await page.getByTestId(`verify-check-${id}`).getAttribute('data-ok')).toBe('true');
    expect(await page.getByTestId('verify-entry').innerText()).toContain(receipt.entry.match(/"sha256":"([0-9a-f]+)"/)[1]);
    await screenshot(page, 'verify-ok');

    const forged = Buffer.from(TINY_PDF);
    forged[12] = forged[12]! ^ 1;
    await page.getByTestId('verify-file').locator('input[type=file]').setInputFiles({ name: '起诉状.pdf', mimeType: 'application/pdf', buffer: forged });
    await page.getByTestId('verify-run').click();
    await expect.poll(() => page.getByTestId('verify-verdict').innerText()).toContain('验证未通过');
    expect(await page.getByTestId('verify-check-file').getAttribute('data-ok')).toBe('false');
    expect(await page.getByTestId('verify-check-inclusion').getAttribute('data-ok')).toBe('true');
    await screenshot(page, 'verify-tampered');

    // The key cleared: the good file still matches, but who signed is not established, and the page says so.
    await page.getByTestId('verify-file').locator('input[type=file]').setInputFiles({ name: '起诉状.pdf', mimeType: 'application/pdf', buffer: Buffer.from(TINY_PDF) });
    await page.getByTestId('verify-key').fill('');
    await page.getByTestId('verify-run').click();
    await expect.poll(() => page.getByTestId('verify-verdict').getAttribute('data-outcome')).toBe('unauthenticated');
    expect(await page.getByTestId('verify-verdict').innerText()).toContain('未能确认签名者');
    expect(await page.getByTestId('verify-verdict').innerText()).not.toContain('验证通过');
    expect(await page.getByTestId('verify-check-signature').getAttribute('data-result')).toBe('unproven');
    expect(await page.getByTestId('verify-unproven-signer').innerText()).toContain('回执自带的公钥任何人都能生成');
    await screenshot(page, 'verify-no-key');
    await context.close();
  });
});
