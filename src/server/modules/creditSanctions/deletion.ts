// Deleting a 失信 entry (DISHONEST art 10 [S]): a deletion ground recorded — by the officer, by the case's closing, by the
// 终本 re-query job — starts the clock's 3 working days (dishonestDeletion); the deletion itself takes the entry off the
// public page at once. A listing not yet in effect (失信预告) is withdrawn at once. Term expiry deletes by itself (sweep).
import { sql } from 'drizzle-orm';
import { DELETION_GROUND_LABELS, type DeletionGround } from '../../../domain/creditSanctions/dishonestListing';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { lockCase, type CaseRow } from '../cases/caseRecord';
import { clockEnv, startPeriod } from '../clock/periodStore';
import { endPartyPeriod, lockExecutionCase, notifyOfficer, requireOfficer, timeline, type Clock } from './creditCase';

type OpenListing = { id: string; party_id: string; status: 'forewarned' | 'listed'; deletion_ground: string | null; public_name: string };

const endDeletionPeriod = (tx: Tx, caseId: number, partyId: number, on: string, reason: string) => endPartyPeriod(tx, caseId, partyId, 'dishonestDeletion', on, reason);

async function deleteRow(tx: Tx, c: CaseRow, l: OpenListing, by: number | null, on: string, ground: DeletionGround, groundOn: string, now: Date) {
  await tx.execute(sql`
    update dishonest_listings set status = 'deleted', deleted_on = ${on}::date, deleted_by = ${by},
           deletion_ground = coalesce(deletion_ground, ${ground}), deletion_ground_on = coalesce(deletion_ground_on, ${groundOn}::date)
     where id = ${Number(l.id)}`);
  await endDeletionPeriod(tx, c.id, Number(l.party_id), on, 'deleted');
  await timeline(tx, c, 'deleteDishonestListing', by === null ? null : { userId: by }, by === null ? 'system' : 'judge', { listingId: Number(l.id), debtor: l.public_name, ground: l.deletion_ground ?? ground, groundLabel: DELETION_GROUND_LABELS[(l.deletion_ground ?? ground) as DeletionGround] }, now);
}

/**
 * Records a deletion ground on one listing of a locked case: a listing in effect keeps showing until deleted, within 3
 * working days (the clock's period; the officer is told); a 失信预告 not yet in effect is withdrawn at once.
 */
async function recordOnListing(tx: Tx, deps: Deps, c: CaseRow, l: OpenListing, ground: DeletionGround, on: string, by: number | null, clock: Clock): Promise<void> {
  if (l.deletion_ground) return;
  if (l.status === 'forewarned') return deleteRow(tx, c, l, by, clock.today, ground, on, clock.now);
  const env = await clockEnv(tx, c.courtId, clock.today);
  const label = DELETION_GROUND_LABELS[ground];
  const period = await startPeriod(tx, env, c, { kind: 'dishonestDeletion', partyId: Number(l.party_id), triggerOn: on, triggerFact: { 'zh-CN': `删除事由：${label['zh-CN']}`, en: `Deletion ground: ${label.en}` }, triggerSource: label.source });
  await tx.execute(sql`update dishonest_listings set deletion_ground = ${ground}, deletion_ground_on = ${on}::date, deletion_due_on = ${period.dueOn}::date where id = ${Number(l.id)}`);
  await timeline(tx, c, 'recordDishonestDeletionGround', by === null ? null : { userId: by }, by === null ? 'system' : 'judge', { listingId: Number(l.id), debtor: l.public_name, ground, groundLabel: label, on, dueOn: period.dueOn }, clock.now);
  await notifyOfficer(tx, c, `listingDeletion:${l.id}`, { 'zh-CN': `失信信息应于${period.dueOn}前删除：${l.public_name}`, en: `Delete the listing of ${l.public_name} by ${period.dueOn}` }, { 'zh-CN': label['zh-CN'], en: label.en });
}

const openListings = async (tx: Tx, caseId: number, listingId?: number) =>
  (
    await tx.execute<OpenListing>(sql`
      select id, party_id, status, deletion_ground, public_name from dishonest_listings
       where case_id = ${caseId} and status in ('forewarned', 'listed') ${listingId ? sql`and id = ${listingId}` : sql``} order by id for update`)
  ).rows;

/** A ground for every open listing of the case (the case's closing, the 终本 re-query job); the case is locked here. */
export async function recordCaseDeletionGround(tx: Tx, deps: Deps, caseId: number, ground: DeletionGround, on: string, clock: Clock): Promise<number> {
  const c = await lockCase(tx, caseId);
  if (!c) return 0;
  const rows = await openListings(tx, caseId);
  for (const l of rows) await recordOnListing(tx, deps, c, l, ground, on, null, clock);
  return rows.length;
}

async function officersListing(tx: Tx, actor: Actor, id: number) {
  const r = await tx.execute<{ case_id: string; status: string }>(sql`select case_id, status from dishonest_listings where id = ${id} and court_id = ${actor.courtId}`);
  if (!r.rows[0]) throw new AppError(404, 'LISTING_NOT_FOUND', '失信名单记录不存在。', 'No such listing.');
  const c = await lockExecutionCase(tx, actor, Number(r.rows[0].case_id));
  requireOfficer(c, actor);
  const l = (await openListings(tx, c.id, id))[0];
  if (!l) throw new AppError(409, 'LISTING_NOT_OPEN', '该记录不在失信名单中（未签发或已删除）。', 'This entry is not on the list (not signed, or already deleted).');
  return { c, l };
}

/** The officer records a ground (the clock starts; the entry stays until deleted). */
export async function recordDeletionGroundOf(tx: Tx, deps: Deps, actor: Actor, id: number, ground: DeletionGround, on: string, clock: Clock): Promise<void> {
  if (on > clock.today) throw new AppError(422, 'DATE_IN_FUTURE', '删除事由发生日期不能晚于今日。', 'The ground cannot occur after today.', { field: '/on' });
  const { c, l } = await officersListing(tx, actor, id);
  if (l.deletion_ground) throw new AppError(409, 'LISTING_GROUND_RECORDED', '已登记删除事由，请直接删除。', 'A deletion ground is already recorded: delete the entry.');
  await recordOnListing(tx, deps, c, l, ground, on, actor.userId, clock);
}

/** The officer deletes the entry (with its ground, unless one is recorded): off the public page at once. */
export async function deleteListing(tx: Tx, actor: Actor, id: number, ground: DeletionGround, on: string, clock: Clock): Promise<void> {
  if (on > clock.today) throw new AppError(422, 'DATE_IN_FUTURE', '删除事由发生日期不能晚于今日。', 'The ground cannot occur after today.', { field: '/on' });
  const { c, l } = await officersListing(tx, actor, id);
  await deleteRow(tx, c, l, actor.userId, clock.today, ground, on, clock.now);
}

/**
 * The sweep, safe in every process at once: a 失信预告 whose grace period has passed takes effect; a term that has
 * expired deletes the entry (its last day is `expires_on`). Each entry changes in its own transaction, the case locked
 * first (the order every credit step takes), and only if it is still as found: a second process changes nothing.
 * The public page never waits for it: it reads the dates itself.
 */
export async function sweepCreditSanctions(deps: Deps): Promise<{ listed: number; expired: number }> {
  const today = deps.clock.today();
  const due = await deps.db.execute<{ id: string; case_id: string; status: string }>(sql`
    select id, case_id, status from dishonest_listings
     where (status = 'forewarned' and effective_on <= ${today}::date) or (status = 'listed' and expires_on < ${today}::date) order by id limit 1000`);
  const done = { listed: 0, expired: 0 };
  for (const d of due.rows) {
    await deps.db.transaction(async (tx) => {
      const c = await lockCase(tx, Number(d.case_id));
      if (!c) return;
      const now = deps.clock.now();
      if (d.status === 'forewarned') {
        const r = await tx.execute<{ public_name: string }>(sql`update dishonest_listings set status = 'listed' where id = ${Number(d.id)} and status = 'forewarned' and effective_on <= ${today}::date returning public_name`);
        if (!r.rows[0]) return;
        done.listed++;
        return void (await timeline(tx, c, 'dishonestListingInEffect', null, 'system', { listingId: Number(d.id), debtor: r.rows[0].public_name }, now));
      }
      const r = await tx.execute<{ party_id: string; public_name: string; expires_on: string }>(sql`
        update dishonest_listings set status = 'deleted', deleted_on = expires_on + 1, deletion_ground = coalesce(deletion_ground, 'termExpired'), deletion_ground_on = coalesce(deletion_ground_on, expires_on + 1)
         where id = ${Number(d.id)} and status = 'listed' and expires_on < ${today}::date returning party_id, public_name, expires_on::text`);
      const l = r.rows[0];
      if (!l) return;
      done.expired++;
      await endDeletionPeriod(tx, c.id, Number(l.party_id), today, 'deleted');
      await timeline(tx, c, 'deleteDishonestListing', null, 'system', { listingId: Number(d.id), debtor: l.public_name, ground: 'termExpired', groundLabel: DELETION_GROUND_LABELS.termExpired, expiredOn: l.expires_on }, now);
    });
  }
  return done;
}
