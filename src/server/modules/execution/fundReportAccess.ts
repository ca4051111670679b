// Who sees 一日三通报 and how much: finance, the president and the 执行局长 (the payout approvers) the whole report,
// a judge the rows of their own cases. The report's pages and its notifications both ask here.
import type { Actor } from '../../access/actor';
import type { Queryable } from '../../db/database';
import { approverRole } from './payouts';

export const FUND_REPORT_READERS = ['finance', 'divisionChief', 'president', 'judge'] as const;

/** The roles among which those who see the whole report are found (seesWholeFundReport decides). */
export const WHOLE_REPORT_ROLES = ['finance', 'divisionChief', 'president'] as const;

export async function seesWholeFundReport(q: Queryable, actor: Actor): Promise<boolean> {
  return (await approverRole(q, actor)) !== null;
}
