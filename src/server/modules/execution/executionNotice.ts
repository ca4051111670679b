// 发出执行通知书: the officer's first act on a case (CPL-2023 art 251). It ends the 3 days the clock gave from 分案
// (EXEC-TL [S]) and files the notices, generated from the case's data: the 执行通知书 and, for money, the 报告财产令 to
// each debtor (CPL-2023 art 252; ASSET-INV art 3); the notice to give asset clues to each applicant (ASSET-INV art 1).
import { sql } from 'drizzle-orm';
import { chineseDate, type TemplateFacts } from '../../../domain/documents/templates';
import { EXTERNAL_TITLE_RULES, plannedNotices, PROPERTY_REPORT_DAYS_DEFAULT, type ExternalTitleKind, type NoticeRecipient } from '../../../domain/execution';
import { fenToYuan } from '../../../domain/money/yuan';
import type { Tx } from '../../db/database';
import type { EffectHandler } from '../cases/effects/effectContext';
import { endPeriods } from '../clock/periodStore';
import { caseFacts, recipientFacts } from '../documents/caseFacts';
import { generateDocument, type GeneratedDocument } from '../documents/generateDocument';

const SIDES: Record<string, NoticeRecipient['side']> = { executionApplicant: 'applicant', executionDebtor: 'debtor' };

// The document of a case of ours that is executed, by how that case closed.
const TITLE_DOCUMENT: Record<string, string> = { judgment: '民事判决书', mediation: '民事调解书', ruling: '民事裁定书' };

type TitleRow = {
  amount_fen: string;
  items: { label: string; amountFen: string }[];
  delay_interest: { asOf?: string; interestOwedFen?: string };
  title_number: string | null;
  title_closing: string | null;
  ext_kind: string | null;
  ext_issuer: string | null;
  ext_number: string | null;
};

/** The title as a notice names it: “（2026）吉0102民初1号民事判决书”, or the external title's issuer, number and kind. */
export function titleDocument(t: TitleRow): string {
  if (t.ext_kind) return `${t.ext_issuer ?? ''}${t.ext_number ?? ''}${EXTERNAL_TITLE_RULES[t.ext_kind as ExternalTitleKind]?.label['zh-CN'] ?? ''}`;
  return `${t.title_number ?? ''}${TITLE_DOCUMENT[t.title_closing ?? ''] ?? '生效法律文书'}`;
}

/** What the debtor must pay: the items applied for, then the doubled interest to the day computed and onwards (CPL-2023 art 264). */
function executionItems(t: TitleRow): string {
  const lines = t.items.map((it) => `${it.label}${fenToYuan(BigInt(it.amountFen))}元`);
  const owed = BigInt(t.delay_interest.interestOwedFen ?? '0');
  if (owed > 0n && t.delay_interest.asOf) lines.push(`迟延履行期间的加倍部分债务利息（暂计至${chineseDate(t.delay_interest.asOf)}）${fenToYuan(owed)}元，此后计至实际履行之日止`);
  lines.push('负担本案申请执行费');
  return lines.map((l, i) => `${i + 1}. ${l}`).join('\n');
}

/** The title of an execution case as its documents name it (also the credit sanctions' orders and decisions). */
export async function titleDocumentOf(tx: Tx, caseId: number): Promise<string> {
  return titleDocument(await titleRow(tx, caseId));
}

export async function titleRow(tx: Tx, caseId: number): Promise<TitleRow> {
  const r = await tx.execute<TitleRow>(sql`
    select e.amount_fen::text, e.items, e.delay_interest, t.case_number as title_number, t.closing_method as title_closing,
           x.kind as ext_kind, x.issuer as ext_issuer, x.document_number as ext_number
      from execution_cases e left join cases t on t.id = e.title_case_id left join execution_external_titles x on x.case_id = e.case_id
     where e.case_id = ${caseId}`);
  return r.rows[0]!;
}

export const issueExecutionNotice: EffectHandler = async ({ tx, deps, case: c, input, actor, today, current }) => {
  await endPeriods(tx, c.id, ['executionNotice'], today, 'noticeIssued');
  const title = await titleRow(tx, c.id);
  const { parties, ...base } = await caseFacts(tx, current(), today);
  const names = (standing: string) => parties.filter((p) => p.standing === standing).map((p) => p.name).join('、') || '____';
  const reportDays = input.reportDays ?? PROPERTY_REPORT_DAYS_DEFAULT;
  const facts: TemplateFacts = { ...base, applicants: names('executionApplicant'), debtors: names('executionDebtor'), titleDocument: titleDocument(title), executionItems: executionItems(title), reportDays: String(reportDays) };
  const recipients = parties.flatMap((p): NoticeRecipient[] => (SIDES[p.standing] ? [{ partyId: p.id, side: SIDES[p.standing]! }] : []));
  const documents: GeneratedDocument[] = [];
  for (const n of plannedNotices(recipients, BigInt(title.amount_fen))) {
    const party = parties.find((p) => p.id === n.partyId)!;
    documents.push(await generateDocument(tx, deps, { case: current(), kind: n.document, facts: { ...facts, ...recipientFacts(party) }, partyId: party.id, recipientName: party.name, by: actor.userId }));
  }
  return { reportDays, propertyReportOrdered: documents.some((d) => d.kind === 'propertyReportOrder'), documents, note: input.note ?? null };
};
