// The clock over HTTP: a case's periods, supervision of periods, pending extensions, reminders, the calculator.
import { sql } from 'drizzle-orm';
import { CalcRequest, CalcResponse, CaseClock, PendingExtension, PendingExtensionQuery, Reminder, ReminderQuery, SupervisedPeriod, SupervisionQuery } from '../../../contracts/clock';
import { ErrorBody, IdParams, Ok, Page } from '../../../contracts/common';
import { calculatePeriod, traceText, type PeriodKind } from '../../../domain/clock';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { workCalendarFor } from './calendarStore';
import { caseClock } from './caseClock';
import { loadClockSettings } from './clockSettings';
import { pendingExtensions, pendingExtensionsExportRoute } from './pendingExtensionsList';
import { reminders, remindersExportRoute } from './remindersList';
import { supervisedPeriods, supervisionExportRoute } from './supervisionList';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export function clockRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/cases/:id/clock',
    { config: { access: 'authenticated' }, schema: { tags: ['clock'], summary: '案件期限（含推算过程）Periods of a case with their derivation', params: IdParams, response: { 200: CaseClock, ...errors } } },
    async (req) => deps.db.transaction((tx) => caseClock(tx, requireActor(req), req.params.id, deps.clock.today())),
  );

  app.get(
    '/api/v1/periods',
    {
      config: { access: ['divisionChief', 'president'] },
      schema: { tags: ['clock'], summary: '期限监管（临近届满、已超期）Approaching and overdue periods of my division or court', querystring: SupervisionQuery, response: { 200: Page(SupervisedPeriod), ...errors } },
    },
    async (req) => supervisedPeriods(deps, requireActor(req), req.query),
  );
  supervisionExportRoute(app, deps);

  app.get(
    '/api/v1/extensions/pending',
    { config: { access: ['president'] }, schema: { tags: ['clock'], summary: '待审批的延长审限申请 Extensions awaiting my court', querystring: PendingExtensionQuery, response: { 200: Page(PendingExtension), ...errors } } },
    async (req) => pendingExtensions(deps, requireActor(req), req.query),
  );
  pendingExtensionsExportRoute(app, deps);

  app.get(
    '/api/v1/reminders',
    { config: { access: 'authenticated' }, schema: { tags: ['clock'], summary: '我的期限提醒 My period reminders', querystring: ReminderQuery, response: { 200: Page(Reminder), 400: ErrorBody, 401: ErrorBody } } },
    async (req) => reminders(deps, requireActor(req), req.query),
  );
  remindersExportRoute(app, deps);

  app.post(
    '/api/v1/reminders/:id/read',
    { config: { access: 'authenticated' }, schema: { tags: ['clock'], summary: '标记提醒已读 Mark a reminder read', params: IdParams, response: { 200: Ok, 404: ErrorBody } } },
    async (req) => {
      const r = await deps.db.execute(sql`update period_reminders set read_at = coalesce(read_at, now()) where id = ${req.params.id} and user_id = ${requireActor(req).userId}`);
      if (!r.rowCount) throw new AppError(404, 'REMINDER_NOT_FOUND', '提醒不存在。', 'No such reminder.');
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/calc/period',
    {
      config: { access: 'public' },
      schema: {
        tags: ['clock'],
        summary: '期间计算器（公开）Public period calculator',
        description: 'Request {"trigger":"2025-09-30","days":15} or {"trigger":"2025-08-31","months":6}, optional "kind" and "foreignDomicile"; response {"due", "trace", …}.',
        body: CalcRequest,
        response: { 200: CalcResponse, 400: ErrorBody },
      },
    },
    async (req) => {
      const settings = await loadClockSettings(deps.db);
      const calendar = await workCalendarFor(deps.db, null);
      try {
        const r = calculatePeriod({ ...req.body, kind: req.body.kind as PeriodKind | undefined }, calendar, { weekendsAreRestDays: settings.weekendsAreRestDays });
        return { ...r, length: r.length as Record<string, number>, text: { 'zh-CN': traceText(r.trace, 'zh-CN'), en: traceText(r.trace, 'en') } };
      } catch (e) {
        // The calculator's refusals are about the request itself: 400, as outside checks expect.
        if (e instanceof Error && 'kind' in e && (e as { kind: string }).kind === 'invalid') {
          const d = e as unknown as { code: string; messages: { 'zh-CN': string; en: string } };
          throw new AppError(400, d.code, d.messages['zh-CN'], d.messages.en);
        }
        throw e;
      }
    },
  );
}
