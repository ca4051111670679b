// 申请执行 online (CPL-2023 arts 247, 250): a party (or its lawyer) of a closed case whose document has taken effect asks
// the court that decided it at first instance to execute it. The 执 case opens numbered, at node submitted, with the
// applicant and the debtors copied from the title, the doubled interest for delay computed, and the 2-year period
// checked — a late application is taken with a warning for the clerk, never refused. The fee is charged after execution.
import { and, eq, sql } from 'drizzle-orm';
import type { ExecutionApplication } from '../../../contracts/execution';
import { titleCreditors, titleEffect, type TitleFacts, type TitleParty } from '../../../domain/execution';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { caseAgents, caseParties } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { loadCase, type CaseRow } from '../cases/caseRecord';
import { claimAttachments } from '../filings/filingContent';
import { computeApplication, openExecutionCase, recordApplication } from './executionOpening';

export { EXECUTION_TYPE } from './executionOpening';

/** Case types whose closing document may be executed (the party applies from them). */
export const TITLE_CASE_TYPES = ['民初', '民终', '民特', '民督'] as const;

/** What the server knows about the title's effect, as the domain's TitleFacts. */
export async function titleFacts(tx: Tx, t: CaseRow): Promise<TitleFacts> {
  const r = await tx.execute<{ confirmed: boolean | null; appeal_closed_on: string | null; has_appeal: boolean; dues: (string | null)[] | null; order_effective_on: string | null }>(sql`
    select (select effective_on::text from payment_orders where case_id = ${t.id}) as order_effective_on,
           (select (ev.payload->>'enforceable')::boolean from case_events ev
             where ev.case_id = ${t.id} and ev.event = 'ruleOnConfirmation' order by ev.seq desc limit 1) as confirmed,
           exists (select 1 from cases a where a.origin_case_id = ${t.id} and a.case_type = '民终') as has_appeal,
           (select a.closed_on::text from cases a where a.origin_case_id = ${t.id} and a.case_type = '民终' order by a.id desc limit 1) as appeal_closed_on,
           (select array_agg((select max(k.due_on)::text from case_periods k
                               where k.case_id = p.case_id and k.party_id = p.id and k.kind in ('appealJudgment', 'appealRuling') and k.status <> 'cancelled'))
              from case_parties p where p.case_id = ${t.id}) as dues`);
  const f = r.rows[0]!;
  return {
    caseType: t.caseType,
    closingMethod: t.closingMethod,
    rulingKind: t.rulingKind,
    procedure: t.procedure,
    closedOn: t.node === 'closed' || t.node === 'archived' ? t.closedOn : null,
    confirmed: f.confirmed === true,
    paymentOrderEffectiveOn: f.order_effective_on,
    appeal: f.has_appeal ? { closedOn: f.appeal_closed_on } : null,
    appealPeriodDueOn: f.dues ?? [],
  };
}

/** CPL-2023 art 247: the caller's parties that the title entitles (titleCreditors; [U] approximated from the closing). */
async function creditorSide(tx: Tx, t: CaseRow, partyIds: readonly number[]): Promise<number[]> {
  if (!partyIds.length) return [];
  const r = await tx.execute<{ id: number; standing: string; first: string | null; counterclaimed: boolean }>(sql`
    select p.id, p.standing, o.standing as first,
           exists (select 1 from case_events ev where ev.event = 'fileCounterclaim' and ev.case_id = coalesce(o.case_id, p.case_id)
                     and (ev.payload->'input'->>'partyId')::bigint = coalesce(o.id, p.id)) as counterclaimed
      from case_parties p left join case_parties o on o.id = p.origin_party_id and ${t.caseType} = '民终'
     where p.case_id = ${t.id} order by p.ordinal`);
  const parties: TitleParty[] = r.rows.map((x) => ({ partyId: Number(x.id), standing: x.standing, firstInstanceStanding: x.first, counterclaimed: x.counterclaimed }));
  return titleCreditors({ caseType: t.caseType, closingMethod: t.closingMethod }, parties)
    .map((c) => c.partyId)
    .filter((id) => partyIds.includes(id));
}

export async function applyForExecution(deps: Deps, actor: Actor, a: ExecutionApplication): Promise<CaseRow> {
  return deps.db.transaction(async (tx) => {
    const title = await loadCase(tx, a.titleCaseId);
    if (!title || !(TITLE_CASE_TYPES as readonly string[]).includes(title.caseType)) throw caseNotFound();
    const relation = await relationToCase(tx, actor, title);
    if (!relation.canView || relation.partyIds.length === 0) throw caseNotFound();
    const today = deps.clock.today();
    const now = deps.clock.now();
    // The document must have taken effect (refused with nothing saved otherwise).
    const effect = titleEffect(await titleFacts(tx, title), today);
    const applicants = await creditorSide(tx, title, relation.partyIds);
    if (!applicants.length) {
      throw new AppError(422, 'EXECUTION_APPLICANT_NOT_CREDITOR', '只有生效法律文书确定的权利人（胜诉一方）可以申请执行。', 'Only a party the document entitles (the winning side) may apply for execution.', { field: 'titleCaseId' });
    }
    const titleParties = await tx.select().from(caseParties).where(eq(caseParties.caseId, title.id)).orderBy(caseParties.ordinal);
    const debtorIds = [...new Set(a.debtorPartyIds)];
    const debtors = titleParties.filter((p) => debtorIds.includes(p.id) && !applicants.includes(p.id));
    if (debtors.length !== debtorIds.length) {
      throw new AppError(422, 'EXECUTION_DEBTOR_INVALID', '被执行人应当是生效法律文书中的对方当事人。', 'Each debtor must be a party of the document on the other side.', { field: 'debtorPartyIds' });
    }
    const pending = await tx.execute<{ id: number }>(sql`
      select c.id from cases c join execution_cases e on e.case_id = c.id
       where e.title_case_id = ${title.id} and c.node not in ('rejected', 'closed', 'archived')
         and exists (select 1 from case_parties p where p.case_id = c.id and p.standing = 'executionApplicant' and p.origin_party_id in (${sql.join(applicants.map((id) => sql`${id}`), sql`, `)}))`);
    if (pending.rows[0]) {
      throw new AppError(409, 'EXECUTION_ALREADY_APPLIED', '已就该生效法律文书申请执行，案件正在办理中。', 'Execution of this document has already been applied for and is in progress.', { executionCaseId: Number(pending.rows[0].id) });
    }

    // CPL-2023 art 231: the court of first instance executes; the title's court for 民特 and 民初, the origin's for 民终.
    const origin = title.caseType === '民终' && title.originCaseId ? await loadCase(tx, title.originCaseId) : title;
    const courtId = origin!.courtId;
    const computed = await computeApplication(tx, { today, courtId, amounts: a, effectiveOn: effect.effectiveOn });
    const row = await openExecutionCase(tx, { courtId, today, now, actor, causeId: title.causeId, originCaseId: title.id, chainId: title.chainId ?? title.id, computed, assetClues: a.assetClues });
    // The applicant and the debtors, with the applicant's agents (the debtors name their own in execution).
    let ordinal = 1;
    for (const p of titleParties.filter((x) => applicants.includes(x.id) || debtorIds.includes(x.id))) {
      const { id, caseId: _c, nameBigrams: _b, ordinal: _o, ...rest } = p;
      const standing = applicants.includes(id) ? 'executionApplicant' : 'executionDebtor';
      const inserted = await tx.insert(caseParties).values({ ...rest, caseId: row.id, standing, originPartyId: id, ordinal: ordinal++ }).returning({ id: caseParties.id });
      if (standing === 'executionApplicant') {
        for (const ag of await tx.select().from(caseAgents).where(and(eq(caseAgents.caseId, title.id), eq(caseAgents.partyId, id)))) {
          await tx.insert(caseAgents).values({ caseId: row.id, partyId: inserted[0]!.id, userId: ag.userId, kind: ag.kind });
        }
      }
    }
    await claimAttachments(tx, row.id, actor, a.attachmentIds);
    await recordApplication(tx, row, {
      actor,
      actorRole: relation.roles[0] ?? 'party',
      now,
      titleCaseId: title.id,
      effect,
      computed,
      assetClues: a.assetClues,
      payload: { titleCaseId: title.id, titleCaseNumber: title.caseNumber, debtorPartyIds: debtorIds, attachmentIds: a.attachmentIds },
    });
    return row;
  });
}
