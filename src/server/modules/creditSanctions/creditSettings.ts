// Settings of 失信与限消 ([U]: set them before going live).
import type { Queryable } from '../../db/database';
import { settingsRow } from '../../db/settingsRows';

export interface CreditSettings {
  /** [U court practice, 枣庄's 失信预告]: days between a 失信预告 and the listing taking effect (0–60). */
  graceDays: number;
}

export const DEFAULT_CREDIT_SETTINGS: CreditSettings = { graceDays: 10 };

export async function loadCreditSettings(q: Queryable): Promise<CreditSettings> {
  const stored: Partial<CreditSettings> = (await settingsRow(q, 'creditSanctions'))?.value ?? {};
  const graceDays = Number.isInteger(stored.graceDays) && stored.graceDays! >= 0 && stored.graceDays! <= 60 ? stored.graceDays! : DEFAULT_CREDIT_SETTINGS.graceDays;
  return { graceDays };
}
