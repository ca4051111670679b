// 一日三通报: at each of the court's report times a report is built from the ledger — unclaimed execution receipts
// (不明款) with their claim deadlines, cases holding funds near or past their payout deadline, and payouts since the
// previous report — per judge and team, kept (one per court and time), shown on its page, exported to Excel and sent
// to the inboxes of the officers in it and of those who see it whole (fundReportNotices.ts).
import { sql, type SQL } from 'drizzle-orm';
import type { FundReport, FundReportContent } from '../../../contracts/executionFunds';
import { addDays, type PlainDate } from '../../../domain/calendar/plainDate';
import { latestReportSlot, type ReportSlot } from '../../../domain/execution/dailyReports';
import type { Queryable, Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { notifyFundReport, type OfficerFigures } from './fundReportNotices';
import { loadExecutionFundSettings } from './fundSettings';

/** fen as fenToYuan writes it ("1234.50"), in SQL: the report is assembled in the database, not row by row in Node. */
const yuanSql = (fen: SQL) => sql`(case when ${fen} < 0 then '-' else '' end || (abs(${fen})::bigint / 100)::text || '.' || lpad((abs(${fen})::bigint % 100)::text, 2, '0'))`;

/**
 * The three lists as common table expressions: `unclaimed_rows`, `held_rows` (with `state`), `paid_rows`.
 * FIFO: the arrivals not covered by what went out (payouts and fees) are held; the earliest of their deadlines, each
 * moved by the latest approved postponement covering it, binds (payoutDeadline.ts: heldFundsDeadline, postponedDue);
 * `state` is payoutDeadlineNear (dailyReports.ts): before today overdue, else near (later ones are not listed).
 * One pass over the court's entries: postponements hash-joined, running and total sums in one window.
 */
function reportLists(courtId: number, since: Date, today: PlainDate, warnDays: number): SQL {
  return sql`
    unclaimed_rows as (
      select id, bank_ref, received_on, amount_fen, payer_name, memo, claim_due_on
        from receipts where court_id = ${courtId} and account = 'execution' and status = 'unidentified'),
    pp as (
      select case_id, covers_entry_id, until_on from execution_payout_postponements where court_id = ${courtId} and status = 'approved'),
    arrivals as (
      select l.case_id, l.id, l.amount_fen, greatest(l.payout_due_on, max(pp.until_on)) as payout_due_on
        from execution_ledger_entries l left join pp on pp.case_id = l.case_id and pp.covers_entry_id >= l.id
       where l.court_id = ${courtId} and l.kind in ('receipt', 'claim') and l.case_id is not null and l.reversed_by is null
       group by l.id),
    running as (
      select case_id, id, payout_due_on, sum(amount_fen) over (partition by case_id order by id) as upto, sum(amount_fen) over (partition by case_id) as total from arrivals),
    outs as (
      select case_id, sum(amount_fen) as out from execution_ledger_entries
       where court_id = ${courtId} and kind in ('disbursement', 'feeDeduction') and reversed_by is null group by case_id),
    oldest as (
      select distinct on (a.case_id) a.case_id, a.payout_due_on as due_on, a.total - coalesce(o.out, 0) as balance
        from running a left join outs o on o.case_id = a.case_id
       where a.upto > coalesce(o.out, 0) and a.payout_due_on <= ${addDays(today, warnDays)}::date
       order by a.case_id, a.payout_due_on, a.id),
    held_rows as (
      select x.case_id, x.due_on, x.balance, case when x.due_on < ${today}::date then 'overdue' else 'near' end as state,
             k.case_number, k.judge_id, u.display_name as judge_name, e.team_id, tm.name as team_name
        from oldest x join cases k on k.id = x.case_id left join users u on u.id = k.judge_id left join execution_cases e on e.case_id = x.case_id
        left join execution_teams tm on tm.id = e.team_id),
    paid_rows as (
      select d.id, d.case_id, d.amount_fen, d.entry_on, cp.name as payee, k.case_number, k.judge_id, u.display_name as judge_name, e.team_id, tm.name as team_name
        from execution_ledger_entries d
        join cases k on k.id = d.case_id join case_parties cp on cp.id = d.applicant_party_id
        left join users u on u.id = k.judge_id left join execution_cases e on e.case_id = d.case_id left join execution_teams tm on tm.id = e.team_id
       where d.court_id = ${courtId} and d.kind = 'disbursement' and d.reversed_by is null and d.created_at > ${since.toISOString()}::timestamptz)`;
}

/** The FundReportContent of the lists, as one json value (json, not jsonb, while it is built: a third of the time). */
function contentSql(today: PlainDate): SQL {
  const unclaimedOverdue = sql`coalesce(claim_due_on < ${today}::date, false)`;
  return sql`json_build_object(
    'unclaimed', coalesce((select json_agg(json_build_object('receiptId', id, 'bankRef', bank_ref, 'receivedOn', received_on::text, 'amount', ${yuanSql(sql`amount_fen`)}, 'payerName', payer_name, 'memo', memo, 'claimDueOn', claim_due_on::text, 'overdue', ${unclaimedOverdue}) order by received_on, id) from unclaimed_rows), '[]'::json),
    'held', coalesce((select json_agg(json_build_object('caseId', case_id, 'caseNumber', case_number, 'judgeId', judge_id, 'judgeName', judge_name, 'teamId', team_id, 'teamName', team_name, 'balance', ${yuanSql(sql`balance`)}, 'payoutDueOn', due_on::text, 'state', state) order by due_on, case_id) from held_rows), '[]'::json),
    'paid', coalesce((select json_agg(json_build_object('caseId', case_id, 'caseNumber', case_number, 'judgeId', judge_id, 'judgeName', judge_name, 'teamId', team_id, 'teamName', team_name, 'payeeName', payee, 'amount', ${yuanSql(sql`amount_fen`)}, 'paidOn', entry_on::text) order by id) from paid_rows), '[]'::json),
    'totals', (select json_build_object(
      'unclaimedCount', u.n, 'unclaimedAmount', ${yuanSql(sql`u.amount`)}, 'unclaimedOverdue', u.overdue,
      'heldNear', h.near, 'heldOverdue', h.overdue, 'paidCount', p.n, 'paidAmount', ${yuanSql(sql`p.amount`)},
      'goalMet', u.n = 0 and h.overdue = 0)
      from (select count(*) as n, coalesce(sum(amount_fen), 0) as amount, count(*) filter (where ${unclaimedOverdue}) as overdue from unclaimed_rows) u,
           (select count(*) filter (where state = 'near') as near, count(*) filter (where state = 'overdue') as overdue from held_rows) h,
           (select count(*) as n, coalesce(sum(amount_fen), 0) as amount from paid_rows) p))`;
}

/** Each officer's own figures in the report (for their notification), from the same lists. */
const OFFICER_FIGURES = sql`(select coalesce(jsonb_agg(jsonb_build_object('judgeId', judge_id, 'near', near, 'overdue', overdue, 'paidCount', paid_n, 'paidAmount', ${yuanSql(sql`paid_fen`)})), '[]'::jsonb) from (
    select coalesce(h.judge_id, p.judge_id) as judge_id, coalesce(h.near, 0) as near, coalesce(h.overdue, 0) as overdue, coalesce(p.n, 0) as paid_n, coalesce(p.fen, 0) as paid_fen
      from (select judge_id, count(*) filter (where state = 'near') as near, count(*) filter (where state = 'overdue') as overdue from held_rows where judge_id is not null group by judge_id) h
      full join (select judge_id, count(*) as n, sum(amount_fen) as fen from paid_rows where judge_id is not null group by judge_id) p on p.judge_id = h.judge_id) f)`;

/** The three lists as of `today`, payouts counted from `since`. */
export async function fundReportContent(q: Queryable, courtId: number, since: Date, today: PlainDate, warnDays: number): Promise<FundReportContent> {
  const r = await q.execute<{ content: FundReportContent }>(sql`with ${reportLists(courtId, since, today, warnDays)} select ${contentSql(today)} as content`);
  return r.rows[0]!.content;
}

/** The report of `slot` for the court, built once (a second process, or a second click, finds it built). */
export async function ensureFundReport(tx: Tx, courtId: number, slot: ReportSlot, timeZone: string, today: PlainDate): Promise<number> {
  const at = sql`(${`${slot.date} ${slot.time}`}::timestamp at time zone ${timeZone})`;
  const existing = await tx.execute<{ id: string }>(sql`select id from execution_fund_reports where court_id = ${courtId} and slot_at = ${at}`);
  if (existing.rows[0]) return Number(existing.rows[0].id);
  const prev = await tx.execute<{ slot_at: Date }>(sql`select slot_at from execution_fund_reports where court_id = ${courtId} and slot_at < ${at} order by slot_at desc limit 1`);
  const slotAt = (await tx.execute<{ t: Date }>(sql`select ${at} as t`)).rows[0]!.t;
  const since = new Date(prev.rows[0]?.slot_at ?? new Date(new Date(slotAt).getTime() - 24 * 3600_000));
  const { reportWarnDays } = await loadExecutionFundSettings(tx);
  // Built and stored in one statement: the lists never travel to Node and back (bench/executionReports.ts); the sorts
  // of a court's hundred thousand arrivals fit in memory rather than spill to disk.
  await tx.execute(sql`set local work_mem = '64MB'`);
  const r = await tx.execute<{ id: string | null; totals: FundReportContent['totals']; officers: OfficerFigures[] }>(sql`
    with ${reportLists(courtId, since, today, reportWarnDays)},
    built as (
      insert into execution_fund_reports (court_id, slot_at, since, content) select ${courtId}, ${at}, ${since.toISOString()}::timestamptz, (${contentSql(today)})::jsonb
      on conflict (court_id, slot_at) do nothing returning id, content->'totals' as totals)
    select id, totals, ${OFFICER_FIGURES} as officers from built`);
  const row = r.rows[0];
  if (row?.id) {
    const id = Number(row.id);
    await notifyFundReport(tx, courtId, id, slot, { totals: row.totals, officers: row.officers });
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
