// A defendant's appeal or the procuratorate's protest against a 刑初 judgment opens (or joins) the 刑终 at the higher
// court: the shared opening of cases/effects/appeal.ts with what differs for criminal cases (CrPL arts 227–230).
import { sql } from 'drizzle-orm';
import { criminalAppealStandings } from '../../../domain/criminal/appealStandings';
import { appealLodgedOn, checkAppealInTime, checkProtestInTime } from '../../../domain/criminal/defendantAppeal';
import { AppError } from '../../http/appError';
import { clockEnv, dueDateFor } from '../clock/periodStore';
import { openOrJoinAppealCase } from '../cases/effects/appeal';
import type { EffectContext, EffectHandler } from '../cases/effects/effectContext';
import { intArray } from './criminalFacts';

async function procuratorateOf(ctx: EffectContext): Promise<number> {
  const r = await ctx.tx.execute<{ procuratorate_id: number }>(sql`select procuratorate_id from procuratorate_users where user_id = ${ctx.actor.userId}`);
  const id = r.rows[0]?.procuratorate_id;
  if (!id) throw new AppError(403, 'PROCURATOR_UNBOUND', '您的账号未绑定人民检察院，不能抗诉。', 'Your account is not bound to a procuratorate; you cannot protest.');
  return Number(id);
}

/**
 * CrPL arts 227, 230: the appellants are defendants of the case, and the appeal was lodged within each one's period (the
 * day the court, or for a recorded appeal from custody the 看守所, received it; a lawyer's online appeal: today).
 */
async function checkAppellants(ctx: EffectContext, partyIds: readonly number[]): Promise<Record<string, unknown>> {
  const recorded = ctx.event === 'recordDefendantAppeal';
  const lodgedOn = recorded ? appealLodgedOn({ receivedOn: ctx.input.receivedOn, detentionCentre: ctx.input.detentionCentre ?? null }) : ctx.today;
  const r = await ctx.tx.execute<{ id: number; name: string; standing: string; due_on: string | null }>(sql`
    select p.id, p.name, p.standing,
           (select max(k.due_on)::text from case_periods k where k.case_id = p.case_id and k.party_id = p.id
               and k.kind in ('criminalAppealJudgment', 'criminalAppealRuling') and k.status <> 'cancelled') as due_on
      from case_parties p where p.case_id = ${ctx.case.id} and p.id = any(${intArray(partyIds)}::bigint[])`);
  if (r.rows.length !== partyIds.length || r.rows.some((p) => p.standing !== 'defendant')) {
    throw new AppError(422, 'APPELLANT_NOT_DEFENDANT', '上诉人应当是本案的被告人。', 'An appellant must be a defendant of the case.');
  }
  checkAppealInTime(lodgedOn, r.rows.map((p) => ({ name: p.name, dueOn: p.due_on })));
  return recorded ? { form: ctx.input.form, receivedOn: ctx.input.receivedOn, detentionCentre: ctx.input.detentionCentre ?? null, lodgedOn } : { lodgedOn, hasDefendantConsent: ctx.input.hasDefendantConsent ?? null };
}

const JUDGMENT_RECEIVED = { 'zh-CN': '人民检察院收到判决书', en: 'the procuratorate received the written judgment' };

/** CrPL art 230: the protest within the procuratorate's 10 days, counted by the clock from its receipt of the judgment. */
async function checkProtest(ctx: EffectContext): Promise<Record<string, unknown>> {
  const receivedOn = ctx.input.judgmentReceivedOn as string;
  const env = await clockEnv(ctx.tx, ctx.case.courtId, ctx.today);
  const dueOn = dueDateFor(env, 'criminalAppealJudgment', receivedOn, JUDGMENT_RECEIVED);
  checkProtestInTime(receivedOn, ctx.case.closedOn ?? null, dueOn, ctx.today);
  return { judgmentReceivedOn: receivedOn, protestDueOn: dueOn };
}

export const openOrJoinCriminalAppeal: EffectHandler = async (ctx) => {
  const isProtest = ctx.event === 'protest';
  const protestedBy = isProtest ? await procuratorateOf(ctx) : null;
  const lodged = isProtest ? await checkProtest(ctx) : await checkAppellants(ctx, ctx.input.partyIds as number[]);
  const result = await openOrJoinAppealCase(ctx, {
    appealType: '刑终',
    appellants: isProtest ? [] : (ctx.input.partyIds as number[]),
    appealedFen: null,
    standings: criminalAppealStandings,
    isCivil: false,
    // The 刑终 keeps the criminal facts of the case below and of each defendant, the verdict below among them. CrPL art
    // 235: in a public prosecution the procuratorate at the appeal court's level takes part (the one before that court).
    afterOpen: async ({ tx, case: c }, appealId, partyIds) => {
      await tx.execute(sql`
        insert into criminal_cases (case_id, prosecution, procuratorate_id, protested_by, possible_sentence, evidence)
        select ${appealId}, k.prosecution,
               case when k.prosecution = 'public' then (select p.id from procuratorates p join cases a on a.court_id = p.court_id where a.id = ${appealId} order by p.id limit 1) end,
               ${protestedBy}, k.possible_sentence, '[]'::jsonb
          from criminal_cases k where k.case_id = ${c.id}`);
      const pairs = [...partyIds.entries()];
      await tx.execute(sql`
        insert into criminal_defendants (party_id, case_id, birth_on, detention_status, custody_place, custody_intervals, charge_ids, legal_aid_facts, counsel, plea, verdict, sentence_dates)
        select m.appeal_party, ${appealId}, d.birth_on, d.detention_status, d.custody_place, d.custody_intervals, d.charge_ids, d.legal_aid_facts, d.counsel, d.plea, d.verdict, d.sentence_dates
          from criminal_defendants d join unnest(${intArray(pairs.map(([o]) => o))}::bigint[], ${intArray(pairs.map(([, a]) => a))}::bigint[]) as m(origin_party, appeal_party) on m.origin_party = d.party_id`);
    },
    // CrPL art 228: one protest per judgment; a later defendant's appeal joins the protested case and the reverse.
    onJoin: async ({ tx }, appealId) => {
      if (!isProtest) return false;
      const r = await tx.execute(sql`update criminal_cases set protested_by = ${protestedBy} where case_id = ${appealId} and protested_by is null returning 1`);
      if (!r.rows.length) throw new AppError(409, 'PROTEST_ALREADY_FILED', '人民检察院已经对本案提出抗诉。', 'The procuratorate has already protested this judgment.');
      return true;
    },
  });
  return { ...result, ...lodged, protestedBy };
};
