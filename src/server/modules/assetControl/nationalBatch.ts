// The national batch as background jobs (progress, resumable by steps): `send` writes every national request sent and
// not yet batched, in chunks, each chunk marked with the batch in the step that wrote it; `read` attaches a results
// file to its requests — the assets into each case's asset list, the requests answered or refused — set-based per chunk,
// then, as when an agency answers on the portal, an entry on each case's timeline and a notice to its officer.
import { sql } from 'drizzle-orm';
import { checkInquiryAnswer, type RequestKind } from '../../../domain/execution/assetControl';
import type { Tx } from '../../db/database';
import type { JobDefinition } from '../../jobs/jobDefinition';
import { appendCaseEvents, lockCases, type CaseRow, type NewCaseEvent } from '../cases/caseRecord';
import { notifyUsers, type NewNotification } from '../notifications/notify';
import { officerNotice } from './agencyActions';
import { batchFileConnector, type IncomingResult, type NationalConnector, type OutgoingRequest } from './nationalConnector';

export const BATCH_CHUNK = 10_000;

/** Claims up to `limit` national requests not yet batched, marks them with the batch and returns them as sent out. */
export async function claimNationalRequests(tx: Tx, batchId: string, limit: number): Promise<OutgoingRequest[]> {
  const r = await tx.execute<Record<string, any>>(sql`
    with claimed as (
      select id from asset_control_requests where channel = 'national' and status = 'sent' and batch_id is null order by id limit ${limit} for update skip locked)
    update asset_control_requests q set batch_id = ${batchId} from claimed where q.id = claimed.id
    returning q.id, q.kind, q.legal_basis, q.case_id, q.party_id, q.agency_id, q.court_id`);
  if (!r.rows.length) return [];
  const ids = r.rows.map((x) => Number(x.id));
  const rows = await tx.execute<Record<string, any>>(sql`
    select q.id, q.kind, q.legal_basis, ct.name as court, k.case_number, a.kind as agency_kind, p.name, p.id_type, p.id_number
      from asset_control_requests q join courts ct on ct.id = q.court_id join cases k on k.id = q.case_id
      join agencies a on a.id = q.agency_id join case_parties p on p.id = q.party_id
     where q.id = any(${sql.param(ids)}::bigint[]) order by q.id`);
  return rows.rows.map((x) => ({ requestId: Number(x.id), court: x.court, caseNumber: x.case_number, agencyKind: x.agency_kind, kind: x.kind, debtorName: x.name, idType: x.id_type, idNumber: x.id_number, legalBasis: x.legal_basis }));
}

/**
 * Attaches one chunk of results: answered inquiries (checked by the domain; a malformed answer is skipped and counted)
 * put their assets in the asset list and record the answer; refusals record the reason. Only batched national
 * requests still `sent` are touched, so a result read twice changes nothing. Returns how many were attached.
 */
export async function attachResults(tx: Tx, results: readonly IncomingResult[], today: string, at: Date): Promise<{ attached: number; invalid: number }> {
  // The cases first, in id order, as the portal's actions lock them (case, then request): no deadlock with an agency
  // user answering the same request on the portal meanwhile.
  const caseIds = await tx.execute<{ case_id: string }>(sql`
    select distinct case_id from asset_control_requests where id = any(${sql.param(results.map((r) => (Number.isSafeInteger(r.requestId) ? r.requestId : 0)))}::bigint[]) order by case_id`);
  const cases = await lockCases(tx, caseIds.rows.map((c) => Number(c.case_id)));
  let invalid = 0;
  const answered: { id: number; answer: string; assets: ReturnType<typeof checkInquiryAnswer>['assets'] }[] = [];
  const refused: { id: number; reason: string }[] = [];
  for (const r of results) {
    try {
      if (r.outcome === 'refused') refused.push({ id: r.requestId, reason: (r.reason ?? '').trim() || '未说明理由' });
      else {
        const a = checkInquiryAnswer({ assets: r.assets ?? [] });
        answered.push({ id: r.requestId, answer: JSON.stringify({ found: a.assets.length > 0, ...a }), assets: a.assets });
      }
    } catch {
      invalid += 1;
    }
  }
  // \`q.id = any(…)\` gives the planner the primary key's index for the chunk (the unnest alone is estimated at a few rows).
  const done = await tx.execute<{ id: string; case_id: string; party_id: string; agency_id: number }>(sql`
    update asset_control_requests q set status = 'answered', answer = x.answer::jsonb, answered_on = ${today}::date, answered_at = ${at.toISOString()}::timestamptz
      from unnest(${sql.param(answered.map((a) => a.id))}::bigint[], ${sql.param(answered.map((a) => a.answer))}::text[]) as x(id, answer)
     where q.id = x.id and q.id = any(${sql.param(answered.map((a) => a.id))}::bigint[])
       and q.channel = 'national' and q.kind = 'inquiry' and q.status = 'sent' and q.batch_id is not null
    returning q.id, q.case_id, q.party_id, q.agency_id`);
  const of = new Map(done.rows.map((d) => [Number(d.id), d]));
  const assets = answered.filter((a) => of.has(a.id)).flatMap((a) => a.assets.map((s) => ({ ...s, request: of.get(a.id)! })));
  if (assets.length) {
    const col = <T>(f: (x: (typeof assets)[number]) => T) => sql.param(assets.map(f));
    await tx.execute(sql`
      insert into case_assets (case_id, party_id, kind, identifier, description, balance_fen, source, agency_id, request_id, found_on)
      select x.case_id, x.party_id, x.kind, x.identifier, x.description, x.balance_fen, 'inquiry', x.agency_id, x.request_id, ${today}::date
        from unnest(${col((x) => Number(x.request.case_id))}::bigint[], ${col((x) => Number(x.request.party_id))}::bigint[], ${col((x) => x.kind)}::text[],
                    ${col((x) => x.identifier)}::text[], ${col((x) => x.description)}::text[], ${col((x) => x.balanceFen ?? null)}::bigint[],
                    ${col((x) => Number(x.request.agency_id))}::int[], ${col((x) => Number(x.request.id))}::bigint[])
          as x(case_id, party_id, kind, identifier, description, balance_fen, agency_id, request_id)`);
  }
  const refusedDone = await tx.execute<{ id: string; reason: string }>(sql`
    update asset_control_requests q set status = 'refused', refusal_reason = x.reason, answered_on = ${today}::date, answered_at = ${at.toISOString()}::timestamptz
      from unnest(${sql.param(refused.map((a) => a.id))}::bigint[], ${sql.param(refused.map((a) => a.reason))}::text[]) as x(id, reason)
     where q.id = x.id and q.id = any(${sql.param(refused.map((a) => a.id))}::bigint[]) and q.channel = 'national' and q.status = 'sent' and q.batch_id is not null
    returning q.id, x.reason`);
  const assetCount = new Map(answered.map((a) => [a.id, a.assets.length]));
  await recordOnCases(tx, [
    ...done.rows.map((d) => ({ id: Number(d.id), outcome: 'answered' as const, payload: { assets: assetCount.get(Number(d.id)) ?? 0 } })),
    ...refusedDone.rows.map((d) => ({ id: Number(d.id), outcome: 'refused' as const, payload: { reason: d.reason } })),
  ], cases, at);
  return { attached: done.rows.length + refusedDone.rows.length, invalid };
}

/** One timeline entry per request attached (by the agency, through the batch: no user) and the officer told, once. */
async function recordOnCases(tx: Tx, attached: { id: number; outcome: 'answered' | 'refused'; payload: Record<string, unknown> }[], cases: Map<number, CaseRow>, at: Date): Promise<void> {
  if (!attached.length) return;
  const rows = await tx.execute<{ id: string; case_id: string; kind: RequestKind; agency_name: string }>(sql`
    select q.id, q.case_id, q.kind, a.name as agency_name from asset_control_requests q join agencies a on a.id = q.agency_id
     where q.id = any(${sql.param(attached.map((x) => x.id))}::bigint[])`);
  const of = new Map(rows.rows.map((r) => [Number(r.id), r]));
  const events: NewCaseEvent[] = [];
  const notices: NewNotification[] = [];
  for (const x of attached) {
    const r = of.get(x.id)!;
    const c = cases.get(Number(r.case_id))!;
    const event = x.outcome === 'answered' ? 'assetInquiryAnswered' : 'assetControlRefused';
    events.push({ caseId: c.id, event, actorId: null, actorRole: 'agency', nodeBefore: c.node, nodeAfter: c.node, at, payload: { requestId: x.id, agency: r.agency_name, channel: 'national', ...x.payload } });
    notices.push(...officerNotice(c, { id: x.id, kind: r.kind, agency_name: r.agency_name }, x.outcome));
  }
  await appendCaseEvents(tx, events);
  await notifyUsers(tx, notices);
}

type BatchInput = { action: 'send'; batchId: string } | { action: 'read'; source: string };
type BatchResult = { sent?: number; attached?: number; invalid?: number; location?: string };

/** The job kind `nationalBatch`, with the batch-file adapter under the data directory unless given another connector. */
export const nationalBatchJob = (connectorFor: (dataDir: string) => NationalConnector = batchFileConnector): JobDefinition<BatchInput, BatchResult> => ({
  followers: ['divisionChief', 'president'],
  async run(ctx) {
    const connector = connectorFor(ctx.deps.config.dataDir);
    const input = ctx.job.input;
    if (input.action === 'send') {
      let at = ctx.resumeFrom;
      for (;;) {
        let n = 0;
        at = await ctx.step(async (tx, from) => {
          const chunk = await claimNationalRequests(tx, input.batchId, BATCH_CHUNK);
          n = chunk.length;
          const location = chunk.length ? await connector.sendBatch(input.batchId, chunk) : from.result?.location;
          return { done: from.done + n, total: null, result: { sent: (from.result?.sent ?? 0) + n, ...(location ? { location } : {}) } };
        });
        if (n < BATCH_CHUNK) return at.result ?? { sent: 0 };
      }
    }
    let skip = ctx.resumeFrom.done;
    let at = ctx.resumeFrom;
    for await (const chunk of connector.readResults(input.source, BATCH_CHUNK)) {
      if (skip >= chunk.length) {
        skip -= chunk.length;
        continue;
      }
      at = await ctx.step(async (tx, from) => {
        const r = await attachResults(tx, chunk, ctx.deps.clock.today(), ctx.deps.clock.now());
        return { done: from.done + chunk.length, total: null, result: { attached: (from.result?.attached ?? 0) + r.attached, invalid: (from.result?.invalid ?? 0) + r.invalid } };
      });
    }
    return at.result ?? { attached: 0, invalid: 0 };
  },
});
