// 一日三通报: at each of the court's report times a report is built from the ledger — unclaimed execution receipts
// (不明款) with their claim deadlines, cases holding funds near or past their payout deadline, and payouts since the
// previous report — per judge and team, kept (one per court and time), shown on its page, exported to Excel and sent
// to the inboxes of the officers in it and of those who see it whole (fundReportNotices.ts).
import { sql } from 'drizzle-orm';
import type { FundReport, FundReportContent } from '../../../contracts/executionFunds';
import { addDays, type PlainDate } from '../../../domain/calendar/plainDate';
import { latestReportSlot, payoutDeadlineNear, type ReportSlot } from '../../../domain/execution/dailyReports';
import { fenToYuan } from '../../../domain/money/yuan';
import type { Queryable, Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { notifyFundReport } from './fundReportNotices';
import { loadExecutionFundSettings } from './fundSettings';
import { postponedDueSql } from './postponementView';

const yuan = (fen: string | number | bigint) => fenToYuan(BigInt(fen));

/** The three lists as of `today`, payouts counted from `since`. */
export async function fundReportContent(q: Queryable, courtId: number, since: Date, today: PlainDate, warnDays: number): Promise<FundReportContent> {
  const unclaimed = await q.execute<Record<string, any>>(sql`
    select id, bank_ref, received_on::text as received_on, amount_fen, payer_name, memo, claim_due_on::text as claim_due_on
      from receipts where court_id = ${courtId} and account = 'execution' and status = 'unidentified' order by received_on, id`);
  // FIFO: the arrivals not covered by what went out (payouts and fees) are held; the earliest of their deadlines, each
  // moved by an approved postponement covering it, binds (payoutDeadline.ts).
  const held = await q.execute<Record<string, any>>(sql`
    with arrivals as (
      select case_id, id, amount_fen, ${postponedDueSql} as payout_due_on, sum(amount_fen) over (partition by case_id order by id) as upto
        from execution_ledger_entries
       where court_id = ${courtId} and kind in ('receipt', 'claim') and case_id is not null and reversed_by is null),
    outs as (
      select case_id, sum(amount_fen) as out from execution_ledger_entries
       where court_id = ${courtId} and kind in ('disbursement', 'feeDeduction') and reversed_by is null group by case_id),
    oldest as (
      select distinct on (a.case_id) a.case_id, a.payout_due_on::text as due_on, coalesce(o.out, 0) as out
        from arrivals a left join outs o on o.case_id = a.case_id
       where a.upto > coalesce(o.out, 0) and a.payout_due_on <= ${addDays(today, warnDays)}::date
       order by a.case_id, a.payout_due_on, a.id)
    select x.case_id, x.due_on, k.case_number, k.judge_id, u.display_name as judge_name, e.team_id, tm.name as team_name,
           (select sum(amount_fen) from execution_ledger_entries where case_id = x.case_id and kind in ('receipt', 'claim') and reversed_by is null) - x.out as balance
      from oldest x join cases k on k.id = x.case_id left join users u on u.id = k.judge_id left join execution_cases e on e.case_id = x.case_id
      left join execution_teams tm on tm.id = e.team_id
     order by x.due_on, x.case_id`);
  const paid = await q.execute<Record<string, any>>(sql`
    select d.case_id, d.amount_fen, d.entry_on::text as paid_on, cp.name as payee, k.case_number, k.judge_id, u.display_name as judge_name, e.team_id, tm.name as team_name
      from execution_ledger_entries d
      join cases k on k.id = d.case_id join case_parties cp on cp.id = d.applicant_party_id
      left join users u on u.id = k.judge_id left join execution_cases e on e.case_id = d.case_id left join execution_teams tm on tm.id = e.team_id
     where d.court_id = ${courtId} and d.kind = 'disbursement' and d.reversed_by is null and d.created_at > ${since.toISOString()}::timestamptz
     order by d.id`);
  const heldRows = held.rows.map((r) => ({
    caseId: Number(r.case_id),
    caseNumber: r.case_number,
    judgeId: r.judge_id === null ? null : Number(r.judge_id),
    judgeName: r.judge_name,
    teamId: r.team_id === null ? null : Number(r.team_id),
    teamName: r.team_name,
    balance: yuan(r.balance),
    payoutDueOn: r.due_on as string,
    state: payoutDeadlineNear(r.due_on, today, warnDays) ?? ('near' as const),
  }));
  const unclaimedRows = unclaimed.rows.map((r) => ({ receiptId: Number(r.id), bankRef: r.bank_ref, receivedOn: r.received_on, amount: yuan(r.amount_fen), payerName: r.payer_name, memo: r.memo, claimDueOn: r.claim_due_on, overdue: r.claim_due_on !== null && r.claim_due_on < today }));
  const paidRows = paid.rows.map((r) => ({ caseId: Number(r.case_id), caseNumber: r.case_number, judgeId: r.judge_id === null ? null : Number(r.judge_id), judgeName: r.judge_name, teamId: r.team_id === null ? null : Number(r.team_id), teamName: r.team_name, payeeName: r.payee, amount: yuan(r.amount_fen), paidOn: r.paid_on }));
  const sum = (rows: { amount_fen: string }[]) => rows.reduce((s, r) => s + BigInt(r.amount_fen), 0n);
  const heldOverdue = heldRows.filter((r) => r.state === 'overdue').length;
  return {
    unclaimed: unclaimedRows,
    held: heldRows,
    paid: paidRows,
    totals: {
      unclaimedCount: unclaimedRows.length,
      unclaimedAmount: yuan(sum(unclaimed.rows as { amount_fen: string }[])),
      unclaimedOverdue: unclaimedRows.filter((r) => r.overdue).length,
      heldNear: heldRows.length - heldOverdue,
      heldOverdue,
      paidCount: paidRows.length,
      paidAmount: yuan(sum(paid.rows as { amount_fen: string }[])),
      goalMet: unclaimedRows.length === 0 && heldOverdue === 0,
    },
  };
}

/** The report of `slot` for the court, built once (a second process, or a second click, finds it built). */
export async function ensureFundReport(tx: Tx, courtId: number, slot: ReportSlot, timeZone: string, today: PlainDate): Promise<number> {
  const at = sql`(${`${slot.date} ${slot.time}`}::timestamp at time zone ${timeZone})`;
  const existing = await tx.execute<{ id: string }>(sql`select id from execution_fund_reports where court_id = ${courtId} and slot_at = ${at}`);
  if (existing.rows[0]) return Number(existing.rows[0].id);
  const prev = await tx.execute<{ slot_at: Date }>(sql`select slot_at from execution_fund_reports where court_id = ${courtId} and slot_at < ${at} order by slot_at desc limit 1`);
  const slotAt = (await tx.execute<{ t: Date }>(sql`select ${at} as t`)).rows[0]!.t;
  const since = prev.rows[0]?.slot_at ?? new Date(new Date(slotAt).getTime() - 24 * 3600_000);
  const { reportWarnDays } = await loadExecutionFundSettings(tx);
  const content = await fundReportContent(tx, courtId, new Date(since), today, reportWarnDays);
  const r = await tx.execute<{ id: string }>(sql`
    insert into execution_fund_reports (court_id, slot_at, since, content) values (${courtId}, ${at}, ${new Date(since).toISOString()}::timestamptz, ${JSON.stringify(content)}::jsonb)
    on conflict (court_id, slot_at) do nothing returning id`);
  if (r.rows[0]) {
    const id = Number(r.rows[0].id);
    await notifyFundReport(tx, courtId, id, slot, content);
    return id;
  }
  const built = await tx.execute<{ id: string }>(sql`select id from execution_fund_reports where court_id = ${courtId} and slot_at = ${at}`);
  return Number(built.rows[0]!.id);
}

/** Court-local date and time of an instant. */
export function localNow(now: Date, timeZone: string): { date: PlainDate; time: string } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The latest report slot of now for every court with an execution division; each built once. Returns how many were new. */
export async function runDueFundReports(deps: Deps): Promise<number> {
  const { reportTimes } = await loadExecutionFundSettings(deps.db);
  const now = localNow(deps.clock.now(), deps.config.timeZone);
  const slot = latestReportSlot(now.date, now.time, reportTimes);
  const courts = await deps.db.execute<{ court_id: number; built: boolean }>(sql`
    select d.court_id, exists (select 1 from execution_fund_reports r where r.court_id = d.court_id and r.slot_at = (${`${slot.date} ${slot.time}`}::timestamp at time zone ${deps.config.timeZone})) as built
      from divisions d where d.kind = 'execution' and d.is_active group by d.court_id order by d.court_id`);
  let built = 0;
  for (const c of courts.rows.filter((x) => !x.built)) {
    await deps.db.transaction((tx) => ensureFundReport(tx, c.court_id, slot, deps.config.timeZone, deps.clock.today()));
    built++;
  }
  return built;
}


/** A stored report as the viewer may see it: a judge (not finance, chief or president) only the rows of their cases. */
export function presentFundReport(row: { id: number; court_id: number; slot: string; since: string; content: FundReportContent }, ownJudgeId: number | null): FundReport {
  const c = row.content;
  const mine = <T extends { judgeId: number | null }>(rows: T[]) => (ownJudgeId === null ? rows : rows.filter((r) => r.judgeId === ownJudgeId));
  return { id: row.id, courtId: row.court_id, slot: row.slot, since: row.since, unclaimed: ownJudgeId === null ? c.unclaimed : [], held: mine(c.held), paid: mine(c.paid), totals: c.totals, ownCasesOnly: ownJudgeId !== null };
}
