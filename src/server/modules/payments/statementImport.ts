// Importing a bank statement: decode (UTF-8 or the GBK/GB18030 most bank exports use), read, match each credit to a
// case, preview. Posting (statementPosting.ts, a background job) decides every line again with `decideLines`.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { StatementPreview } from '../../../contracts/payments';
import { readStatement, type ParsedStatement, type ReceiptLine } from '../../../domain/payments/bankStatement';
import { fenToYuanText } from '../../../domain/payments/moneyText';
import { decideReceipt, fundAccountOf, receiptReferences, type CandidateCase, type FundAccount, type ReceiptDecision } from '../../../domain/payments/receiptMatch';
import type { Tx } from '../../db/database';
import { bankStatements } from '../../db/schema';
import { AppError } from '../../http/appError';
import { loadPaymentSettings } from './feeSettings';

export const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;
const CLOSED_NODES = ['closed', 'archived', 'rejected', 'withdrawn'];

/** UTF-8 when the bytes are valid UTF-8 (with or without BOM), else GB18030 (a superset of GBK). */
export function decodeStatement(bytes: Buffer): { text: string; encoding: 'utf-8' | 'gb18030' } {
  if (bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004' || bytes.subarray(0, 8).toString('hex') === 'd0cf11e0a1b11ae1') {
    throw new AppError(415, 'STATEMENT_NOT_CSV', '这是 Excel 文件：请在网银中导出 CSV 格式的流水，或在 Excel 中"另存为 CSV"。', 'This is an Excel file: export the statement as CSV from online banking, or save it as CSV in Excel.');
  }
  if (bytes.includes(0)) throw new AppError(415, 'STATEMENT_NOT_TEXT', '文件不是文本格式的流水（CSV）。', 'The file is not a text (CSV) statement.');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

export function readStatementText(text: string): ParsedStatement {
  let rows: string[][];
  try {
    rows = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true, delimiter: text.split('\n', 1)[0]!.includes('\t') ? '\t' : ',' });
  } catch (e) {
    throw new AppError(422, 'STATEMENT_UNREADABLE', `流水文件无法解析：${(e as Error).message}`, `The statement cannot be read: ${(e as Error).message}`);
  }
  return readStatement(rows);
}

/** The cases the lines name, in one query for the whole statement. */
async function candidatesFor(tx: Tx, lines: readonly ReceiptLine[], prefix: string, account: FundAccount) {
  const refs = lines.map((l) => receiptReferences(l.memo, prefix));
  const ids = [...new Set(refs.flatMap((r) => r.caseIds))];
  const numbers = [...new Set(refs.flatMap((r) => r.caseNumbers))];
  const found = ids.length || numbers.length
    ? await tx.execute<{ id: string; court_id: number; case_number: string | null; node: string; case_type: string }>(sql`
        select id, court_id, case_number, node, case_type from cases
         where id = any(${sql.param(ids)}::bigint[]) or case_number = any(${sql.param(numbers)}::text[])`)
    : { rows: [] };
  const cases: CandidateCase[] = found.rows.map((c) => ({ id: Number(c.id), courtId: c.court_id, caseNumber: c.case_number, open: !CLOSED_NODES.includes(c.node), sameAccount: fundAccountOf(c.case_type) === account }));
  return { refs, cases, numberOf: new Map(cases.map((c) => [c.id, c.caseNumber])) };
}

export interface Decided {
  line: ReceiptLine;
  decision: ReceiptDecision | { outcome: 'duplicate'; caseId: null; reason: 'alreadyImported' };
}

/**
 * Decides each line against the database: a bank reference another statement already brought in is a duplicate;
 * lines this statement itself already wrote (a posting resumed from the start) are returned apart, with their status.
 */
export async function decideLines(tx: Tx, courtId: number, lines: readonly ReceiptLine[], statementId: number | null, account: FundAccount) {
  const { accountPrefix } = await loadPaymentSettings(tx);
  const { refs, cases, numberOf } = await candidatesFor(tx, lines, accountPrefix, account);
  const known = await tx.execute<{ bank_ref: string; statement_id: string; status: string; amount_fen: string }>(sql`
    select bank_ref, statement_id, status, amount_fen from receipts where court_id = ${courtId} and bank_ref = any(${sql.param(lines.map((l) => l.bankRef))}::text[])`);
  const imported = new Map(known.rows.map((r) => [r.bank_ref, r]));
  const decided: Decided[] = [];
  const own: { status: string; amountFen: number }[] = [];
  lines.forEach((line, i) => {
    const k = imported.get(line.bankRef);
    if (k && statementId !== null && Number(k.statement_id) === statementId) own.push({ status: k.status, amountFen: Number(k.amount_fen) });
    else decided.push({ line, decision: k ? { outcome: 'duplicate', caseId: null, reason: 'alreadyImported' } : decideReceipt(refs[i]!, cases, courtId) });
  });
  return { decided, own, numberOf };
}

function present(id: number, fileName: string, encoding: string, status: string, account: FundAccount, parsed: ParsedStatement, decided: Decided[], numberOf: Map<number, string | null>): StatementPreview {
  const count = (o: string) => decided.filter((d) => d.decision.outcome === o).length;
  return {
    id,
    fileName,
    encoding,
    status,
    account,
    columns: parsed.columns as Record<string, string>,
    lines: decided.map(({ line, decision }) => ({
      row: line.row,
      bankRef: line.bankRef,
      date: line.date,
      amount: fenToYuanText(line.amountFen),
      payerName: line.payerName,
      payerAccount: line.payerAccount,
      memo: line.memo,
      outcome: decision.outcome,
      reason: decision.outcome === 'post' ? decision.via : decision.reason,
      caseId: decision.caseId,
      caseNumber: decision.caseId === null ? null : (numberOf.get(decision.caseId) ?? null),
    })),
    skipped: parsed.skipped,
    totals: {
      post: count('post'),
      unidentified: count('unidentified'),
      duplicate: count('duplicate'),
      skipped: parsed.skipped.length,
      amountToPost: fenToYuanText(decided.filter((d) => d.decision.outcome === 'post').reduce((s, d) => s + d.line.amountFen, 0)),
    },
  };
}

export async function previewStatement(tx: Tx, actor: { userId: number; courtId: number }, fileName: string, bytes: Buffer, account: FundAccount): Promise<StatementPreview> {
  const { text, encoding } = decodeStatement(bytes);
  const parsed = readStatementText(text);
  if (!parsed.lines.length) {
    throw new AppError(422, 'STATEMENT_EMPTY', '流水中没有可入账的收入记录。', 'The statement has no credits to post.', { skipped: parsed.skipped.length });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const row = await tx
    .insert(bankStatements)
    .values({ courtId: actor.courtId, fileName, sha256, encoding, status: 'preview', account, parsed: parsed as unknown as Record<string, unknown>, uploadedBy: actor.userId })
    .returning({ id: bankStatements.id });
  const { decided, numberOf } = await decideLines(tx, actor.courtId, parsed.lines, null, account);
  return present(row[0]!.id, fileName, encoding, 'preview', account, parsed, decided, numberOf);
}
