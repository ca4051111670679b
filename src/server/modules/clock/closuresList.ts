// A court's closure days (闭院日) page by page: sorted by an allow-listed column, filtered by year and reason, and
// exported to Excel with the list's own query. Any signed-in user may read them: they move the court's periods.
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import { type CLOSURE_SORT_COLUMNS, Closure, ClosuresQuery } from '../../../contracts/clock';
import { ErrorBody, IdParams, Page } from '../../../contracts/common';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { registerListExport, weekdayColumn, zhEn, type ExportColumn } from '../../lists/excelExport';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';

type Row = Static<typeof Closure>;
type Query = Static<typeof ClosuresQuery>;

const SORTS: SortColumns<(typeof CLOSURE_SORT_COLUMNS)[number]> = {
  date: sql`day`,
  reason: sql`reason`,
};

export async function courtClosures(deps: Deps, courtId: number, q: Query) {
  const court = await deps.db.execute(sql`select 1 from courts where id = ${courtId}`);
  if (!court.rows.length) throw new AppError(404, 'COURT_UNKNOWN', '法院不存在。', 'No such court.');
  const where: SQL[] = [sql`court_id = ${courtId}`];
  // The year as a date range, so the (court_id, day) unique index serves it.
  if (q.year !== undefined) where.push(sql`day >= make_date(${q.year}, 1, 1) and day < make_date(${q.year + 1}, 1, 1)`);
  if (q.q?.trim()) where.push(sql`reason like ${containsPattern(q.q)}`);
  const cond = sql.join(where, sql` and `);
  return pageOf<{ id: number; court_id: number; day: string; reason: string }, Row>(
    deps.db,
    q,
    sql`select id, court_id, day, reason from court_closures where ${cond} order by ${orderBy(SORTS, q.sort, 'date', sql`day`)}, id`,
    sql`select count(*) as n from court_closures where ${cond}`,
    (c) => ({ id: Number(c.id), courtId: Number(c.court_id), date: c.day, reason: c.reason }),
  );
}


export const CLOSURE_EXPORT_COLUMNS: readonly ExportColumn<Row>[] = [
  { header: zhEn('日期', 'Date'), width: 12, value: (r) => r.date },
  weekdayColumn((r) => r.date),
  { header: zhEn('原因', 'Reason'), width: 40, value: (r) => r.reason },
];

export function closuresRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/courts/:id/closures',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['clock'], summary: "法院闭院日（分页）A court's closure days, page by page", params: IdParams, querystring: ClosuresQuery, response: { 200: Page(Closure), 400: ErrorBody, 401: ErrorBody, 404: ErrorBody } },
    },
    async (req) => courtClosures(deps, req.params.id, req.query),
  );
  registerListExport<Query, Row>(app, {
    url: '/api/v1/courts/:id/closures',
    access: 'authenticated',
    tags: ['clock'],
    summary: "法院闭院日导出 Excel Export a court's closure days (the filter's rows) to Excel",
    querystring: ClosuresQuery,
    params: IdParams,
    title: zhEn('法院闭院日', 'Court closure days'),
    columns: CLOSURE_EXPORT_COLUMNS,
    load: (req, page) => courtClosures(deps, (req.params as Static<typeof IdParams>).id, { ...req.query, ...page }),
  });
}
