// 行初: the defendant organ's defence, evidence and legal basis within its 15 days (ALL art 67; late evidence is
// flagged, ALL art 34), who appeared for it in court (ALL art 3), and what the judgment did with the act (ALL arts 69–78).
import { eq, sql } from 'drizzle-orm';
import { ADMIN_JUDGMENT_RULES, type AdminJudgmentKind } from '../../../domain/administrative/judgmentKinds';
import { organEvidenceTiming } from '../../../domain/administrative/organDefence';
import { challengedActs } from '../../db/schema';
import type { EffectHandler } from '../cases/effects/effectContext';
import { attachMaterials, latestPeriod, partyOfCase } from '../cases/effects/pleadingEffects';

export const recordOrganDefence: EffectHandler = async (ctx) => {
  const { tx, input, today } = ctx;
  const party = await partyOfCase(ctx, input.partyId, ['defendant']);
  const period = await latestPeriod(tx, ctx.case.id, 'organDefence', party.id);
  const timing = organEvidenceTiming(period?.dueOn ?? null, today, input.lateReason);
  const evidence = input.evidence as { attachmentIds?: number[] }[];
  const ids = await attachMaterials(ctx, [...(input.attachmentIds as number[]), ...evidence.flatMap((e) => e.attachmentIds ?? [])], ['defence']);
  if (timing === 'inTime') {
    await tx.execute(sql`
      update case_periods set status = 'completed', completed_on = ${today}, completed_reason = 'defenceFiled', level = 'none', alert_on = null, updated_at = now()
       where case_id = ${ctx.case.id} and party_id = ${party.id} and kind = 'organDefence' and status = 'running'`);
  }
  return {
    partyId: party.id,
    name: party.name,
    timing,
    // ALL art 34: evidence after the period counts as none unless the court accepts the reason given.
    isEvidenceLate: timing === 'late' || timing === 'lateJustified',
    dueOn: period?.dueOn ?? null,
    evidence,
    legalBasis: input.legalBasis,
    attachmentIds: ids,
    summary: input.summary ?? null,
    ...(timing === 'lateJustified' ? { lateReason: input.lateReason } : {}),
  };
};

// ALL art 3: whether the organ's head (正职 or 副职) appeared, for the record and for the 负责人出庭 statistics.
export const recordOrganAppearance: EffectHandler = async ({ input }) => {
  const a = input.organAppearance as { appeared: string; name?: string; title?: string; reason?: string };
  return { organHeadAppeared: a.appeared === 'principal' || a.appeared === 'deputy', organAppearance: a };
};

// ALL arts 69–78: what the judgment did with the challenged act, kept with the act (for the case and its 行终).
export const recordAdminJudgment: EffectHandler = async ({ tx, case: c, input }) => {
  if (input.method !== 'judgment') return {};
  await tx.update(challengedActs).set({ judgmentKind: input.judgmentKind }).where(eq(challengedActs.caseId, c.id));
  return { judgmentKind: input.judgmentKind, judgmentLabel: ADMIN_JUDGMENT_RULES[input.judgmentKind as AdminJudgmentKind].label, judgmentSource: ADMIN_JUDGMENT_RULES[input.judgmentKind as AdminJudgmentKind].source };
};

export const ADMINISTRATIVE_EFFECT_HANDLERS = { recordOrganDefence, recordOrganAppearance, recordAdminJudgment };
