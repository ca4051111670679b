// Reading a bank statement export: find the header row among the bank's preamble, map its columns, and turn each
// credit into a receipt line. Rows that cannot be read are reported with their row number, never silently dropped.
import type { PlainDate } from '../calendar/plainDate';
import { refuse } from '../errors/domainError';
import { dateFromText, fenFromText } from './moneyText';

export type StatementField = 'bankRef' | 'date' | 'amount' | 'credit' | 'debit' | 'payerName' | 'payerAccount' | 'memo';

/** Header names by field: our documented layout first, then the names common bank exports use. */
export const STATEMENT_HEADERS: Readonly<Record<StatementField, readonly string[]>> = {
  bankRef: ['bank_ref', '流水号', '交易流水号', '银行流水号', '交易流水', '凭证号', '交易参考号', '流水编号'],
  date: ['date', '交易日期', '日期', '记账日期', '入账日期', '交易时间'],
  amount: ['amount', '金额', '交易金额', '发生额'],
  credit: ['credit', '贷方金额', '贷方发生额', '收入金额', '收入', '存入金额'],
  debit: ['debit', '借方金额', '借方发生额', '支出金额', '支出', '支取金额'],
  payerName: ['payer_name', '对方户名', '对方账户名称', '付款人名称', '付款人', '对方名称'],
  payerAccount: ['payer_account', '对方账号', '对方账户', '付款人账号', '对方卡号'],
  memo: ['memo', '附言', '摘要', '用途', '备注', '交易附言'],
};

export interface ReceiptLine {
  /** 1-based row number in the file. */
  row: number;
  bankRef: string;
  date: PlainDate;
  amountFen: number;
  payerName: string;
  payerAccount: string;
  memo: string;
}

export interface SkippedRow {
  row: number;
  reason: 'debit' | 'zero' | 'badDate' | 'badAmount' | 'noReference' | 'duplicateInFile';
  text: string;
}

export interface ParsedStatement {
  lines: ReceiptLine[];
  skipped: SkippedRow[];
  columns: Partial<Record<StatementField, string>>;
}

// The payer writes the memo (and often the name): embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) would make it read on screen as something else, e.g. another case number (issue 14, defect 8).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
const clean = (s: string | undefined) => (s ?? '').replace(BIDI_CONTROLS, '').normalize('NFKC').replace(/^\uFEFF/, '').trim();
// Names and memos are kept as the payer wrote them (full-width brackets of a 案号 included), bidi controls aside.
const asWritten = (s: string | undefined) => (s ?? '').replace(BIDI_CONTROLS, '').replace(/^\uFEFF/, '').replace(/\u3000/g, ' ').trim();
const headerKey = (s: string) => clean(s).toLowerCase().replace(/[\s()（）:：*]/g, '');

function mapColumns(row: readonly string[]): Partial<Record<StatementField, number>> {
  const keys = row.map(headerKey);
  const out: Partial<Record<StatementField, number>> = {};
  for (const [field, names] of Object.entries(STATEMENT_HEADERS) as [StatementField, readonly string[]][]) {
    const i = keys.findIndex((k) => names.some((n) => headerKey(n) === k));
    if (i >= 0) out[field] = i;
  }
  return out;
}

const usable = (c: Partial<Record<StatementField, number>>) => c.date !== undefined && (c.amount !== undefined || c.credit !== undefined);

function refuseLayout(): never {
  refuse(
    'STATEMENT_COLUMNS_UNKNOWN',
    'invalid',
    '找不到表头：流水需有"交易日期"和"金额"（或"贷方金额/收入金额"）列，以及"流水号"、"对方户名"、"对方账号"、"附言/摘要"列。',
    'No header row found: the statement needs a date and an amount (or credit) column, plus reference, payer name, payer account and memo columns.',
  );
}

/** `rows` are the file's records (already decoded and split by a CSV reader). */
export function readStatement(rows: readonly (readonly string[])[]): ParsedStatement {
  // Banks put their name, the account and the period above the header: the first row naming the needed columns wins.
  const headerAt = rows.slice(0, 30).findIndex((r) => usable(mapColumns(r)));
  if (headerAt < 0) refuseLayout();
  const c = mapColumns(rows[headerAt]!);
  if (c.bankRef === undefined) {
    refuse('STATEMENT_NO_REFERENCE', 'invalid', '流水缺少"流水号"列：没有银行流水号就无法防止同一笔款项重复入账。', 'The statement has no bank reference column: without it a payment could be posted twice.');
  }
  const cell = (r: readonly string[], f: StatementField) => (c[f] === undefined ? '' : clean(r[c[f]!]));
  const written = (r: readonly string[], f: StatementField) => (c[f] === undefined ? '' : asWritten(r[c[f]!]));
  const lines: ReceiptLine[] = [];
  const skipped: SkippedRow[] = [];
  const seen = new Set<string>();
  rows.slice(headerAt + 1).forEach((r, i) => {
    const row = headerAt + 2 + i;
    if (r.every((x) => !clean(x))) return;
    const text = r.map(clean).join(' | ');
    // Totals and footers ("合计", "本页小计") carry no date: they are not transactions.
    const dateText = cell(r, 'date');
    if (!dateText || (/合计|小计|总计|total/i.test(text) && !dateFromText(dateText))) return;
    const date = dateFromText(dateText);
    if (!date) return void skipped.push({ row, reason: 'badDate', text });
    let amount: number | null;
    if (c.credit !== undefined) {
      const credit = cell(r, 'credit');
      const debit = cell(r, 'debit');
      const creditFen = credit ? fenFromText(credit) : 0;
      if (creditFen !== 0) amount = creditFen;
      else if (debit) {
        const d = fenFromText(debit);
        amount = d === null ? null : d === 0 ? 0 : -Math.abs(d);
      } else amount = 0;
    } else {
      amount = fenFromText(cell(r, 'amount'));
    }
    if (amount === null) return void skipped.push({ row, reason: 'badAmount', text });
    if (amount < 0) return void skipped.push({ row, reason: 'debit', text });
    if (amount === 0) return void skipped.push({ row, reason: 'zero', text });
    const bankRef = cell(r, 'bankRef');
    if (!bankRef) return void skipped.push({ row, reason: 'noReference', text });
    if (seen.has(bankRef)) return void skipped.push({ row, reason: 'duplicateInFile', text });
    seen.add(bankRef);
    lines.push({ row, bankRef, date, amountFen: amount, payerName: written(r, 'payerName'), payerAccount: cell(r, 'payerAccount').replace(/\s/g, ''), memo: written(r, 'memo') });
  });
  const columns = Object.fromEntries(Object.entries(c).map(([f, i]) => [f, clean(rows[headerAt]![i!])])) as Partial<Record<StatementField, string>>;
  return { lines, skipped, columns };
}
