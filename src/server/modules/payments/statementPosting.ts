// Posting a previewed bank statement as a background job. A statement of 100,000 lines takes longer than a proxy
// waits for one request, so the request only queues the job (202) and the page follows its progress.
//
// Transaction shape: the lines are posted in chunks, each one transaction that writes the chunk's receipts and
// ledger entries together with the job's checkpoint (lines done, tallies so far). A process that dies loses at most
// the chunk it was in; the job is taken up again from the last checkpoint. Each bank reference is posted exactly
// once: `receipts` is unique on (court, bank reference), a chunk posts ledger entries only for receipts it inserted,
// and lines the statement itself wrote before are recognised as its own. While it runs the statement is `posting`:
// the lines of the chunks done are posted, the rest not yet.
import { sql } from 'drizzle-orm';
import type { StatementPostResult } from '../../../contracts/payments';
import type { ParsedStatement, ReceiptLine } from '../../../domain/payments/bankStatement';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import type { JobDefinition } from '../../jobs/jobDefinition';
import { enqueueJob, loadJob, type JobRow } from '../../jobs/jobStore';
import type { FundAccount } from '../../../domain/payments/receiptMatch';
import { clockEnv, dueDateFor } from '../clock/periodStore';
import { settleFeePeriods } from './caseFees';
import { loadPaymentSettings } from './feeSettings';
import type { ReceiptBooks } from './receiptLedgers';
import { decideLines } from './statementImport';

/** Lines per transaction: short enough to hold locks briefly and lose little on a crash, long enough to be fast. */
export const STATEMENT_CHUNK_LINES = 1000;

type Tally = Omit<StatementPostResult, 'statementId' | 'skipped'>;
const NOTHING: Tally = { post: 0, unidentified: 0, duplicate: 0, amountPostedFen: 0 };

const notFound = () => new AppError(404, 'STATEMENT_NOT_FOUND', '流水不存在。', 'No such statement.');

/**
 * Queues the posting of a previewed statement, or answers the job already posting it (a second click, another
 * officer, a retry after a proxy dropped the answer). A statement whose posting job failed gets a new job, which
 * carries on where the failed one stopped.
 */
export async function startStatementPosting(tx: Tx, actor: { userId: number; courtId: number }, id: number): Promise<JobRow> {
  const r = await tx.execute<{ status: string; post_job_id: string | null; lines: number }>(sql`
    select status, post_job_id, jsonb_array_length(parsed->'lines') as lines from bank_statements where id = ${id} and court_id = ${actor.courtId} for update`);
  const s = r.rows[0];
  if (!s) throw notFound();
  if (s.status === 'posted') throw new AppError(409, 'STATEMENT_ALREADY_POSTED', '该流水已经入账。', 'This statement has already been posted.');
  if (s.status !== 'preview' && s.status !== 'posting') throw new AppError(409, 'STATEMENT_NOT_POSTABLE', '该流水已作废，不能入账。', 'This statement was discarded and cannot be posted.');
  const current = s.post_job_id === null ? null : await loadJob(tx, Number(s.post_job_id));
  if (current && (current.status === 'queued' || current.status === 'running')) return current;
  const job = await enqueueJob(tx, { kind: 'postStatement', courtId: actor.courtId, createdBy: actor.userId, input: { statementId: id }, total: Number(s.lines) });
  await tx.execute(sql`update bank_statements set status = 'posting', post_job_id = ${job.id} where id = ${id}`);
  return job;
}

type Statement = { id: number; courtId: number; postedBy: number | null; account: FundAccount };

/** Each arrival day's claim deadline for 不明款 (the clock's `unclaimedReceiptClaim`, the court's number of days). */
async function claimDeadlines(tx: Tx, courtId: number, days: readonly string[], today: string): Promise<Map<string, string>> {
  const env = await clockEnv(tx, courtId, today);
  const { unclaimedClaimDays } = await loadPaymentSettings(tx);
  const fact = { 'zh-CN': '不明款到账', en: 'unidentified receipt arrived' };
  return new Map([...new Set(days)].map((d) => [d, dueDateFor(env, 'unclaimedReceiptClaim', d, fact, unclaimedClaimDays)]));
}

/** Posts one chunk: receipts (in bank-reference order, so concurrent postings lock alike), ledger, fee periods. */
async function postChunk(tx: Tx, s: Statement, lines: readonly ReceiptLine[], today: string, books: ReceiptBooks): Promise<Tally> {
  const { decided, own } = await decideLines(tx, s.courtId, lines, s.id, s.account);
  const fresh = decided.filter((d) => d.decision.outcome !== 'duplicate').sort((a, b) => (a.line.bankRef < b.line.bankRef ? -1 : a.line.bankRef > b.line.bankRef ? 1 : 0));
  const col = <T>(f: (d: (typeof fresh)[number]) => T) => sql.param(fresh.map(f));
  const claimBy = await claimDeadlines(tx, s.courtId, fresh.filter((d) => d.decision.outcome !== 'post').map((d) => d.line.date), today);
  const inserted = fresh.length
    ? await tx.execute<{ id: string; case_id: string | null; status: string; amount_fen: string; received_on: string; payer_name: string; bank_ref: string }>(sql`
        insert into receipts (court_id, statement_id, account, bank_ref, received_on, amount_fen, payer_name, payer_account, memo, case_id, status, match, claim_due_on)
        select ${s.courtId}, ${s.id}, ${s.account}, l.bank_ref, l.received_on, l.amount_fen, l.payer_name, l.payer_account, l.memo, l.case_id, l.status, l.match, l.claim_due_on from unnest(
          ${col((d) => d.line.bankRef)}::text[], ${col((d) => d.line.date)}::date[], ${col((d) => d.line.amountFen)}::bigint[],
          ${col((d) => d.line.payerName)}::text[], ${col((d) => d.line.payerAccount)}::text[], ${col((d) => d.line.memo)}::text[],
          ${col((d) => d.decision.caseId)}::bigint[], ${col((d) => (d.decision.outcome === 'post' ? 'posted' : 'unidentified'))}::text[],
          ${col((d) => (d.decision.outcome === 'post' ? d.decision.via : d.decision.reason))}::text[],
          ${col((d) => (d.decision.outcome === 'post' ? null : (claimBy.get(d.line.date) ?? null)))}::date[])
          with ordinality as l(bank_ref, received_on, amount_fen, payer_name, payer_account, memo, case_id, status, match, claim_due_on, n)
        order by l.n
        -- Another statement with the same line got there first (two officers at once): it is not posted twice.
        on conflict do nothing
        returning id, case_id, status, amount_fen, received_on::text, payer_name, bank_ref`)
    : { rows: [] };
  const posted = inserted.rows.filter((r) => r.status === 'posted');
  if (s.account !== 'fees') {
    // Every line of the execution account is its money: a case's, or 不明款 in the account until claimed (rules.md §5.7).
    const booked = inserted.rows.map((r) => ({ receiptId: Number(r.id), caseId: r.status === 'posted' ? Number(r.case_id) : null, amountFen: Number(r.amount_fen), receivedOn: r.received_on, note: `${r.payer_name} ${r.bank_ref}` }));
    await books[s.account].book(tx, s.courtId, booked, s.postedBy, today);
  } else if (posted.length) {
    await tx.execute(sql`
      insert into fee_ledger (case_id, kind, amount_fen, entry_on, source, source_id, note, created_by)
      select case_id, 'payment', amount_fen, entry_on, 'receipt', source_id, note, ${s.postedBy}
        from unnest(${sql.param(posted.map((r) => r.case_id))}::bigint[], ${sql.param(posted.map((r) => r.amount_fen))}::bigint[],
                    ${sql.param(posted.map((r) => r.received_on))}::date[], ${sql.param(posted.map((r) => r.id))}::bigint[],
                    ${sql.param(posted.map((r) => `${r.payer_name} ${r.bank_ref}`))}::text[]) as e(case_id, amount_fen, entry_on, source_id, note)`);
    await settleFeePeriods(tx, [...new Set(posted.map((r) => Number(r.case_id)))].sort((a, b) => a - b), today);
  }
  const ownPosted = own.filter((o) => o.status === 'posted');
  return {
    post: posted.length + ownPosted.length,
    unidentified: inserted.rows.length - posted.length + own.length - ownPosted.length,
    duplicate: decided.length - inserted.rows.length,
    amountPostedFen: [...posted.map((r) => Number(r.amount_fen)), ...ownPosted.map((o) => o.amountFen)].reduce((a, b) => a + b, 0),
  };
}

const add = (a: Tally, b: Tally): Tally => ({ post: a.post + b.post, unidentified: a.unidentified + b.unidentified, duplicate: a.duplicate + b.duplicate, amountPostedFen: a.amountPostedFen + b.amountPostedFen });

/** The posting job, given the books of the accounts other than fees (the composition root hands them over). */
export const statementPostJob = (books: ReceiptBooks): JobDefinition<{ statementId: number }, StatementPostResult> => ({
  // Any finance officer of the court may follow a posting (a second officer who presses 确认入账 is shown this job).
  followers: ['finance'],
  async run(ctx) {
    const { statementId } = ctx.job.input;
    const r = await ctx.deps.db.execute<{ court_id: number; status: string; account: FundAccount; parsed: ParsedStatement; summary: StatementPostResult | null }>(sql`
      select court_id, status, account, parsed, summary from bank_statements where id = ${statementId} and court_id = ${ctx.job.courtId}`);
    const s = r.rows[0];
    if (!s) throw notFound();
    // Posted by this job before its process stopped, between the last step and recording the result.
    if (s.status === 'posted' && s.summary) return s.summary;
    const lines = s.parsed.lines;
    const today = ctx.deps.clock.today();
    const statement: Statement = { id: statementId, courtId: s.court_id, postedBy: ctx.job.createdBy, account: s.account };
    let at = ctx.resumeFrom;
    while (at.done < lines.length) {
      at = await ctx.step(async (tx, from) => {
        const chunk = lines.slice(from.done, from.done + STATEMENT_CHUNK_LINES);
        const tally = add({ ...NOTHING, ...from.result }, await postChunk(tx, statement, chunk, today, books));
        return { done: from.done + chunk.length, total: lines.length, result: { statementId, ...tally, skipped: s.parsed.skipped.length } };
      });
    }
    const done = await ctx.step(async (tx, from) => {
      const summary: StatementPostResult = { statementId, ...NOTHING, ...from.result, skipped: s.parsed.skipped.length };
      await tx.execute(sql`
        update bank_statements set status = 'posted', posted_by = ${ctx.job.createdBy}, posted_at = now(), summary = ${JSON.stringify(summary)}::jsonb
         where id = ${statementId}`);
      return { ...from, result: summary };
    });
    return done.result!;
  },
});
