// Login throttling slows password guessing without letting anyone lock a named user out: per account and address a
// delay that grows, a cap per account and per address only for browsers the account never logged in from, counted
// atomically in PostgreSQL across two server processes. Behind one proxy (TRUST_PROXY=1) the test client plays the
// proxy and names the client in X-Forwarded-For.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dateInZone } from '../../src/domain/calendar/plainDate';
import { ACCOUNT_FAILURES_PER_WINDOW, ADDRESS_FAILURES_PER_WINDOW, FREE_FAILURES } from '../../src/server/auth/loginThrottle';
import { DEMO_PASSWORD } from '../../src/server/db/seed/demoProvince';
import type { Clock } from '../../src/server/deps';
import { createTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../support/testServer';

let nowMs = Date.parse('2026-12-07T09:00:00+08:00');
const clock: Clock = { now: () => new Date(nowMs), today: () => dateInZone(new Date(nowMs), 'Asia/Shanghai') };
const wait = (seconds: number) => (nowMs += seconds * 1000);

// Two processes on one database, sharing the known-device secret as docs/deployment.md asks.
const config = { trustProxy: 1, knownDeviceSecret: 'test-known-device-secret-of-at-least-32-chars' } as const;
let database: TestDatabase;
let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  database = await createTestDatabase();
  a = await startTestServer({ database, clock, config });
  b = await startTestServer({ database, clock, config });
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await database?.drop();
});

interface Attempt {
  status: number;
  code: string | undefined;
  retryAfter: number | null;
  body: { message: string; messages: { 'zh-CN': string; en: string }; details?: { retryAfterSeconds: number } };
  /** The known-device cookie issued with a successful login, as `name=value`. */
  device: string | undefined;
}

async function login(server: TestServer, username: string, o: { from: string; password?: string; device?: string }): Promise<Attempt> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': o.from };
  if (o.device) headers.cookie = o.device;
  const res = await fetch(`${server.baseUrl}/api/v1/auth/login`, { method: 'POST', headers, body: JSON.stringify({ username, password: o.password ?? DEMO_PASSWORD }) });
  const body = await res.json();
  const device = res.headers.getSetCookie().find((c) => c.startsWith('courtflow_device_'));
  return { status: res.status, code: body.code, retryAfter: res.headers.has('retry-after') ? Number(res.headers.get('retry-after')) : null, body, device: device?.split(';')[0] };
}

const wrong = (server: TestServer, username: string, from: string) => login(server, username, { from, password: 'not-the-password' });
const statuses = (xs: Attempt[]) => xs.map((x) => x.status).sort();
const countOf = (xs: Attempt[], status: number) => xs.filter((x) => x.status === status).length;

describe('login throttling', () => {
  test("the right password from another address logs in while the attacker's address waits", async () => {
    const attacker = [];
    for (let i = 0; i < 12; i++) attacker.push(await wrong(a, 'ng-judge1', '203.0.113.66'));
    expect(countOf(attacker, 401)).toBe(FREE_FAILURES);
    expect(countOf(attacker, 429)).toBe(12 - FREE_FAILURES);
    const judge = await login(b, 'ng-judge1', { from: '198.51.100.10' });
    expect(judge.status).toBe(200);
  });

  test('the delay grows from 30 s and doubles; a refused attempt does not prolong it; the right password resets it', async () => {
    const from = '203.0.113.20';
    for (let i = 0; i < FREE_FAILURES; i++) expect((await wrong(a, 'ng-judge2', from)).status).toBe(401);
    // Even the right password waits: the password is not checked at all while the pair waits.
    const held = await login(a, 'ng-judge2', { from });
    expect(held).toMatchObject({ status: 429, code: 'LOGIN_RATE_LIMITED', retryAfter: 30 });
    expect(held.body.details?.retryAfterSeconds).toBe(30);
    expect(held.body.messages['zh-CN']).toContain('请在 09:00:30（约 30 秒后）再试');
    expect(held.body.messages.en).toContain('try again at 09:00:30 (in 30 seconds)');
    wait(29);
    expect(await wrong(b, 'ng-judge2', from)).toMatchObject({ status: 429, retryAfter: 1 });
    wait(2);
    expect((await wrong(b, 'ng-judge2', from)).status).toBe(401);
    expect(await wrong(a, 'ng-judge2', from)).toMatchObject({ status: 429, retryAfter: 60 });
    wait(61);
    expect((await wrong(a, 'ng-judge2', from)).status).toBe(401);
    const longer = await wrong(a, 'ng-judge2', from);
    expect(longer).toMatchObject({ status: 429, retryAfter: 120 });
    expect(longer.body.messages['zh-CN']).toContain('约 2 分钟后');
    wait(121);
    expect((await login(b, 'ng-judge2', { from })).status).toBe(200);
    for (let i = 0; i < FREE_FAILURES; i++) expect((await wrong(a, 'ng-judge2', from)).status).toBe(401);
    expect((await wrong(a, 'ng-judge2', from)).retryAfter).toBe(30);
    // An hour without attempts and the pair is forgotten.
    wait(3601);
    expect((await wrong(a, 'ng-judge2', from)).status).toBe(401);
  });

  test('30 concurrent wrong passwords over two processes get exactly 5 password checks', async () => {
    const attempts = await Promise.all(Array.from({ length: 30 }, (_, i) => wrong(i % 2 ? a : b, 'ng-judge3', '203.0.113.30')));
    expect(countOf(attempts, 401)).toBe(FREE_FAILURES);
    expect(countOf(attempts, 429)).toBe(30 - FREE_FAILURES);
  });

  test('rotating X-Forwarded-For entries do not escape the per-address delay when TRUST_PROXY is a hop count', async () => {
    // What one nginx forwards: the client's own header, then the address nginx saw. Only the last is the proxy's word.
    const attempts = [];
    for (let i = 0; i < 12; i++) attempts.push(await wrong(a, 'ng-chief', `10.${i}.${i}.${i}, 203.0.113.99`));
    expect(statuses(attempts)).toEqual([...Array(FREE_FAILURES).fill(401), ...Array(12 - FREE_FAILURES).fill(429)]);
    // The header is honoured, not ignored: another client behind the same proxy has its own counter.
    expect((await wrong(a, 'ng-chief', '203.0.113.66, 203.0.113.98')).status).toBe(401);
  });

  test('during a distributed attack a browser that logged in before still logs in; new browsers wait for the window', async () => {
    const known = await login(a, 'ng-clerk', { from: '198.51.100.30' });
    expect(known.status).toBe(200);
    expect(known.device).toMatch(/^courtflow_device_[0-9a-f]{16}=/);
    const attack = await Promise.all(Array.from({ length: 40 }, (_, i) => wrong(b, 'ng-clerk', `100.64.${i}.1`)));
    expect(countOf(attack, 401)).toBe(ACCOUNT_FAILURES_PER_WINDOW);
    expect(countOf(attack, 429)).toBe(40 - ACCOUNT_FAILURES_PER_WINDOW);

    const stranger = await login(a, 'ng-clerk', { from: '198.51.100.31' });
    expect(stranger.status).toBe(429);
    expect(stranger.body.messages['zh-CN']).toContain('在您以前成功登录过的浏览器上登录不受此限制');
    // The known device, from yet another address and on the other process (same secret), is not held back.
    expect((await login(b, 'ng-clerk', { from: '198.51.100.32', device: known.device })).status).toBe(200);
    // A forged or foreign cookie is just an unknown browser.
    const forged = known.device!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await login(b, 'ng-clerk', { from: '198.51.100.33', device: forged })).status).toBe(429);
    const otherAccount = await login(a, 'ng-assistant', { from: '198.51.100.30' });
    expect((await login(b, 'ng-clerk', { from: '198.51.100.34', device: otherAccount.device })).status).toBe(429);
    // The account's window ends 15 minutes after its first failure.
    wait(15 * 60 + 1);
    expect((await login(a, 'ng-clerk', { from: '198.51.100.31' })).status).toBe(200);
  });

  test('a clock that steps back (a process whose clock is behind, NTP) never holds a successful login back', async () => {
    const from = '198.51.100.77';
    expect((await login(a, 'cy-clerk', { from })).status).toBe(200);
    // Months ahead (a test clock, a badly set machine) and back: the counters written then do not hold now.
    wait(90 * 24 * 3600);
    expect((await login(a, 'cy-clerk', { from })).status).toBe(200);
    expect((await wrong(a, 'cy-clerk', from)).status).toBe(401);
    wait(-90 * 24 * 3600);
    expect((await login(b, 'cy-clerk', { from })).status).toBe(200);
    // A few milliseconds behind the process that counted the last attempt: no spurious wait either.
    wait(-0.05);
    expect((await login(a, 'cy-clerk', { from })).status).toBe(200);
  });

  test("one address's failures on many accounts hold back only browsers unknown to the account typed", async () => {
    const court = '192.0.2.50';
    const known = await login(a, 'kc-clerk', { from: court });
    expect(known.status).toBe(200);
    const n = ADDRESS_FAILURES_PER_WINDOW + 5;
    const spray = await Promise.all(Array.from({ length: n }, (_, i) => wrong(i % 2 ? a : b, `nobody-${i}`, court)));
    expect(countOf(spray, 401)).toBe(ADDRESS_FAILURES_PER_WINDOW);
    expect(countOf(spray, 429)).toBe(5);
    expect((await login(a, 'kc-judge1', { from: court })).status).toBe(429);
    expect((await login(b, 'kc-clerk', { from: court, device: known.device })).status).toBe(200);
  });
});
