// 延长审限审批: the applications waiting for this court's president (own cases, or a lower court's application referred
// up), sorted by an allow-listed column, filtered by who approves, and exported to Excel with the list's own query.
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import { type PENDING_EXTENSION_SORT_COLUMNS, type PendingExtension, PendingExtensionQuery } from '../../../contracts/clock';
import type { PeriodLength } from '../../../domain/clock/periodArithmetic';
import { lengthText } from '../../../domain/clock/trace';
import type { Actor } from '../../access/actor';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { registerListExport, zhEn, type ExportColumn } from '../../lists/excelExport';
import { orderBy, type SortColumns } from '../../lists/sorting';

type Row = Static<typeof PendingExtension>;
type Query = Static<typeof PendingExtensionQuery>;

const SORTS: SortColumns<(typeof PENDING_EXTENSION_SORT_COLUMNS)[number]> = {
  dueOnWhenRequested: sql`e.due_on_when_requested`,
  requestedOn: sql`e.requested_on`,
  caseNumber: [sql`k.number_year`, sql`k.number_serial`],
  courtName: sql`ct.code`,
  seq: sql`e.seq`,
  approver: sql`(case e.approver when 'president' then 0 when 'higherCourt' then 1 when 'highCourt' then 2 else 3 end)`,
};

export async function pendingExtensions(deps: Deps, actor: Actor, query: Query) {
  const where: SQL[] = [sql`e.status = 'pending'`, sql`e.deciding_court_id = ${actor.courtId}`];
  if (query.approver) where.push(sql`e.approver = ${query.approver}`);
  const cond = sql.join(where, sql` and `);
  return pageOf<Record<string, any>, Row>(
    deps.db,
    query,
    sql`select e.*, k.case_number, ct.name as court_name, dct.name as deciding_name, rq.display_name as requested_name
          from trial_limit_extensions e join cases k on k.id = e.case_id join courts ct on ct.id = k.court_id
          join courts dct on dct.id = e.deciding_court_id join users rq on rq.id = e.requested_by
         where ${cond} order by ${orderBy(SORTS, query.sort, 'dueOnWhenRequested', sql`e.id`)}`,
    sql`select count(*) as n from trial_limit_extensions e where ${cond}`,
    (e) => ({
      id: Number(e.id),
      seq: e.seq,
      length: e.length,
      approver: e.approver,
      decidingCourtName: e.deciding_name,
      reason: e.reason,
      requestedBy: e.requested_name,
      requestedOn: e.requested_on,
      status: e.status,
      decidedBy: null,
      decidedOn: null,
      decisionNote: null,
      caseId: Number(e.case_id),
      caseNumber: e.case_number,
      courtName: e.court_name,
      dueOnWhenRequested: e.due_on_when_requested,
    }),
  );
}

const APPROVERS: Record<string, { 'zh-CN': string; en: string }> = {
  president: zhEn('本院院长', 'The court president'),
  higherCourt: zhEn('上级法院', 'The higher court'),
  highCourt: zhEn('高级人民法院', 'The high court'),
  supremeCourt: zhEn('最高人民法院', "The Supreme People's Court"),
};

export const PENDING_EXTENSION_EXPORT_COLUMNS: readonly ExportColumn<Row>[] = [
  { header: zhEn('案号', 'Case number'), width: 26, value: (r) => r.caseNumber },
  { header: zhEn('承办法院', 'Court of the case'), width: 28, value: (r) => r.courtName },
  { header: zhEn('申请次序', 'Application'), width: 10, value: (r) => r.seq },
  { header: zhEn('延长期限', 'Extension'), width: 12, value: (r, lang) => lengthText(r.length as PeriodLength)[lang] },
  { header: zhEn('申请理由', 'Reason'), width: 40, value: (r) => r.reason },
  { header: zhEn('申请人', 'Requested by'), width: 12, value: (r) => r.requestedBy },
  { header: zhEn('申请日期', 'Requested on'), width: 12, value: (r) => r.requestedOn },
  { header: zhEn('申请时审限届满日', 'Limit due when requested'), width: 18, value: (r) => r.dueOnWhenRequested },
  { header: zhEn('审批机关', 'Approver'), width: 16, value: (r, lang) => APPROVERS[r.approver]?.[lang] ?? r.approver },
];

export function pendingExtensionsExportRoute(app: App, deps: Deps) {
  registerListExport<Query, Row>(app, {
    url: '/api/v1/extensions/pending',
    access: ['president'],
    tags: ['clock'],
    summary: "待审批延长审限申请导出 Excel Export the extensions awaiting my court (the filter's rows) to Excel",
    querystring: PendingExtensionQuery,
    title: zhEn('延长审限审批', 'Extensions awaiting approval'),
    columns: PENDING_EXTENSION_EXPORT_COLUMNS,
    load: (req, page) => pendingExtensions(deps, requireActor(req), { ...req.query, ...page }),
  });
}
