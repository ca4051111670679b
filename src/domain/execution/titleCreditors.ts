// Who may apply for execution of a title of ours (CPL-2023 art 247: "一方拒绝履行的，对方当事人可以向人民法院申请执行"):
// the parties the effective document entitles. The server records how a case closed (judgment, 调解书, confirmation
// ruling) but not who won each claim, so the winning side is approximated from the closing method and the claims each
// party brought — the approximations are marked [U] and written out in docs/execution.md.
import type { BilingualMessage } from '../errors/domainError';

/** A party of the title: its standing there, and (民终) its standing at first instance. */
export interface TitleParty {
  partyId: number;
  /** In the title case: plaintiff, defendant, thirdParty; appellant, appellee, originalX (民终); applicant (民特). */
  standing: string;
  /** 民终: the standing of the same person in the 民初 case (through origin_party_id); otherwise = standing. */
  firstInstanceStanding: string | null;
  /** The party brought a counterclaim at first instance (CPL-2023 art 143). */
  counterclaimed: boolean;
}

export interface TitleOutcome {
  caseType: string;
  /** judgment · ruling · mediation · withdrawal (the closing method of the title case). */
  closingMethod: string | null;
}

export interface Creditor {
  partyId: number;
  basis: string;
  reason: BilingualMessage;
}

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

/** Which side the person was on when the claims were made: the first-instance standing, else the title's own. */
function claimSide(p: TitleParty): string {
  const s = p.firstInstanceStanding ?? p.standing;
  if (s === 'originalPlaintiff') return 'plaintiff';
  if (s === 'originalDefendant') return 'defendant';
  if (s === 'originalThirdParty') return 'thirdParty';
  return s;
}

/** The parties of the title that hold an enforceable claim under it (CPL-2023 art 247), each with why. */
export function titleCreditors(t: TitleOutcome, parties: readonly TitleParty[]): Creditor[] {
  const out: Creditor[] = [];
  for (const p of parties) {
    const side = claimSide(p);
    if (t.caseType === '民督') {
      // CPL-2023 art 227: the creditor who applied for the order may apply for its execution.
      if (p.standing === 'applicant') out.push({ partyId: p.partyId, basis: 'CPL-2023 art 227', reason: zhEn('申请支付令的债权人', 'the creditor who applied for the payment order') });
      continue;
    }
    if (t.caseType === '民特') {
      // CPL-2023 art 206: a confirmed agreement binds every party to it; "对方当事人" may apply when one does not perform.
      if (p.standing === 'applicant') out.push({ partyId: p.partyId, basis: 'CPL-2023 art 206', reason: zhEn('经司法确认的调解协议的当事人', 'a party to the confirmed mediation agreement') });
      continue;
    }
    if (t.closingMethod === 'mediation') {
      // CPL-2023 arts 100, 247 [U]: a 调解书 may oblige either side; the plaintiff and the defendant sides may both apply
      // (the debtor may object that the 调解书 gives the applicant nothing, CPL-2023 art 236).
      if (side === 'plaintiff' || side === 'defendant') out.push({ partyId: p.partyId, basis: 'CPL-2023 arts 100, 247', reason: zhEn('调解书的一方当事人', 'a party to the mediation statement') });
      continue;
    }
    if (t.closingMethod !== 'judgment') continue;
    // CPL-2023 art 247 [U: the judgment's outcome is not recorded]: whoever brought claims — the plaintiff side, and a
    // defendant on its counterclaim (art 143) — is taken as entitled; a plaintiff who was the appellee of an upheld
    // judgment, or who won on appeal, keeps that side in 民终 (first-instance standing through origin_party_id).
    if (side === 'plaintiff') out.push({ partyId: p.partyId, basis: 'CPL-2023 art 247', reason: zhEn('原告一方（本诉请求的权利人）', 'the plaintiff side (the claims tried were its own)') });
    else if (side === 'defendant' && p.counterclaimed) out.push({ partyId: p.partyId, basis: 'CPL-2023 arts 143, 247', reason: zhEn('提出反诉的被告（反诉请求的权利人）', 'a defendant who counterclaimed (the counterclaim was its own)') });
    // [U] a third party (independent claim or not) and a defendant's recovery of costs alone are not modelled.
  }
  return out;
}
