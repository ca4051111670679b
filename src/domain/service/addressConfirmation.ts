// The party's service addresses (送达地址确认书) and what they allow: rules.md §3.3 (POST arts 3, 5, 11;
// CPL-2023 art 90; CPL-Interp arts 136–137; ONLINE-LIT art 29; SERVICE-2017 arts 8–9).
import type { PlainDate } from '../calendar/plainDate';
import { refuse } from '../errors/domainError';
import { emailAddressProblem, mobileNumberProblem } from './contactAddresses';

export const ELECTRONIC_CHANNELS = ['platform', 'email', 'sms'] as const;
export type ElectronicChannel = (typeof ELECTRONIC_CHANNELS)[number];

/** 'all': judgments, rulings and mediation agreements too (CPL-2023 art 90); 'procedural': everything else. */
export const CONSENT_SCOPES = ['all', 'procedural'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export interface ConfirmedAddresses {
  mobile: string | null;
  email: string | null;
  postalAddress: string | null;
  /** The party's portal account receives documents (the platform inbox). */
  platformAccount: boolean;
  electronicConsent: boolean;
  consentScope: ConsentScope;
}

/** Refuses a confirmation the court could not serve on, or one whose consent names no electronic address; `field` names the field at fault. */
export function checkConfirmation(a: ConfirmedAddresses, o: { hasAccount: boolean; signed: boolean }): void {
  // POST art 3: the party signs the confirmation; online, ticking it under one's own account is the signature.
  if (!o.signed) refuse('ADDRESS_NOT_SIGNED', 'invalid', '请阅读并签署送达地址确认书（勾选确认）。', 'Read and sign the address confirmation (tick the box).', { field: '/signed' });
  const mobile = a.mobile === null ? null : mobileNumberProblem(a.mobile);
  if (mobile) refuse('ADDRESS_MOBILE_INVALID', 'invalid', `手机号码“${a.mobile}”不正确：${mobile['zh-CN']}`, `Not a mainland mobile number, "${a.mobile}": ${mobile.en}`, { field: '/mobile' });
  const email = a.email === null ? null : emailAddressProblem(a.email);
  if (email) refuse('ADDRESS_EMAIL_INVALID', 'invalid', `电子邮箱“${a.email}”格式不正确：${email['zh-CN']}`, `Not an e-mail address, "${a.email}": ${email.en}`, { field: '/email' });
  if (a.platformAccount && !o.hasAccount) refuse('ADDRESS_NO_ACCOUNT', 'invalid', '该当事人没有平台账号，不能选择平台送达。', 'This party has no platform account to receive documents in.', { field: '/platformAccount' });
  if (!a.mobile && !a.email && !a.postalAddress && !a.platformAccount) {
    refuse('ADDRESS_EMPTY', 'invalid', '请至少填写一个送达地址（手机、邮箱、平台账号或邮寄地址）。', 'Give at least one address: mobile, e-mail, platform account or postal address.');
  }
  // CPL-2023 art 90; CPL-Interp art 136: consent to electronic service is recorded with the address it goes to.
  if (a.electronicConsent && electronicChannels(a).length === 0) {
    refuse('ADDRESS_CONSENT_WITHOUT_ADDRESS', 'invalid', '同意电子送达的，须提供手机、电子邮箱或平台账号。', 'Consent to electronic service needs a mobile number, e-mail address or platform account.', { field: '/electronicConsent' });
  }
}

/** The electronic channels the confirmation names, in the order the court tries them. */
export function electronicChannels(a: ConfirmedAddresses): ElectronicChannel[] {
  const out: ElectronicChannel[] = [];
  if (a.platformAccount) out.push('platform');
  if (a.email) out.push('email');
  if (a.mobile) out.push('sms');
  return out;
}

/**
 * ONLINE-LIT art 29(3): an electronic address the party gave in its own complaint, appeal or defence is consent;
 * the filer's platform account is such an address until the party confirms otherwise.
 */
export function impliedByFiling(): ConfirmedAddresses {
  return { mobile: null, email: null, postalAddress: null, platformAccount: true, electronicConsent: true, consentScope: 'all' };
}

/** 'givenByOtherParty': what the opposing filer wrote — a lead to try, outside the order of SERVICE-2017 art 8. */
export type AddressSource = 'agreed' | 'courtFiling' | 'otherCase' | 'habitual' | 'registered' | 'confirmed' | 'givenByOtherParty';

export interface AddressEntry {
  kind: 'postal' | 'mobile' | 'email';
  value: string;
  source: AddressSource;
  recordedOn: PlainDate;
}

/** SERVICE-2017 art 8(3): an address confirmed in another case is, for this one, an address used in another suit. */
export function sourceInCase(source: AddressSource, fromCaseId: number | null, caseId: number): AddressSource {
  return source === 'confirmed' && fromCaseId !== caseId ? 'otherCase' : source;
}

// SERVICE-2017 art 8 (1)–(4), then art 9 (registered residence or seat).
const EVASION_ORDER: AddressSource[] = ['agreed', 'courtFiling', 'otherCase', 'habitual', 'registered', 'givenByOtherParty'];
const KIND_ORDER: AddressEntry['kind'][] = ['postal', 'mobile', 'email'];
const WITHIN_A_YEAR = new Set<AddressSource>(['otherCase', 'habitual']);

/**
 * The addresses to use, best first, for a party who will not give one (SERVICE-2017 arts 8–9): the address
 * agreed in the contract, then its own court papers, then one used in another suit or in civil life within a
 * year, then the registered residence or seat. A confirmed address is not evasion: it comes first.
 */
export function addressesForEvasion<T extends AddressEntry>(entries: readonly T[], today: PlainDate): T[] {
  const yearAgo = sameDayYearBefore(today);
  const rank = (e: AddressEntry) => (e.source === 'confirmed' ? -1 : EVASION_ORDER.indexOf(e.source));
  return entries
    .filter((e) => !WITHIN_A_YEAR.has(e.source) || e.recordedOn >= yearAgo)
    .slice()
    .sort((a, b) => rank(a) - rank(b) || (a.recordedOn < b.recordedOn ? 1 : a.recordedOn > b.recordedOn ? -1 : 0) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/** The same calendar day a year earlier (29 February → 28 February): "一年内" counted by the calendar. */
function sameDayYearBefore(d: PlainDate): PlainDate {
  const y = Number(d.slice(0, 4)) - 1;
  const md = d.slice(5) === '02-29' ? '02-28' : d.slice(5);
  return `${String(y).padStart(4, '0')}-${md}`;
}
