// The working calendar: anyone may read it; an administrator imports a year's State Council notice or records a
// court's closures, and every running period they touch is recomputed in the same transaction.
import { sql } from 'drizzle-orm';
import { CalendarChangeResult, CalendarYear, CalendarYearInput, ClockSettings, ClosureInput, ClosureParams, YearParams } from '../../../contracts/clock';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { calendarFromHolidayFile } from '../../../domain/calendar/workCalendar';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { calendarDaysRoutes } from './calendarDaysList';
import { closuresRoutes } from './closuresList';
import { bumpCalendarVersion } from './calendarStore';
import { loadClockSettings, saveClockSettings } from './clockSettings';
import { recomputeRunningPeriods } from './recompute';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

export function calendarRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/calendar/:year',
    { config: { access: 'public' }, schema: { tags: ['clock'], summary: '节假日与调休（公开）Holidays and make-up workdays of a year', params: YearParams, response: { 200: CalendarYear } } },
    async (req) => {
      const y = req.params.year;
      const days = await deps.db.execute<{ day: string; off: boolean; name: string }>(sql`select day, off, name from calendar_days where extract(year from day) = ${y} order by day`);
      const covered = await deps.db.execute<{ source: string }>(sql`select source from calendar_years where year = ${y}`);
      return { year: y, covered: covered.rows.length > 0, source: covered.rows[0]?.source ?? null, days: days.rows.map((d) => ({ date: d.day, off: d.off, name: d.name })) };
    },
  );

  calendarDaysRoutes(app, deps);

  app.put(
    '/api/v1/admin/calendar/:year',
    {
      config: { access: ['admin'] },
      schema: { tags: ['admin'], summary: '导入某年节假日安排 Import a year of the State Council calendar', params: YearParams, body: CalendarYearInput, response: { 200: CalendarChangeResult, ...errors } },
    },
    async (req) => {
      const actor = requireActor(req);
      const y = req.params.year;
      // The domain checks the file as it checks the seed data: real dates, inside the year, no duplicates.
      const parsed = calendarFromHolidayFile({ years: { [String(y)]: { days: req.body.days.map((d) => ({ date: d.date, off: d.off, name: d.name })) } } });
      return deps.db.transaction(async (tx) => {
        await tx.execute(sql`delete from calendar_days where extract(year from day) = ${y}`);
        await tx.execute(sql`
          insert into calendar_days (day, off, name, source)
          select * from unnest(${sql.param(parsed.days.map((d) => d.date))}::date[], ${sql.param(parsed.days.map((d) => d.off))}::boolean[],
                               ${sql.param(parsed.days.map((d) => d.name))}::text[], ${sql.param(parsed.days.map(() => req.body.source))}::text[])`);
        await tx.execute(sql`
          insert into calendar_years (year, source, imported_by) values (${y}, ${req.body.source}, ${actor.userId})
          on conflict (year) do update set source = excluded.source, imported_at = now(), imported_by = excluded.imported_by`);
        await bumpCalendarVersion(tx, actor.userId);
        await tx.execute(sql`insert into audit_log (actor_id, action, entity, entity_id, after) values (${actor.userId}, 'import', 'calendarYear', ${String(y)}, ${JSON.stringify(req.body)}::jsonb)`);
        return recomputeRunningPeriods(tx, actor, { today: deps.clock.today(), now: deps.clock.now() }, { from: `${y}-01-01` });
      });
    },
  );

  closuresRoutes(app, deps);

  app.post(
    '/api/v1/admin/courts/:id/closures',
    { config: { access: ['admin'] }, schema: { tags: ['admin'], summary: '登记闭院日 Record a closure day', params: IdParams, body: ClosureInput, response: { 201: CalendarChangeResult, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const result = await deps.db.transaction(async (tx) => {
        const court = await tx.execute(sql`select 1 from courts where id = ${req.params.id}`);
        if (!court.rows.length) throw new AppError(404, 'COURT_UNKNOWN', '法院不存在。', 'No such court.');
        const ins = await tx.execute(sql`insert into court_closures (court_id, day, reason, created_by) values (${req.params.id}, ${req.body.date}, ${req.body.reason}, ${actor.userId}) on conflict do nothing`);
        if (!ins.rowCount) throw new AppError(409, 'CLOSURE_EXISTS', '该日已登记为闭院日。', 'That day is already a closure day.');
        await bumpCalendarVersion(tx, actor.userId);
        return recomputeRunningPeriods(tx, actor, { today: deps.clock.today(), now: deps.clock.now() }, { from: req.body.date, courtId: req.params.id });
      });
      reply.status(201);
      return result;
    },
  );

  app.delete(
    '/api/v1/admin/courts/:id/closures/:closureId',
    { config: { access: ['admin'] }, schema: { tags: ['admin'], summary: '撤销闭院日 Remove a closure day', params: ClosureParams, response: { 200: CalendarChangeResult, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      return deps.db.transaction(async (tx) => {
        const del = await tx.execute<{ day: string }>(sql`delete from court_closures where id = ${req.params.closureId} and court_id = ${req.params.id} returning day`);
        if (!del.rows[0]) throw new AppError(404, 'CLOSURE_UNKNOWN', '闭院日不存在。', 'No such closure day.');
        await bumpCalendarVersion(tx, actor.userId);
        return recomputeRunningPeriods(tx, actor, { today: deps.clock.today(), now: deps.clock.now() }, { from: del.rows[0].day, courtId: req.params.id });
      });
    },
  );

  app.get(
    '/api/v1/admin/settings/clock',
    { config: { access: ['admin'] }, schema: { tags: ['admin'], summary: '期限设置 Clock settings', response: { 200: ClockSettings } } },
    async () => loadClockSettings(deps.db),
  );

  app.put(
    '/api/v1/admin/settings/clock',
    { config: { access: ['admin'] }, schema: { tags: ['admin'], summary: '修改期限设置 Change clock settings', body: ClockSettings, response: { 200: CalendarChangeResult, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const t = req.body.thresholds;
      const h = req.body.hourThresholds;
      if (Object.values(t).some((x) => x.redDays > x.yellowDays) || (h && h.redHours > h.yellowHours)) {
        throw new AppError(422, 'THRESHOLDS_INVALID', '红色提醒天数不能大于黄色提醒天数。', 'The red threshold cannot exceed the yellow one.');
      }
      return deps.db.transaction(async (tx) => {
        await saveClockSettings(tx, req.body, actor.userId);
        // Roll-forward and thresholds change due dates and levels: recompute what is running.
        return recomputeRunningPeriods(tx, actor, { today: deps.clock.today(), now: deps.clock.now() }, { from: '1900-01-01' });
      });
    },
  );
}
