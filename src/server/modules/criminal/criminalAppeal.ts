// A defendant's appeal or the procuratorate's protest against a 刑初 judgment opens (or joins) the 刑终 at the higher
// court: the shared opening of cases/effects/appeal.ts with what differs for criminal cases (CrPL arts 227–230).
import { sql } from 'drizzle-orm';
import { criminalAppealStandings } from '../../../domain/criminal/appealStandings';
import { AppError } from '../../http/appError';
import { openOrJoinAppealCase } from '../cases/effects/appeal';
import type { EffectContext, EffectHandler } from '../cases/effects/effectContext';
import { intArray } from './criminalFacts';

async function procuratorateOf(ctx: EffectContext): Promise<number> {
  const r = await ctx.tx.execute<{ procuratorate_id: number }>(sql`select procuratorate_id from procuratorate_users where user_id = ${ctx.actor.userId}`);
  const id = r.rows[0]?.procuratorate_id;
  if (!id) throw new AppError(403, 'PROCURATOR_UNBOUND', '您的账号未绑定人民检察院，不能抗诉。', 'Your account is not bound to a procuratorate; you cannot protest.');
  return Number(id);
}

export const openOrJoinCriminalAppeal: EffectHandler = async (ctx) => {
  const isProtest = ctx.event === 'protest';
  const protestedBy = isProtest ? await procuratorateOf(ctx) : null;
  const result = await openOrJoinAppealCase(ctx, {
    appealType: '刑终',
    appellants: isProtest ? [] : (ctx.input.partyIds as number[]),
    appealedFen: null,
    standings: criminalAppealStandings,
    isCivil: false,
    // The 刑终 keeps the criminal facts of the case below and of each defendant, the verdict below among them.
    afterOpen: async ({ tx, case: c }, appealId, partyIds) => {
      await tx.execute(sql`
        insert into criminal_cases (case_id, prosecution, procuratorate_id, protested_by, possible_sentence, evidence)
        select ${appealId}, prosecution, null, ${protestedBy}, possible_sentence, '[]'::jsonb from criminal_cases where case_id = ${c.id}`);
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
  return { ...result, protestedBy };
};
