// Whether a hearing can be booked at a time: the room, the judges and the clerk must be free (a clash is refused,
// 409 HEARING_CONFLICT); a lawyer of the case due at another hearing, a rest day or an hour outside the court's
// working window are warnings, returned to the court before it confirms and kept in the event's payload.
import { sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles/roles';
import { lawyerBusyWarning, slotsOverlap, workingTimeWarnings, type HearingConflictReason, type HearingMode, type HearingWarning } from '../../../domain/hearings/hearingSlots';
import type { Actor } from '../../access/actor';
import type { Queryable, Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { workCalendarFor } from '../clock/calendarStore';
import { loadClockSettings } from '../clock/clockSettings';
import { loadHearingSettings } from './hearingSettings';

export interface SlotRequest {
  courtId: number;
  caseId: number;
  roomId: number;
  startsAt: string;
  endsAt: string;
  judgeIds: readonly number[];
  clerkId: number | null;
  mode: HearingMode;
}

export interface HearingConflict {
  reason: HearingConflictReason;
  caseNumber: string | null;
  startsAt: string;
  endsAt: string;
  roomName: string;
}

export interface BookableRoom {
  id: number;
  name: string;
  code: string | null;
  isOnlineCapable: boolean;
}

/** The room, if it is an active courtroom of the court and fits the hearing's mode; else a 422 refusal. */
export async function roomFor(q: Queryable, courtId: number, roomId: number, mode: HearingMode): Promise<BookableRoom> {
  const r = await q.execute<{ id: number; name: string; code: string | null; online: boolean }>(
    sql`select id, name, code, is_online_capable as online from rooms where id = ${roomId} and court_id = ${courtId} and is_active`,
  );
  const room = r.rows[0];
  if (!room) throw new AppError(422, 'ROOM_INVALID', '请选择本院的法庭。', "Choose a courtroom of this case's court.");
  // ONLINE-LIT arts 21–27: an online or hybrid hearing is held from a room equipped for it (科技法庭/互联网法庭).
  if (mode !== 'inPerson' && !room.online) {
    throw new AppError(422, 'ROOM_NOT_ONLINE_CAPABLE', `法庭“${room.name}”未配备在线庭审设备，请选择科技法庭或改为现场开庭。`, `Courtroom "${room.name}" is not equipped for online hearings; choose another room or an in-person hearing.`);
  }
  return { id: room.id, name: room.name, code: room.code, isOnlineCapable: room.online };
}

/**
 * The 书记员 who sits: the one named (an active clerk of the court), else the clerk acting, else the only active
 * clerk of the judge's team; null when none can be told.
 */
export async function clerkFor(q: Queryable, o: { courtId: number; judgeId: number | null; actor: Actor; actorRole: Role | null; clerkId: number | undefined }): Promise<number | null> {
  if (o.clerkId !== undefined) {
    const r = await q.execute(sql`select 1 from users where id = ${o.clerkId} and court_id = ${o.courtId} and is_active and 'courtClerk' = any(roles)`);
    if (!r.rows.length) throw new AppError(422, 'HEARING_CLERK_INVALID', '所选书记员不是本院在职书记员。', 'The clerk chosen is not an active clerk of this court.');
    return o.clerkId;
  }
  if (o.actorRole === 'courtClerk') return o.actor.userId;
  if (o.judgeId === null) return null;
  const team = await q.execute<{ id: number }>(sql`select id from users where team_judge_id = ${o.judgeId} and is_active and 'courtClerk' = any(roles) limit 2`);
  return team.rows.length === 1 ? Number(team.rows[0]!.id) : null;
}

/** Bookings of other cases at an overlapping time that hold the room, a judge or the clerk. */
export async function conflictsOf(q: Queryable, s: SlotRequest): Promise<HearingConflict[]> {
  const judges = sql.param(s.judgeIds.map(Number));
  const r = await q.execute<{ case_number: string | null; starts_at: Date; ends_at: Date; room_name: string; same_room: boolean; same_judge: boolean; same_clerk: boolean }>(sql`
    select k.case_number, h.starts_at, h.ends_at, rm.name as room_name, h.room_id = ${s.roomId} as same_room,
           h.judge_ids && ${judges}::int[] as same_judge, coalesce(h.clerk_id = ${s.clerkId}, false) as same_clerk
      from hearings h join cases k on k.id = h.case_id join rooms rm on rm.id = h.room_id
     where h.status = 'scheduled' and h.case_id <> ${s.caseId}
       and h.starts_at < ${s.endsAt}::timestamptz and h.ends_at > ${s.startsAt}::timestamptz
       and (h.room_id = ${s.roomId} or h.judge_ids && ${judges}::int[] or h.clerk_id = ${s.clerkId})
     order by h.starts_at limit 20`);
  const wanted = { startsAt: Date.parse(s.startsAt), endsAt: Date.parse(s.endsAt) };
  return r.rows
    .filter((x) => slotsOverlap(wanted, { startsAt: new Date(x.starts_at).getTime(), endsAt: new Date(x.ends_at).getTime() }))
    .map((x) => ({
      reason: x.same_room ? 'room' : x.same_judge ? 'judge' : 'clerk',
      caseNumber: x.case_number,
      startsAt: new Date(x.starts_at).toISOString(),
      endsAt: new Date(x.ends_at).toISOString(),
      roomName: x.room_name,
    }));
}

/** Warnings the court reads before confirming: the case's agents elsewhere, a rest day, outside working hours. */
export async function warningsOf(q: Queryable, s: SlotRequest, timeZone: string): Promise<HearingWarning[]> {
  const busy = await q.execute<{ name: string; case_number: string | null; starts_at: Date; ends_at: Date }>(sql`
    select distinct u.display_name as name, k.case_number, h.starts_at, h.ends_at
      from case_agents a join users u on u.id = a.user_id
      join case_agents b on b.user_id = a.user_id and b.case_id <> a.case_id
      join hearings h on h.case_id = b.case_id and h.status = 'scheduled'
      join cases k on k.id = h.case_id
     where a.case_id = ${s.caseId} and h.starts_at < ${s.endsAt}::timestamptz and h.ends_at > ${s.startsAt}::timestamptz
     order by h.starts_at limit 20`);
  const lawyers = busy.rows.map((b) => lawyerBusyWarning({ lawyerName: b.name, caseNumber: b.case_number, startsAt: new Date(b.starts_at).toISOString(), endsAt: new Date(b.ends_at).toISOString(), timeZone }));
  const [calendar, clock, settings] = [await workCalendarFor(q, s.courtId), await loadClockSettings(q), await loadHearingSettings(q)];
  const time = workingTimeWarnings(
    { startsAt: Date.parse(s.startsAt), endsAt: Date.parse(s.endsAt) },
    { calendar, restDays: { weekendsAreRestDays: clock.weekendsAreRestDays }, hours: settings.workingHours, timeZone },
  );
  return [...lawyers, ...time];
}

/** The refusal for the first clash. */
export function conflictRefusal(x: HearingConflict): AppError {
  const what = {
    room: { zh: `法庭“${x.roomName}”`, en: `courtroom "${x.roomName}"` },
    judge: { zh: '本案法官', en: "this case's judge" },
    clerk: { zh: '出庭书记员', en: 'the clerk' },
  }[x.reason];
  return new AppError(
    409,
    'HEARING_CONFLICT',
    `该时段${what.zh}已有开庭安排（${x.caseNumber ?? '未编号案件'}），请另选时间或法庭。`,
    `The ${what.en} is already booked at that time (${x.caseNumber ?? 'unnumbered case'}); choose another time or room.`,
    { conflictCaseNumber: x.caseNumber, startsAt: x.startsAt, endsAt: x.endsAt, reason: x.reason },
  );
}

/** Serialises scheduling per court so two bookings cannot both pass the overlap check (works across processes). */
export async function lockCourtSchedule(tx: Tx, courtId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(8201, ${courtId})`);
}
