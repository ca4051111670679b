// The courtroom calendar across a court, the booking check the scheduling form asks before it confirms, and the
// administrator's rooms (科技法庭 equipped for online hearings) and hearing settings.
import { sql } from 'drizzle-orm';
import { ErrorBody, IdParams } from '../../../contracts/common';
import {
  AdminRoomsQuery,
  CourtCalendarParams,
  CourtCalendarQuery,
  HearingCalendar,
  HearingCheckInput,
  HearingCheckResult,
  HearingSettings,
  RoomDetail,
  RoomInput,
} from '../../../contracts/hearings';
import { daysBetween } from '../../../domain/calendar/plainDate';
import { checkMeetingLinkTemplate } from '../../../domain/hearings/meetingLink';
import Type from 'typebox';
import { isStaff, type Actor } from '../../access/actor';
import { casePanel } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { audit } from '../admin/audit';
import { eq } from 'drizzle-orm';
import { caseForActor, TRIAL_TEAM_ROLES } from './hearingAccess';
import { courtCalendar } from './courtCalendar';
import { loadHearingSettings, saveHearingSettings } from './hearingSettings';
import { clerkFor, conflictsOf, roomFor, warningsOf } from './slotCheck';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const ROOM_COLUMNS = sql`id, court_id as "courtId", name, code, is_online_capable as "isOnlineCapable", is_active as "isActive"`;
const MAX_CALENDAR_DAYS = 62;

function requireCourtStaff(actor: Actor, courtId: number) {
  if (!isStaff(actor) || actor.courtId !== courtId) {
    throw new AppError(403, 'HEARING_CALENDAR_FORBIDDEN', '只有本院工作人员可以查看本院的法庭排期。', "Only the court's own staff see its courtroom calendar.");
  }
}

export function hearingCalendarRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/hearings/check',
    {
      config: { access: [...TRIAL_TEAM_ROLES] },
      schema: { tags: ['hearings'], summary: '排期检查（冲突与提醒）Check a hearing slot: conflicts refused and warnings to confirm', body: HearingCheckInput, response: { 200: HearingCheckResult, ...errors } },
    },
    async (req) => {
      const actor = requireActor(req);
      const b = req.body;
      return deps.db.transaction(async (tx) => {
        const { c, relation } = await caseForActor(tx, actor, b.caseId);
        const role = relation.roles.find((r) => TRIAL_TEAM_ROLES.includes(r));
        if (!role) throw new AppError(403, 'HEARING_CHECK_FORBIDDEN', '只有本案审判团队可以排期。', "Only the case's trial team schedules its hearings.");
        if (!(Date.parse(b.endsAt) > Date.parse(b.startsAt))) throw new AppError(422, 'HEARING_TIME_INVALID', '开庭结束时间必须晚于开始时间。', 'The hearing must end after it starts.');
        const mode = b.mode ?? 'inPerson';
        const room = await roomFor(tx, c.courtId, b.roomId, mode);
        const judgeIds = (await tx.select({ userId: casePanel.userId }).from(casePanel).where(eq(casePanel.caseId, c.id))).map((p) => p.userId);
        const clerkId = await clerkFor(tx, { courtId: c.courtId, judgeId: c.judgeId, actor, actorRole: role, clerkId: b.clerkId });
        const slot = { courtId: c.courtId, caseId: c.id, roomId: room.id, startsAt: b.startsAt, endsAt: b.endsAt, judgeIds, clerkId, mode };
        const conflicts = await conflictsOf(tx, slot);
        const warnings = await warningsOf(tx, slot, deps.config.timeZone);
        const zh = req.headers['accept-language']?.startsWith('en') !== true;
        return { conflicts, warnings: warnings.map((w) => ({ kind: w.kind, message: zh ? w.message['zh-CN'] : w.message.en, messages: w.message })), clerkId };
      });
    },
  );

  app.get(
    '/api/v1/courts/:courtId/hearing-calendar',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['hearings'], summary: '法庭排期表 The courtroom calendar of a court (its staff)', params: CourtCalendarParams, querystring: CourtCalendarQuery, response: { 200: HearingCalendar, ...errors } },
    },
    async (req) => {
      const actor = requireActor(req);
      requireCourtStaff(actor, req.params.courtId);
      const q = req.query;
      const span = daysBetween(q.from, q.to);
      if (span < 0 || span > MAX_CALENDAR_DAYS) {
        throw new AppError(422, 'HEARING_CALENDAR_RANGE', `查询区间须为 0 至 ${MAX_CALENDAR_DAYS} 日。`, `The range must run forward and span at most ${MAX_CALENDAR_DAYS} days.`);
      }
      return courtCalendar(deps.readDb, { courtId: req.params.courtId, from: q.from, to: q.to, roomId: q.roomId ?? null, judgeId: q.judgeId ?? null, timeZone: deps.config.timeZone });
    },
  );

  const admin = { access: ['admin'] as const };
  app.get(
    '/api/v1/admin/rooms',
    { config: admin, schema: { tags: ['admin'], summary: '法庭管理：列表 Courtrooms of a court, inactive ones too', querystring: AdminRoomsQuery, response: { 200: Type.Array(RoomDetail), ...errors } } },
    async (req) => (await deps.db.execute<RoomDetail>(sql`select ${ROOM_COLUMNS} from rooms where court_id = ${req.query.courtId} order by id`)).rows,
  );

  app.post(
    '/api/v1/admin/rooms',
    { config: admin, schema: { tags: ['admin'], summary: '新增法庭 Add a courtroom', body: RoomInput, response: { 201: RoomDetail, ...errors } } },
    async (req, reply) =>
      deps.db.transaction(async (tx) => {
        const b = req.body;
        const court = await tx.execute(sql`select 1 from courts where id = ${b.courtId}`);
        if (!court.rows.length) throw new AppError(422, 'COURT_UNKNOWN', '法院不存在。', 'No such court.');
        const r = await tx.execute<RoomDetail>(sql`
          insert into rooms (court_id, name, code, is_online_capable, is_active)
          values (${b.courtId}, ${b.name.trim()}, ${b.code ?? null}, ${b.isOnlineCapable}, ${b.isActive ?? true}) returning ${ROOM_COLUMNS}`);
        await audit(tx, requireActor(req).userId, 'create', 'room', r.rows[0]!.id, null, r.rows[0]);
        reply.status(201);
        return r.rows[0]!;
      }),
  );

  app.put(
    '/api/v1/admin/rooms/:id',
    { config: admin, schema: { tags: ['admin'], summary: '修改或停用法庭 Edit or deactivate a courtroom', params: IdParams, body: RoomInput, response: { 200: RoomDetail, ...errors } } },
    async (req) =>
      deps.db.transaction(async (tx) => {
        const b = req.body;
        const before = (await tx.execute<RoomDetail>(sql`select ${ROOM_COLUMNS} from rooms where id = ${req.params.id} for update`)).rows[0];
        if (!before) throw new AppError(404, 'ROOM_UNKNOWN', '法庭不存在。', 'No such courtroom.');
        if (before.courtId !== b.courtId) throw new AppError(422, 'ROOM_COURT_FIXED', '法庭不能改属其他法院。', 'A courtroom cannot move to another court.');
        const r = await tx.execute<RoomDetail>(sql`
          update rooms set name = ${b.name.trim()}, code = ${b.code ?? null}, is_online_capable = ${b.isOnlineCapable}, is_active = ${b.isActive ?? true}
           where id = ${req.params.id} returning ${ROOM_COLUMNS}`);
        await audit(tx, requireActor(req).userId, 'update', 'room', req.params.id, before, r.rows[0]);
        return r.rows[0]!;
      }),
  );

  app.get(
    '/api/v1/admin/settings/hearings',
    { config: admin, schema: { tags: ['admin'], summary: '庭审设置 Hearing settings', response: { 200: HearingSettings } } },
    async () => loadHearingSettings(deps.db),
  );

  app.put(
    '/api/v1/admin/settings/hearings',
    { config: admin, schema: { tags: ['admin'], summary: '修改庭审设置 Change hearing settings', body: HearingSettings, response: { 200: HearingSettings, ...errors } } },
    async (req) => {
      checkMeetingLinkTemplate(req.body.meetingLinkTemplate);
      if (req.body.workingHours.startsAt >= req.body.workingHours.endsAt) {
        throw new AppError(422, 'WORKING_HOURS_INVALID', '工作时间的开始须早于结束。', 'Working hours must start before they end.');
      }
      return deps.db.transaction(async (tx) => {
        await saveHearingSettings(tx, req.body, requireActor(req).userId);
        await audit(tx, requireActor(req).userId, 'update', 'settings', 'hearings', null, req.body);
        return loadHearingSettings(tx);
      });
    },
  );
}
