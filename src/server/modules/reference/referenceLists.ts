// The reference lists an administrator works with — causes of action (案由) and case-type codes (案件类型代字) — sorted by
// an allow-listed column, filtered in their columns and exported to Excel with the list's own query.
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import { type CASE_TYPE_CODE_SORT_COLUMNS, type CAUSE_SORT_COLUMNS, type Cause, type CaseTypeCode, CaseTypeCodeQuery, CauseQuery } from '../../../contracts/reference';
import type { Deps } from '../../deps';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { registerListExport, zhEn, type ExportColumn } from '../../lists/excelExport';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';

type CauseQueryT = Static<typeof CauseQuery>;
type CodeQueryT = Static<typeof CaseTypeCodeQuery>;
type CodeRow = Static<typeof CaseTypeCode>;

export const CAUSE_COLUMNS = sql`id, edition, key, name, level, parent_id as "parentId", number, path, is_active as "isActive"`;
const CODE_COLUMNS = sql`code, name, type_code as "typeCode", category, kind, is_active as "isActive"`;

const CAUSE_SORTS: SortColumns<(typeof CAUSE_SORT_COLUMNS)[number]> = {
  name: sql`name`,
  path: sql`path`,
  level: sql`level`,
  number: sql`number`,
  edition: sql`edition`,
  isActive: sql`is_active`,
};

export async function causes(deps: Deps, q: CauseQueryT) {
  const where: SQL[] = [sql`true`];
  if (q.isActive !== undefined) where.push(sql`is_active = ${q.isActive}`);
  else if (!q.includeInactive) where.push(sql`is_active`);
  if (q.parentId) where.push(sql`parent_id = ${q.parentId}`);
  if (q.level) where.push(sql`level = ${q.level}`);
  if (q.q?.trim()) where.push(sql`name like ${containsPattern(q.q)}`);
  const cond = sql.join(where, sql` and `);
  // Unsorted, exact and shorter names first: typing 民间借贷 should offer 民间借贷纠纷 before longer causes containing it.
  const order = q.sort ? orderBy(CAUSE_SORTS, q.sort, 'name', sql`sort_order`) : sql`char_length(name), sort_order`;
  return pageOf<Cause, Cause>(deps.db, q, sql`select ${CAUSE_COLUMNS} from causes where ${cond} order by ${order}`, sql`select count(*) as n from causes where ${cond}`, (r) => r);
}

const CODE_SORTS: SortColumns<(typeof CASE_TYPE_CODE_SORT_COLUMNS)[number]> = {
  code: sql`code`,
  name: sql`name`,
  typeCode: sql`type_code`,
  category: sql`category`,
  kind: sql`kind`,
  isActive: sql`is_active`,
};

export async function caseTypeCodes(deps: Deps, q: CodeQueryT) {
  const like = containsPattern(q.q ?? '');
  const where: SQL[] = [sql`(name like ${like} or coalesce(type_code, '') like ${like} or code like ${like})`];
  if (q.isActive !== undefined) where.push(sql`is_active = ${q.isActive}`);
  if (q.hasTypeCode !== undefined) where.push(q.hasTypeCode ? sql`type_code is not null` : sql`type_code is null`);
  const cond = sql.join(where, sql` and `);
  return pageOf<CodeRow, CodeRow>(
    deps.db,
    q,
    sql`select ${CODE_COLUMNS} from case_type_codes where ${cond} order by ${orderBy(CODE_SORTS, q.sort, 'code', sql`code`)}`,
    sql`select count(*) as n from case_type_codes where ${cond}`,
    (r) => r,
  );
}

const activeText = (v: boolean, lang: 'zh-CN' | 'en') => (v ? zhEn('启用', 'Active') : zhEn('停用', 'Retired'))[lang];

export const CAUSE_EXPORT_COLUMNS: readonly ExportColumn<Cause>[] = [
  { header: zhEn('案由', 'Cause of action'), width: 30, value: (r) => r.name },
  { header: zhEn('所属层级路径', 'Path'), width: 60, value: (r) => r.path },
  { header: zhEn('级别', 'Level'), width: 8, value: (r) => r.level },
  { header: zhEn('编号', 'Number'), width: 8, value: (r) => r.number },
  { header: zhEn('版本', 'Edition'), width: 10, value: (r) => r.edition },
  { header: zhEn('状态', 'State'), width: 8, value: (r, lang) => activeText(r.isActive, lang) },
];

export const CASE_TYPE_CODE_EXPORT_COLUMNS: readonly ExportColumn<CodeRow>[] = [
  { header: zhEn('类型代码', 'Code'), width: 10, value: (r) => r.code },
  { header: zhEn('案件类型', 'Case type'), width: 36, value: (r) => r.name },
  { header: zhEn('类型代字', 'Type characters'), width: 12, value: (r) => r.typeCode },
  { header: zhEn('案件类别', 'Category'), width: 18, value: (r) => r.category },
  { header: zhEn('性质', 'Kind'), width: 14, value: (r) => r.kind },
  { header: zhEn('状态', 'State'), width: 8, value: (r, lang) => activeText(r.isActive, lang) },
];

export function referenceExportRoutes(app: App, deps: Deps) {
  registerListExport<CauseQueryT, Cause>(app, {
    url: '/api/v1/causes',
    access: 'authenticated',
    tags: ['reference'],
    summary: "案由导出 Excel Export the causes of action (the filter's rows) to Excel",
    querystring: CauseQuery,
    title: zhEn('案由', 'Causes of action'),
    columns: CAUSE_EXPORT_COLUMNS,
    load: (req, page) => causes(deps, { ...req.query, ...page }),
  });
  registerListExport<CodeQueryT, CodeRow>(app, {
    url: '/api/v1/case-type-codes',
    access: 'authenticated',
    tags: ['reference'],
    summary: "案件类型代字导出 Excel Export the case-type codes (the filter's rows) to Excel",
    querystring: CaseTypeCodeQuery,
    title: zhEn('案件类型代字', 'Case-type codes'),
    columns: CASE_TYPE_CODE_EXPORT_COLUMNS,
    load: (req, page) => caseTypeCodes(deps, { ...req.query, ...page }),
  });
}
