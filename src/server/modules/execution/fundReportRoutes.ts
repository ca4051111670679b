// 一日三通报 over HTTP: the list of reports, one report (a judge sees the rows of their own cases), its Excel workbook
// (three sheets), and building the current report time's report now (finance; the scheduler builds it on its own).
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { ErrorBody, IdParams, Page, PageQuery } from '../../../contracts/common';
import { FundReport, FundReportSummary, type FundReportContent } from '../../../contracts/executionFunds';
import { latestReportSlot } from '../../../domain/execution/dailyReports';
import type { Actor } from '../../access/actor';
import type { Queryable } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import { requestLanguage } from '../../http/language';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { XLSX_MIME, workbookOfSheets, zhEn, type ExportColumn } from '../../lists/excelExport';
import { ensureFundReport, localNow, presentFundReport } from './fundReports';
import { loadExecutionFundSettings } from './fundSettings';
import { FUND_REPORT_READERS, seesWholeFundReport } from './fundReportAccess';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const READERS = FUND_REPORT_READERS;
const ReportQuery = Type.Object({ ...PageQuery }, { additionalProperties: false });

function courtOf(actor: Actor): number {
  if (actor.courtId === null) throw new AppError(403, 'COURT_REQUIRED', '您的账号未关联法院。', 'Your account belongs to no court.');
  return actor.courtId;
}

/** Finance, the president and the 执行局长 see the whole report; anyone else (a judge) the rows of their own cases. */
const ownJudgeOf = async (q: Queryable, actor: Actor) => ((await seesWholeFundReport(q, actor)) ? null : actor.userId);

const SLOT = (tz: string) => sql`to_char(slot_at at time zone ${tz}, 'YYYY-MM-DD HH24:MI') as slot, to_char(since at time zone ${tz}, 'YYYY-MM-DD HH24:MI') as since`;

async function loadReport(deps: Deps, actor: Actor, id: number): Promise<FundReport> {
  const own = await ownJudgeOf(deps.db, actor);
  // An officer's rows are picked in the database: a court's report may list a hundred thousand cases (docs/performance.md).
  const mine = (list: string) => sql`jsonb_path_query_array(content->${list}, '$[*] ? (@.judgeId == $j)', jsonb_build_object('j', ${own}::int))`;
  const content = own === null ? sql`content` : sql`jsonb_build_object('unclaimed', '[]'::jsonb, 'held', ${mine('held')}, 'paid', ${mine('paid')}, 'totals', content->'totals')`;
  const r = await deps.db.execute<{ id: string; court_id: number; slot: string; since: string; content: FundReportContent }>(sql`
    select id, court_id, ${SLOT(deps.config.timeZone)}, ${content} as content from execution_fund_reports where id = ${id} and court_id = ${courtOf(actor)}`);
  const row = r.rows[0];
  if (!row) throw new AppError(404, 'FUND_REPORT_NOT_FOUND', '通报不存在。', 'No such report.');
  return presentFundReport({ ...row, id: Number(row.id) }, own);
}

type Sheets = { unclaimed: FundReport['unclaimed'][number]; held: FundReport['held'][number]; paid: FundReport['paid'][number] };
const UNCLAIMED: readonly ExportColumn<Sheets['unclaimed']>[] = [
  { header: zhEn('到账日期', 'Received on'), width: 12, value: (r) => r.receivedOn },
  { header: zhEn('流水号', 'Reference'), width: 22, value: (r) => r.bankRef },
  { header: zhEn('金额（元）', 'Amount (yuan)'), width: 14, value: (r) => Number(r.amount) },
  { header: zhEn('付款人', 'Payer'), width: 22, value: (r) => r.payerName },
  { header: zhEn('附言', 'Memo'), width: 30, value: (r) => r.memo },
  { header: zhEn('认领期限', 'Claim by'), width: 12, value: (r) => r.claimDueOn },
  { header: zhEn('是否超期', 'Overdue'), width: 10, value: (r, lang) => (r.overdue ? (lang === 'en' ? 'yes' : '超期') : '') },
];
const HELD: readonly ExportColumn<Sheets['held']>[] = [
  { header: zhEn('案号', 'Case number'), width: 26, value: (r) => r.caseNumber },
  { header: zhEn('承办人', 'Officer'), width: 14, value: (r) => r.judgeName },
  { header: zhEn('团队', 'Team'), width: 14, value: (r) => r.teamName },
  { header: zhEn('在账金额（元）', 'Held (yuan)'), width: 16, value: (r) => Number(r.balance) },
  { header: zhEn('最迟发放日期', 'Pay out by'), width: 14, value: (r) => r.payoutDueOn },
  { header: zhEn('状态', 'State'), width: 10, value: (r, lang) => (r.state === 'overdue' ? (lang === 'en' ? 'overdue' : '超期未发') : lang === 'en' ? 'due soon' : '临期') },
];
const PAID: readonly ExportColumn<Sheets['paid']>[] = [
  { header: zhEn('案号', 'Case number'), width: 26, value: (r) => r.caseNumber },
  { header: zhEn('承办人', 'Officer'), width: 14, value: (r) => r.judgeName },
  { header: zhEn('团队', 'Team'), width: 14, value: (r) => r.teamName },
  { header: zhEn('收款人', 'Payee'), width: 16, value: (r) => r.payeeName },
  { header: zhEn('金额（元）', 'Amount (yuan)'), width: 14, value: (r) => Number(r.amount) },
  { header: zhEn('发放日期', 'Paid on'), width: 12, value: (r) => r.paidOn },
];

export function fundReportRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/execution/fund-reports',
    { config: { access: [...READERS] }, schema: { tags: ['execution'], summary: '一日三通报列表 The fund reports of my court, newest first', querystring: ReportQuery, response: { 200: Page(FundReportSummary), ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      // Only the totals: a report's lists are large.
      return pageOf<{ id: string; slot: string; totals: FundReportContent['totals'] }, FundReportSummary>(
        deps.db,
        req.query,
        sql`select id, ${SLOT(deps.config.timeZone)}, content->'totals' as totals from execution_fund_reports where court_id = ${courtOf(actor)} order by slot_at desc`,
        sql`select count(*) as n from execution_fund_reports where court_id = ${courtOf(actor)}`,
        (r) => ({ id: Number(r.id), slot: r.slot, totals: r.totals }),
      );
    },
  );

  app.post(
    '/api/v1/execution/fund-reports',
    { config: { access: ['finance'] }, schema: { tags: ['execution'], summary: '生成本时段通报 Build (or fetch) the report of the current report time', response: { 200: FundReport, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const courtId = courtOf(actor);
      const { reportTimes } = await loadExecutionFundSettings(deps.db);
      const now = localNow(deps.clock.now(), deps.config.timeZone);
      const id = await deps.db.transaction((tx) => ensureFundReport(tx, courtId, latestReportSlot(now.date, now.time, reportTimes), deps.config.timeZone, deps.clock.today()));
      return loadReport(deps, actor, id);
    },
  );

  app.get(
    '/api/v1/execution/fund-reports/:id',
    { config: { access: [...READERS] }, schema: { tags: ['execution'], summary: '一日三通报 One report: unclaimed receipts, funds near their payout deadline, funds paid', params: IdParams, response: { 200: FundReport, ...errors } } },
    async (req) => loadReport(deps, requireActor(req), req.params.id),
  );

  app.get(
    '/api/v1/execution/fund-reports/:id/export',
    { config: { access: [...READERS] }, schema: { tags: ['execution'], summary: '一日三通报导出 Excel The report as a workbook of three sheets', params: IdParams, response: { 200: Type.Any({ description: 'the workbook (.xlsx)' }), ...errors } } },
    async (req, reply) => {
      const report = await loadReport(deps, requireActor(req), req.params.id);
      const lang = requestLanguage(req);
      const title = lang === 'en' ? `Fund report ${report.slot}` : `一日三通报 ${report.slot}`;
      const body = await workbookOfSheets(
        [
          { title: lang === 'en' ? 'Unclaimed' : '不明款', columns: UNCLAIMED, rows: report.unclaimed },
          { title: lang === 'en' ? 'Due for payout' : '临期及超期未发', columns: HELD, rows: report.held },
          { title: lang === 'en' ? 'Paid' : '已发放', columns: PAID, rows: report.paid },
        ],
        lang,
      );
      reply.header('content-type', XLSX_MIME);
      reply.header('content-disposition', `attachment; filename="report.xlsx"; filename*=UTF-8''${encodeURIComponent(`${title.replace(/[: ]/g, '-')}.xlsx`)}`);
      return reply.send(body);
    },
  );
}
