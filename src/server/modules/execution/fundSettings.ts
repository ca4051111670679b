// Execution-fund settings of the installation ([U]: a court's own rules may be stricter; set them before going live).
import { DEFAULT_REPORT_TIMES } from '../../../domain/execution/dailyReports';
import type { Queryable } from '../../db/database';
import { settingsRow } from '../../db/settingsRows';

export interface ExecutionFundSettings {
  /** FUNDS [S→U]: days from a fund's arrival to its payout — 30 at most, a court may set fewer (the clock's `fundDisbursement`). */
  payoutDays: number;
  /** [U local rule] Payouts above this amount (fen) also need the 执行局长's approval after finance's. */
  directorThresholdFen: number;
  /** [U] 一日三通报's times, court-local 'HH:mm' (default 09:00, 13:00, 17:00). */
  reportTimes: string[];
  /** [U] Held funds enter the report this many days before their payout deadline. */
  reportWarnDays: number;
}

export const DEFAULT_EXECUTION_FUND_SETTINGS: ExecutionFundSettings = { payoutDays: 30, directorThresholdFen: 50_000_000, reportTimes: [...DEFAULT_REPORT_TIMES], reportWarnDays: 5 };

export async function loadExecutionFundSettings(q: Queryable): Promise<ExecutionFundSettings> {
  const stored: Partial<ExecutionFundSettings> = (await settingsRow(q, 'executionFunds'))?.value ?? {};
  return { ...DEFAULT_EXECUTION_FUND_SETTINGS, ...stored };
}
