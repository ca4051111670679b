// Who administers a court's mediation organisations and mediators: the administrator for every court, and the
// court's 立案庭 chief (a divisionChief whose division is the court's filing division) for that court alone.
import { sql } from 'drizzle-orm';
import type { Actor } from '../../access/actor';
import type { Queryable } from '../../db/database';
import { AppError } from '../../http/appError';

/** 'all': the administrator; a number: the one court a 立案庭 chief administers. */
export type MediationAdminScope = 'all' | number;

export async function mediationAdminScope(q: Queryable, actor: Actor): Promise<MediationAdminScope> {
  if (actor.roles.includes('admin')) return 'all';
  if (actor.roles.includes('divisionChief') && actor.courtId !== null && actor.divisionId !== null) {
    const r = await q.execute<{ ok: boolean }>(sql`select true as ok from divisions where id = ${actor.divisionId} and court_id = ${actor.courtId} and kind = 'filing'`);
    if (r.rows.length) return actor.courtId;
  }
  throw new AppError(
    403,
    'MEDIATION_ADMIN_FORBIDDEN',
    '只有系统管理员和本院立案庭庭长可以管理调解组织与调解员。',
    "Only the administrator and the court's filing-division chief may manage mediation organisations and mediators.",
  );
}

/** The court a list or a new organisation is about: a chief's own court only (given, or by default). */
export function courtInScope(scope: MediationAdminScope, courtId: number | undefined): number | undefined {
  if (scope === 'all') return courtId;
  if (courtId !== undefined && courtId !== scope) {
    throw new AppError(403, 'COURT_FORBIDDEN', '只能管理本院的调解组织与调解员。', "You may only manage your own court's mediation organisations and mediators.");
  }
  return scope;
}

export const organisationUnknown = () => new AppError(404, 'MEDIATION_ORGANISATION_UNKNOWN', '调解组织不存在。', 'No such mediation organisation.');
export const mediatorUnknown = () => new AppError(404, 'MEDIATOR_UNKNOWN', '调解员不存在。', 'No such mediator.');
