// 限制消费令 (rules.md §5.6): the officer proposes an order against a debtor of a 执/执恢 case, the 院长 signs it online
// (CONSUME-2010 art 5) and the order is generated from the case's data for the debtor; lifted on a guarantee or the
// applicant's consent, and on full performance (CONSUME-2010 art 9). Each step one transaction under the case's lock.
import { sql } from 'drizzle-orm';
import { checkRestrictionProposal, LIFT_REASON_LABELS, RESTRICTED_PERSON_ROLE_LABELS, RESTRICTION_ITEM_LABELS, type LiftReason, type RestrictedPerson, type RestrictionItem } from '../../../domain/creditSanctions/consumptionRestriction';
import { chineseDate } from '../../../domain/documents/templates';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import type { CaseRow } from '../cases/caseRecord';
import { debtorOf, generateCreditDocument, lockExecutionCase, notifyPresidents, requireOfficer, requirePresident, timeline, type Clock } from './creditCase';

const notFound = () => new AppError(404, 'RESTRICTION_NOT_FOUND', '限制消费令不存在。', 'No such restriction order.');
const OPEN_NODES = ['assigned', 'implementing', 'suspended'];

export interface RestrictionProposal {
  partyId: number;
  items?: RestrictionItem[] | undefined;
  persons?: RestrictedPerson[] | undefined;
  untilOn?: string | null | undefined;
}

/** Inserts a proposal (the officer's, or the one a listing requires: CONSUME art 1); the case is locked by the caller. */
export async function insertRestriction(tx: Tx, c: CaseRow, actor: Actor, p: RestrictionProposal, clock: Clock, fromListingId: number | null = null): Promise<number> {
  const debtor = await debtorOf(tx, c.id, p.partyId);
  const { items, persons } = checkRestrictionProposal({ debtorKind: debtor.kind, items: p.items, persons: p.persons ?? [] });
  if (p.untilOn && p.untilOn <= clock.today) throw new AppError(422, 'CONSUME_PERIOD_INVALID', '限制期间的截止日应晚于今日。', 'The order must run beyond today.', { field: '/untilOn' });
  const open = await tx.execute(sql`select 1 from consumption_restrictions where case_id = ${c.id} and party_id = ${debtor.id} and status in ('proposed', 'signed')`);
  if (open.rows.length) throw new AppError(409, 'CONSUME_ALREADY_OPEN', '该被执行人已有待签发或生效的限制消费令。', 'This debtor already has a restriction order proposed or in force.');
  const r = await tx.execute<{ id: string }>(sql`
    insert into consumption_restrictions (court_id, case_id, party_id, items, persons, until_on, status, from_listing_id, proposed_by, proposed_at)
    values (${c.courtId}, ${c.id}, ${debtor.id}, ${JSON.stringify(items)}::jsonb, ${JSON.stringify(persons)}::jsonb, ${p.untilOn ?? null}::date, 'proposed', ${fromListingId}, ${actor.userId}, ${clock.now.toISOString()}::timestamptz)
    returning id`);
  const id = Number(r.rows[0]!.id);
  await timeline(tx, c, 'proposeConsumptionRestriction', actor, 'judge', { restrictionId: id, partyId: debtor.id, debtor: debtor.name, items, persons, untilOn: p.untilOn ?? null, fromListingId }, clock.now);
  await notifyPresidents(tx, c, 'restriction', id, { 'zh-CN': `限制消费令待签发：${debtor.name}`, en: `Restriction order to sign: ${debtor.name}` });
  return id;
}

export async function proposeRestriction(tx: Tx, actor: Actor, caseId: number, p: RestrictionProposal, clock: Clock): Promise<number> {
  const c = await lockExecutionCase(tx, actor, caseId);
  requireOfficer(c, actor);
  if (!OPEN_NODES.includes(c.node)) throw new AppError(409, 'CREDIT_CASE_NOT_OPEN', '本案不在执行中，不能提出限制消费。', 'The case is not being executed.', { node: c.node });
  return insertRestriction(tx, c, actor, p, clock);
}

async function lockedRestriction(tx: Tx, actor: Actor, id: number) {
  const r = await tx.execute<{ case_id: string }>(sql`select case_id from consumption_restrictions where id = ${id} and court_id = ${actor.courtId}`);
  if (!r.rows[0]) throw notFound();
  const c = await lockExecutionCase(tx, actor, Number(r.rows[0].case_id));
  const row = (
    await tx.execute<{ status: string; party_id: string; items: RestrictionItem[]; persons: RestrictedPerson[]; until_on: string | null }>(sql`
      select status, party_id, items, persons, until_on::text as until_on from consumption_restrictions where id = ${id} for update`)
  ).rows[0]!;
  return { c, row };
}

/** The 院长 signs (the order is generated for the debtor) or refuses it. */
export async function decideRestriction(tx: Tx, deps: Deps, actor: Actor, id: number, d: { approve: boolean; note: string | null }, clock: Clock): Promise<void> {
  requirePresident(actor);
  const { c, row } = await lockedRestriction(tx, actor, id);
  if (row.status !== 'proposed') throw new AppError(409, 'RESTRICTION_ALREADY_DECIDED', '该限制消费令已签发或已退回。', 'This order has already been decided.', { status: row.status });
  if (!d.approve) {
    await tx.execute(sql`update consumption_restrictions set status = 'rejected', signed_by = ${actor.userId}, signed_on = ${clock.today}::date, decision_note = ${d.note} where id = ${id}`);
    await timeline(tx, c, 'rejectConsumptionRestriction', actor, 'president', { restrictionId: id, note: d.note }, clock.now);
    return;
  }
  const debtor = await debtorOf(tx, c.id, Number(row.party_id));
  const persons = row.persons.length ? row.persons.map((p) => `${RESTRICTED_PERSON_ROLE_LABELS[p.role as keyof typeof RESTRICTED_PERSON_ROLE_LABELS]?.['zh-CN'] ?? p.role}${p.name}`).join('、') : debtor.name;
  const documentId = await generateCreditDocument(tx, deps, c, 'consumptionRestrictionOrder', debtor, {
    restrictedPersons: debtor.kind === 'organization' ? `${debtor.name}及其${persons}` : persons,
    restrictionPeriod: row.until_on ? `自${chineseDate(clock.today)}起至${chineseDate(row.until_on)}止` : `自${chineseDate(clock.today)}起至履行完毕生效法律文书确定的义务之日止`,
    restrictionItems: row.items.map((i, n) => `${n + 1}. ${RESTRICTION_ITEM_LABELS[i]['zh-CN']}`).join('\n'),
    judges: actor.displayName,
  }, actor.userId, clock.today);
  await tx.execute(sql`update consumption_restrictions set status = 'signed', signed_by = ${actor.userId}, signed_on = ${clock.today}::date, decision_note = ${d.note}, document_id = ${documentId} where id = ${id}`);
  await timeline(tx, c, 'signConsumptionRestriction', actor, 'president', { restrictionId: id, debtor: debtor.name, documentId, note: d.note }, clock.now);
}

/** CONSUME-2010 art 9: the officer lifts an order in force, giving the reason. */
export async function liftRestriction(tx: Tx, actor: Actor, id: number, l: { reason: LiftReason; note: string | null }, clock: Clock): Promise<void> {
  const { c, row } = await lockedRestriction(tx, actor, id);
  requireOfficer(c, actor);
  if (row.status !== 'signed') throw new AppError(409, 'RESTRICTION_NOT_IN_FORCE', '该限制消费令未生效，无需解除。', 'This order is not in force.', { status: row.status });
  await tx.execute(sql`update consumption_restrictions set status = 'lifted', lift_reason = ${l.reason}, lifted_on = ${clock.today}::date, lifted_by = ${actor.userId} where id = ${id}`);
  await timeline(tx, c, 'liftConsumptionRestriction', actor, 'judge', { restrictionId: id, reason: LIFT_REASON_LABELS[l.reason], note: l.note }, clock.now);
}

/** CONSUME-2010 art 9: full performance lifts every order of the case (and drops the proposals); returns the ids lifted. */
export async function liftOnPerformance(tx: Tx, caseId: number, today: string): Promise<number[]> {
  await tx.execute(sql`update consumption_restrictions set status = 'rejected', decision_note = '执行完毕' where case_id = ${caseId} and status = 'proposed'`);
  const r = await tx.execute<{ id: string }>(sql`update consumption_restrictions set status = 'lifted', lift_reason = 'performed', lifted_on = ${today}::date where case_id = ${caseId} and status = 'signed' returning id`);
  return r.rows.map((x) => Number(x.id));
}
