// 恢复执行 (rules.md §5.4): from an execution case closed by 终结本次执行程序, the applicant (or the court of its own
// motion) opens a new linked 执恢 case at the same court, numbered from its counter, with the parties, the title and
// what was applied for carried over, the doubled interest recomputed to the restoration day. No 2-year limit (CPL-Interp
// art 517) and no new fee (FEE art 26).
import { eq, sql } from 'drizzle-orm';
import { EXECUTION_CASE_TYPES, restoredExecutionCase } from '../../../domain/casetypes/executionCase';
import { checkRestoration, delayInterest, paymentsThroughCourt } from '../../../domain/execution';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import { hasRole, type Actor } from '../../access/actor';
import { caseParties } from '../../db/schema';
import { copyPartiesWithAgents } from '../cases/linkedCaseParties';
import type { Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { numberAtCourt } from '../cases/caseNumbers';
import { appendCaseEvent, loadCase, newCaseRow, type CaseRow } from '../cases/caseRecord';
import { claimAttachments } from '../filings/filingContent';
import { endRequeries } from './endOfRoundRequery';
import { debtsOf, storedInterest } from './executionOpening';

export interface RestorationRequest {
  reason: string;
  assetClues: string;
  attachmentIds: number[];
}

/** Staff of the court who restore ex officio (ZHONGBEN art 9 [S]): the officer, the filing clerk, the division chief. */
const EX_OFFICIO_ROLES = ['judge', 'filingClerk', 'divisionChief'] as const;

/**
 * DELAY-2014 arts 1–4: the doubled interest of the restored case runs to the restoration day, on the items applied for,
 * less what the applicant said was paid before applying and what the debtor paid through the court in this case and the
 * cases it restored (paymentsThroughCourt).
 */
async function interestAtRestoration(tx: Tx, caseId: number, today: string) {
  const prior = (await tx.execute<{ items: { kind: string; label: string; amountFen: string; dueOn: string }[]; delay_interest: { payments?: { on: string; amountFen: string }[] } }>(sql`
    select items, delay_interest from execution_cases where case_id = ${caseId}`)).rows[0]!;
  const ledger = await tx.execute<{ kind: string; on: string; amount_fen: string }>(sql`
    with recursive line as (
      select id, origin_case_id, case_type from cases where id = ${caseId}
      union all select p.id, p.origin_case_id, p.case_type from cases p join line l on p.id = l.origin_case_id where l.case_type = '执恢')
    select kind, entry_on::text as on, amount_fen from execution_ledger_entries
     where case_id in (select id from line) and kind in ('receipt', 'claim', 'feeDeduction') and reversed_by is null`);
  const arrivals = ledger.rows.filter((e) => e.kind !== 'feeDeduction').map((e) => ({ on: e.on, amountFen: BigInt(e.amount_fen) }));
  const fees = ledger.rows.filter((e) => e.kind === 'feeDeduction').reduce((sum, e) => sum + BigInt(e.amount_fen), 0n);
  const declared = (prior.delay_interest.payments ?? []).map((p) => ({ on: p.on, amountFen: BigInt(p.amountFen) }));
  const court = paymentsThroughCourt(arrivals, fees);
  const debts = debtsOf(prior.items.map((it) => ({ ...it, amountFen: BigInt(it.amountFen) })));
  const result = delayInterest({ debts, payments: [...declared, ...court], asOf: today });
  return { stored: storedInterest(today, result, declared, court), totalFen: result.debtOwedFen + result.interestOwedFen };
}

/** Locks the case row (one restoration at a time) and says whether a 执恢 opened from it is still open. */
export async function lockForRestoration(tx: Tx, caseId: number): Promise<boolean> {
  await tx.execute(sql`select id from cases where id = ${caseId} for update`);
  const open = await tx.execute(sql`select 1 from cases where origin_case_id = ${caseId} and case_type = ${restoredExecutionCase.code} and node not in ('rejected', 'closed', 'archived')`);
  return open.rows.length > 0;
}

export async function restoreExecution(deps: Deps, actor: Actor, caseId: number, body: RestorationRequest): Promise<CaseRow> {
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, caseId);
    if (!c || !EXECUTION_CASE_TYPES.includes(c.caseType)) throw caseNotFound();
    const relation = await relationToCase(tx, actor, c);
    if (!relation.canView) throw caseNotFound();
    const parties = await tx.select().from(caseParties).where(eq(caseParties.caseId, c.id)).orderBy(caseParties.ordinal);
    const applicantIds = parties.filter((p) => p.standing === 'executionApplicant' && relation.partyIds.includes(p.id)).map((p) => p.id);
    const exOfficio = !hasRole(actor, 'party', 'lawyer') && actor.courtId === c.courtId && hasRole(actor, ...EX_OFFICIO_ROLES);
    if (!exOfficio && !applicantIds.length) {
      throw new AppError(403, 'EXECUTION_RESTORATION_FORBIDDEN', '只有申请执行人（或其代理人）可以申请恢复执行；法院也可依职权恢复。', 'Only the applicant (or their agent) may apply to restore execution; the court may restore of its own motion.');
    }
    const { basis } = checkRestoration({ caseType: c.caseType, node: c.node, closingMethod: c.closingMethod, openRestoration: await lockForRestoration(tx, c.id) });

    return openRestoredExecution(tx, actor, c, { ...body, basis, exOfficio, actorRole: relation.roles[0] ?? (exOfficio ? 'judge' : 'party'), today: deps.clock.today(), now: deps.clock.now() });
  });
}

/**
 * Opens the 执恢 case of a closed execution case (after 终本, or after a settlement was not performed: EXEC-SETTLE art 9):
 * numbered from its counter at the same court, linked to `c`, the parties and their agents copied, the title and the
 * items carried over with the doubled interest recomputed to today; no new fee (FEE art 26).
 */
export async function openRestoredExecution(
  tx: Tx,
  actor: Actor,
  c: CaseRow,
  body: RestorationRequest & { basis: string; exOfficio: boolean; actorRole: string; today: string; now: Date; extra?: Record<string, unknown> },
): Promise<CaseRow> {
  const { today, now } = body;
  const number = await numberAtCourt(tx, c.courtId, restoredExecutionCase.code, today);
  const row = await newCaseRow(tx, {
    caseType: restoredExecutionCase.code,
    courtId: c.courtId,
    node: restoredExecutionCase.initial,
    ...number.columns,
    causeId: c.causeId,
    amountFen: c.amountFen,
    claims: c.claims,
    facts: body.assetClues,
    filedBy: actor.userId,
    filedAt: now,
    receivedOn: today,
    originCaseId: c.id,
    chainId: c.chainId ?? c.id,
    nodeEnteredAt: now,
  });
  // The parties as they stand in the execution, with their agents.
  await copyPartiesWithAgents(tx, c.id, row.id, { linkOrigin: true });
  // The title and what was applied for, the doubled interest recomputed to today; FEE art 26: no new application fee.
  const interest = await interestAtRestoration(tx, c.id, today);
  await tx.execute(sql`
    insert into execution_cases (case_id, title_case_id, title_effective_on, title_effect, items, delay_interest, amount_fen, asset_clues, application_period, late_warning, fee_fen, applied_by, applied_at)
    select ${row.id}, title_case_id, title_effective_on, title_effect, items, ${JSON.stringify(interest.stored)}::jsonb, ${interest.totalFen}, ${body.assetClues}, application_period, null, 0, ${actor.userId}, ${now}
      from execution_cases where case_id = ${c.id}`);
  await tx.execute(sql`
    insert into execution_external_titles (case_id, kind, issuer, document_number, effective_on, performance_deadlines, title_amount_fen, certificate_number, document_id, certificate_id, jurisdiction_warning)
    select ${row.id}, kind, issuer, document_number, effective_on, performance_deadlines, title_amount_fen, certificate_number, document_id, certificate_id, jurisdiction_warning
      from execution_external_titles where case_id = ${c.id}`);
  await claimAttachments(tx, row.id, actor, body.attachmentIds);
  // ZHONGBEN art 9 [S]: the periodic re-queries of a 终本 case end; the 执恢 case is worked instead.
  await endRequeries(tx, c.id);
  await appendCaseEvent(tx, {
    caseId: row.id,
    event: 'applyForRestoration',
    actorId: actor.userId,
    actorRole: body.actorRole,
    nodeBefore: null,
    nodeAfter: row.node,
    payload: { restoredFromCaseId: c.id, restoredFromCaseNumber: c.caseNumber, caseNumber: number.caseNumber, exOfficio: body.exOfficio, basis: body.basis, reason: body.reason, feeFen: '0', attachmentIds: body.attachmentIds, ...body.extra },
    at: now,
  });
  return row;
}
