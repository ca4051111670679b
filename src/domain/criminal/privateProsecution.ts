// 自诉: which cases a victim may prosecute at court directly, who may file, and what the court then does (CrPL arts 114,
// 210, 212; CrPL-Interp arts 317, 320).
import { refuse, type BilingualMessage } from '../errors/domainError';

// CrPL art 210: the three kinds of 自诉 case.
export const PRIVATE_PROSECUTION_GROUNDS = ['complaintOnly', 'minorWithEvidence', 'authoritiesDeclined'] as const;
export type PrivateProsecutionGround = (typeof PRIVATE_PROSECUTION_GROUNDS)[number];

export const PRIVATE_PROSECUTION_GROUND_LABELS: Record<PrivateProsecutionGround, BilingualMessage & { source: string }> = {
  complaintOnly: { 'zh-CN': '告诉才处理的案件', en: 'A case handled only upon complaint', source: 'CrPL art 210(1)' },
  minorWithEvidence: { 'zh-CN': '被害人有证据证明的轻微刑事案件', en: 'A minor criminal case the victim has evidence to prove', source: 'CrPL art 210(2)' },
  authoritiesDeclined: {
    'zh-CN': '被害人有证据证明对被告人侵犯自己人身、财产权利的行为应当依法追究刑事责任，而公安机关或者人民检察院不予追究被告人刑事责任的案件',
    en: 'A violation of the victim’s personal or property rights the police or procuratorate did not pursue',
    source: 'CrPL art 210(3)',
  },
};

/**
 * CrPL art 210(1): the charges handled only upon complaint (告诉才处理), by their names in reference/criminal-charges.json.
 * Each is so only within the paragraph named; the exceptions (e.g. 侮辱、诽谤 seriously endangering public order, CrL art
 * 246 para 2) are prosecuted publicly and are for the court's review, not checked here.
 */
export const COMPLAINT_ONLY_CHARGES: readonly { name: string; source: string }[] = [
  { name: '侮辱罪', source: 'CrL art 246 para 2' },
  { name: '诽谤罪', source: 'CrL art 246 para 2' },
  { name: '暴力干涉婚姻自由罪', source: 'CrL art 257 para 3' },
  { name: '虐待罪', source: 'CrL art 260 para 3' },
  { name: '侵占罪', source: 'CrL art 270 para 3' },
];

export function isComplaintOnlyCharge(name: string): boolean {
  return COMPLAINT_ONLY_CHARGES.some((c) => c.name === name);
}

// CrPL art 114: the victim prosecutes; if the victim has died or lost capacity, the legal representative or a near relative.
export const COMPLAINANT_CAPACITIES = ['victim', 'legalRepresentative', 'nearRelative'] as const;
export type ComplainantCapacity = (typeof COMPLAINANT_CAPACITIES)[number];
export const VICTIM_CONDITIONS = ['deceased', 'incapacitated'] as const;
export type VictimCondition = (typeof VICTIM_CONDITIONS)[number];

export const COMPLAINANT_CAPACITY_LABELS: Record<ComplainantCapacity, BilingualMessage> = {
  victim: { 'zh-CN': '被害人本人', en: 'The victim' },
  legalRepresentative: { 'zh-CN': '被害人的法定代理人', en: 'The victim’s legal representative' },
  nearRelative: { 'zh-CN': '被害人的近亲属', en: 'A near relative of the victim' },
};

// CrPL-Interp art 320 [U: not in rules.md]: the court reviews a 自诉 within 15 days of receiving the 自诉状.
export const PRIVATE_PROSECUTION_REVIEW = { days: 15, source: 'CrPL-Interp art 320' } as const;

// CrPL art 212: a 自诉 may be mediated, and the complainant may settle with the defendant or withdraw — recorded only.
export const PRIVATE_PROSECUTION_SETTLEMENT_SOURCE = 'CrPL art 212';

export interface PrivateProsecutionFacts {
  ground: PrivateProsecutionGround;
  /** The catalogue names of every charge filed. */
  chargeNames: readonly string[];
  capacity: ComplainantCapacity;
  /** Why someone other than the victim files (CrPL art 114). */
  victimCondition?: VictimCondition | null;
  /** Ground (3): the police's or procuratorate's decision not to pursue (e.g. 不予立案通知书), as the complainant states it. */
  authoritiesDecision?: string | null;
}

/** Refuses a 自诉 the law does not let this complainant bring on this ground. */
export function checkPrivateProsecution(f: PrivateProsecutionFacts): void {
  // CrPL art 114: only the victim, or for a victim who died or cannot act, the legal representative or a near relative.
  if (f.capacity !== 'victim' && !f.victimCondition) {
    refuse(
      'PRIVATE_PROSECUTOR_NOT_VICTIM',
      'invalid',
      '自诉应当由被害人提起；被害人死亡或者丧失行为能力的，其法定代理人、近亲属才可以起诉（《刑事诉讼法》第一百一十四条）。',
      'A private prosecution is brought by the victim; a legal representative or near relative may file only if the victim has died or lost capacity (CrPL art 114).',
    );
  }
  if (f.ground === 'complaintOnly') {
    const other = f.chargeNames.filter((n) => !isComplaintOnlyCharge(n));
    if (other.length) {
      refuse(
        'CHARGE_NOT_COMPLAINT_ONLY',
        'invalid',
        `${other.join('、')}不属于告诉才处理的案件（《刑事诉讼法》第二百一十条第一项）；如属被害人有证据证明的轻微刑事案件或者公安机关、人民检察院不予追究的案件，请选择相应的自诉理由。`,
        `${other.join(', ')}: not handled only upon complaint (CrPL art 210(1)); choose ground (2) or (3) if it applies.`,
        { charges: other },
      );
    }
  }
  // CrPL art 210(3): the case is one the police or the procuratorate declined to pursue; the complainant says which decision.
  if (f.ground === 'authoritiesDeclined' && !f.authoritiesDecision?.trim()) {
    refuse(
      'AUTHORITIES_DECISION_REQUIRED',
      'invalid',
      '请说明公安机关或者人民检察院不予追究被告人刑事责任的决定（如不予立案通知书、不起诉决定书）（《刑事诉讼法》第二百一十条第三项）。',
      'State the police or procuratorate decision not to pursue the defendant (e.g. the notice of non-registration or non-prosecution) (CrPL art 210(3)).',
    );
  }
}
