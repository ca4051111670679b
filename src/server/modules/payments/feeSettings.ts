// Payment settings of the installation ([U]: set to the court's bank arrangement before going live).
import { sql } from 'drizzle-orm';
import { DEFAULT_FEE_SCHEDULE_SETTINGS, type FeeScheduleSettings } from '../../../domain/courtFees/feeSettings';
import type { Queryable, Tx } from '../../db/database';

export interface PaymentSettings {
  /** [U] Prefix of the case sub-account numbers the court's bank assigns (一案一账号, rules.md §5.7). */
  accountPrefix: string;
}

export const DEFAULT_PAYMENT_SETTINGS: PaymentSettings = { accountPrefix: '9558' };

export async function loadPaymentSettings(q: Queryable): Promise<PaymentSettings> {
  const r = await q.execute<{ value: Partial<PaymentSettings> }>(sql`select value from settings where key = 'payments'`);
  return { ...DEFAULT_PAYMENT_SETTINGS, ...(r.rows[0]?.value ?? {}) };
}

/** The province's amounts within the ranges of FEE arts 13–14 and the rounding rule (settings key 'feeSchedule'). */
export async function loadFeeScheduleSettings(q: Queryable): Promise<FeeScheduleSettings> {
  const r = await q.execute<{ value: Partial<FeeScheduleSettings> }>(sql`select value from settings where key = 'feeSchedule'`);
  const stored = r.rows[0]?.value ?? {};
  return { ...DEFAULT_FEE_SCHEDULE_SETTINGS, ...stored, maritime: { ...DEFAULT_FEE_SCHEDULE_SETTINGS.maritime, ...(stored.maritime ?? {}) } };
}

export async function saveFeeScheduleSettings(tx: Tx, value: FeeScheduleSettings, actorId: number): Promise<void> {
  await tx.execute(sql`
    insert into settings (key, value, updated_by) values ('feeSchedule', ${JSON.stringify(value)}::jsonb, ${actorId})
    on conflict (key) do update set value = excluded.value, version = settings.version + 1, updated_at = now(), updated_by = excluded.updated_by`);
}
