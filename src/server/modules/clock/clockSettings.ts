// Clock settings: values the law leaves open ([U] in rules.md) and warning thresholds, editable by an administrator.
import { sql } from 'drizzle-orm';
import type { ClockSettings } from '../../../contracts/clock';
import { DEFAULT_THRESHOLDS } from '../../../domain/clock';
import type { Queryable, Tx } from '../../db/database';

export const DEFAULT_CLOCK_SETTINGS: ClockSettings = {
  // [U] rules.md §2.1: in practice weekends are 法定休假日 for roll-forward.
  weekendsAreRestDays: true,
  // [U] rules.md §2.7: whether a 审限 ending on a rest day rolls forward; internal limits do not by default.
  trialLimitRollsForward: false,
  // EXT-2018 art 1 [S]: the judge applies at least 15 days before expiry.
  extensionLeadDays: 15,
  thresholds: { trialLimit: { ...DEFAULT_THRESHOLDS.trialLimit }, party: { ...DEFAULT_THRESHOLDS.party }, court: { ...DEFAULT_THRESHOLDS.court } },
};

export async function loadClockSettings(q: Queryable): Promise<ClockSettings> {
  const r = await q.execute<{ value: Partial<ClockSettings> }>(sql`select value from settings where key = 'clock'`);
  const stored = r.rows[0]?.value ?? {};
  return { ...DEFAULT_CLOCK_SETTINGS, ...stored, thresholds: { ...DEFAULT_CLOCK_SETTINGS.thresholds, ...(stored.thresholds ?? {}) } };
}

export async function saveClockSettings(tx: Tx, value: ClockSettings, actorId: number): Promise<void> {
  await tx.execute(sql`
    insert into settings (key, value, updated_by) values ('clock', ${JSON.stringify(value)}::jsonb, ${actorId})
    on conflict (key) do update set value = excluded.value, version = settings.version + 1, updated_at = now(), updated_by = excluded.updated_by`);
}
