// The courtroom calendar of one court: its rooms, its judges, and the hearings (scheduled and held) between two
// dates in court time, optionally of one room or one judge. Read from the replica where one is configured.
import { sql } from 'drizzle-orm';
import type { HearingCalendar, RoomDetail } from '../../../contracts/hearings';
import { addDays } from '../../../domain/calendar/plainDate';
import type { Queryable } from '../../db/database';

export async function courtCalendar(q: Queryable, o: { courtId: number; from: string; to: string; roomId: number | null; judgeId: number | null; timeZone: string }): Promise<HearingCalendar> {
  const rooms = await q.execute<RoomDetail>(sql`
    select id, court_id as "courtId", name, code, is_online_capable as "isOnlineCapable", is_active as "isActive" from rooms where court_id = ${o.courtId} order by id`);
  const judges = await q.execute<{ id: number; name: string }>(sql`
    select id, display_name as name from users where court_id = ${o.courtId} and is_active and 'judge' = any(roles) order by id`);
  // [from 00:00, to + 1 day 00:00) in the court's time zone.
  const start = sql`(${o.from}::date)::timestamp at time zone ${o.timeZone}`;
  const end = sql`(${addDays(o.to, 1)}::date)::timestamp at time zone ${o.timeZone}`;
  const rows = await q.execute<{ id: string; case_id: string; case_number: string | null; case_type: string; room_id: number; room_name: string; starts_at: Date; ends_at: Date; status: string; mode: string; judge_names: string[] | null; clerk_name: string | null }>(sql`
    select h.id, h.case_id, k.case_number, k.case_type, h.room_id, r.name as room_name, h.starts_at, h.ends_at, h.status, h.mode,
           (select array_agg(u.display_name order by u.id) from users u where u.id = any(h.judge_ids)) as judge_names, cu.display_name as clerk_name
      from hearings h join cases k on k.id = h.case_id join rooms r on r.id = h.room_id left join users cu on cu.id = h.clerk_id
     where h.court_id = ${o.courtId} and h.status <> 'postponed' and h.starts_at < ${end} and h.ends_at > ${start}
       ${o.roomId === null ? sql`` : sql`and h.room_id = ${o.roomId}`}
       ${o.judgeId === null ? sql`` : sql`and ${o.judgeId}::int = any(h.judge_ids)`}
     order by h.starts_at, h.room_id limit 2000`);
  return {
    courtId: o.courtId,
    from: o.from,
    to: o.to,
    rooms: rooms.rows,
    judges: judges.rows,
    hearings: rows.rows.map((h) => ({
      hearingId: Number(h.id),
      caseId: Number(h.case_id),
      caseNumber: h.case_number,
      caseType: h.case_type,
      roomId: h.room_id,
      roomName: h.room_name,
      startsAt: new Date(h.starts_at).toISOString(),
      endsAt: new Date(h.ends_at).toISOString(),
      status: h.status,
      mode: h.mode,
      judgeNames: h.judge_names ?? [],
      clerkName: h.clerk_name,
    })),
  };
}
