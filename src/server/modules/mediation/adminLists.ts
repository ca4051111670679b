// The organisations and mediators as administered lists: filtered, sorted by allow-listed columns, paginated, and
// exported to Excel by the one list-export mechanism.
import { sql, type SQL } from 'drizzle-orm';
import type { MEDIATOR_SORT_COLUMNS, MediatorListQuery, MediatorRow, ORGANISATION_SORT_COLUMNS, OrganisationListQuery, OrganisationRow } from '../../../contracts/mediation';
import { MEDIATION_ORGANISATION_KIND_LABELS, type MediationOrganisationKind } from '../../../domain/mediation/organisations';
import type { Queryable } from '../../db/database';
import { pageOf } from '../../http/pagination';
import { zhEn, type ExportColumn } from '../../lists/excelExport';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';

const ORGANISATION_SORTS: SortColumns<(typeof ORGANISATION_SORT_COLUMNS)[number]> = {
  id: sql`o.id`,
  name: sql`o.name`,
  kind: sql`o.kind`,
  courtId: sql`o.court_id`,
  isActive: sql`o.is_active`,
  createdAt: sql`o.created_at`,
};

const ORGANISATION_SELECT = sql`o.id, o.court_id, c.name as court_name, o.name, o.kind, o.contact, o.is_active, o.created_at,
  (select count(*) from mediators m where m.organisation_id = o.id) as mediator_count`;

export function organisationOf(r: Record<string, any>): OrganisationRow {
  return {
    id: Number(r.id),
    courtId: Number(r.court_id),
    courtName: r.court_name,
    name: r.name,
    kind: r.kind as MediationOrganisationKind,
    kindLabel: MEDIATION_ORGANISATION_KIND_LABELS[r.kind as MediationOrganisationKind],
    contact: r.contact,
    isActive: r.is_active,
    mediatorCount: Number(r.mediator_count),
    createdAt: new Date(r.created_at).toISOString(),
  };
}

export async function loadOrganisation(q: Queryable, id: number): Promise<OrganisationRow | undefined> {
  const r = await q.execute<Record<string, any>>(sql`select ${ORGANISATION_SELECT} from mediation_organisations o join courts c on c.id = o.court_id where o.id = ${id}`);
  return r.rows[0] && organisationOf(r.rows[0]);
}

/** `courtId`: the court the scope allows (undefined: every court, for the administrator). */
export async function listOrganisations(q: Queryable, courtId: number | undefined, query: OrganisationListQuery) {
  const conds: SQL[] = [sql`true`];
  if (courtId !== undefined) conds.push(sql`o.court_id = ${courtId}`);
  if (query.kind) conds.push(sql`o.kind = ${query.kind}`);
  if (query.isActive !== undefined) conds.push(sql`o.is_active = ${query.isActive}`);
  if (query.q?.trim()) {
    const like = containsPattern(query.q);
    conds.push(sql`(o.name like ${like} or o.contact like ${like})`);
  }
  const cond = sql.join(conds, sql` and `);
  return pageOf<Record<string, any>, OrganisationRow>(
    q,
    query,
    sql`select ${ORGANISATION_SELECT} from mediation_organisations o join courts c on c.id = o.court_id where ${cond} order by ${orderBy(ORGANISATION_SORTS, query.sort, 'id', sql`o.id`)}`,
    sql`select count(*) as n from mediation_organisations o where ${cond}`,
    organisationOf,
  );
}

const MEDIATOR_SORTS: SortColumns<(typeof MEDIATOR_SORT_COLUMNS)[number]> = {
  userId: sql`m.user_id`,
  username: sql`u.username`,
  displayName: sql`u.display_name`,
  organisationName: sql`o.name`,
  isActive: sql`(m.is_active and u.is_active)`,
};

const MEDIATOR_SELECT = sql`m.user_id, u.username, u.display_name, u.phone, m.organisation_id, o.name as organisation_name, m.specialties,
  m.is_active and u.is_active as is_active,
  array(select mc.court_id from mediator_courts mc where mc.user_id = m.user_id order by mc.court_id) as court_ids,
  array(select c.name from mediator_courts mc join courts c on c.id = mc.court_id where mc.user_id = m.user_id order by mc.court_id) as court_names`;
const MEDIATOR_FROM = sql`mediators m join users u on u.id = m.user_id join mediation_organisations o on o.id = m.organisation_id`;

export function mediatorOf(r: Record<string, any>): MediatorRow {
  return {
    userId: Number(r.user_id),
    username: r.username,
    displayName: r.display_name,
    phone: r.phone,
    organisationId: Number(r.organisation_id),
    organisationName: r.organisation_name,
    specialties: r.specialties,
    courtIds: r.court_ids.map(Number),
    courtNames: r.court_names,
    isActive: r.is_active,
  };
}

export async function loadMediator(q: Queryable, userId: number): Promise<MediatorRow | undefined> {
  const r = await q.execute<Record<string, any>>(sql`select ${MEDIATOR_SELECT} from ${MEDIATOR_FROM} where m.user_id = ${userId}`);
  return r.rows[0] && mediatorOf(r.rows[0]);
}

/** `courtId`: the court served (a chief's own; undefined: every mediator, for the administrator). */
export async function listMediators(q: Queryable, courtId: number | undefined, query: MediatorListQuery) {
  const conds: SQL[] = [sql`true`];
  if (courtId !== undefined) conds.push(sql`exists (select 1 from mediator_courts mc where mc.user_id = m.user_id and mc.court_id = ${courtId})`);
  if (query.organisationId !== undefined) conds.push(sql`m.organisation_id = ${query.organisationId}`);
  if (query.isActive !== undefined) conds.push(sql`(m.is_active and u.is_active) = ${query.isActive}`);
  if (query.q?.trim()) {
    const like = containsPattern(query.q);
    conds.push(sql`(u.display_name like ${like} or u.username ilike ${like} or u.phone like ${like} or array_to_string(m.specialties, ' ') like ${like})`);
  }
  const cond = sql.join(conds, sql` and `);
  return pageOf<Record<string, any>, MediatorRow>(
    q,
    query,
    sql`select ${MEDIATOR_SELECT} from ${MEDIATOR_FROM} where ${cond} order by ${orderBy(MEDIATOR_SORTS, query.sort, 'displayName', sql`m.user_id`)}`,
    sql`select count(*) as n from ${MEDIATOR_FROM} where ${cond}`,
    mediatorOf,
  );
}

const activeText = (v: boolean, lang: 'zh-CN' | 'en') => (v ? zhEn('启用', 'Active') : zhEn('停用', 'Inactive'))[lang];

export const ORGANISATION_EXPORT_COLUMNS: readonly ExportColumn<OrganisationRow>[] = [
  { header: zhEn('调解组织', 'Organisation'), width: 32, value: (r) => r.name },
  { header: zhEn('类型', 'Kind'), width: 24, value: (r, lang) => r.kindLabel[lang] },
  { header: zhEn('登记法院', 'Court'), width: 30, value: (r) => r.courtName },
  { header: zhEn('联系方式', 'Contact'), width: 28, value: (r) => r.contact },
  { header: zhEn('调解员人数', 'Mediators'), width: 10, value: (r) => r.mediatorCount },
  { header: zhEn('状态', 'Status'), width: 8, value: (r, lang) => activeText(r.isActive, lang) },
];

export const MEDIATOR_EXPORT_COLUMNS: readonly ExportColumn<MediatorRow>[] = [
  { header: zhEn('调解员', 'Mediator'), width: 16, value: (r) => r.displayName },
  { header: zhEn('用户名', 'Username'), width: 16, value: (r) => r.username },
  { header: zhEn('电话', 'Phone'), width: 14, value: (r) => r.phone },
  { header: zhEn('调解组织', 'Organisation'), width: 30, value: (r) => r.organisationName },
  { header: zhEn('擅长领域', 'Specialties'), width: 30, value: (r) => r.specialties.join('、') },
  { header: zhEn('服务法院', 'Courts served'), width: 40, value: (r) => r.courtNames.join('、') },
  { header: zhEn('状态', 'Status'), width: 8, value: (r, lang) => activeText(r.isActive, lang) },
];
