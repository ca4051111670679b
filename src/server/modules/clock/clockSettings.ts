// Clock settings: values the law leaves open ([U] in rules.md) and warning thresholds, editable by an administrator.
import type { ClockSettings } from '../../../contracts/clock';
import { DEFAULT_THRESHOLDS } from '../../../domain/clock';
import { DEFAULT_HOUR_THRESHOLDS } from '../../../domain/clock/hourPeriod';
import type { Queryable, Tx } from '../../db/database';
import { settingsRow, writeSettingsRow } from '../../db/settingsRows';

export const DEFAULT_CLOCK_SETTINGS: ClockSettings = {
  // [U] rules.md §2.1: in practice weekends are 法定休假日 for roll-forward.
  weekendsAreRestDays: true,
  // [U] rules.md §2.7: whether a 审限 ending on a rest day rolls forward; internal limits do not by default.
  trialLimitRollsForward: false,
  // EXT-2018 art 1 [S]: the judge applies at least 15 days before expiry.
  extensionLeadDays: 15,
  // TL-2000 art 13 [U: still applied?]: administrative cases apply at least 10 days before expiry.
  adminExtensionLeadDays: 10,
  thresholds: { trialLimit: { ...DEFAULT_THRESHOLDS.trialLimit }, party: { ...DEFAULT_THRESHOLDS.party }, court: { ...DEFAULT_THRESHOLDS.court } },
  // [U] no rule sets when a 48-hour limit warns (clock/hourPeriod.ts).
  hourThresholds: { ...DEFAULT_HOUR_THRESHOLDS },
};

export async function loadClockSettings(q: Queryable): Promise<ClockSettings> {
  const stored: Partial<ClockSettings> = (await settingsRow(q, 'clock'))?.value ?? {};
  return { ...DEFAULT_CLOCK_SETTINGS, ...stored, thresholds: { ...DEFAULT_CLOCK_SETTINGS.thresholds, ...(stored.thresholds ?? {}) } };
}

export async function saveClockSettings(tx: Tx, value: ClockSettings, actorId: number): Promise<void> {
  await writeSettingsRow(tx, 'clock', value as unknown as Record<string, unknown>, actorId);
}
