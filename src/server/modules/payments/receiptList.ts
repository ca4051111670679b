// 到账记录 of a court as a list: filtered by status, text and date, sorted by an allow-listed column, exported to Excel.
import { sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import { type RECEIPT_SORT_COLUMNS, type Receipt, ReceiptQuery } from '../../../contracts/payments';
import { fenToYuanText } from '../../../domain/payments/moneyText';
import type { Queryable } from '../../db/database';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { registerListExport, zhEn, type ExportColumn } from '../../lists/excelExport';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';

type ReceiptRow = Static<typeof Receipt>;
type Query = Static<typeof ReceiptQuery>;

const SORTS: SortColumns<(typeof RECEIPT_SORT_COLUMNS)[number]> = {
  receivedOn: sql`r.received_on`,
  bankRef: sql`r.bank_ref`,
  amount: sql`r.amount_fen`,
  payerName: sql`r.payer_name`,
  status: sql`r.status`,
  caseNumber: [sql`k.number_year`, sql`k.number_serial`],
};

export async function listReceipts(q: Queryable, courtId: number, query: Query) {
  const conds: SQL[] = [sql`r.court_id = ${courtId}`];
  if (query.status) conds.push(sql`r.status = ${query.status}`);
  if (query.account) conds.push(sql`r.account = ${query.account}`);
  if (query.q?.trim()) {
    const like = containsPattern(query.q);
    conds.push(sql`(r.payer_name like ${like} or r.bank_ref like ${like} or r.memo like ${like})`);
  }
  if (query.receivedFrom) conds.push(sql`r.received_on >= ${query.receivedFrom}::date`);
  if (query.receivedTo) conds.push(sql`r.received_on <= ${query.receivedTo}::date`);
  const cond = sql.join(conds, sql` and `);
  return pageOf<Record<string, any>, ReceiptRow>(
    q,
    query,
    sql`select r.*, r.claim_due_on::text as claim_due, k.case_number from receipts r left join cases k on k.id = r.case_id where ${cond} order by ${orderBy(SORTS, query.sort, '-receivedOn', sql`r.id`)}`,
    sql`select count(*) as n from receipts r where ${cond}`,
    (r) => ({
      id: Number(r.id),
      bankRef: r.bank_ref,
      receivedOn: r.received_on,
      amount: fenToYuanText(Number(r.amount_fen)),
      payerName: r.payer_name,
      payerAccount: r.payer_account,
      memo: r.memo,
      account: r.account,
      status: r.status,
      match: r.match,
      claimDueOn: r.claim_due,
      caseId: r.case_id === null ? null : Number(r.case_id),
      caseNumber: r.case_number,
      claimReason: r.claim_reason,
    }),
  );
}

const ACCOUNT_LABELS: Record<string, { 'zh-CN': string; en: string }> = { fees: zhEn('诉讼费', 'Fees'), execution: zhEn('执行案款', 'Execution funds') };

const STATUS_LABELS: Record<string, { 'zh-CN': string; en: string }> = {
  unidentified: zhEn('不明款', 'Unidentified'),
  posted: zhEn('已入账', 'Posted'),
  claimed: zhEn('已认领', 'Claimed'),
};

export const RECEIPT_EXPORT_COLUMNS: readonly ExportColumn<ReceiptRow>[] = [
  { header: zhEn('日期', 'Date'), width: 12, value: (r) => r.receivedOn },
  { header: zhEn('流水号', 'Reference'), width: 22, value: (r) => r.bankRef },
  // A number in the sheet, so it sums; the API's yuan text is exact to the fen.
  { header: zhEn('金额（元）', 'Amount (yuan)'), width: 14, value: (r) => Number(r.amount) },
  { header: zhEn('付款人', 'Payer'), width: 24, value: (r) => r.payerName },
  { header: zhEn('付款账号', 'Payer account'), width: 24, value: (r) => r.payerAccount },
  { header: zhEn('附言', 'Memo'), width: 36, value: (r) => r.memo },
  { header: zhEn('账户', 'Account'), width: 10, value: (r, lang) => ACCOUNT_LABELS[r.account]?.[lang] ?? r.account },
  { header: zhEn('状态', 'Status'), width: 10, value: (r, lang) => STATUS_LABELS[r.status]?.[lang] ?? r.status },
  { header: zhEn('认领期限', 'Claim by'), width: 12, value: (r) => r.claimDueOn },
  { header: zhEn('案号', 'Case number'), width: 26, value: (r) => r.caseNumber },
];

export function receiptExportRoute(app: App, deps: Deps, courtOf: (actor: { courtId: number | null }) => number) {
  registerListExport<Query, ReceiptRow>(app, {
    url: '/api/v1/finance/receipts',
    access: ['finance'],
    tags: ['payments'],
    summary: '到账记录导出 Excel Export the receipts (the filter\'s rows) to Excel',
    querystring: ReceiptQuery,
    title: zhEn('到账记录', 'Receipts'),
    columns: RECEIPT_EXPORT_COLUMNS,
    load: (req, page) => listReceipts(deps.db, courtOf(requireActor(req)), { ...req.query, ...page }),
  });
}
