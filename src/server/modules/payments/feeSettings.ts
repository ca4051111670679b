// Payment settings of the installation ([U]: set to the court's bank arrangement before going live).
import { DEFAULT_FEE_SCHEDULE_SETTINGS, type FeeScheduleSettings } from '../../../domain/courtFees/feeSettings';
import type { Queryable, Tx } from '../../db/database';
import { settingsRow, writeSettingsRow } from '../../db/settingsRows';

export interface PaymentSettings {
  /** [U] Prefix of the case sub-account numbers the court's bank assigns (一案一账号, rules.md §5.7). */
  accountPrefix: string;
  /** [U] The bank, the account holder (户名; null: the court's own name) and the branch printed on fee notices. */
  bankName: string;
  accountName: string | null;
  bankBranch: string;
  /** [U local rule] Days to claim an unidentified receipt (不明款) — the clock's `unclaimedReceiptClaim`, 1–30. */
  unclaimedClaimDays: number;
}

export const DEFAULT_PAYMENT_SETTINGS: PaymentSettings = { accountPrefix: '9558', bankName: '中国工商银行', accountName: null, bankBranch: '中国工商银行股份有限公司长春南关支行', unclaimedClaimDays: 3 };

export async function loadPaymentSettings(q: Queryable): Promise<PaymentSettings> {
  const stored: Partial<PaymentSettings> = (await settingsRow(q, 'payments'))?.value ?? {};
  return { ...DEFAULT_PAYMENT_SETTINGS, ...stored };
}

/** The province's amounts within the ranges of FEE arts 13–14 and the rounding rule (settings key 'feeSchedule'). */
export async function loadFeeScheduleSettings(q: Queryable): Promise<FeeScheduleSettings> {
  const stored: Partial<FeeScheduleSettings> = (await settingsRow(q, 'feeSchedule'))?.value ?? {};
  return { ...DEFAULT_FEE_SCHEDULE_SETTINGS, ...stored, maritime: { ...DEFAULT_FEE_SCHEDULE_SETTINGS.maritime, ...(stored.maritime ?? {}) } };
}

export async function saveFeeScheduleSettings(tx: Tx, value: FeeScheduleSettings, actorId: number): Promise<void> {
  await writeSettingsRow(tx, 'feeSchedule', value as unknown as Record<string, unknown>, actorId);
}
