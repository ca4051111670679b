// Hearings booked, postponed and held (the trial events' effects, owned by this capability and registered in the
// composition root): one room, one judge and one clerk cannot be in two hearings at once; the warnings the court
// confirmed are kept in the payload; an online or hybrid hearing gets its meeting link.
import { and, desc, eq, sql } from 'drizzle-orm';
import { dateInZone } from '../../../domain/calendar/plainDate';
import type { HearingMode } from '../../../domain/hearings/hearingSlots';
import { fillMeetingLink } from '../../../domain/hearings/meetingLink';
import { casePanel, hearings } from '../../db/schema';
import { AppError } from '../../http/appError';
import type { EffectContext, EffectHandler } from '../cases/effects/effectContext';
import { loadHearingSettings } from './hearingSettings';
import { clerkFor, conflictRefusal, conflictsOf, lockCourtSchedule, roomFor, warningsOf } from './slotCheck';

async function bookHearing(ctx: EffectContext, previous?: { mode: HearingMode; clerkId: number | null }) {
  const { tx, case: c, input, actor } = ctx;
  const mode: HearingMode = input.mode ?? previous?.mode ?? 'inPerson';
  const r = await roomFor(tx, c.courtId, input.roomId, mode);
  const panel = await tx.select({ userId: casePanel.userId }).from(casePanel).where(eq(casePanel.caseId, c.id));
  const judgeIds = panel.map((p) => p.userId);
  if (!judgeIds.length) throw new AppError(422, 'CASE_NOT_ASSIGNED', '案件尚未分案，不能排期。', 'The case has no judge yet; assign it first.');
  const clerkId = input.clerkId === undefined && previous ? previous.clerkId : await clerkFor(tx, { courtId: c.courtId, judgeId: c.judgeId, actor, actorRole: ctx.actorRole, clerkId: input.clerkId });
  await lockCourtSchedule(tx, c.courtId);
  const slot = { courtId: c.courtId, caseId: c.id, roomId: r.id, startsAt: input.startsAt, endsAt: input.endsAt, judgeIds, clerkId, mode };
  const clash = (await conflictsOf(tx, slot))[0];
  if (clash) throw conflictRefusal(clash);
  const warnings = await warningsOf(tx, slot, ctx.deps.config.timeZone);
  const inserted = await tx
    .insert(hearings)
    .values({ caseId: c.id, courtId: c.courtId, roomId: r.id, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), status: 'scheduled', judgeIds, clerkId, mode, createdBy: actor.userId })
    .returning({ id: hearings.id });
  const hearingId = inserted[0]!.id;
  let meetingLink: string | null = null;
  if (mode !== 'inPerson') {
    const { meetingLinkTemplate } = await loadHearingSettings(tx);
    const date = dateInZone(new Date(input.startsAt), ctx.deps.config.timeZone);
    meetingLink = fillMeetingLink(meetingLinkTemplate, { hearingId, caseId: c.id, caseNumber: c.caseNumber ?? '', roomCode: r.code ?? String(r.id), courtId: c.courtId, date });
    await tx.update(hearings).set({ meetingLink }).where(eq(hearings.id, hearingId));
  }
  return {
    hearingId,
    startsAt: new Date(input.startsAt).toISOString(),
    endsAt: new Date(input.endsAt).toISOString(),
    roomId: r.id,
    roomName: r.name,
    mode,
    meetingLink,
    clerkId,
    // Read by the court before confirming (POST /api/v1/hearings/check); kept here as what it confirmed.
    warnings: warnings.map((w) => ({ kind: w.kind, message: w.message['zh-CN'] })),
  };
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
  // A postponed hearing keeps its mode and clerk, and stays closed (or public), unless the postponement says otherwise.
  const booked = await bookHearing(ctx, { mode: h.mode, clerkId: h.clerkId });
  const closedGround = ctx.input.closedGround ?? (await closedGroundOf(ctx, h.id));
  return { ...booked, postponedHearingId: h.id, reason: ctx.input.reason, closedGround };
};

export const recordHearingHeld: EffectHandler = async (ctx) => {
  // The domain's hearingHasBegun guard has refused a hearing whose start is still ahead.
  const h = await currentHearing(ctx);
  await ctx.tx.update(hearings).set({ status: 'held', summary: ctx.input.summary ?? null }).where(eq(hearings.id, h.id));
  return { hearingId: h.id, summary: ctx.input.summary ?? null };
};

export const HEARING_EFFECT_HANDLERS = { scheduleHearing, postponeHearing, recordHearingHeld };
