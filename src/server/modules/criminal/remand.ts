// A remand (发回重审) sends the case back to the court below (CrPL arts 236 para 1(3), 238): a new, linked 刑初 arrives in
// that court's filing queue with the defendants and charges of the first trial; registered, it gets a new number and its
// 审限 anew (CrPL art 241), and a new panel tries it (art 239: the judges of the chain are not eligible, assignment.ts).
import { sql } from 'drizzle-orm';
import { cases } from '../../db/schema';
import { AppError } from '../../http/appError';
import { appendCaseEvent } from '../cases/caseRecord';
import type { EffectContext, EffectHandler } from '../cases/effects/effectContext';
import { copyPartiesWithAgents } from '../cases/linkedCaseParties';
import { startFilingReview } from '../clock/filingReview';
import { intArray } from './criminalFacts';

export async function openRemandedTrial(ctx: EffectContext): Promise<{ remandedCaseId: number; remandedToCourtId: number }> {
  const { tx, case: appeal } = ctx;
  const o = await tx.execute<{ id: number; court_id: number; cause_id: number | null; facts: string | null; case_number: string | null }>(sql`
    select id, court_id, cause_id, facts, case_number from cases where id = ${appeal.originCaseId} and case_type = '刑初'`);
  const origin = o.rows[0];
  if (!origin) throw new AppError(409, 'REMAND_ORIGIN_UNKNOWN', '未找到原审刑事一审案件，不能发回重审。', 'The first-instance case is not known; the case cannot be remanded.');
  const courtId = Number(origin.court_id);
  const inserted = await tx
    .insert(cases)
    .values({ caseType: '刑初', courtId, node: 'submitted', causeId: origin.cause_id, claims: [], facts: origin.facts ?? undefined, filedBy: ctx.actor.userId, filedAt: ctx.now, receivedOn: ctx.today, originCaseId: appeal.id, chainId: appeal.chainId ?? Number(origin.id), nodeEnteredAt: ctx.now })
    .returning({ id: cases.id });
  const id = inserted[0]!.id;
  await startFilingReview(tx, { id, courtId, caseType: '刑初' }, ctx.today, { trigger: { fact: { 'zh-CN': '收到发回重审的案件', en: 'remanded case received' }, source: 'CrPL art 241' } });
  // The parties of the first trial with their agents; each defendant with the charges and custody, without the verdict.
  const ids = await copyPartiesWithAgents(tx, Number(origin.id), id, { linkOrigin: true });
  const pairs = [...ids.entries()];
  await tx.execute(sql`
    insert into criminal_cases (case_id, prosecution, procuratorate_id, protested_by, possible_sentence, indictment_id, evidence)
    select ${id}, prosecution, procuratorate_id, null, null, indictment_id, evidence from criminal_cases where case_id = ${origin.id}`);
  await tx.execute(sql`
    insert into criminal_defendants (party_id, case_id, birth_on, detention_status, custody_place, custody_intervals, charge_ids, legal_aid_facts, counsel, plea)
    select m.new_party, ${id}, d.birth_on, d.detention_status, d.custody_place, d.custody_intervals, d.charge_ids, d.legal_aid_facts, d.counsel, d.plea
      from criminal_defendants d join unnest(${intArray(pairs.map(([a]) => a))}::bigint[], ${intArray(pairs.map(([, b]) => b))}::bigint[]) as m(old_party, new_party) on m.old_party = d.party_id`);
  await appendCaseEvent(tx, {
    caseId: id,
    event: 'submit',
    actorId: ctx.actor.userId,
    actorRole: ctx.actorRole,
    nodeBefore: null,
    nodeAfter: 'submitted',
    payload: { remandedBy: appeal.id, remandedByCaseNumber: appeal.caseNumber, firstTrialCaseId: Number(origin.id), firstTrialCaseNumber: origin.case_number, source: 'CrPL art 238' },
    at: ctx.now,
  });
  return { remandedCaseId: id, remandedToCourtId: courtId };
}

// CrPL art 239: a remanded case is retried by a new collegial panel — never by a sole judge.
export const checkRemandPanel: EffectHandler = async ({ tx, case: c, input }) => {
  if (c.caseType !== '刑初' || c.originCaseId === null || input.organization !== 'sole') return {};
  const r = await tx.execute<{ case_type: string }>(sql`select case_type from cases where id = ${c.originCaseId}`);
  if (r.rows[0]?.case_type !== '刑终') return {};
  throw new AppError(409, 'REMAND_PANEL_REQUIRED', '发回重审的案件，原审人民法院应当另行组成合议庭审判（《刑事诉讼法》第二百三十九条）。', 'A remanded case is retried by a new collegial panel (CrPL art 239).');
};
