// What a template may say about a case, read from the case's own rows (and the event that produced the document).
import { sql } from 'drizzle-orm';
import { PROCEDURE_LABELS, type Procedure } from '../../../domain/casetypes/caseModel';
import { STANDING_LABELS } from '../../../domain/appeal/appealStanding';
import { chineseDate, type TemplateFacts } from '../../../domain/documents/templates';
import { fenToYuanText } from '../../../domain/payments/moneyText';
import type { Tx } from '../../db/database';
import type { CaseRow } from '../cases/caseRecord';
import { loadPaymentSettings } from '../payments/feeSettings';

export interface PartyRef {
  id: number;
  name: string;
  standing: string;
}

const CLAIMANTS = new Set(['plaintiff', 'appellant', 'applicant']);

export async function caseFacts(tx: Tx, c: CaseRow, today: string): Promise<TemplateFacts & { parties: PartyRef[] }> {
  const r = await tx.execute<{ court: string; cause: string | null; parties: PartyRef[] | null }>(sql`
    select ct.name as court, (select name from causes where id = ${c.causeId}) as cause,
           (select json_agg(json_build_object('id', p.id, 'name', p.name, 'standing', p.standing) order by p.id) from case_parties p where p.case_id = ${c.id}) as parties
      from courts ct where ct.id = ${c.courtId}`);
  const row = r.rows[0]!;
  const parties = (row.parties ?? []).map((p) => ({ ...p, id: Number(p.id) }));
  const names = (claimant: boolean) => parties.filter((p) => CLAIMANTS.has(p.standing) === claimant && p.standing !== 'thirdParty').map((p) => p.name).join('、') || '____';
  const payments = await loadPaymentSettings(tx);
  const facts: TemplateFacts = {
    courtName: row.court,
    caseNumber: c.caseNumber ?? '____',
    cause: row.cause ?? '',
    plaintiffs: names(true),
    defendants: names(false),
    issuedOn: chineseDate(today),
    claims: c.claims.map((claim, i) => `${i + 1}. ${claim}`).join('\n'),
    facts: c.facts,
    bankName: payments.bankName,
    accountName: payments.accountName ?? row.court,
    bankBranch: payments.bankBranch,
  };
  if (c.acceptedOn) facts.acceptedOn = chineseDate(c.acceptedOn);
  if (c.amountFen !== null) facts.amount = fenToYuanText(Number(c.amountFen));
  if (c.procedure) facts.procedure = PROCEDURE_LABELS[c.procedure as Procedure]?.['zh-CN'] ?? c.procedure;
  return { ...facts, parties };
}

/** The facts about the one party a document is addressed to. */
export function recipientFacts(p: PartyRef): TemplateFacts {
  const label = (STANDING_LABELS as Record<string, { 'zh-CN': string }>)[p.standing];
  return { recipient: p.name, recipientStanding: label?.['zh-CN'] ?? p.standing };
}

export const isClaimant = (p: PartyRef) => CLAIMANTS.has(p.standing);
