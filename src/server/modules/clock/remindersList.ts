// 我的提醒: the sweep's reminders to the user, unread and newest first unless sorted by an allow-listed column,
// filtered by read state and alert level, and exported to Excel with the list's own query.
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import { type Reminder, type REMINDER_SORT_COLUMNS, ReminderQuery } from '../../../contracts/clock';
import type { Actor } from '../../access/actor';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { registerListExport, zhEn, type ExportColumn } from '../../lists/excelExport';
import { orderBy, type SortColumns } from '../../lists/sorting';
import { periodLabel } from './periodLabels';

type Row = Static<typeof Reminder>;
type Query = Static<typeof ReminderQuery>;

const SORTS: SortColumns<(typeof REMINDER_SORT_COLUMNS)[number]> = {
  createdAt: sql`r.created_at`,
  dueOn: sql`r.due_on`,
  caseNumber: [sql`k.number_year`, sql`k.number_serial`],
  periodKind: sql`p.kind`,
  level: sql`(case r.level when 'overdue' then 3 when 'red' then 2 when 'yellow' then 1 else 0 end)`,
};

export async function reminders(deps: Deps, actor: Actor, query: Query) {
  const where: SQL[] = [sql`r.user_id = ${actor.userId}`];
  if (query.unreadOnly) where.push(sql`r.read_at is null`);
  if (query.level) where.push(sql`r.level = ${query.level}`);
  const cond = sql.join(where, sql` and `);
  const order = query.sort ? orderBy(SORTS, query.sort, '-createdAt', sql`r.id`) : sql`r.read_at is not null, r.created_at desc, r.id desc`;
  return pageOf<Record<string, any>, Row>(
    deps.db,
    query,
    sql`select r.*, p.kind, k.case_number from period_reminders r join case_periods p on p.id = r.period_id join cases k on k.id = r.case_id
         where ${cond} order by ${order}`,
    sql`select count(*) as n from period_reminders r where ${cond}`,
    (r) => ({ id: Number(r.id), caseId: Number(r.case_id), caseNumber: r.case_number, periodKind: r.kind, label: periodLabel(r.kind), level: r.level, dueOn: r.due_on, createdAt: new Date(r.created_at).toISOString(), read: r.read_at !== null }),
  );
}

const LEVELS: Record<string, { 'zh-CN': string; en: string }> = {
  yellow: zhEn('临近届满', 'Approaching'),
  red: zhEn('即将届满', 'Due soon'),
  overdue: zhEn('已超期', 'Overdue'),
};

/** An instant as the court reads it: 2026-03-02 09:30 in the court's time zone. */
function courtTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function reminderExportColumns(timeZone: string): readonly ExportColumn<Row>[] {
  return [
    { header: zhEn('案号', 'Case number'), width: 26, value: (r) => r.caseNumber },
    { header: zhEn('期限', 'Period'), width: 24, value: (r, lang) => r.label[lang] },
    { header: zhEn('期限预警', 'Alert'), width: 12, value: (r, lang) => LEVELS[r.level]?.[lang] ?? r.level },
    { header: zhEn('届满日', 'Due'), width: 12, value: (r) => r.dueOn },
    { header: zhEn('提醒时间', 'Reminded at'), width: 18, value: (r) => courtTime(r.createdAt, timeZone) },
    { header: zhEn('状态', 'State'), width: 8, value: (r, lang) => (r.read ? zhEn('已读', 'Read') : zhEn('未读', 'Unread'))[lang] },
  ];
}

export function remindersExportRoute(app: App, deps: Deps) {
  registerListExport<Query, Row>(app, {
    url: '/api/v1/reminders',
    access: 'authenticated',
    tags: ['clock'],
    summary: "我的期限提醒导出 Excel Export my period reminders (the filter's rows) to Excel",
    querystring: ReminderQuery,
    title: zhEn('我的提醒', 'My reminders'),
    columns: reminderExportColumns(deps.config.timeZone),
    load: (req, page) => reminders(deps, requireActor(req), { ...req.query, ...page }),
  });
}
