// The 诉前调解 centre's mediator workload: per mediator serving the court, the matters entrusted to them by node,
// those late on the clock, and those settled this month; paginated, sorted, exported to Excel.
import { sql, type SQL } from 'drizzle-orm';
import type { MEDIATOR_WORKLOAD_SORT_COLUMNS, MediatorWorkloadQuery, MediatorWorkloadRow } from '../../../contracts/mediation';
import { hasRole, type Actor } from '../../access/actor';
import type { Queryable } from '../../db/database';
import { AppError } from '../../http/appError';
import { pageOf } from '../../http/pagination';
import { zhEn, type ExportColumn } from '../../lists/excelExport';
import { orderBy, type SortColumns } from '../../lists/sorting';
import { mediationAdminScope } from './adminScope';

/**
 * The court whose centre the user sees: any (or all) for the administrator, their own for the filing clerk and the
 * president, and for a division chief the mediation administration's rule (the 立案庭 chief of their court).
 */
export async function centreCourt(q: Queryable, actor: Actor, courtId: number | undefined): Promise<number | undefined> {
  if (hasRole(actor, 'admin')) return courtId;
  const own = hasRole(actor, 'filingClerk', 'president') && actor.courtId !== null ? actor.courtId : await mediationAdminScope(q, actor);
  if (own === 'all') return courtId;
  if (courtId !== undefined && courtId !== own) throw new AppError(403, 'COURT_FORBIDDEN', '只能查看本院的诉前调解工作量。', "You may only see your own court's mediation workload.");
  return own;
}

const SORTS: SortColumns<(typeof MEDIATOR_WORKLOAD_SORT_COLUMNS)[number]> = {
  displayName: sql`u.display_name`,
  organisationName: sql`o.name`,
  open: sql`w.open`,
  entrusted: sql`w.entrusted`,
  mediating: sql`w.mediating`,
  agreementDrafted: sql`w.agreement_drafted`,
  overdue: sql`w.overdue`,
  settledThisMonth: sql`w.settled`,
};

const OPEN = sql`('entrusted', 'mediating', 'agreementDrafted')`;

/** Matters a mediator holds: entrusted by name and not declined; at the court when the list is a court's. */
function workload(courtId: number | undefined, today: string): SQL {
  return sql`left join lateral (
    select count(*) filter (where k.node in ${OPEN}) as open,
           count(*) filter (where k.node = 'entrusted') as entrusted,
           count(*) filter (where k.node = 'mediating') as mediating,
           count(*) filter (where k.node = 'agreementDrafted') as agreement_drafted,
           -- ONLINE-MED arts 12, 24: the latest confirmation or mediation period of an open matter, past due.
           count(*) filter (where k.node in ${OPEN} and exists (
             select 1 from case_periods p where p.case_id = k.id and p.kind in ('entrustmentConfirmation', 'preFilingMediation')
                and ((p.status = 'running' and p.due_on < ${today}::date) or p.status = 'elapsed')
                and not exists (select 1 from case_periods p2 where p2.case_id = p.case_id and p2.kind = p.kind and p2.id > p.id))) as overdue,
           count(*) filter (where e.end_ground = 'agreement' and e.ended_on >= date_trunc('month', ${today}::date)::date and e.ended_on <= ${today}::date) as settled
      from mediation_entrustments e join cases k on k.id = e.case_id
     where e.mediator_id = m.user_id and e.declined_at is null ${courtId !== undefined ? sql`and k.court_id = ${courtId}` : sql``}) w on true`;
}

export async function listMediatorWorkload(q: Queryable, courtId: number | undefined, query: MediatorWorkloadQuery, today: string) {
  const conds: SQL[] = [sql`true`];
  if (courtId !== undefined) conds.push(sql`exists (select 1 from mediator_courts mc where mc.user_id = m.user_id and mc.court_id = ${courtId})`);
  if (query.organisationId !== undefined) conds.push(sql`m.organisation_id = ${query.organisationId}`);
  const cond = sql.join(conds, sql` and `);
  const from = sql`mediators m join users u on u.id = m.user_id join mediation_organisations o on o.id = m.organisation_id`;
  return pageOf<Record<string, any>, MediatorWorkloadRow>(
    q,
    query,
    sql`select m.user_id, u.display_name, o.id as organisation_id, o.name as organisation_name, (m.is_active and u.is_active) as is_active, w.*
          from ${from} ${workload(courtId, today)} where ${cond} order by ${orderBy(SORTS, query.sort, '-open', sql`m.user_id`)}`,
    sql`select count(*) as n from ${from} where ${cond}`,
    (r) => ({
      id: Number(r.user_id),
      displayName: r.display_name,
      organisationId: Number(r.organisation_id),
      organisationName: r.organisation_name,
      isActive: r.is_active,
      open: Number(r.open),
      entrusted: Number(r.entrusted),
      mediating: Number(r.mediating),
      agreementDrafted: Number(r.agreement_drafted),
      overdue: Number(r.overdue),
      settledThisMonth: Number(r.settled),
    }),
  );
}


export const WORKLOAD_EXPORT_COLUMNS: readonly ExportColumn<MediatorWorkloadRow>[] = [
  { header: zhEn('调解员', 'Mediator'), width: 16, value: (r) => r.displayName },
  { header: zhEn('调解组织', 'Organisation'), width: 30, value: (r) => r.organisationName },
  { header: zhEn('在办', 'Open'), width: 8, value: (r) => r.open },
  { header: zhEn('待确认委派', 'Awaiting confirmation'), width: 12, value: (r) => r.entrusted },
  { header: zhEn('调解中', 'Mediating'), width: 8, value: (r) => r.mediating },
  { header: zhEn('协议待签署', 'Agreement to sign'), width: 12, value: (r) => r.agreementDrafted },
  { header: zhEn('超期', 'Overdue'), width: 8, value: (r) => r.overdue },
  { header: zhEn('本月调解成功', 'Settled this month'), width: 14, value: (r) => r.settledThisMonth },
  { header: zhEn('状态', 'Status'), width: 8, value: (r, lang) => (r.isActive ? zhEn('启用', 'Active') : zhEn('停用', 'Inactive'))[lang] },
];
