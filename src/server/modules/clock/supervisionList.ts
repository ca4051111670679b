// 期限监管: the running periods of a division (its chief) or a court (its president) that need attention, sorted by an
// allow-listed column and exported to Excel with the list's own query.
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import { type SUPERVISION_SORT_COLUMNS, type SupervisedPeriod, SupervisionQuery } from '../../../contracts/clock';
import { caseTitle } from '../../../domain/filing/validateFiling';
import { hasRole, type Actor } from '../../access/actor';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { registerListExport, zhEn, type ExportColumn } from '../../lists/excelExport';
import { orderBy, type SortColumns } from '../../lists/sorting';
import { presentPeriod } from './caseClock';

type Row = Static<typeof SupervisedPeriod>;
type Query = Static<typeof SupervisionQuery>;

const ATTENTION = sql`('yellow', 'red', 'overdue')`;

const SORTS: SortColumns<(typeof SUPERVISION_SORT_COLUMNS)[number]> = {
  dueOn: sql`p.due_on`,
  caseNumber: [sql`k.number_year`, sql`k.number_serial`],
  kind: sql`p.kind`,
  level: sql`(case p.level when 'overdue' then 3 when 'red' then 2 when 'yellow' then 1 else 0 end)`,
  judgeName: sql`j.display_name`,
};

export async function supervisedPeriods(deps: Deps, actor: Actor, query: Query) {
  const where: SQL[] = [sql`p.status = 'running'`, sql`p.court_id = ${actor.courtId}`];
  // A division chief supervises the division's cases; the president the whole court.
  if (!hasRole(actor, 'president')) where.push(sql`k.division_id = ${actor.divisionId}`);
  where.push(query.level && query.level !== 'attention' ? sql`p.level = ${query.level}` : sql`p.level in ${ATTENTION}`);
  if (query.kind) where.push(sql`p.kind = ${query.kind}`);
  const cond = sql.join(where, sql` and `);
  const today = deps.clock.today();
  return pageOf<Record<string, any>, Row>(
    deps.db,
    query,
    sql`select p.*, pt.name as party_name, k.case_number, cz.name as cause_name, j.display_name as judge_name, dv.name as division_name,
               (select json_agg(json_build_object('standing', x.standing, 'name', x.name) order by x.ordinal) from case_parties x where x.case_id = k.id) as parties
          from case_periods p join cases k on k.id = p.case_id
          left join case_parties pt on pt.id = p.party_id left join causes cz on cz.id = k.cause_id
          left join users j on j.id = k.judge_id left join divisions dv on dv.id = k.division_id
         where ${cond} order by ${orderBy(SORTS, query.sort, 'dueOn', sql`p.id`)}`,
    sql`select count(*) as n from case_periods p join cases k on k.id = p.case_id where ${cond}`,
    (r) => ({ ...presentPeriod(r, today), caseNumber: r.case_number, caseTitle: caseTitle(r.parties ?? [], r.cause_name), judgeName: r.judge_name, divisionName: r.division_name }),
  );
}

const LEVELS: Record<string, { 'zh-CN': string; en: string }> = {
  none: zhEn('正常', 'On track'),
  yellow: zhEn('临近届满', 'Approaching'),
  red: zhEn('即将届满', 'Due soon'),
  overdue: zhEn('已超期', 'Overdue'),
};

export const SUPERVISION_EXPORT_COLUMNS: readonly ExportColumn<Row>[] = [
  { header: zhEn('案号', 'Case number'), width: 26, value: (r) => r.caseNumber },
  { header: zhEn('案件名称', 'Case'), width: 44, value: (r) => r.caseTitle },
  { header: zhEn('期限', 'Period'), width: 24, value: (r, lang) => `${r.label[lang]}${r.partyName ? `（${r.partyName}）` : ''}` },
  { header: zhEn('届满日', 'Due'), width: 12, value: (r) => r.dueOn },
  { header: zhEn('期限预警', 'Alert'), width: 12, value: (r, lang) => LEVELS[r.level]?.[lang] ?? r.level },
  { header: zhEn('剩余天数', 'Days left'), width: 10, value: (r) => r.daysLeft },
  { header: zhEn('承办法官', 'Judge in charge'), width: 12, value: (r) => r.judgeName },
  { header: zhEn('审判庭', 'Division'), width: 18, value: (r) => r.divisionName },
];

export function supervisionExportRoute(app: App, deps: Deps) {
  registerListExport<Query, Row>(app, {
    url: '/api/v1/periods',
    access: ['divisionChief', 'president'],
    tags: ['clock'],
    summary: '期限监管导出 Excel Export the supervised periods (the filter\'s rows) to Excel',
    querystring: SupervisionQuery,
    title: zhEn('期限监管', 'Period supervision'),
    columns: SUPERVISION_EXPORT_COLUMNS,
    load: (req, page) => supervisedPeriods(deps, requireActor(req), { ...req.query, ...page }),
  });
}
