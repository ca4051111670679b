// Hearings: one room and one judge cannot be in two hearings at once.
import { and, desc, eq, sql } from 'drizzle-orm';
import { casePanel, hearings } from '../../../db/schema';
import { AppError } from '../../../http/appError';
import type { EffectContext, EffectHandler } from './effectContext';

async function bookHearing({ tx, case: c, input, actor }: EffectContext) {
  const room = await tx.execute<{ id: number; name: string }>(sql`select id, name from rooms where id = ${input.roomId} and court_id = ${c.courtId} and is_active`);
  const r = room.rows[0];
  if (!r) throw new AppError(422, 'ROOM_INVALID', '请选择本院的法庭。', "Choose a courtroom of this case's court.");
  const panel = await tx.select({ userId: casePanel.userId }).from(casePanel).where(eq(casePanel.caseId, c.id));
  const judgeIds = panel.map((p) => p.userId);
  if (!judgeIds.length) throw new AppError(422, 'CASE_NOT_ASSIGNED', '案件尚未分案，不能排期。', 'The case has no judge yet; assign it first.');
  // Serialise scheduling per court so two bookings cannot both pass the overlap check (works across processes).
  await tx.execute(sql`select pg_advisory_xact_lock(8201, ${c.courtId})`);
  const clash = await tx.execute<{ case_number: string | null; starts_at: Date; ends_at: Date; room_name: string; same_room: boolean }>(sql`
    select k.case_number, h.starts_at, h.ends_at, rm.name as room_name, (h.room_id = ${r.id}) as same_room
      from hearings h join cases k on k.id = h.case_id join rooms rm on rm.id = h.room_id
     where h.status = 'scheduled' and h.case_id <> ${c.id}
       and h.starts_at < ${input.endsAt}::timestamptz and h.ends_at > ${input.startsAt}::timestamptz
       and (h.room_id = ${r.id} or h.judge_ids && ${sql.raw(`ARRAY[${judgeIds.map(Number).join(',')}]::int[]`)})
     limit 1`);
  const x = clash.rows[0];
  if (x) {
    const what = x.same_room ? { zh: `法庭“${x.room_name}”`, en: `courtroom "${x.room_name}"` } : { zh: '本案法官', en: "this case's judge" };
    throw new AppError(
      409,
      'HEARING_CONFLICT',
      `该时段${what.zh}已有开庭安排（${x.case_number ?? '未编号案件'}），请另选时间或法庭。`,
      `The ${what.en} is already booked at that time (${x.case_number ?? 'unnumbered case'}); choose another time or room.`,
      { conflictCaseNumber: x.case_number, startsAt: new Date(x.starts_at).toISOString(), endsAt: new Date(x.ends_at).toISOString(), reason: x.same_room ? 'room' : 'judge' },
    );
  }
  const inserted = await tx
    .insert(hearings)
    .values({ caseId: c.id, courtId: c.courtId, roomId: r.id, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), status: 'scheduled', judgeIds, createdBy: actor.userId })
    .returning({ id: hearings.id });
  return { hearingId: inserted[0]!.id, startsAt: new Date(input.startsAt).toISOString(), endsAt: new Date(input.endsAt).toISOString(), roomId: r.id, roomName: r.name };
}

async function currentHearing(ctx: EffectContext) {
  const rows = await ctx.tx
    .select()
    .from(hearings)
    .where(and(eq(hearings.caseId, ctx.case.id), eq(hearings.status, 'scheduled')))
    .orderBy(desc(hearings.startsAt))
    .limit(1);
  const h = rows[0];
  if (!h) throw new AppError(422, 'HEARING_NOT_SCHEDULED', '本案没有待开庭的排期。', 'The case has no scheduled hearing.');
  return h;
}

/** The ground a hearing was scheduled as closed on (CPL-2023 art 137), from the event that booked it; null: public. */
async function closedGroundOf(ctx: EffectContext, hearingId: number): Promise<string | null> {
  const r = await ctx.tx.execute<{ ground: string | null }>(sql`
    select payload->>'closedGround' as ground from case_events
     where case_id = ${ctx.case.id} and event in ('scheduleHearing', 'postponeHearing') and payload->>'hearingId' = ${String(hearingId)}
     order by seq desc limit 1`);
  return r.rows[0]?.ground ?? null;
}

// The event's payload carries whether the hearing is closed: the public notice board announces the others.
export const scheduleHearing: EffectHandler = async (ctx) => ({ ...(await bookHearing(ctx)), closedGround: ctx.input.closedGround ?? null });

// EXT-2018 arts 2–3 limit how often a hearing may be postponed; the count is on the timeline for supervision.
export const postponeHearing: EffectHandler = async (ctx) => {
  const h = await currentHearing(ctx);
  await ctx.tx.update(hearings).set({ status: 'postponed' }).where(eq(hearings.id, h.id));
  const booked = await bookHearing(ctx);
  // A postponed hearing stays closed (or public) unless the postponement says otherwise.
  const closedGround = ctx.input.closedGround ?? (await closedGroundOf(ctx, h.id));
  return { ...booked, postponedHearingId: h.id, reason: ctx.input.reason, closedGround };
};

export const recordHearingHeld: EffectHandler = async (ctx) => {
  // The domain's hearingHasBegun guard has refused a hearing whose start is still ahead.
  const h = await currentHearing(ctx);
  await ctx.tx.update(hearings).set({ status: 'held', summary: ctx.input.summary ?? null }).where(eq(hearings.id, h.id));
  return { hearingId: h.id, summary: ctx.input.summary ?? null };
};
