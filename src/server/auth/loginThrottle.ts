// Login throttling that slows guessing without handing an attacker a way to lock people out (OWASP's "slow down
// online guessing": progressive delays, device cookies). Counters live in PostgreSQL, so they hold across processes.
//
// An attempt is counted against several counters, each a row of login_throttles:
//   pair    account + client address: progressive delay after 5 failures (30 s, 1, 2, 4, 8, 15 min …)
//   device  account + known-device cookie: the same delay, instead of every other counter
//   account all failures for the account from browsers it never logged in from: 20 per 15 minutes
//   address all failures from one address by browsers unknown to the account typed: 30 per 15 minutes
// So someone else's failures can at most make a browser that never logged in to the account wait; the account's own
// browsers, and the right password from another address, are never stopped by them.
//
// The attempt is reserved (counted as a failure) before the password is checked and released when it was right:
// concurrent wrong passwords therefore meet the counters one after another and no more are checked than allowed.
import type pg from 'pg';
import { inClientTransaction } from '../db/database';
import { countedAddress } from '../network/clientAddress';

type CounterKind = 'pair' | 'device' | 'account' | 'address';

interface Counter {
  kind: CounterKind;
  key: string;
}

export const FREE_FAILURES = 5;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;
/** A pair or device counter is forgotten after an hour without attempts. */
const FORGET_PROGRESSIVE_SECONDS = 60 * 60;
export const ACCOUNT_FAILURES_PER_WINDOW = 20;
export const ADDRESS_FAILURES_PER_WINDOW = 30;
const WINDOW_SECONDS = 15 * 60;

const WINDOW_LIMIT: Partial<Record<CounterKind, number>> = { account: ACCOUNT_FAILURES_PER_WINDOW, address: ADDRESS_FAILURES_PER_WINDOW };

/** How long the next attempt waits after the n-th failure in a row on a pair or device counter. */
export function progressiveDelaySeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS);
}

/** The counters an attempt is held against: a known device's own, or the three of a browser the account does not know. */
export function loginCounters(username: string, ip: string, knownDeviceId: string | null): Counter[] {
  const account = username.trim().toLowerCase();
  if (knownDeviceId) return [{ kind: 'device', key: `device:${account}:${knownDeviceId}` }];
  const address = countedAddress(ip);
  return [
    { kind: 'pair', key: `pair:${account}|${address}` },
    { kind: 'account', key: `account:${account}` },
    { kind: 'address', key: `address:${address}` },
  ];
}

interface Row {
  key: string;
  failures: number;
  blocked_until: Date;
  forget_at: Date;
}

const addSeconds = (d: Date, s: number) => new Date(d.getTime() + s * 1000);

/** `blocked_until` of a counter that holds nothing back: a fixed past instant, never "now" (see below). */
const NOT_BLOCKED = new Date(0);

// No counter legitimately ends further ahead than this; one that does was written by a clock ahead of ours (another
// process's, or ours before it stepped back) and starts over rather than hold logins back until that clock's time.
const HORIZON_SECONDS = Math.max(FORGET_PROGRESSIVE_SECONDS, WINDOW_SECONDS);

/** The counter's state after one more failure at `now`. */
function afterFailure(kind: CounterKind, row: Row, now: Date): Row {
  const failures = row.failures + 1;
  const limit = WINDOW_LIMIT[kind];
  if (limit === undefined) {
    const delay = progressiveDelaySeconds(failures);
    return { key: row.key, failures, blocked_until: delay ? addSeconds(now, delay) : NOT_BLOCKED, forget_at: addSeconds(now, FORGET_PROGRESSIVE_SECONDS) };
  }
  const forgetAt = row.failures === 0 ? addSeconds(now, WINDOW_SECONDS) : row.forget_at;
  return { key: row.key, failures, blocked_until: failures >= limit ? forgetAt : NOT_BLOCKED, forget_at: forgetAt };
}

export type Reservation = { allowed: true } | { allowed: false; retryAt: Date; retryAfterSeconds: number; blockedBy: CounterKind[] };

/**
 * Counts the attempt against every counter, or against none when one of them says wait (a refused attempt is not
 * counted, so hammering a waiting counter does not prolong the wait). Rows are locked in key order: no deadlocks.
 */
export async function reserveLoginAttempt(pool: pg.Pool, counters: Counter[], now: Date): Promise<Reservation> {
  const keys = [...new Set(counters.map((c) => c.key))].sort();
  return inClientTransaction(pool, async (client) => {
    // Lock each counter (creating it if new), starting over where it was forgotten.
    const locked = await client.query<Row>(
      `insert into login_throttles as t (key, failures, blocked_until, forget_at)
       select k, 0, $3, $2 from unnest($1::text[]) as k order by k
       on conflict (key) do update set
         failures = case when t.forget_at <= $2 or t.forget_at > $4 then 0 else t.failures end,
         blocked_until = case when t.forget_at <= $2 or t.forget_at > $4 then $3 else t.blocked_until end,
         forget_at = case when t.forget_at <= $2 or t.forget_at > $4 then $2 else t.forget_at end
       returning key, failures, blocked_until, forget_at`,
      [keys, now, NOT_BLOCKED, addSeconds(now, HORIZON_SECONDS)],
    );
    const rows = new Map(locked.rows.map((r) => [r.key, r]));
    const waiting = counters.filter((c) => rows.get(c.key)!.blocked_until > now);
    if (waiting.length) {
      const retryAt = new Date(Math.max(...waiting.map((c) => rows.get(c.key)!.blocked_until.getTime())));
      return { allowed: false, retryAt, retryAfterSeconds: Math.ceil((retryAt.getTime() - now.getTime()) / 1000), blockedBy: waiting.map((c) => c.kind) };
    }
    const next = counters.map((c) => afterFailure(c.kind, rows.get(c.key)!, now));
    await client.query(
      `update login_throttles as t set failures = v.failures, blocked_until = v.blocked_until, forget_at = v.forget_at
         from unnest($1::text[], $2::int[], $3::timestamptz[], $4::timestamptz[]) as v(key, failures, blocked_until, forget_at)
        where t.key = v.key`,
      [next.map((r) => r.key), next.map((r) => r.failures), next.map((r) => r.blocked_until), next.map((r) => r.forget_at)],
    );
    return { allowed: true };
  });
}

/**
 * The password was right: the pair or device starts afresh, and the shared counters give back this attempt (the
 * others' failures there still count).
 */
export async function releaseLoginAttempt(pool: pg.Pool, counters: Counter[]): Promise<void> {
  const own = counters.filter((c) => WINDOW_LIMIT[c.kind] === undefined).map((c) => c.key);
  const shared = counters.filter((c) => WINDOW_LIMIT[c.kind] !== undefined);
  await pool.query(
    `with cleared as (delete from login_throttles where key = any($1::text[]))
     update login_throttles as t
        set failures = greatest(t.failures - 1, 0),
            blocked_until = case when t.failures - 1 >= v.max_failures then t.blocked_until else $4 end
       from unnest($2::text[], $3::int[]) as v(key, max_failures)
      where t.key = v.key`,
    [own, shared.map((c) => c.key), shared.map((c) => WINDOW_LIMIT[c.kind]!), NOT_BLOCKED],
  );
}

/** Deletes a batch of forgotten counters; called after failed logins, so the table stays as small as the attacks. */
export async function pruneForgottenCounters(pool: pg.Pool, now: Date): Promise<void> {
  await pool.query(
    `delete from login_throttles where key in (
       select key from login_throttles where forget_at < $1 order by forget_at limit 100 for update skip locked)`,
    [now],
  );
}
