// A party's written 质证意见 on an exchanged item of another side: given or changed until the item's deadline, in one
// transaction under the case lock. Not a timeline entry: it is a draft the party may revise until the deadline.
import { sql } from 'drizzle-orm';
import type { OpinionInput } from '../../../contracts/evidenceExchange';
import { caseTypeOf } from '../../../domain/casetypes/registry';
import { checkOpinionAllowed, checkOpinionReasons } from '../../../domain/evidence/crossExamination';
import { sideOf, type EvidenceStatus, type Side } from '../../../domain/evidence/exchange';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { lockCase } from '../cases/caseRecord';
import { evidenceViewer } from './evidenceVisibility';
import { canSeeItem } from '../../../domain/evidence/exchange';

export async function giveOpinion(deps: Deps, actor: Actor, caseId: number, itemId: number, input: OpinionInput): Promise<void> {
  const today = deps.clock.today();
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const c = await lockCase(tx, caseId);
    if (!c) throw caseNotFound();
    const rel = await relationToCase(tx, actor, c);
    if (!rel.canView) throw caseNotFound();
    const r = await tx.execute<{ id: string; side: Side; status: EvidenceStatus; opinion_due_on: string | null }>(sql`
      select id, side, status, opinion_due_on::text from evidence_items where id = ${itemId} and case_id = ${caseId} for update`);
    const item = r.rows[0];
    // An item the actor may not see does not exist for them.
    if (!item || !canSeeItem(await evidenceViewer(tx, caseId, rel), item)) throw new AppError(404, 'EVIDENCE_ITEM_NOT_FOUND', '本案没有该证据或您无权查看。', 'This case has no such evidence item, or you may not see it.');
    if (!rel.partyIds.includes(input.partyId) || !rel.roles.some((x) => x === 'party' || x === 'lawyer')) {
      throw new AppError(403, 'PARTY_NOT_REPRESENTED', '只能以本人或所代理的当事人名义发表质证意见。', 'You can give opinions only for yourself or a party you represent.');
    }
    if ((caseTypeOf(c.caseType).terminal as readonly string[]).includes(c.node)) {
      throw new AppError(409, 'CASE_CLOSED', '案件已经结案，不能再发表质证意见。', 'The case is closed; opinions can no longer be given.');
    }
    const p = await tx.execute<{ standing: string }>(sql`select standing from case_parties where id = ${input.partyId} and case_id = ${caseId}`);
    const side = sideOf(p.rows[0]!.standing, input.partyId);
    checkOpinionAllowed({ side: item.side, status: item.status, opinionDueOn: item.opinion_due_on }, side, today);
    checkOpinionReasons(input);
    const prop = (x: OpinionInput['authenticity']) => ({ view: x.view, reason: x.reason?.trim() || null });
    const views = { authenticity: prop(input.authenticity), legality: prop(input.legality), relevance: prop(input.relevance) };
    await tx.execute(sql`
      insert into evidence_opinions (item_id, case_id, party_id, side, views, purpose_opinion, given_by, given_at, updated_at)
      values (${itemId}, ${caseId}, ${input.partyId}, ${side}, ${JSON.stringify(views)}::jsonb, ${input.purposeOpinion}, ${actor.userId}, ${now}, ${now})
      on conflict (item_id, party_id) do update set views = excluded.views, purpose_opinion = excluded.purpose_opinion, given_by = excluded.given_by, updated_at = excluded.updated_at`);
  });
}
