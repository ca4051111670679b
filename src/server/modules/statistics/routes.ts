// Court performance dashboards for 院庭长: their court and every court under it.
import type { Role } from '../../../domain/roles/roles';
import { ErrorBody } from '../../../contracts/common';
import { CrossRegionStats, CrossRegionStatsQuery, ExecutionStats, ExecutionStatsQuery, MediationStats, MediationStatsQuery, MonthlyStats, MonthlyStatsQuery, type ExecutionStatsRow } from '../../../contracts/statistics';
import { requireActor } from '../../http/authenticate';
import { supervisedCourts } from '../../access/supervisedCourts';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import type { App } from '../../http/types';
import type { Actor } from '../../access/actor';
import { registerListExport, zhEn } from '../../lists/excelExport';
import { executionStats } from './executionStats';
import { EXECUTION_STATS_EXPORT_COLUMNS, executionStatsRows } from './executionExport';
import { crossRegionStats } from './crossRegionStats';
import { mediationStats } from './mediationStats';
import { monthlyStats } from './monthlyStats';

const VIEWERS: Role[] = ['president', 'divisionChief'];

export function statisticsRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/statistics/monthly',
    {
      config: { access: VIEWERS },
      schema: { tags: ['statistics'], summary: '各院逐月收案、结案及未结案数 Cases registered and closed per court and month, and open cases', querystring: MonthlyStatsQuery, response: { 200: MonthlyStats, 401: ErrorBody, 403: ErrorBody } },
    },
    async (req) => {
      const courts = await scope(requireActor(req), req.query.courtId);
      return monthlyStats(deps.readDb, courts, deps.clock.today(), req.query.months ?? 12);
    },
  );

  // The 诉调对接 centre's figures: matters received, 调解成功率, share sent to registration, days, confirmations.
  app.get(
    '/api/v1/statistics/mediation',
    {
      config: { access: VIEWERS },
      schema: { tags: ['statistics'], summary: '诉前调解统计（收案、成功率、转立案、平均天数、司法确认）Pre-litigation mediation figures', querystring: MediationStatsQuery, response: { 200: MediationStats, 401: ErrorBody, 403: ErrorBody } },
    },
    async (req) => mediationStats(deps.readDb, await scope(requireActor(req), req.query.courtId), deps.clock.today(), req.query.months ?? 12, deps.config.timeZone),
  );

  // 执行 figures: received, closed by method, 执行完毕率, 终本率, 执行到位率, days, by court, team and officer.
  const execution = async (req: { query: ExecutionStatsQuery } & Parameters<typeof requireActor>[0]) =>
    executionStats(deps.readDb, await scope(requireActor(req), req.query.courtId), deps.clock.today(), req.query.months ?? 12, deps.config.timeZone);
  app.get(
    '/api/v1/statistics/execution',
    {
      config: { access: VIEWERS },
      schema: { tags: ['statistics'], summary: '执行统计（收案、结案方式、执行完毕率、终本率、执行到位率、平均天数）Execution figures', querystring: ExecutionStatsQuery, response: { 200: ExecutionStats, 401: ErrorBody, 403: ErrorBody } },
    },
    async (req) => execution(req),
  );
  registerListExport<ExecutionStatsQuery, ExecutionStatsRow>(app, {
    url: '/api/v1/statistics/execution',
    access: VIEWERS,
    tags: ['statistics'],
    summary: '执行统计导出 Excel Export the execution figures to Excel',
    querystring: ExecutionStatsQuery,
    title: zhEn('执行统计', 'Execution figures'),
    columns: EXECUTION_STATS_EXPORT_COLUMNS,
    load: async (req) => executionStatsRows(await execution(req)),
  });

  // 跨域立案 as both courts count it: received for others (forwarded), received from others (registered).
  app.get(
    '/api/v1/statistics/cross-region',
    {
      config: { access: VIEWERS },
      schema: { tags: ['statistics'], summary: '跨域立案统计（代收、转交、接收、登记）Cross-region filings taken for and received from other courts', querystring: CrossRegionStatsQuery, response: { 200: CrossRegionStats, 401: ErrorBody, 403: ErrorBody } },
    },
    async (req) => {
      const actor = requireActor(req);
      const courtId = req.query.courtId ?? actor.courtId;
      await scope(actor, courtId ?? undefined);
      return crossRegionStats(deps.readDb, courtId!, req.query.from, req.query.to);
    },
  );

  /** The courts a 院庭长 sees: their own and those under it, or one of those and the courts under it. */
  async function scope(actor: Actor, asked: number | undefined) {
    if (actor.courtId === null) throw new AppError(403, 'ROLE_FORBIDDEN', '您的角色无权查看统计。', 'Your role may not view statistics.');
    // Statistics tolerate replica lag: they read from DATABASE_READ_URL when one is configured.
    const courts = await supervisedCourts(deps.readDb, actor.courtId);
    if (asked === undefined || asked === actor.courtId) return courts;
    if (!courts.some((c) => c.id === asked)) throw new AppError(403, 'COURT_OUT_OF_SCOPE', '只能查看本院及下级法院的统计。', 'You may view statistics only for your own court and the courts under it.');
    return supervisedCourts(deps.readDb, asked);
  }
}
