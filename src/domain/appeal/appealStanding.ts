// Who is who in the appeal case (二审诉讼地位), from the first-instance standing and who appealed.
import type { BilingualMessage } from '../errors/domainError';

export type FirstInstanceStanding = 'plaintiff' | 'defendant' | 'thirdParty';
export type AppealStanding = 'appellant' | 'appellee' | 'originalPlaintiff' | 'originalDefendant' | 'originalThirdParty';
// CPL-2023 art 205: in 司法确认 every party to the agreement applies jointly: all are 申请人.
// CPL-2023 art 247: in execution, the 申请执行人 and the 被执行人.
// CPL-2023 art 236: the party or interested person objecting to an execution act (执行异议) is the 异议人.
export type Standing = FirstInstanceStanding | AppealStanding | 'applicant' | 'executionApplicant' | 'executionDebtor' | 'objector';

export const STANDING_LABELS: Record<Standing, BilingualMessage> = {
  plaintiff: { 'zh-CN': '原告', en: 'Plaintiff' },
  defendant: { 'zh-CN': '被告', en: 'Defendant' },
  thirdParty: { 'zh-CN': '第三人', en: 'Third party' },
  appellant: { 'zh-CN': '上诉人', en: 'Appellant' },
  appellee: { 'zh-CN': '被上诉人', en: 'Appellee' },
  originalPlaintiff: { 'zh-CN': '原审原告', en: 'Plaintiff below' },
  originalDefendant: { 'zh-CN': '原审被告', en: 'Defendant below' },
  originalThirdParty: { 'zh-CN': '原审第三人', en: 'Third party below' },
  applicant: { 'zh-CN': '申请人', en: 'Applicant' },
  executionApplicant: { 'zh-CN': '申请执行人', en: 'Applicant for execution' },
  executionDebtor: { 'zh-CN': '被执行人', en: 'Person subject to execution' },
  objector: { 'zh-CN': '异议人', en: 'Objector' },
};

const ORIGINAL: Record<FirstInstanceStanding, AppealStanding> = {
  plaintiff: 'originalPlaintiff',
  defendant: 'originalDefendant',
  thirdParty: 'originalThirdParty',
};

const OPPOSITE: Partial<Record<FirstInstanceStanding, FirstInstanceStanding>> = {
  plaintiff: 'defendant',
  defendant: 'plaintiff',
};

export interface PartyStanding {
  partyId: number;
  standing: FirstInstanceStanding;
}

// CPL-Interp arts 315, 317 (2022) [U: wording not re-read]: all who appeal are appellants; the opposing side are
// appellees; non-appealing parties of the appellants' own side and third parties keep their standing below.
// The court may re-determine standings of its own motion (art 315), so this is the default the clerk can correct.
export function appealStandings(parties: readonly PartyStanding[], appellantIds: readonly number[]): Map<number, AppealStanding> {
  const appellants = new Set(appellantIds);
  const opposed = new Set<FirstInstanceStanding>();
  for (const p of parties) {
    if (!appellants.has(p.partyId)) continue;
    const other = OPPOSITE[p.standing];
    if (other) opposed.add(other);
  }
  const result = new Map<number, AppealStanding>();
  for (const p of parties) {
    if (appellants.has(p.partyId)) result.set(p.partyId, 'appellant');
    else if (opposed.has(p.standing)) result.set(p.partyId, 'appellee');
    else result.set(p.partyId, ORIGINAL[p.standing]);
  }
  return result;
}
