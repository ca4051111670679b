// The case lists' Excel export: the same columns the lists show, headers as the web app writes them.
import type { CaseListQuery, CaseSummary } from '../../../contracts/cases';
import { CaseListQuery as CaseListQuerySchema } from '../../../contracts/cases';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { registerListExport, zhEn, type ExportColumn } from '../../lists/excelExport';
import { listCases } from './queries';

export const CASE_EXPORT_COLUMNS: readonly ExportColumn<CaseSummary>[] = [
  { header: zhEn('案号', 'Case number'), width: 26, value: (r, lang) => r.caseNumber ?? (lang === 'en' ? 'not yet numbered' : '待编号') },
  { header: zhEn('案件名称', 'Case'), width: 44, value: (r) => r.title },
  { header: zhEn('法院', 'Court'), width: 28, value: (r) => r.courtName },
  { header: zhEn('案由', 'Cause of action'), width: 24, value: (r) => r.causeName },
  { header: zhEn('当前节点', 'Stage'), width: 14, value: (r, lang) => r.nodeLabel[lang] },
  { header: zhEn('在节点天数', 'Days at stage'), width: 12, value: (r) => r.daysInNode },
  { header: zhEn('已等待天数', 'Days waiting'), width: 12, value: (r) => r.daysWaiting },
  { header: zhEn('审查期限', 'Review due'), width: 12, value: (r) => r.reviewDueOn },
  { header: zhEn('审限届满日', 'Trial limit due'), width: 12, value: (r) => r.trialLimitDueOn },
  { header: zhEn('承办法官', 'Judge in charge'), width: 12, value: (r) => r.judgeName },
  { header: zhEn('收案日期', 'Received'), width: 12, value: (r) => r.receivedOn },
  { header: zhEn('收案天数', 'Age (days)'), width: 10, value: (r) => r.ageDays },
];

export function caseExportRoute(app: App, deps: Deps) {
  registerListExport<CaseListQuery, CaseSummary>(app, {
    url: '/api/v1/cases',
    access: 'authenticated',
    tags: ['cases'],
    summary: '案件列表导出 Excel Export a case list (the filter\'s rows) to Excel',
    querystring: CaseListQuerySchema,
    title: zhEn('案件列表', 'Cases'),
    columns: CASE_EXPORT_COLUMNS,
    load: (req, page) => listCases(deps.db, requireActor(req), { ...req.query, ...page }, deps.clock.today(), deps.clock.now()),
  });
}
