// 失信被执行人名单 (rules.md §5.5): the officer proposes a listing on one of the six grounds (the applicant's application
// or ex officio); the exclusions refuse it with nothing saved (DISHONEST arts 3, 4); the 院长 signs the written decision
// with its term (DISHONEST art 5 [S→U]) — at once, or after a 失信预告 and the court's grace period [U]. A listed debtor
// must also be restricted (CONSUME art 1): a listing without an order for that debtor creates the order's proposal.
import { sql } from 'drizzle-orm';
import { birthDateFromIdNumber, checkListingExclusions, LISTING_GROUND_LABELS, listingEffectiveOn, listingExpiresOn, listingTermYears, maskIdNumber, type ListingGround } from '../../../domain/creditSanctions/dishonestListing';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { debtorOf, generateCreditDocument, lockExecutionCase, notifyPresidents, requireOfficer, requirePresident, timeline, type Clock } from './creditCase';
import { loadCreditSettings } from './creditSettings';
import { insertRestriction } from './restrictions';

const notFound = () => new AppError(404, 'LISTING_NOT_FOUND', '失信名单记录不存在。', 'No such listing.');
const OPEN_NODES = ['assigned', 'implementing', 'suspended', 'closed'];

export interface ListingProposal {
  partyId: number;
  ground: ListingGround;
  initiative: 'application' | 'exOfficio';
  aggravationYears?: number | undefined;
  facts: string;
  forewarn?: boolean | undefined;
  birthDate?: string | undefined;
  adequateGuarantee?: boolean | undefined;
  seizedPropertySufficient?: boolean | undefined;
}

type Exclusions = { birth_date: string | null; adequate_guarantee: boolean; seized_sufficient: boolean };

export async function proposeListing(tx: Tx, actor: Actor, caseId: number, p: ListingProposal, clock: Clock): Promise<{ id: number; restrictionId: number | null }> {
  const c = await lockExecutionCase(tx, actor, caseId);
  requireOfficer(c, actor);
  // After 终本 the listing may still be made (ZHONGBEN art 1(2)); not after the other closings.
  if (!OPEN_NODES.includes(c.node) || (c.node === 'closed' && c.closingMethod !== 'currentRoundEnded')) throw new AppError(409, 'CREDIT_CASE_NOT_OPEN', '本案不在执行中，不能纳入失信名单。', 'The case is not being executed.', { node: c.node });
  const debtor = await debtorOf(tx, c.id, p.partyId);
  const aggravationYears = p.aggravationYears ?? 0;
  const birthDate = p.birthDate ?? birthDateFromIdNumber(debtor.idNumber);
  checkListingExclusions({ ground: p.ground, debtorKind: debtor.kind, birthDate, decidedOn: clock.today, adequateGuarantee: p.adequateGuarantee ?? false, seizedPropertySufficient: p.seizedPropertySufficient ?? false });
  const termYears = listingTermYears(p.ground, aggravationYears);
  const open = await tx.execute(sql`select 1 from dishonest_listings where case_id = ${c.id} and party_id = ${debtor.id} and status in ('proposed', 'forewarned', 'listed')`);
  if (open.rows.length) throw new AppError(409, 'LISTING_ALREADY_OPEN', '该被执行人已在失信名单中或已有待签发的决定。', 'This debtor is already listed or awaiting a decision.');
  const exclusions: Exclusions = { birth_date: birthDate, adequate_guarantee: p.adequateGuarantee ?? false, seized_sufficient: p.seizedPropertySufficient ?? false };
  const r = await tx.execute<{ id: string }>(sql`
    insert into dishonest_listings (court_id, case_id, party_id, ground, initiative, aggravation_years, term_years, facts, forewarn, public_name, masked_id_number, status, proposed_by, proposed_at)
    values (${c.courtId}, ${c.id}, ${debtor.id}, ${p.ground}, ${p.initiative}, ${aggravationYears}, ${termYears}, ${p.facts.trim()}, ${p.forewarn ?? false}, ${debtor.name}, ${maskIdNumber(debtor.idNumber)},
            'proposed', ${actor.userId}, ${clock.now.toISOString()}::timestamptz)
    returning id`);
  const id = Number(r.rows[0]!.id);
  await timeline(tx, c, 'proposeDishonestListing', actor, 'judge', { listingId: id, partyId: debtor.id, debtor: debtor.name, ground: p.ground, groundLabel: LISTING_GROUND_LABELS[p.ground], initiative: p.initiative, termYears, forewarn: p.forewarn ?? false, exclusions }, clock.now);
  await notifyPresidents(tx, c, 'listing', id, { 'zh-CN': `失信决定待签发：${debtor.name}`, en: `Listing decision to sign: ${debtor.name}` });
  // CONSUME art 1: a listed debtor must be restricted; without an order proposed or in force, the proposal is made now.
  const restricted = await tx.execute(sql`select 1 from consumption_restrictions where case_id = ${c.id} and party_id = ${debtor.id} and status in ('proposed', 'signed')`);
  const restrictionId = restricted.rows.length ? null : await insertRestriction(tx, c, actor, { partyId: debtor.id, persons: debtor.kind === 'organization' ? await entityPersons(tx, debtor.id) : [] }, clock, id);
  return { id, restrictionId };
}

/** The entity's legal representative as the case records it (the officer adds the others before the president signs). */
async function entityPersons(tx: Tx, partyId: number) {
  const r = await tx.execute<{ legal_representative: string | null }>(sql`select legal_representative from case_parties where id = ${partyId}`);
  const name = r.rows[0]?.legal_representative?.trim();
  if (!name) throw new AppError(422, 'CONSUME_PERSONS_REQUIRED', '被执行人为单位，纳入失信名单须同时限制消费：请先提出列明法定代表人等人员的限制消费令。', 'An entity listed must also be restricted: first propose a restriction order naming its legal representative and others.', { field: '/partyId' });
  return [{ role: 'legalRepresentative' as const, name }];
}

async function lockedListing(tx: Tx, actor: Actor, id: number) {
  const r = await tx.execute<{ case_id: string }>(sql`select case_id from dishonest_listings where id = ${id} and court_id = ${actor.courtId}`);
  if (!r.rows[0]) throw notFound();
  const c = await lockExecutionCase(tx, actor, Number(r.rows[0].case_id));
  const row = (
    await tx.execute<{ status: string; party_id: string; ground: ListingGround; term_years: number | null; forewarn: boolean; facts: string }>(sql`
      select status, party_id, ground, term_years, forewarn, facts from dishonest_listings where id = ${id} for update`)
  ).rows[0]!;
  return { c, row };
}

/**
 * The 院长 signs the decision (checking the exclusions again on the decision day) or refuses it. Signed: the decision
 * is generated for the debtor; with a 失信预告 the listing takes effect after the grace period, otherwise at once.
 */
export async function decideListing(tx: Tx, deps: Deps, actor: Actor, id: number, d: { approve: boolean; note: string | null }, clock: Clock): Promise<void> {
  requirePresident(actor);
  const { c, row } = await lockedListing(tx, actor, id);
  if (row.status !== 'proposed') throw new AppError(409, 'LISTING_ALREADY_DECIDED', '该失信决定已签发或已退回。', 'This listing has already been decided.', { status: row.status });
  if (!d.approve) {
    await tx.execute(sql`update dishonest_listings set status = 'rejected', signed_by = ${actor.userId}, decided_on = ${clock.today}::date, decision_note = ${d.note} where id = ${id}`);
    // The restriction proposed because of this listing goes with it.
    await tx.execute(sql`update consumption_restrictions set status = 'rejected', decision_note = '失信决定未签发' where from_listing_id = ${id} and status = 'proposed'`);
    await timeline(tx, c, 'rejectDishonestListing', actor, 'president', { listingId: id, note: d.note }, clock.now);
    return;
  }
  const debtor = await debtorOf(tx, c.id, Number(row.party_id));
  const proposed = await tx.execute<{ payload: { exclusions: Exclusions } }>(sql`
    select payload from case_events where case_id = ${c.id} and event = 'proposeDishonestListing' and (payload->>'listingId')::bigint = ${id} order by id desc limit 1`);
  const ex = proposed.rows[0]?.payload.exclusions ?? { birth_date: birthDateFromIdNumber(debtor.idNumber), adequate_guarantee: false, seized_sufficient: false };
  checkListingExclusions({ ground: row.ground, debtorKind: debtor.kind, birthDate: ex.birth_date, decidedOn: clock.today, adequateGuarantee: ex.adequate_guarantee, seizedPropertySufficient: ex.seized_sufficient });
  const { graceDays } = await loadCreditSettings(tx);
  const grace = row.forewarn ? graceDays : 0;
  const effectiveOn = listingEffectiveOn(clock.today, row.forewarn, grace);
  const expiresOn = listingExpiresOn(effectiveOn, row.term_years);
  const status = effectiveOn <= clock.today ? 'listed' : 'forewarned';
  const documentId = await generateCreditDocument(tx, deps, c, 'dishonestDecision', debtor, {
    facts: row.facts,
    listingGround: LISTING_GROUND_LABELS[row.ground]['zh-CN'],
    listingTerm: row.term_years === null ? '至被执行人履行完毕或者出现其他删除事由时止' : `${row.term_years}年`,
    judges: actor.displayName,
  }, actor.userId, clock.today);
  await tx.execute(sql`
    update dishonest_listings set status = ${status}, signed_by = ${actor.userId}, decided_on = ${clock.today}::date, decision_note = ${d.note},
           grace_days = ${grace}, effective_on = ${effectiveOn}::date, expires_on = ${expiresOn}::date
     where id = ${id}`);
  await timeline(tx, c, status === 'listed' ? 'signDishonestListing' : 'forewarnDishonestListing', actor, 'president', { listingId: id, debtor: debtor.name, effectiveOn, expiresOn, graceDays: grace, documentId, note: d.note }, clock.now);
}
