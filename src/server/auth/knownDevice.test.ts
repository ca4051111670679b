import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { issueKnownDevice, KNOWN_DEVICE_DAYS, knownDeviceCookieName, knownDeviceId, loadKnownDeviceKey } from './knownDevice';

const key = Buffer.from('a-known-device-secret-for-unit-tests-only', 'utf8');
const now = new Date('2026-12-07T01:00:00Z');
const cookieOf = (c: { name: string; value: string }) => ({ [c.name]: c.value });

describe('known-device cookies', () => {
  test('a token issued for an account is known for that account, whatever the case of the name typed', () => {
    const c = issueKnownDevice(key, 'ng-Clerk', now);
    expect(c.name).toBe(knownDeviceCookieName(key, 'ng-clerk'));
    expect(knownDeviceId(key, 'NG-CLERK', cookieOf(c), now)).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  test('a token is not known for another account, under another key, altered, or after its lifetime', () => {
    const c = issueKnownDevice(key, 'ng-clerk', now);
    expect(knownDeviceId(key, 'ng-judge1', { [knownDeviceCookieName(key, 'ng-judge1')]: c.value }, now)).toBeNull();
    expect(knownDeviceId(Buffer.from('another-secret-of-sufficient-length-here'), 'ng-clerk', cookieOf(c), now)).toBeNull();
    const altered = c.value.replace(/\.(\d+)\./, (_, t: string) => `.${Number(t) + 1}.`);
    expect(knownDeviceId(key, 'ng-clerk', { [c.name]: altered }, now)).toBeNull();
    const later = new Date(now.getTime() + KNOWN_DEVICE_DAYS * 86_400_000 + 1000);
    expect(knownDeviceId(key, 'ng-clerk', cookieOf(c), later)).toBeNull();
    expect(knownDeviceId(key, 'ng-clerk', { [c.name]: 'garbage' }, now)).toBeNull();
  });

  test('the key is generated once into the data directory, private to the server, and refused when too short', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-kd-'));
    try {
      const [k1, k2] = await Promise.all([loadKnownDeviceKey({ configured: undefined, dataDir: dir }), loadKnownDeviceKey({ configured: undefined, dataDir: dir })]);
      expect(k1.equals(k2)).toBe(true);
      const file = path.join(dir, 'auth', 'known-device-secret');
      expect(readFileSync(file, 'utf8').trim()).toBe(k1.toString('utf8'));
      expect(statSync(file).mode & 0o077).toBe(0);
      expect((await loadKnownDeviceKey({ configured: undefined, dataDir: dir })).equals(k1)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(loadKnownDeviceKey({ configured: 'short', dataDir: '/nonexistent' })).rejects.toThrow(/at least 32/);
  });
});
