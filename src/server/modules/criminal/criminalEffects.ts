// Effects of the criminal case events: registration with procedure and 审限, procedure changes, defence counsel, and
// the hearing check for juvenile defendants (CrPL arts 35, 186, 208–225, 278, 285).
import { sql } from 'drizzle-orm';
import { isJuvenileAt, isInCustody } from '../../../domain/criminal/defendants';
import { isLegalAidRequired, legalAidGrounds } from '../../../domain/criminal/legalAid';
import { checkProcedureChoice, criminalProcedureVariant, type CriminalProcedure, type PossibleSentence } from '../../../domain/criminal/procedure';
import { dateInZone } from '../../../domain/calendar/plainDate';
import { executePrepared, type Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { allocateCaseNumber } from '../cases/caseNumbers';
import type { EffectContext, EffectHandler } from '../cases/effects/effectContext';
import { filingReviewKinds } from '../clock/filingReview';
import { clockEnv, endPeriods } from '../clock/periodStore';
import { refreshTrialLimit } from '../clock/trialLimitStore';
import { criminalCaseOf, defendantsOf } from './criminalFacts';

async function criminalDivision(tx: Tx, courtId: number, divisionId: number) {
  const r = await executePrepared<{ id: number; kind: string; court_code: string; level: string }>(tx, 'criminal_division', sql`
    select d.id, d.kind, ct.code as court_code, ct.level from divisions d join courts ct on ct.id = d.court_id
     where d.id = ${divisionId} and d.court_id = ${courtId} and d.is_active`);
  const d = r.rows[0];
  if (!d || d.kind !== 'criminal') throw new AppError(422, 'DIVISION_INVALID', '请选择本院的刑事审判庭作为承办庭。', 'Choose a criminal division of this court to try the case.');
  return d;
}

/** The procedure variant the case keeps, after the domain has checked the procedure fits the case and its defendants. */
async function chosenVariant(ctx: EffectContext, procedure: CriminalProcedure, possibleSentence: PossibleSentence, isBasicCourt: boolean): Promise<string> {
  const k = await criminalCaseOf(ctx.tx, ctx.case.id);
  const defendants = await defendantsOf(ctx.tx, ctx.case.id);
  const facts = {
    prosecution: k?.prosecution ?? 'public',
    procedure,
    possibleSentence,
    isBasicCourt,
    // [U] the plea is recorded with the prosecution: a recommendation on file means the defendant admitted guilt and accepted punishment.
    allAdmitGuilt: defendants.every((d) => d.plea !== null),
    allAcceptPunishment: defendants.every((d) => d.plea !== null),
    anyJuvenile: defendants.some((d) => d.birthOn !== null && isJuvenileAt(d.birthOn, ctx.today)),
    anyBlindDeafMuteOrMentallyIll: defendants.some((d) => d.legalAidFacts.isBlindDeafOrMute || d.legalAidFacts.isMentallyIll),
    anyDetained: defendants.some((d) => isInCustody(d.detentionStatus)),
  } as const;
  checkProcedureChoice(facts);
  await ctx.tx.execute(sql`update criminal_cases set possible_sentence = ${possibleSentence} where case_id = ${ctx.case.id}`);
  return criminalProcedureVariant(facts);
}

// CrPL arts 186, 208; TL-2000 art 8: registered, the case gets its number, criminal division, procedure and 审限.
export const registerCriminalCase: EffectHandler = async (ctx) => {
  const { tx, case: c, input, actor, today, updateCase } = ctx;
  const d = await criminalDivision(tx, c.courtId, input.divisionId);
  const procedure = c.caseType === '刑初' ? await chosenVariant(ctx, input.procedure, input.possibleSentence, d.level === 'basic') : 'secondInstance';
  const number = await allocateCaseNumber(tx, { id: c.courtId, code: d.court_code }, c.caseType, today);
  await updateCase({ caseNumber: number.caseNumber, numberYear: number.year, numberSerial: number.serial, procedure, divisionId: d.id, acceptedOn: today, acceptedBy: actor.userId });
  await endPeriods(tx, c.id, filingReviewKinds, today, 'accepted');
  const limit = await refreshTrialLimit(tx, await clockEnv(tx, c.courtId, today), ctx.current());
  // CrPL arts 35, 278: the defendants who need appointed counsel and have none.
  const needCounsel = (await defendantsOf(tx, c.id)).filter((x) => isLegalAidRequired({ ...x.legalAidFacts, isJuvenile: x.birthOn !== null && isJuvenileAt(x.birthOn, today) }, x.counsel.length > 0)).map((x) => x.partyId);
  return { caseNumber: number.caseNumber, procedure, divisionId: d.id, trialLimitDueOn: limit.after, legalAidRequiredFor: needCounsel };
};

// A simple or fast-track case unfit for it goes to another procedure; the 审限 is recomputed from registration.
export const changeCriminalProcedure: EffectHandler = async (ctx) => {
  const { tx, case: c, input, today, updateCase, current } = ctx;
  const court = await tx.execute<{ level: string }>(sql`select level from courts where id = ${c.courtId}`);
  const procedure = await chosenVariant(ctx, input.procedure, input.possibleSentence, court.rows[0]?.level === 'basic');
  if (procedure === c.procedure) throw new AppError(409, 'PROCEDURE_UNCHANGED', '审理程序没有变化。', 'The procedure is unchanged.');
  await updateCase({ procedure });
  const due = await refreshTrialLimit(tx, await clockEnv(tx, c.courtId, today), current());
  return { from: c.procedure, to: procedure, reason: input.reason, trialLimitDueOnBefore: due.before, trialLimitDueOnAfter: due.after };
};

// CrPL arts 35, 278: counsel the defendant instructed, or appointed through legal aid on a ground the law names.
export const recordDefenceCounsel: EffectHandler = async ({ tx, case: c, input, today }) => {
  const d = (await defendantsOf(tx, c.id)).find((x) => x.partyId === input.partyId);
  if (!d) throw new AppError(422, 'DEFENDANT_UNKNOWN', '该当事人不是本案被告人。', 'This party is not a defendant of the case.');
  if (input.isLegalAid) {
    const grounds = legalAidGrounds({ ...d.legalAidFacts, isJuvenile: d.birthOn !== null && isJuvenileAt(d.birthOn, today) });
    if (input.ground && !grounds.includes(input.ground)) {
      throw new AppError(422, 'LEGAL_AID_GROUND_NOT_MET', '所选指定辩护的理由与被告人的情况不符。', 'The legal-aid ground chosen does not fit the defendant.');
    }
  }
  const lawyerUserId = input.licenseNumber ? await bindDefender(tx, c.id, d.partyId, input.licenseNumber) : null;
  const counsel = { name: input.name, lawFirm: input.lawFirm ?? null, isLegalAid: input.isLegalAid, ground: input.ground ?? null, licenseNumber: input.licenseNumber ?? null };
  await tx.execute(sql`update criminal_defendants set counsel = counsel || ${JSON.stringify([counsel])}::jsonb where party_id = ${d.partyId}`);
  return { partyId: d.partyId, ...counsel, lawyerUserId };
};

/** The defender's portal account, found by the 执业证号, acts for the defendant on the case (CrPL art 227 para 1). */
async function bindDefender(tx: Tx, caseId: number, partyId: number, licenseNumber: string): Promise<number> {
  const r = await tx.execute<{ id: number }>(sql`select id from users where is_active and 'lawyer' = any(roles) and license_number = ${licenseNumber} order by id limit 1`);
  const userId = r.rows[0] ? Number(r.rows[0].id) : null;
  if (!userId) throw new AppError(422, 'LAWYER_NOT_FOUND', '未找到该执业证号的律师账号，请核对执业证号，或不填执业证号仅登记辩护人。', 'No lawyer account has this licence number: check it, or record the defender without it.');
  await tx.execute(sql`insert into case_agents (case_id, party_id, user_id, kind) select ${caseId}, ${partyId}, ${userId}, 'lawyer'
                       where not exists (select 1 from case_agents where party_id = ${partyId} and user_id = ${userId})`);
  return userId;
};

// CrPL art 285: a defendant under 18 at the time of trial is tried in private — never a public hearing.
export const checkCriminalHearing: EffectHandler = async ({ tx, deps, case: c, input }) => {
  const hearingOn = dateInZone(new Date(input.startsAt as string), deps.config.timeZone);
  const juveniles = (await defendantsOf(tx, c.id)).filter((d) => d.birthOn !== null && isJuvenileAt(d.birthOn, hearingOn));
  if (juveniles.length && input.closedGround !== 'lawProvides') {
    throw new AppError(
      409,
      'JUVENILE_HEARING_NOT_PUBLIC',
      `被告人${juveniles.map((d) => d.name).join('、')}审判时不满十八周岁，不公开审理（《刑事诉讼法》第二百八十五条）。请选择“法律另有规定”作为不公开审理的理由。`,
      'A defendant under 18 at trial is tried in private (CrPL art 285): choose "closed by another law" as the ground.',
    );
  }
  // CrPL arts 187, 235: the hearing notice goes to the procuratorate that appears — on a 刑终, the one at the appeal court's level.
  const p = await tx.execute<{ id: number; name: string }>(sql`select p.id, p.name from criminal_cases k join procuratorates p on p.id = k.procuratorate_id where k.case_id = ${c.id}`);
  const procuratorate = p.rows[0] ? { id: Number(p.rows[0].id), name: p.rows[0].name } : null;
  return { juvenileDefendants: juveniles.map((d) => d.partyId), hearingNoticeTo: procuratorate };
};
