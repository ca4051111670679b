// Court performance dashboards for 院庭长: their court and every court under it.
import type { Role } from '../../../domain/roles/roles';
import { ErrorBody } from '../../../contracts/common';
import { MonthlyStats, MonthlyStatsQuery } from '../../../contracts/statistics';
import { requireActor } from '../../http/authenticate';
import { supervisedCourts } from '../../access/supervisedCourts';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import type { App } from '../../http/types';
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
      const actor = requireActor(req);
      if (actor.courtId === null) throw new AppError(403, 'ROLE_FORBIDDEN', '您的角色无权查看统计。', 'Your role may not view statistics.');
      // Statistics tolerate replica lag: they read from DATABASE_READ_URL when one is configured.
      let courts = await supervisedCourts(deps.readDb, actor.courtId);
      const asked = req.query.courtId;
      if (asked !== undefined && asked !== actor.courtId) {
        if (!courts.some((c) => c.id === asked)) throw new AppError(403, 'COURT_OUT_OF_SCOPE', '只能查看本院及下级法院的统计。', 'You may view statistics only for your own court and the courts under it.');
        courts = await supervisedCourts(deps.readDb, asked);
      }
      return monthlyStats(deps.readDb, courts, deps.clock.today(), req.query.months ?? 12);
    },
  );
}
