// Every kind of response carries the security headers: API JSON, the web app's index.html, /api/docs and a
// downloaded file; HSTS and upgrade-insecure-requests only when the site is served over HTTPS (SECURE_COOKIES).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { TINY_PDF } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/testServer';

// A stand-in for dist/web: the headers do not depend on what the page contains (e2e/securityHeaders.spec.ts loads
// the real build in Chromium).
const webDir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-web-'));
writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>CourtFlow</title><div id="root"></div>');

let http: TestServer;
let https: TestServer;
beforeAll(async () => {
  [http, https] = await Promise.all([startTestServer({ config: { webDir } }), startTestServer({ config: { webDir, secureCookies: true } })]);
});
afterAll(async () => {
  await Promise.all([http?.close(), https?.close()]);
  rmSync(webDir, { recursive: true, force: true });
});

function expectSecurityHeaders(h: Headers, what: string) {
  const csp = h.get('content-security-policy') ?? '';
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toContain("script-src 'self';");
  expect(csp, what).toContain("script-src-attr 'none'");
  expect(csp, what).toContain("object-src 'none'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).not.toContain('unsafe-eval');
  expect(h.get('x-frame-options'), what).toBe('DENY');
  expect(h.get('x-content-type-options'), what).toBe('nosniff');
  expect(h.get('referrer-policy'), what).toBe('same-origin');
}

describe('security headers', () => {
  test('on API responses, refusals included', async () => {
    const health = await fetch(`${http.baseUrl}/healthz`);
    expectSecurityHeaders(health.headers, '/healthz');
    const refused = await fetch(`${http.baseUrl}/api/v1/auth/me`);
    expect(refused.status).toBe(401);
    expectSecurityHeaders(refused.headers, '401');
    const missing = await fetch(`${http.baseUrl}/api/v1/no-such-route`);
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing.headers, '404');
  });

  test('on the web app: index.html at / and at a client-side route', async () => {
    for (const p of ['/', '/cases/12345']) {
      const r = await fetch(http.baseUrl + p);
      expect(r.status, p).toBe(200);
      expect(r.headers.get('content-type'), p).toMatch(/text\/html/);
      expectSecurityHeaders(r.headers, p);
    }
  });

  test('on /api/docs and its static files', async () => {
    const page = await fetch(`${http.baseUrl}/api/docs/static/index.html`);
    expect(page.status).toBe(200);
    expectSecurityHeaders(page.headers, '/api/docs/static/index.html');
    const docs = await fetch(`${http.baseUrl}/api/docs`, { redirect: 'manual' });
    expectSecurityHeaders(docs.headers, '/api/docs');
    const script = await fetch(`${http.baseUrl}/api/docs/static/swagger-ui-bundle.js`);
    expect(script.status).toBe(200);
    expectSecurityHeaders(script.headers, 'swagger-ui-bundle.js');
  });

  test('on a downloaded file', async () => {
    const party = await ApiClient.loggedIn(http.baseUrl, 'zhangsan');
    const up = await party.upload('证据.pdf', TINY_PDF, 'application/pdf');
    const r = await party.get(`/api/v1/attachments/${up.body.id}/content`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expectSecurityHeaders(r.headers, 'attachment content');
  });

  test('HSTS and upgrade-insecure-requests only when served over HTTPS', async () => {
    const plain = await fetch(`${http.baseUrl}/healthz`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(plain.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    for (const p of ['/healthz', '/', '/api/docs/static/index.html']) {
      const secure = await fetch(https.baseUrl + p);
      expect(secure.headers.get('strict-transport-security'), p).toBe('max-age=31536000');
      expect(secure.headers.get('content-security-policy'), p).toContain('upgrade-insecure-requests');
      expectSecurityHeaders(secure.headers, p);
    }
  });
});
