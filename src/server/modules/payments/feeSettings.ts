// Payment settings of the installation ([U]: set to the court's bank arrangement before going live).
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';

export interface PaymentSettings {
  /** [U] Prefix of the case sub-account numbers the court's bank assigns (一案一账号, rules.md §5.7). */
  accountPrefix: string;
}

export const DEFAULT_PAYMENT_SETTINGS: PaymentSettings = { accountPrefix: '9558' };

export async function loadPaymentSettings(q: Queryable): Promise<PaymentSettings> {
  const r = await q.execute<{ value: Partial<PaymentSettings> }>(sql`select value from settings where key = 'payments'`);
  return { ...DEFAULT_PAYMENT_SETTINGS, ...(r.rows[0]?.value ?? {}) };
}
