// 开庭公告 on the public notice board: every scheduled hearing of a case heard in public, from its scheduling until it
// begins, with the parties' names, the cause, the time and the place (CPL-2023 art 139); a postponed hearing stays on
// the board marked as postponed until its original time, beside the announcement of the new one.
import { sql, type SQL } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { Bilingual, ErrorBody, Page, PageQuery } from '../../../contracts/common';
import { chineseDate } from '../../../domain/documents/templates';
import { hearingAnnouncementText, latestAnnouncementOn } from '../../../domain/hearings/hearingAnnouncement';
import type { Deps } from '../../deps';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';

export const HearingAnnouncement = Type.Object({
  id: Type.Integer({ description: 'the hearing' }),
  courtName: Type.String(),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  causeName: Type.Union([Type.String(), Type.Null()]),
  parties: Type.Array(Type.Object({ standing: Type.String(), name: Type.String() })),
  startsAt: Type.String(),
  endsAt: Type.String(),
  roomName: Type.String(),
  postponed: Type.Boolean(),
  announcedOn: Type.String({ description: 'the day the hearing was scheduled and announced' }),
  isTimely: Type.Boolean({ description: 'announced at least 3 days before the hearing (CPL-2023 art 139)' }),
  content: Bilingual,
});

export const HearingAnnouncementQuery = Type.Object({ courtId: Type.Optional(Type.Integer({ minimum: 1 })), ...PageQuery }, { additionalProperties: false });

/** An instant's calendar date and time in the court's zone: ['2026-04-20', '09:30']. */
function local(at: Date, timeZone: string): [string, string] {
  const s = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(at);
  const [day, time] = s.split(' ');
  return [day!, time!];
}

export async function hearingAnnouncements(deps: Deps, q: Static<typeof HearingAnnouncementQuery>) {
  const tz = deps.config.timeZone;
  const where: SQL[] = [
    sql`h.status in ('scheduled', 'postponed')`,
    // From the start of today in the court's zone: a hearing stays on the board the whole day it is held.
    sql`h.starts_at >= (${deps.clock.today()}::date::timestamp at time zone ${tz})`,
    // A hearing scheduled as closed (CPL-2023 art 137) is not announced.
    sql`ev.closed_ground is null`,
    // Per court, so the (court, start) index serves the board of every court.
    q.courtId ? sql`h.court_id = ${q.courtId}` : sql`h.court_id in (select id from courts)`,
  ];
  const cond = sql.join(where, sql` and `);
  // The event that booked the hearing: when it was announced (the court's clock) and whether it is closed.
  const from = sql`from hearings h left join lateral (
      select e.at, e.payload->>'closedGround' as closed_ground from case_events e
       where e.case_id = h.case_id and e.event in ('scheduleHearing', 'postponeHearing') and e.payload->>'hearingId' = h.id::text
       order by e.seq desc limit 1) ev on true`;
  return pageOf<Record<string, any>, Static<typeof HearingAnnouncement>>(
    deps.db,
    q,
    sql`select h.id, h.starts_at, h.ends_at, h.status, coalesce(ev.at, h.created_at) as announced_at, ct.name as court_name, k.case_number,
               cz.name as cause_name, rm.name as room_name,
               (select json_agg(json_build_object('standing', x.standing, 'name', x.name) order by x.ordinal) from case_parties x where x.case_id = k.id) as parties
          ${from} join cases k on k.id = h.case_id join courts ct on ct.id = h.court_id join rooms rm on rm.id = h.room_id
          left join causes cz on cz.id = k.cause_id
         where ${cond} order by h.starts_at, h.id`,
    sql`select count(*) as n ${from} where ${cond}`,
    (h) => {
      const startsAt = new Date(h.starts_at);
      const [day, time] = local(startsAt, tz);
      const announcedOn = local(new Date(h.announced_at), tz)[0];
      const parties = (h.parties ?? []) as { standing: string; name: string }[];
      const postponed = h.status === 'postponed';
      return {
        id: Number(h.id),
        courtName: h.court_name,
        caseNumber: h.case_number,
        causeName: h.cause_name,
        parties,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(h.ends_at).toISOString(),
        roomName: h.room_name,
        postponed,
        announcedOn,
        isTimely: announcedOn <= latestAnnouncementOn(day),
        content: hearingAnnouncementText({
          courtName: h.court_name,
          caseNumber: h.case_number ?? '',
          causeName: h.cause_name,
          parties,
          startsAt: { 'zh-CN': `${chineseDate(day)} ${time}`, en: `${day} ${time}` },
          roomName: h.room_name,
          postponed,
        }),
      };
    },
  );
}

export function hearingAnnouncementRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/public-notices/hearings',
    {
      config: { access: 'public' },
      schema: {
        tags: ['service'],
        summary: '开庭公告（公开）Announcements of public hearings until they begin',
        querystring: HearingAnnouncementQuery,
        response: { 200: Page(HearingAnnouncement), 400: ErrorBody },
      },
    },
    async (req) => hearingAnnouncements(deps, req.query),
  );
}
