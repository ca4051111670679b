// The holiday calendar's days of a year (public): holidays and make-up working days (调休), sorted by an allow-listed
// column, filtered by kind and name, and exported to Excel with the list's own query.
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import { type CALENDAR_DAY_SORT_COLUMNS, CalendarDay, CalendarDaysQuery, YearParams } from '../../../contracts/clock';
import { ErrorBody, Page } from '../../../contracts/common';
import type { Deps } from '../../deps';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { registerListExport, weekdayColumn, zhEn, type ExportColumn } from '../../lists/excelExport';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';

type Row = Static<typeof CalendarDay>;
type Query = Static<typeof CalendarDaysQuery>;

const SORTS: SortColumns<(typeof CALENDAR_DAY_SORT_COLUMNS)[number]> = {
  date: sql`day`,
  name: sql`name`,
  off: sql`off`,
};

export async function calendarDays(deps: Deps, year: number, q: Query) {
  // The year as a date range, so the primary key on day serves it.
  const where: SQL[] = [sql`day >= make_date(${year}, 1, 1) and day < make_date(${year + 1}, 1, 1)`];
  if (q.off !== undefined) where.push(sql`off = ${q.off}`);
  if (q.q?.trim()) where.push(sql`name like ${containsPattern(q.q)}`);
  const cond = sql.join(where, sql` and `);
  return pageOf<{ day: string; off: boolean; name: string }, Row>(
    deps.db,
    q,
    sql`select day, off, name from calendar_days where ${cond} order by ${orderBy(SORTS, q.sort, 'date', sql`day`)}`,
    sql`select count(*) as n from calendar_days where ${cond}`,
    (d) => ({ date: d.day, off: d.off, name: d.name }),
  );
}


export const CALENDAR_DAY_EXPORT_COLUMNS: readonly ExportColumn<Row>[] = [
  { header: zhEn('日期', 'Date'), width: 12, value: (r) => r.date },
  weekdayColumn((r) => r.date),
  { header: zhEn('名称', 'Name'), width: 24, value: (r) => r.name },
  { header: zhEn('类型', 'Type'), width: 12, value: (r, lang) => (r.off ? zhEn('放假', 'Holiday') : zhEn('调休上班', 'Make-up workday'))[lang] },
];

export function calendarDaysRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/calendar/:year/days',
    {
      config: { access: 'public' },
      schema: { tags: ['clock'], summary: '节假日与调休日（公开，分页）Holidays and make-up workdays of a year, page by page', params: YearParams, querystring: CalendarDaysQuery, response: { 200: Page(CalendarDay), 400: ErrorBody } },
    },
    async (req) => calendarDays(deps, req.params.year, req.query),
  );
  registerListExport<Query, Row>(app, {
    url: '/api/v1/calendar/:year/days',
    access: 'public',
    tags: ['clock'],
    summary: "节假日与调休日导出 Excel Export a year's holidays and make-up workdays (the filter's rows) to Excel",
    querystring: CalendarDaysQuery,
    params: YearParams,
    title: zhEn('节假日与调休', 'Holidays and make-up workdays'),
    columns: CALENDAR_DAY_EXPORT_COLUMNS,
    load: (req, page) => calendarDays(deps, (req.params as Static<typeof YearParams>).year, { ...req.query, ...page }),
  });
}
