// "Known device" cookies (OWASP's device cookies): a browser in which an account logged in before carries an
// HMAC-signed token for that account, and its logins skip the limits that anyone else's failures can fill.
// The token proves only "this browser logged in as this account before"; it never replaces the password.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export const KNOWN_DEVICE_DAYS = 180;
const COOKIE_PREFIX = 'courtflow_device_';
/** Sent only with login requests: no other route needs it. */
export const KNOWN_DEVICE_COOKIE_PATH = '/api/v1/auth/login';
const MIN_SECRET_LENGTH = 32;

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();
const accountOf = (username: string) => username.trim().toLowerCase();

/**
 * The HMAC key: KNOWN_DEVICE_SECRET when configured, else `<dataDir>/auth/known-device-secret` (created with mode
 * 0600 at first start). Processes that do not share it each reject the others' cookies (logins then fall back to
 * the limits for unknown browsers), so several processes share DATA_DIR or set the variable.
 */
export async function loadKnownDeviceKey(o: { configured: string | undefined; dataDir: string }): Promise<Buffer> {
  if (o.configured !== undefined) {
    if (o.configured.length < MIN_SECRET_LENGTH) throw new Error(`KNOWN_DEVICE_SECRET must be at least ${MIN_SECRET_LENGTH} characters (e.g. openssl rand -base64 32)`);
    return Buffer.from(o.configured, 'utf8');
  }
  const file = path.join(o.dataDir, 'auth', 'known-device-secret');
  if (existsSync(file)) return Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'utf8');
  const secret = randomBytes(32).toString('base64url');
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written whole under a temporary name, then linked into place: a second process never reads half a secret.
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  await fs.writeFile(tmp, `${secret}\n`, { mode: 0o600 });
  try {
    await fs.link(tmp, file);
    return Buffer.from(secret, 'utf8');
  } catch (e) {
    // Another process wrote it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'utf8');
    throw e;
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** One cookie per account, so a browser shared by several clerks knows each of them; the name hides the account. */
export function knownDeviceCookieName(key: Buffer, username: string): string {
  return COOKIE_PREFIX + hmac(key, `cookie-name\n${accountOf(username)}`).toString('hex').slice(0, 16);
}

const signature = (key: Buffer, username: string, deviceId: string, issuedAt: number) =>
  hmac(key, `known-device\n${accountOf(username)}\n${deviceId}\n${issuedAt}`).toString('base64url');

/** A fresh token for the account, issued after a successful login: `<device id>.<issued at, s>.<HMAC>`. */
export function issueKnownDevice(key: Buffer, username: string, now: Date): { name: string; value: string; maxAgeSeconds: number } {
  const deviceId = randomBytes(12).toString('base64url');
  const issuedAt = Math.floor(now.getTime() / 1000);
  return {
    name: knownDeviceCookieName(key, username),
    value: `${deviceId}.${issuedAt}.${signature(key, username, deviceId, issuedAt)}`,
    maxAgeSeconds: KNOWN_DEVICE_DAYS * 86_400,
  };
}

/** The device id if the browser's cookie for this account is genuine and current, else null. */
export function knownDeviceId(key: Buffer, username: string, cookies: Record<string, string | undefined>, now: Date): string | null {
  const value = cookies[knownDeviceCookieName(key, username)];
  const m = value ? /^([A-Za-z0-9_-]{16})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value) : null;
  if (!m) return null;
  const [, deviceId, issued, mac] = m as unknown as [string, string, string, string];
  const issuedAt = Number(issued);
  const expected = Buffer.from(signature(key, username, deviceId, issuedAt));
  if (!timingSafeEqual(expected, Buffer.from(mac))) return null;
  const ageSeconds = now.getTime() / 1000 - issuedAt;
  return ageSeconds >= -300 && ageSeconds < KNOWN_DEVICE_DAYS * 86_400 ? deviceId : null;
}
