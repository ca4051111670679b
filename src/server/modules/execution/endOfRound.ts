// 终结本次执行程序: the checklist read from the case's record (ZHONGBEN arts 1–3, 5), the judge's proposal refused while
// a condition is missing, the president's approval (CPL-Interp art 517) that closes the case — checked again then.
import { sql } from 'drizzle-orm';
import { checkEndOfRound, endOfRoundChecklist, type EndOfRoundFacts, type PropertyReportMeasure, type DebtorWhereabouts } from '../../../domain/execution';
import type { Queryable } from '../../db/database';
import type { Deps } from '../../deps';
import { inquiryFacts } from '../assetControl/inquiryFacts';
import type { CaseRow } from '../cases/caseRecord';
import type { EffectHandler } from '../cases/effects/effectContext';
import { notifyUsers } from '../notifications/notify';
import { creditFacts } from '../creditSanctions/creditFacts';
import { scheduleRequeries } from './endOfRoundRequery';
import { closeExecution } from './executionEffects';
import { courtExecutionConfig } from './executionSettings';

const RECORDED = ['recordPropertyReport', 'recordDebtorSearch', 'interviewApplicant', 'recordClue', 'verifyClue'] as const;

type Recorded = { event: (typeof RECORDED)[number]; on: string; input: Record<string, unknown> };

/** Whether the court has 点对点 agencies, and how many of the case's inquiries are still unanswered (ZHONGBEN art 3). */
async function inquiryState(q: Queryable, c: CaseRow): Promise<{ local: boolean; pending: number }> {
  const r = await q.execute<{ local: boolean; pending: number }>(sql`
    select exists (select 1 from agencies where channel = 'local' and court_id = ${c.courtId} and is_active) as local,
           (select count(*)::int from asset_control_requests where case_id = ${c.id} and kind = 'inquiry' and status in ('awaitingApproval', 'sent')) as pending`);
  return { local: r.rows[0]!.local, pending: Number(r.rows[0]!.pending) };
}

/** Everything 终本's conditions are checked from, as the case's record has it today. */
export async function endOfRoundFacts(q: Queryable, deps: Deps, c: CaseRow, today: string, propertyNotDisposable: string | null): Promise<EndOfRoundFacts> {
  const tz = deps.config.timeZone;
  // One after another: inside a transaction the queries share one connection (pg does not run them side by side).
  const money = await q.execute<{ amount_fen: string }>(sql`select amount_fen::text from execution_cases where case_id = ${c.id}`);
  const debtors = await q.execute<{ id: number; name: string }>(sql`select id, name from case_parties where case_id = ${c.id} and standing = 'executionDebtor' order by ordinal`);
  const served = await q.execute<{ party_id: number; document: 'executionNotice' | 'propertyReportOrder'; served_on: string }>(sql`
    select party_id, document, deemed_on::text as served_on from service_tasks
     where case_id = ${c.id} and status = 'served' and deemed_on is not null and document in ('executionNotice', 'propertyReportOrder')`);
  const recorded = await q.execute<Recorded>(sql`
    select event, (at at time zone ${tz})::date::text as on, payload->'input' as input from case_events
     where case_id = ${c.id} and event in (${sql.join(RECORDED.map((e) => sql`${e}`), sql`, `)}) order by seq`);
  const credit = await creditFacts(q, c.id);
  const inquiries = await inquiryFacts(q, c.id);
  const local = await inquiryState(q, c);
  const settings = await courtExecutionConfig(q, c.courtId);
  const rec = (e: Recorded['event']) => recorded.rows.filter((r) => r.event === e);
  const clues = recorded.rows.filter((r) => r.event === 'recordClue' || r.event === 'verifyClue');
  return {
    registeredOn: c.acceptedOn ?? today,
    today,
    moneyClaim: BigInt(money.rows[0]?.amount_fen ?? '0') > 0n,
    debtors: debtors.rows.map((d) => ({ partyId: Number(d.id), name: d.name })),
    served: served.rows.map((s) => ({ partyId: Number(s.party_id), document: s.document, servedOn: s.served_on })),
    propertyReports: rec('recordPropertyReport').map((r) => ({ partyId: Number(r.input.partyId), reported: r.input.reported === true, verified: r.input.verified === true, measure: r.input.measure as PropertyReportMeasure, on: r.on })),
    restrictions: credit.restrictionOrders,
    inquiries: inquiries.map((i) => ({ channel: i.channel, partyId: i.partyId, answeredOn: i.answeredOn, found: i.found })),
    pendingInquiries: local.pending,
    localChannelAvailable: local.local,
    // ASSET-INV art 2: a clue stays open until verified (a new clue supersedes the last, verifyClue ends it).
    openClues: clues.at(-1)?.event === 'recordClue' ? 1 : 0,
    propertyNotDisposable,
    searches: rec('recordDebtorSearch').map((r) => ({ partyId: Number(r.input.partyId), whereabouts: r.input.whereabouts as DebtorWhereabouts, on: r.on })),
    interview: ((i) => (i ? { heldOn: String(i.input.heldOn), bankruptcyRequested: i.input.bankruptcyRequested === true } : null))(rec('interviewApplicant').at(-1)),
    inquiryWindowDays: settings.inquiryWindowDays,
  };
}

/** The checklist as the case page shows it. */
export async function endOfRoundView(q: Queryable, deps: Deps, c: CaseRow, today: string) {
  const pending = c.node === 'endOfRoundReview' ? await lastProposal(q, c.id) : null;
  const facts = await endOfRoundFacts(q, deps, c, today, pending?.propertyNotDisposable ?? null);
  return { ...endOfRoundChecklist(facts), pending };
}

async function lastProposal(q: Queryable, caseId: number): Promise<{ propertyNotDisposable: string | null; proposedAt: string } | null> {
  const r = await q.execute<{ input: { propertyNotDisposable?: string }; at: string }>(sql`
    select payload->'input' as input, at::text from case_events where case_id = ${caseId} and event = 'proposeEndOfRound' order by seq desc limit 1`);
  const p = r.rows[0];
  return p ? { propertyNotDisposable: p.input.propertyNotDisposable?.trim() || null, proposedAt: p.at } : null;
}

/** The judge's proposal: refused (422, nothing saved) naming each condition missing; the president is told. */
export const proposeEndOfRound: EffectHandler = async ({ tx, deps, case: c, input, today }) => {
  const facts = await endOfRoundFacts(tx, deps, c, today, typeof input.propertyNotDisposable === 'string' && input.propertyNotDisposable.trim() ? input.propertyNotDisposable.trim() : null);
  const items = checkEndOfRound(facts);
  const presidents = await tx.execute<{ id: number }>(sql`select id from users where court_id = ${c.courtId} and is_active and 'president' = any(roles)`);
  await notifyUsers(
    tx,
    presidents.rows.map((p) => ({
      userId: Number(p.id),
      courtId: c.courtId,
      kind: 'endOfRoundProposed',
      caseId: c.id,
      title: { 'zh-CN': '终本申请待审批', en: 'End of round awaiting approval' },
      body: { 'zh-CN': `${c.caseNumber ?? ''}承办人申请终结本次执行程序，五项条件已具备，请审批。`, en: `${c.caseNumber ?? ''}: the officer proposes ending the current round; its five conditions hold. Please decide.` },
      link: `/cases/${c.id}`,
      dedupeKey: `endOfRound:${c.id}:${c.version}`,
    })),
  );
  return { checklist: items.map((i) => ({ condition: i.condition, evidence: i.evidence.map((e) => e['zh-CN']) })) };
};

/** The president's approval: the conditions checked again on the day, then the case closes as 终本. */
export const approveEndOfRound: EffectHandler = async (ctx) => {
  const pending = await lastProposal(ctx.tx, ctx.case.id);
  checkEndOfRound(await endOfRoundFacts(ctx.tx, ctx.deps, ctx.case, ctx.today, pending?.propertyNotDisposable ?? null));
  const closed = await closeExecution({ ...ctx, input: { method: 'currentRoundEnded', note: ctx.input.note } });
  return { ...closed, firstRequeryOn: await scheduleRequeries(ctx.tx, ctx.case, ctx.today) };
};

export const returnEndOfRound: EffectHandler = async ({ input }) => ({ reason: input.reason });
