// What may happen in a 自诉 before judgment (CrPL arts 212, 213): mediation (not in a case the authorities declined),
// settlement or withdrawal with the court's approval, and the defendant's counterclaim under the 自诉 rules.
import { refuse, type BilingualMessage } from '../errors/domainError';
import { checkPrivateProsecution, type PrivateProsecutionGround } from './privateProsecution';

// CrPL art 212: the complainant may settle with the defendant or withdraw the prosecution before judgment.
export const PRIVATE_ENDINGS = ['settlement', 'withdrawal'] as const;
export type PrivateEnding = (typeof PRIVATE_ENDINGS)[number];
export const PRIVATE_ENDING_LABELS: Record<PrivateEnding, BilingualMessage> = {
  settlement: { 'zh-CN': '自行和解', en: 'Settlement between the parties' },
  withdrawal: { 'zh-CN': '撤回自诉', en: 'Withdrawal of the prosecution' },
};

export type PrivateProsecutionEvent = 'mediatePrivateProsecution' | 'approvePrivateEnding' | 'fileCriminalCounterclaim';

export interface PrivateCaseFacts {
  prosecution: 'public' | 'private';
  /** The ground the 自诉 was filed on (null for a public prosecution). */
  ground: PrivateProsecutionGround | null;
}

/** Refuses a 自诉 event on a case it does not fit. */
export function checkPrivateProsecutionEvent(event: PrivateProsecutionEvent, c: PrivateCaseFacts): void {
  if (c.prosecution !== 'private') {
    refuse('NOT_PRIVATE_PROSECUTION', 'invalid', '调解、自行和解、撤回自诉和反诉只适用于自诉案件（《刑事诉讼法》第二百一十二条、第二百一十三条）。', 'Mediation, settlement, withdrawal and counterclaims apply to private prosecutions only (CrPL arts 212, 213).');
  }
  // CrPL art 212 para 1: no mediation in a case of art 210(3) (the police or procuratorate declined to pursue it).
  if (event === 'mediatePrivateProsecution' && c.ground === 'authoritiesDeclined') {
    refuse('MEDIATION_NOT_ALLOWED', 'conflict', '公安机关或者人民检察院不予追究被告人刑事责任的自诉案件，不适用调解（《刑事诉讼法》第二百一十二条第一款）。', 'A private prosecution the police or procuratorate declined to pursue cannot be mediated (CrPL art 212 para 1).');
  }
}

// [U] CrPL-Interp art 334 (not in rules.md): a counterclaim is a case of art 210(1) or (2), against the 自诉人.
export const COUNTERCLAIM_GROUNDS: readonly PrivateProsecutionGround[] = ['complaintOnly', 'minorWithEvidence'];

/** CrPL art 213: the defendant counterclaims against the 自诉人; the counterclaim follows the 自诉 rules. */
export function checkCounterclaim(f: { ground: PrivateProsecutionGround; chargeNames: readonly string[] }): void {
  if (!COUNTERCLAIM_GROUNDS.includes(f.ground)) {
    refuse('COUNTERCLAIM_GROUND_NOT_ALLOWED', 'invalid', '反诉应当属于告诉才处理或者被害人有证据证明的轻微刑事案件（《刑事诉讼法》第二百一十三条）。', 'A counterclaim is a case handled only upon complaint or a minor case the victim can prove (CrPL art 213).');
  }
  checkPrivateProsecution({ ground: f.ground, chargeNames: f.chargeNames, capacity: 'victim' });
}
