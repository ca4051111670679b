// A case's settlement as stored: the agreement, its instalments with their periods on the clock, the payments made
// directly to the applicant, and — read from the execution ledger, never kept twice — what arrived through the court.
import { sql } from 'drizzle-orm';
import { settlementRestorationPeriod, settlementStanding, RESTORATION_GROUND_LABELS, type RestorationGround, type SettlementStanding } from '../../../domain/execution/settlement';
import { fenToYuan } from '../../../domain/money/yuan';
import type { Settlement } from '../../../contracts/executionSettlement';
import type { Queryable, Tx } from '../../db/database';
import { clockEnv } from '../clock/periodStore';

export interface SettlementFacts {
  id: number;
  caseId: number;
  courtId: number;
  agreedOn: string;
  replaces: string;
  documentId: number;
  lastDueOn: string;
  status: SettlementStanding['status'];
  restoredOn: string | null;
  restorationGround: RestorationGround | null;
  restorationReason: string | null;
  restoredCaseId: number | null;
  instalments: { seq: number; amountFen: bigint; agreedDueOn: string; dueOn: string; warnedAt: string | null }[];
  payments: { paidOn: string; amountFen: bigint; source: 'direct' | 'court'; note: string | null }[];
}

/** The case's latest settlement (the one in force, or the last one performed or restored), `forUpdate` locking it. */
export async function loadSettlement(q: Queryable, caseId: number, o: { forUpdate?: boolean } = {}): Promise<SettlementFacts | null> {
  const r = await q.execute<{ id: string; case_id: string; court_id: number; agreed_on: string; replaces: string; document_id: string; last_due_on: string; status: SettlementStanding['status']; restored_on: string | null; restoration_ground: RestorationGround | null; restoration_reason: string | null; restored_case_id: string | null }>(sql`
    select id, case_id, court_id, agreed_on::text, replaces, document_id, last_due_on::text, status, restored_on::text, restoration_ground, restoration_reason, restored_case_id
      from execution_settlements where case_id = ${caseId} order by id desc limit 1 ${o.forUpdate ? sql`for update` : sql``}`);
  const s = r.rows[0];
  if (!s) return null;
  const inst = await q.execute<{ seq: number; amount_fen: string; agreed_due_on: string; due_on: string; warned_at: string | null }>(sql`
    select i.seq, i.amount_fen, i.agreed_due_on::text, p.due_on::text, i.warned_at::text
      from execution_settlement_instalments i join case_periods p on p.id = i.period_id where i.settlement_id = ${s.id} order by i.seq`);
  // EXEC-SETTLE art 7 / FUNDS: money the debtor pays into the court's execution account for the case counts as performance.
  const pay = await q.execute<{ paid_on: string; amount_fen: string; source: 'direct' | 'court'; note: string | null }>(sql`
    select paid_on::text, amount_fen, 'direct' as source, note from execution_settlement_payments where settlement_id = ${s.id}
    union all
    select entry_on::text, amount_fen, 'court', null from execution_ledger_entries
     where case_id = ${caseId} and kind in ('receipt', 'claim') and reversed_by is null and entry_on >= ${s.agreed_on}::date
    order by 1`);
  return {
    id: Number(s.id),
    caseId: Number(s.case_id),
    courtId: Number(s.court_id),
    agreedOn: s.agreed_on,
    replaces: s.replaces,
    documentId: Number(s.document_id),
    lastDueOn: s.last_due_on,
    status: s.status,
    restoredOn: s.restored_on,
    restorationGround: s.restoration_ground,
    restorationReason: s.restoration_reason,
    restoredCaseId: s.restored_case_id === null ? null : Number(s.restored_case_id),
    instalments: inst.rows.map((i) => ({ seq: i.seq, amountFen: BigInt(i.amount_fen), agreedDueOn: i.agreed_due_on, dueOn: i.due_on, warnedAt: i.warned_at })),
    payments: pay.rows.map((p) => ({ paidOn: p.paid_on, amountFen: BigInt(p.amount_fen), source: p.source, note: p.note })),
  };
}

/** The standing on `today`, each instalment due on its period's day (the agreed day rolled over rest days). */
export function standingOf(s: SettlementFacts, today: string): SettlementStanding {
  return settlementStanding(
    s.instalments.map((i) => ({ amountFen: i.amountFen, dueOn: i.dueOn })),
    s.payments.filter((p) => p.paidOn <= today).map((p) => ({ on: p.paidOn, amountFen: p.amountFen })),
    today,
  );
}

/** Stores the status the payments now give (a restored settlement keeps the one it had). */
export async function saveStatus(tx: Tx, s: SettlementFacts, standing: SettlementStanding): Promise<void> {
  if (s.restoredOn === null && standing.status !== s.status) await tx.execute(sql`update execution_settlements set status = ${standing.status} where id = ${s.id}`);
}

const STATUS_LABELS = {
  performing: { 'zh-CN': '正在履行', en: 'Being performed' },
  performed: { 'zh-CN': '已履行完毕', en: 'Performed in full' },
  defaulted: { 'zh-CN': '未按期履行', en: 'Not performed on time' },
} as const;

/** The settlement as the 执行 tab shows it, with the last day to apply to restore the original title. */
export async function presentSettlement(q: Queryable, s: SettlementFacts, today: string): Promise<Settlement> {
  const standing = standingOf(s, today);
  const env = await clockEnv(q, s.courtId, today);
  const period = settlementRestorationPeriod(s.lastDueOn, env.calendar, { weekendsAreRestDays: env.settings.weekendsAreRestDays });
  const status = s.restoredOn ? s.status : standing.status;
  return {
    id: s.id,
    caseId: s.caseId,
    agreedOn: s.agreedOn,
    total: fenToYuan(standing.totalFen),
    paid: fenToYuan(standing.paidFen),
    replaces: s.replaces,
    documentId: s.documentId,
    status,
    statusLabel: STATUS_LABELS[status],
    lastDueOn: s.lastDueOn,
    restorationDueOn: period.due,
    instalments: standing.instalments.map((i, k) => ({ seq: i.seq, amount: fenToYuan(i.amountFen), agreedDueOn: s.instalments[k]!.agreedDueOn, dueOn: i.dueOn, paid: fenToYuan(i.paidFen), state: i.state, warnedAt: s.instalments[k]!.warnedAt })),
    payments: s.payments.map((p) => ({ paidOn: p.paidOn, amount: fenToYuan(p.amountFen), source: p.source, note: p.note })),
    restoration:
      s.restoredOn && s.restorationGround
        ? { restoredOn: s.restoredOn, ground: s.restorationGround, groundLabel: { 'zh-CN': RESTORATION_GROUND_LABELS[s.restorationGround]['zh-CN'], en: RESTORATION_GROUND_LABELS[s.restorationGround].en }, reason: s.restorationReason ?? '', restoredCaseId: s.restoredCaseId }
        : null,
  };
}
