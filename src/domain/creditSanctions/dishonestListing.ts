// 失信被执行人名单 (rules.md §5.5, DISHONEST 2017 [S]): the six listing grounds, the term, the exclusions, the deletion
// grounds and the masking of the ID number on the public page. Pure rules; the server stores and publishes.
import { addDays, isPlainDate, type PlainDate } from '../calendar/plainDate';
import { refuse, type BilingualMessage } from '../errors/domainError';
import { addPeriod } from '../clock/periodArithmetic';

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

// DISHONEST art 1 items (一)–(六), in the rule's order.
export const LISTING_GROUNDS = [1, 2, 3, 4, 5, 6] as const;
export type ListingGround = (typeof LISTING_GROUNDS)[number];
export const LISTING_GROUND_LABELS: Readonly<Record<ListingGround, BilingualMessage & { source: string }>> = {
  1: { ...zhEn('有履行能力而拒不履行生效法律文书确定义务', 'Able to perform but refuses to perform the effective document'), source: 'DISHONEST art 1(1)' },
  2: { ...zhEn('以伪造证据、暴力、威胁等方法妨碍、抗拒执行', 'Obstructs or resists execution by forged evidence, violence or threats'), source: 'DISHONEST art 1(2)' },
  3: { ...zhEn('以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行', 'Evades execution by sham litigation or arbitration, or by hiding or transferring property'), source: 'DISHONEST art 1(3)' },
  4: { ...zhEn('违反财产报告制度', 'Violates the obligation to report property'), source: 'DISHONEST art 1(4)' },
  5: { ...zhEn('违反限制消费令', 'Violates a consumption-restriction order'), source: 'DISHONEST art 1(5)' },
  6: { ...zhEn('无正当理由拒不履行执行和解协议', 'Refuses without justification to perform an execution settlement agreement'), source: 'DISHONEST art 1(6)' },
};

/**
 * The term in years: grounds 2–6 two years, plus 1–3 years for aggravation (serious violence or threats, several
 * dishonest acts), at most 5 (DISHONEST art 2 [S]); ground 1 has no fixed term and ends by deletion ([U] reading of art 2).
 */
export function listingTermYears(ground: ListingGround, aggravationYears: number): number | null {
  if (!Number.isInteger(aggravationYears) || aggravationYears < 0 || aggravationYears > 3) {
    refuse('CREDIT_AGGRAVATION_INVALID', 'invalid', '延长期限应为1至3年（或不延长）。', 'The extension for aggravation is 1 to 3 years (or none).', { field: '/aggravationYears' });
  }
  if (ground === 1) {
    if (aggravationYears > 0) refuse('CREDIT_AGGRAVATION_NOT_APPLICABLE', 'invalid', '依第一项（有履行能力而拒不履行）纳入的，不设固定期限，不能延长。', 'A listing on ground 1 has no fixed term and cannot be extended.', { field: '/aggravationYears' });
    return null;
  }
  return 2 + aggravationYears;
}

/** The last day of a term that starts on `effectiveOn`; the entry is deleted on the day after (null: no fixed term). */
export function listingExpiresOn(effectiveOn: PlainDate, termYears: number | null): PlainDate | null {
  return termYears === null ? null : addPeriod(effectiveOn, { years: termYears }).end;
}

/** The birth date a PRC resident ID number (18 digits, or the old 15) carries, or null if it carries none. */
export function birthDateFromIdNumber(idNumber: string | null | undefined): PlainDate | null {
  const s = (idNumber ?? '').trim().toUpperCase();
  let ymd: string | null = null;
  if (/^\d{17}[\dX]$/.test(s)) ymd = s.slice(6, 14);
  else if (/^\d{15}$/.test(s)) ymd = `19${s.slice(6, 12)}`;
  if (!ymd) return null;
  const d = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
  return isPlainDate(d) ? d : null;
}

/** Whole years of age on `on` (the 18th birthday is the first day of majority; 29 Feb birthdays turn on 1 March). */
export function ageOn(birthDate: PlainDate, on: PlainDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export interface ListingFacts {
  ground: ListingGround;
  debtorKind: 'person' | 'organization';
  /** The birth date recorded or read from the ID number (persons). */
  birthDate: PlainDate | null;
  /** The day of the decision. */
  decidedOn: PlainDate;
  /** What the case records against a ground-1 listing (DISHONEST art 3). */
  adequateGuarantee: boolean;
  seizedPropertySufficient: boolean;
}

/** Refuses a listing the rule excludes, naming the exclusion (DISHONEST arts 3, 4). */
export function checkListingExclusions(f: ListingFacts): void {
  if (f.debtorKind === 'person') {
    // DISHONEST art 4: a minor is never listed; the age on the day of the decision counts.
    if (f.birthDate === null) refuse('CREDIT_AGE_UNKNOWN', 'invalid', '无法确定被执行人的出生日期（未成年人不得纳入失信名单），请登记出生日期或有效身份证号码。', "The debtor's birth date is unknown (a minor may never be listed): record the birth date or a valid ID number.", { field: '/birthDate' });
    if (ageOn(f.birthDate, f.decidedOn) < 18) refuse('CREDIT_MINOR_EXCLUDED', 'invalid', '被执行人为未成年人，不得纳入失信被执行人名单（《失信被执行人名单规定》第四条）。', 'The debtor is a minor and may never be listed as dishonest (DISHONEST art 4).', { exclusion: 'minor', source: 'DISHONEST art 4' });
  }
  if (f.ground === 1) {
    // DISHONEST art 3 (1)–(2): not "able but refusing" when a guarantee or seized property covers the debt.
    if (f.adequateGuarantee) refuse('CREDIT_GUARANTEE_EXCLUDES', 'invalid', '被执行人已提供充分有效担保，不得以第一项事由纳入失信名单（《失信被执行人名单规定》第三条）。', 'The debtor has given an adequate guarantee: no listing on ground 1 (DISHONEST art 3).', { exclusion: 'guarantee', source: 'DISHONEST art 3(1)' });
    if (f.seizedPropertySufficient) refuse('CREDIT_SEIZED_PROPERTY_EXCLUDES', 'invalid', '已查封、扣押、冻结的财产足以清偿债务，不得以第一项事由纳入失信名单（《失信被执行人名单规定》第三条）。', 'Property already seized covers the debt: no listing on ground 1 (DISHONEST art 3).', { exclusion: 'seizedProperty', source: 'DISHONEST art 3(2)' });
  }
}

/** The day a listing takes effect: at once (the decision day), or after the 失信预告's grace period [U court setting]. */
export function listingEffectiveOn(decidedOn: PlainDate, forewarned: boolean, graceDays: number): PlainDate {
  return forewarned ? addDays(decidedOn, graceDays) : decidedOn;
}

// DISHONEST art 10 [S]: delete within 3 working days when one of these occurs; term expiry [U] (rules.md §10 item 9).
export const DELETION_GROUNDS = ['performed', 'settlementPerformed', 'applicantRequest', 'negativeRequeries', 'suspendedRetrialOrBankruptcy', 'notEnforced', 'terminated', 'termExpired', 'corrected'] as const;
export type DeletionGround = (typeof DELETION_GROUNDS)[number];
export const DELETION_GROUND_LABELS: Readonly<Record<DeletionGround, BilingualMessage & { source: string }>> = {
  performed: { ...zhEn('已履行或者已被执行完毕', 'Performed or fully executed'), source: 'DISHONEST art 10(1)' },
  settlementPerformed: { ...zhEn('执行和解协议已履行完毕', 'The settlement agreement has been performed'), source: 'DISHONEST art 10(2)' },
  applicantRequest: { ...zhEn('申请执行人书面申请删除，人民法院审查同意', 'The applicant asked in writing and the court agreed'), source: 'DISHONEST art 10(3)' },
  negativeRequeries: { ...zhEn('终结本次执行程序后，通过网络执行查控系统查询被执行人财产两次以上，未发现有可供执行财产，且申请执行人或者其他人未提供有效财产线索', 'After 终本, two or more network queries found no property and no clue was given'), source: 'DISHONEST art 10(4)' },
  suspendedRetrialOrBankruptcy: { ...zhEn('因审判监督或破产程序，人民法院依法裁定对失信被执行人中止执行', 'Execution suspended for retrial or bankruptcy'), source: 'DISHONEST art 10(5)' },
  notEnforced: { ...zhEn('人民法院依法裁定不予执行', 'The court ruled not to enforce'), source: 'DISHONEST art 10(6)' },
  terminated: { ...zhEn('人民法院依法裁定终结执行', 'The court ruled to terminate execution'), source: 'DISHONEST art 10(7)' },
  termExpired: { ...zhEn('纳入期限届满', 'The listing term has expired'), source: 'DISHONEST art 2' } /* [U] rules.md §10 item 9 */,
  corrected: { ...zhEn('经纠正不应纳入', 'Corrected: should not have been listed'), source: 'DISHONEST arts 11–12' },
};

/** The deletion ground an execution case's closing gives, if any (closeExecution: 执行完毕 / 终结执行 / 不予执行). */
export function deletionGroundForClosing(method: string): DeletionGround | null {
  return method === 'completed' ? 'performed' : method === 'terminated' ? 'terminated' : method === 'notEnforced' ? 'notEnforced' : null;
}

/**
 * The ID number as the public page shows it [U masking, our choice]: the first 4 and last 4 characters, every other
 * one a '*' (110101199001011234 → 1101**********1234); anything of 8 characters or fewer is masked entirely.
 */
export function maskIdNumber(idNumber: string | null | undefined): string | null {
  const s = (idNumber ?? '').trim();
  if (!s) return null;
  if (s.length <= 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
}
