// After 终本 the court queries the debtor's property through the network channel every 6 months for 5 years and tells
// the applicant (ZHONGBEN art 9 [S]); a query that finds property proposes 恢复执行 to the officer, and after two
// negative ones the 失信 listing has a deletion ground (DISHONEST art 10 [S]). Rows are claimed FOR UPDATE SKIP LOCKED,
// so any number of server processes run this and nothing is sent twice.
import { sql } from 'drizzle-orm';
import { requerySchedule } from '../../../domain/execution';
import type { Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { sendInquiries } from '../assetControl/inquiryFacts';
import { appendCaseEvent } from '../cases/caseRecord';
import { recordDeletionGround } from '../creditSanctions/creditFacts';
import { notifyUsers, type NewNotification } from '../notifications/notify';

const BATCH = 200;

/** How many of the requests were answered, and whether any answer found property. */
async function requestsAnswered(tx: Tx, ids: readonly number[]): Promise<{ answered: number; found: boolean }> {
  const r = await tx.execute<{ answered: number; found: boolean }>(sql`
    select count(*) filter (where status not in ('awaitingApproval', 'sent'))::int as answered, coalesce(bool_or((answer ->> 'found')::boolean), false) as found
      from asset_control_requests where id = any(${`{${ids.join(',')}}`}::bigint[])`);
  return { answered: Number(r.rows[0]!.answered), found: r.rows[0]!.found };
}

/** Starts the schedule when the president approves 终本 (called in that transaction). */
export async function scheduleRequeries(tx: Tx, c: { id: number; courtId: number }, closedOn: string): Promise<string> {
  const first = requerySchedule(closedOn)[0]!;
  await tx.execute(sql`
    insert into execution_requeries (case_id, court_id, closed_on, next_due_on) values (${c.id}, ${c.courtId}, ${closedOn}, ${first})
    on conflict (case_id) do update set closed_on = excluded.closed_on, next_due_on = excluded.next_due_on, awaiting_request_ids = null, found_on = null`);
  return first;
}

/** Ends the schedule (the case was restored: the new 执恢 case is worked instead). */
export async function endRequeries(tx: Tx, caseId: number): Promise<void> {
  await tx.execute(sql`update execution_requeries set next_due_on = null, awaiting_request_ids = null where case_id = ${caseId}`);
}

type Row = { case_id: number; court_id: number; closed_on: string; runs: number; last_run_on: string | null; awaiting_request_ids: number[] | null; negative_runs: number; case_number: string | null; node: string };

async function claim(tx: Tx, where: ReturnType<typeof sql>): Promise<Row[]> {
  const r = await tx.execute<Row>(sql`
    select q.case_id, q.court_id, q.closed_on::text, q.runs, q.last_run_on::text, q.awaiting_request_ids, q.negative_runs, c.case_number, c.node
      from execution_requeries q join cases c on c.id = q.case_id
     where ${where} order by q.case_id limit ${BATCH} for update of q skip locked`);
  return r.rows.map((x) => ({ ...x, case_id: Number(x.case_id), awaiting_request_ids: x.awaiting_request_ids?.map(Number) ?? null }));
}

async function systemEvent(tx: Tx, deps: Deps, row: Row, event: string, payload: Record<string, unknown>) {
  await appendCaseEvent(tx, { caseId: row.case_id, event, actorId: null, actorRole: null, nodeBefore: row.node, nodeAfter: row.node, payload, at: deps.clock.now() });
}

/** The applicant's users (parties with accounts and their agents) and the officer of the case. */
async function recipients(tx: Tx, caseId: number): Promise<{ applicants: number[]; officer: number | null }> {
  const r = await tx.execute<{ user_id: number; who: string }>(sql`
    select p.user_id, 'applicant' as who from case_parties p where p.case_id = ${caseId} and p.standing = 'executionApplicant' and p.user_id is not null
    union select a.user_id, 'applicant' from case_agents a join case_parties p on p.id = a.party_id where a.case_id = ${caseId} and p.standing = 'executionApplicant'
    union select judge_id, 'officer' from cases where id = ${caseId} and judge_id is not null`);
  return { applicants: r.rows.filter((x) => x.who === 'applicant').map((x) => Number(x.user_id)), officer: Number(r.rows.find((x) => x.who === 'officer')?.user_id ?? 0) || null };
}

/** Sends the due re-queries; returns how many cases were queried. */
async function sendDue(deps: Deps): Promise<number> {
  const today = deps.clock.today();
  return deps.db.transaction(async (tx) => {
    const rows = await claim(tx, sql`q.next_due_on <= ${today} and q.awaiting_request_ids is null`);
    for (const row of rows) {
      const debtors = await tx.execute<{ id: number }>(sql`select id from case_parties where case_id = ${row.case_id} and standing = 'executionDebtor' order by ordinal`);
      const ids = await sendInquiries(tx, deps, row.case_id, debtors.rows.map((d) => Number(d.id)), 'national', null);
      const next = requerySchedule(row.closed_on).find((d) => d > today) ?? null;
      await tx.execute(sql`
        update execution_requeries set runs = runs + 1, last_run_on = ${today}, next_due_on = ${next}, awaiting_request_ids = ${ids.length ? sql`${`{${ids.join(',')}}`}::bigint[]` : sql`null`}
         where case_id = ${row.case_id}`);
      await systemEvent(tx, deps, row, 'endOfRoundRequerySent', { run: row.runs + 1, requestIds: ids, nextDueOn: next });
    }
    return rows.length;
  });
}

/** Reads the answers of finished re-queries: tells the applicant, proposes 恢复执行 on a find, records deletion grounds. */
async function readAnswers(deps: Deps): Promise<number> {
  const today = deps.clock.today();
  return deps.db.transaction(async (tx) => {
    const rows = await claim(tx, sql`q.awaiting_request_ids is not null`);
    let done = 0;
    for (const row of rows) {
      const answer = await requestsAnswered(tx, row.awaiting_request_ids!);
      if (answer.answered < row.awaiting_request_ids!.length && !answer.found) continue;
      done++;
      const negativeRuns = answer.found ? row.negative_runs : row.negative_runs + 1;
      await tx.execute(sql`
        update execution_requeries set awaiting_request_ids = null, negative_runs = ${negativeRuns}, found_on = ${answer.found ? sql`${today}` : sql`found_on`}
         where case_id = ${row.case_id}`);
      await systemEvent(tx, deps, row, 'endOfRoundRequeryAnswered', { run: row.runs, found: answer.found, negativeRuns });
      const to = await recipients(tx, row.case_id);
      const no = row.case_number ?? '';
      const notes: NewNotification[] = to.applicants.map((userId) => ({
        userId,
        courtId: row.court_id,
        kind: 'endOfRoundRequery',
        caseId: row.case_id,
        title: { 'zh-CN': '终本案件财产复查结果', en: 'Property re-query after 终本' },
        body: answer.found
          ? { 'zh-CN': `${no}第${row.runs}次复查发现被执行人财产，法院将依法恢复执行。`, en: `${no}: re-query ${row.runs} found property of the debtor; the court will restore execution.` }
          : { 'zh-CN': `${no}第${row.runs}次复查未发现可供执行的财产。您发现财产线索的，可随时申请恢复执行。`, en: `${no}: re-query ${row.runs} found no executable property. You may apply to restore execution at any time with a clue.` },
        link: `/cases/${row.case_id}`,
        dedupeKey: `requery:${row.case_id}:${row.runs}`,
      }));
      if (answer.found && to.officer) {
        notes.push({ userId: to.officer, courtId: row.court_id, kind: 'restorationProposed', caseId: row.case_id, title: { 'zh-CN': '建议恢复执行', en: 'Restoration proposed' }, body: { 'zh-CN': `${no}终本后复查发现财产，请审查并依职权恢复执行。`, en: `${no}: a re-query after 终本 found property; review it and restore execution.` }, link: `/cases/${row.case_id}`, dedupeKey: `requeryFound:${row.case_id}:${row.runs}` });
      }
      await notifyUsers(tx, notes);
      // DISHONEST art 10 [S]: after 终本, at least two network queries finding nothing are a ground to delete the listing.
      if (!answer.found && negativeRuns === 2) await recordDeletionGround(tx, deps, row.case_id, 'negativeRequeries', today);
    }
    return done;
  });
}

/** The periodic task: send what is due, then read what has come back. */
export async function runEndOfRoundRequeries(deps: Deps): Promise<{ sent: number; answered: number }> {
  const sent = await sendDue(deps);
  const answered = await readAnswers(deps);
  return { sent, answered };
}
