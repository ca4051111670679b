// The criminal judgment: each defendant's verdict and sentence, with the dates of the sentence (CrL arts 41–47, 58, 73;
// CrPL arts 200–202), and the second-instance decision (CrPL arts 236, 238).
import { sql } from 'drizzle-orm';
import { checkRecommendationAdopted } from '../../../domain/criminal/plea';
import type { Sentence } from '../../../domain/criminal/sentence';
import { sentenceDates } from '../../../domain/criminal/termDates';
import { AppError } from '../../http/appError';
import type { EffectContext, EffectHandler } from '../cases/effects/effectContext';
import { recordClosing } from '../cases/effects/closing';
import { clockEnv, startPeriod } from '../clock/periodStore';
import { defendantsOf, intArray } from './criminalFacts';
import { generateCriminalJudgment } from './judgmentDocument';
import { openRemandedTrial } from './remand';

interface Verdict {
  partyId: number;
  outcome: 'convicted' | 'acquitted';
  chargeIds: number[];
  sentence?: Sentence;
  departureGround?: string;
}

/** Checks the verdicts against the case's defendants, the charge catalogue and the plea, and records them with their dates. */
async function recordVerdicts(ctx: EffectContext, verdicts: readonly Verdict[], closedOn: string, opts: { everyDefendant: boolean }) {
  const { tx, case: c } = ctx;
  const defendants = await defendantsOf(tx, c.id);
  const byId = new Map(defendants.map((d) => [d.partyId, d]));
  const unknown = verdicts.filter((v) => !byId.has(v.partyId)).map((v) => v.partyId);
  const missing = opts.everyDefendant ? defendants.filter((d) => !verdicts.some((v) => v.partyId === d.partyId)).map((d) => d.name) : [];
  if (unknown.length || missing.length) {
    throw new AppError(422, 'VERDICT_DEFENDANTS_MISMATCH', `判决须对每一名被告人作出，且只能针对本案被告人${missing.length ? `（缺少：${missing.join('、')}）` : ''}。`, 'The judgment must decide on every defendant of the case and on no one else.', { unknown, missing });
  }
  const chargeIds = [...new Set(verdicts.flatMap((v) => v.chargeIds))];
  if (chargeIds.length) {
    const known = await tx.execute<{ id: number }>(sql`select id from criminal_charges where id = any(${intArray(chargeIds)}::int[])`);
    if (known.rows.length !== chargeIds.length) throw new AppError(422, 'CHARGE_UNKNOWN', '所选罪名不在罪名目录中。', 'A charge chosen is not in the catalogue of charges.');
  }
  const recorded = [];
  for (const v of verdicts) {
    const d = byId.get(v.partyId)!;
    // CrPL art 201: under a guilty plea a sentence outside the recommendation states its ground.
    if (v.sentence) checkRecommendationAdopted(d.plea, v.sentence, v.departureGround as never);
    // [U] provisional: execution is taken to start on the day of judgment; custody running up to it is credited in full,
    // so for a defendant kept in custody the end date does not depend on that choice.
    const dates = v.sentence ? sentenceDates(v.sentence, { finalOn: closedOn, executionStartOn: closedOn, custody: d.custodyIntervals }) : null;
    await tx.execute(sql`update criminal_defendants set verdict = ${JSON.stringify(v)}::jsonb, sentence_dates = ${dates === null ? null : JSON.stringify(dates)}::jsonb where party_id = ${v.partyId}`);
    recorded.push({ partyId: v.partyId, outcome: v.outcome, sentenceDates: dates });
  }
  return recorded;
}

export const recordCriminalJudgment: EffectHandler = async (ctx) => {
  const verdicts = await recordVerdicts(ctx, ctx.input.verdicts as Verdict[], ctx.input.closedOn, { everyDefendant: true });
  const closing = await recordClosing({ ...ctx, input: { ...ctx.input, method: 'judgment', oralPronouncement: false } });
  // Without the judge's upload, the 刑事判决书 is generated from the verdicts just recorded.
  const generatedDocumentId = ctx.input.documentId === undefined ? await generateCriminalJudgment(ctx) : null;
  let judgmentWritingDueOn: string | null = null;
  if (ctx.input.oralPronouncement) {
    // CrPL art 202: after an oral pronouncement the written judgment is delivered within 5 days.
    const env = await clockEnv(ctx.tx, ctx.case.courtId, ctx.today);
    const p = await startPeriod(ctx.tx, env, ctx.case, { kind: 'criminalJudgmentWriting', triggerOn: ctx.input.closedOn, triggerFact: { 'zh-CN': '当庭宣判', en: 'judgment pronounced in court' }, triggerSource: 'CrPL art 202' });
    judgmentWritingDueOn = p.dueOn;
  }
  return { ...closing, verdicts, judgmentWritingDueOn, generatedDocumentId };
};

// CrPL art 236: 驳回上诉、维持原判 and 发回重审 are rulings; 改判 is a judgment.
export const recordCriminalAppealDecision: EffectHandler = async (ctx) => {
  const outcome = ctx.input.outcome as 'upheld' | 'amended' | 'remanded';
  const verdicts = outcome === 'amended' ? await recordVerdicts(ctx, ctx.input.verdicts as Verdict[], ctx.input.closedOn, { everyDefendant: false }) : [];
  const method = outcome === 'amended' ? 'judgment' : 'ruling';
  const closing = await recordClosing({ ...ctx, input: { ...ctx.input, method, rulingKind: method === 'ruling' ? 'other' : undefined } });
  const remand = outcome === 'remanded' ? await openRemandedTrial(ctx) : {};
  return { ...closing, outcome, verdicts, ...remand };
};
