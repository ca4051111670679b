// 失信与限消 as read: a case's orders, listings and corrections; the 院长's approval queue; the court's list of
// listings; and the public page — current entries only, by their dates, name and masked ID number only.
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Correction, LISTING_SORT_COLUMNS, Listing, ListingQuery, PublicListing, PublicListingQuery, Restriction } from '../../../contracts/creditSanctions';
import { RESTRICTION_ITEM_LABELS, type RestrictionItem } from '../../../domain/creditSanctions/consumptionRestriction';
import { DELETION_GROUND_LABELS, LISTING_GROUND_LABELS, type DeletionGround, type ListingGround } from '../../../domain/creditSanctions/dishonestListing';
import type { Queryable } from '../../db/database';
import { cappedCount, pageOf } from '../../http/pagination';
import { zhEn } from '../../lists/excelExport';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';

const RESTRICTION_SELECT = sql`
  select r.*, r.until_on::text as until, r.signed_on::text as signed, r.lifted_on::text as lifted, k.case_number, p.name as party_name,
         u.display_name as proposer, s.display_name as signer, (r.status = 'signed' and (r.until_on is null or r.until_on >= current_date)) as in_force
    from consumption_restrictions r join cases k on k.id = r.case_id join case_parties p on p.id = r.party_id
    left join users u on u.id = r.proposed_by left join users s on s.id = r.signed_by`;

const presentRestriction = (r: Record<string, any>): Restriction => ({
  id: Number(r.id),
  caseId: Number(r.case_id),
  caseNumber: r.case_number,
  partyId: Number(r.party_id),
  partyName: r.party_name,
  items: r.items,
  itemLabels: (r.items as RestrictionItem[]).map((i) => RESTRICTION_ITEM_LABELS[i]),
  persons: r.persons,
  untilOn: r.until,
  status: r.status,
  inForce: r.in_force,
  fromListingId: r.from_listing_id === null ? null : Number(r.from_listing_id),
  proposedBy: r.proposer,
  signedBy: r.signer,
  signedOn: r.signed,
  decisionNote: r.decision_note,
  documentId: r.document_id === null ? null : Number(r.document_id),
  liftReason: r.lift_reason,
  liftedOn: r.lifted,
});

const LISTING_SELECT = sql`
  select l.*, l.decided_on::text as decided, l.effective_on::text as effective, l.expires_on::text as expires, l.deletion_ground_on::text as ground_on,
         l.deletion_due_on::text as due, l.deleted_on::text as deleted, k.case_number, ct.name as court_name, u.display_name as proposer, s.display_name as signer
    from dishonest_listings l join cases k on k.id = l.case_id join courts ct on ct.id = l.court_id
    join users u on u.id = l.proposed_by left join users s on s.id = l.signed_by`;

const presentListing = (r: Record<string, any>): Listing => ({
  id: Number(r.id),
  caseId: Number(r.case_id),
  caseNumber: r.case_number,
  courtName: r.court_name,
  partyId: Number(r.party_id),
  partyName: r.public_name,
  maskedIdNumber: r.masked_id_number,
  ground: r.ground,
  groundLabel: LISTING_GROUND_LABELS[r.ground as ListingGround],
  initiative: r.initiative,
  aggravationYears: r.aggravation_years,
  termYears: r.term_years,
  facts: r.facts,
  forewarn: r.forewarn,
  graceDays: r.grace_days,
  status: r.status,
  proposedBy: r.proposer,
  signedBy: r.signer,
  decidedOn: r.decided,
  decisionNote: r.decision_note,
  effectiveOn: r.effective,
  expiresOn: r.expires,
  deletionGround: r.deletion_ground,
  deletionGroundLabel: r.deletion_ground ? DELETION_GROUND_LABELS[r.deletion_ground as DeletionGround] : null,
  deletionGroundOn: r.ground_on,
  deletionDueOn: r.due,
  deletedOn: r.deleted,
});

const presentCorrection = (r: Record<string, any>): Correction => ({
  id: Number(r.id),
  listingId: Number(r.listing_id),
  reason: r.reason,
  appliedOn: r.applied,
  status: r.status,
  decidedOn: r.decided,
  decisionNote: r.decision_note,
  correctedOn: r.corrected,
  reconsiderationOn: r.recon,
  reconsiderationDecidedOn: r.recon_decided,
  currentPeriod: r.period_kind ? { kind: r.period_kind, dueOn: r.period_due, level: r.period_level } : null,
});

/** The correction's columns with the period of its current step (running, on the listed party's clock). */
const CORRECTION_SELECT = sql`
  select k.*, k.applied_on::text as applied, k.decided_on::text as decided, k.corrected_on::text as corrected, k.reconsideration_on::text as recon,
         k.reconsideration_decided_on::text as recon_decided, p.kind as period_kind, p.due_on::text as period_due, p.level as period_level
    from dishonest_corrections k join dishonest_listings l on l.id = k.listing_id
    left join lateral (
      select kind, due_on, level from case_periods
       where case_id = l.case_id and party_id = l.party_id and status = 'running' and k.status in ('pending', 'justified', 'rejected', 'reconsidering')
         and kind in ('dishonestCorrectionReview', 'dishonestCorrection', 'dishonestReconsiderationApplication', 'dishonestReconsiderationDecision')
       order by id desc limit 1) p on true`;

export async function loadRestriction(q: Queryable, id: number): Promise<Restriction> {
  return presentRestriction((await q.execute<Record<string, any>>(sql`${RESTRICTION_SELECT} where r.id = ${id}`)).rows[0]!);
}
export async function loadListing(q: Queryable, id: number): Promise<Listing> {
  return presentListing((await q.execute<Record<string, any>>(sql`${LISTING_SELECT} where l.id = ${id}`)).rows[0]!);
}
export async function loadCorrection(q: Queryable, id: number): Promise<Correction> {
  const r = await q.execute<Record<string, any>>(sql`${CORRECTION_SELECT} where k.id = ${id}`);
  return presentCorrection(r.rows[0]!);
}

/** A case's credit sanctions; a party sees only what concerns its own party ids (`onlyParties`). */
export async function caseCredit(q: Queryable, caseId: number, onlyParties: readonly number[] | null) {
  const only = (col: SQL) => (onlyParties ? sql`and ${col} = any(${sql.param([...onlyParties])}::bigint[])` : sql``);
  const restrictions = await q.execute<Record<string, any>>(sql`${RESTRICTION_SELECT} where r.case_id = ${caseId} ${onlyParties ? sql`and r.status in ('signed', 'lifted')` : sql``} ${only(sql`r.party_id`)} order by r.id desc`);
  const listings = await q.execute<Record<string, any>>(sql`${LISTING_SELECT} where l.case_id = ${caseId} ${onlyParties ? sql`and l.status in ('forewarned', 'listed', 'deleted')` : sql``} ${only(sql`l.party_id`)} order by l.id desc`);
  const corrections = await q.execute<Record<string, any>>(sql`${CORRECTION_SELECT} where l.case_id = ${caseId} ${only(sql`l.party_id`)} order by k.id desc`);
  return { restrictions: restrictions.rows.map(presentRestriction), listings: listings.rows.map(presentListing), corrections: corrections.rows.map(presentCorrection) };
}

/** What awaits the 院长's signature in their court: restriction orders and listing decisions, oldest first. */
export async function approvalQueue(q: Queryable, courtId: number) {
  const r = await q.execute<Record<string, any>>(sql`
    select 'restriction' as kind, r.id, r.case_id, k.case_number, p.name as party_name, u.display_name as proposer, to_char(r.proposed_at, 'YYYY-MM-DD HH24:MI') as proposed, r.proposed_at, null::int as ground
      from consumption_restrictions r join cases k on k.id = r.case_id join case_parties p on p.id = r.party_id left join users u on u.id = r.proposed_by
     where r.court_id = ${courtId} and r.status = 'proposed'
    union all
    select 'listing', l.id, l.case_id, k.case_number, l.public_name, u.display_name, to_char(l.proposed_at, 'YYYY-MM-DD HH24:MI'), l.proposed_at, l.ground
      from dishonest_listings l join cases k on k.id = l.case_id join users u on u.id = l.proposed_by
     where l.court_id = ${courtId} and l.status = 'proposed'
     order by proposed_at, id limit 500`);
  return r.rows.map((x) => ({
    kind: x.kind as 'restriction' | 'listing',
    id: Number(x.id),
    caseId: Number(x.case_id),
    caseNumber: x.case_number,
    partyName: x.party_name,
    summary: x.kind === 'restriction' ? zhEn('限制消费令', 'Consumption-restriction order') : zhEn(`纳入失信名单：${LISTING_GROUND_LABELS[x.ground as ListingGround]['zh-CN']}`, `Listing: ${LISTING_GROUND_LABELS[x.ground as ListingGround].en}`),
    proposedBy: x.proposer,
    proposedAt: x.proposed,
  }));
}

const SORTS: SortColumns<(typeof LISTING_SORT_COLUMNS)[number]> = {
  effectiveOn: sql`l.effective_on`,
  expiresOn: sql`l.expires_on`,
  caseNumber: [sql`k.number_year`, sql`k.number_serial`],
  partyName: sql`l.public_name`,
  status: sql`l.status`,
};

/** The court's listings (current by default: forewarned and listed), filtered, sorted, paginated. */
export async function listListings(q: Queryable, courtId: number, query: Static<typeof ListingQuery>) {
  const conds: SQL[] = [sql`l.court_id = ${courtId}`, query.status ? sql`l.status = ${query.status}` : sql`l.status in ('forewarned', 'listed')`];
  if (query.q?.trim()) conds.push(sql`(k.case_number like ${containsPattern(query.q)} or l.public_name like ${containsPattern(query.q)})`);
  if (query.ground) conds.push(sql`l.ground = ${query.ground}`);
  if (query.effectiveFrom) conds.push(sql`l.effective_on >= ${query.effectiveFrom}::date`);
  if (query.effectiveTo) conds.push(sql`l.effective_on <= ${query.effectiveTo}::date`);
  const cond = sql.join(conds, sql` and `);
  return pageOf<Record<string, any>, Listing>(
    q,
    query,
    sql`${LISTING_SELECT} where ${cond} order by ${orderBy(SORTS, query.sort, '-effectiveOn', sql`l.id`)}`,
    sql`select count(*) as n from dishonest_listings l join cases k on k.id = l.case_id where ${cond}`,
    presentListing,
  );
}

/**
 * The public page: entries in effect today — signed, past any grace period, within their term — and nothing else,
 * so a deletion or an expiry takes an entry off at once. Only the name and the masked ID number are stored for it.
 */
export async function publicListings(q: Queryable, today: string, query: Static<typeof PublicListingQuery>) {
  const conds: SQL[] = [sql`l.status in ('forewarned', 'listed')`, sql`l.effective_on <= ${today}::date`, sql`(l.expires_on is null or l.expires_on >= ${today}::date)`];
  if (query.name?.trim()) conds.push(sql`l.public_name like ${containsPattern(query.name)}`);
  if (query.caseNumber?.trim()) conds.push(sql`k.case_number like ${containsPattern(query.caseNumber)}`);
  if (query.court?.trim()) conds.push(sql`ct.name like ${containsPattern(query.court)}`);
  const from = sql`from dishonest_listings l join cases k on k.id = l.case_id join courts ct on ct.id = l.court_id where ${sql.join(conds, sql` and `)}`;
  return pageOf<Record<string, any>, Static<typeof PublicListing>>(
    q,
    query,
    sql`select l.public_name, l.masked_id_number, k.case_number, ct.name as court_name, l.ground, l.term_years, l.effective_on::text as effective, l.expires_on::text as expires ${from} order by l.effective_on desc, l.id desc`,
    cappedCount(from),
    (r) => ({ name: r.public_name, maskedIdNumber: r.masked_id_number, caseNumber: r.case_number, courtName: r.court_name, ground: LISTING_GROUND_LABELS[r.ground as ListingGround], termYears: r.term_years, listedOn: r.effective, expiresOn: r.expires }),
  );
}

export const LISTING_STATUS_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  proposed: zhEn('待院长签发', 'Awaiting the president'),
  forewarned: zhEn('失信预告（宽限期内）', 'Forewarned (grace period)'),
  listed: zhEn('已纳入', 'Listed'),
  deleted: zhEn('已删除', 'Deleted'),
  rejected: zhEn('未签发', 'Not signed'),
};
