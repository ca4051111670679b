// The filing form's values and their translation to the API's FilingInput (and back, for correcting a filing).
import type { AdministrativeActTypeKey } from '../../domain/administrative/actTypes';
import type { JurisdictionValues } from '../jurisdiction/JurisdictionFields';
import type { UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CurrentUser } from '../../contracts/auth';
import type { Attachment, CaseDetail, FilingInput, PartyInput } from '../../contracts/cases';
import type { AddressConfirmationValues } from '../service/AddressConfirmationFields';
import { elementsInputOf, type ElementFormValues } from '../elements/elementForm';

/** Who fills the wizard: a party for themself, a lawyer for clients, or a filing clerk at the counter (跨域立案) for neither. */
export type FilerRole = 'party' | 'lawyer' | 'clerk';

/** The materials a filer must upload: a clerk at the counter records the party's own filing, so the party's list. */
export const materialFilerOf = (role: FilerRole): 'party' | 'lawyer' => (role === 'lawyer' ? 'lawyer' : 'party');

export interface PartyFormValue {
  standing: PartyInput['standing'];
  kind: PartyInput['kind'];
  name?: string;
  idType?: PartyInput['idType'];
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  address?: string;
  phone?: string;
  isSelf?: boolean;
  isClient?: boolean;
  /** The number as the server showed it (masked); the filer must type it again to keep it. */
  maskedIdNumber?: string;
}

export interface CauseValue {
  value: number;
  label: string;
  /** The catalogue key ('103-3'), which decides whether an element form is offered. */
  key?: string;
}

/** 行初: the challenged act as the wizard holds it (dates as picked). */
export interface AdministrativeActValues {
  name?: string;
  documentNumber?: string;
  actOn?: Dayjs;
  knownOn?: Dayjs;
  hadReconsideration?: boolean;
  decisionOn?: Dayjs;
  receivedOn?: Dayjs;
  /** ALL art 12 para 1 (actTypes.ts). */
  actType?: AdministrativeActTypeKey;
  /** ALL art 46 para 2. */
  concernsRealEstate?: boolean;
  /** ALL art 47: asked the organ to act on this day; the period a law sets (days); an emergency. */
  dutyAppliedOn?: Dayjs;
  dutyPeriodDays?: number;
  isEmergency?: boolean;
}

export type FileableCaseType = '民初' | '行初';

export interface FilingFormValues {
  /** 民事起诉 (民初) or 行政起诉 (行初); absent means 民初. */
  caseType?: FileableCaseType;
  administrativeAct?: AdministrativeActValues;
  courtId?: number;
  causeId?: CauseValue;
  parties: PartyFormValue[];
  claims: string[];
  amount?: string;
  facts?: string;
  complaintFiles?: UploadFile<Attachment>[];
  /** A lawyer's 授权委托书 and 律师执业证 (CPL-Interp art 88). */
  authorizationFiles?: UploadFile<Attachment>[];
  lawyerLicenceFiles?: UploadFile<Attachment>[];
  evidenceFiles?: UploadFile<Attachment>[];
  /** The filer's 送达地址确认书, signed with the filing (absent when correcting a filing). */
  addresses?: AddressConfirmationValues;
  /** Accepts pre-litigation mediation if the court proposes it (asked at the last step; absent when correcting). */
  mediationConsent?: boolean;
  /** The places jurisdiction turns on (the proposal of the first step). */
  jurisdiction?: JurisdictionValues;
  /** 跨域立案: the clerk saw the filing party's identity document at the counter (the API has no field: the UI requires it). */
  identityChecked?: boolean;
  /** 要素式起诉, where the cause has an element schema and the filer chose it. */
  elements?: ElementFormValues;
}

export type FilingContent = Omit<FilingInput, 'caseType' | 'courtId'>;

/** Yuan as the API takes them: up to 13 integer digits and 2 decimals (mirrors contracts/cases YuanAmount). */
export const YUAN_PATTERN = /^(0|[1-9]\d{0,12})(\.\d{1,2})?$/;
export const PHONE_PATTERN = /^[0-9+\- ]*$/;

export function filerRoleOf(user: CurrentUser): Exclude<FilerRole, 'clerk'> {
  return user.roles.includes('lawyer') ? 'lawyer' : 'party';
}

export function blankParty(standing: PartyInput['standing']): PartyFormValue {
  return { standing, kind: 'person', idType: 'residentId' };
}

/**
 * A new complaint starts with one plaintiff (the filer, for a party filing in person) and one defendant. At the counter
 * (`clerk`) both are blank and no 送达地址确认书 is signed: the clerk is not a party (the competent court serves later).
 */
export function initialFilingValues(user: CurrentUser, role: FilerRole = filerRoleOf(user)): FilingFormValues {
  if (role === 'clerk') return { parties: [blankParty('plaintiff'), blankParty('defendant')], claims: [''], complaintFiles: [], evidenceFiles: [] };
  const self: PartyFormValue = { ...blankParty('plaintiff'), name: user.displayName, idNumber: user.idNumber ?? undefined, phone: user.phone ?? undefined, isSelf: true };
  const plaintiff: PartyFormValue = role === 'party' ? self : { ...blankParty('plaintiff'), isClient: true };
  const addresses: AddressConfirmationValues = { mobile: user.phone ?? undefined, platformAccount: true, electronicConsent: true, consentScope: 'all', signed: false };
  return { parties: [plaintiff, blankParty('defendant')], claims: [''], complaintFiles: [], evidenceFiles: [], addresses };
}

const text = (v: string | undefined) => {
  const s = v?.trim();
  return s ? s : undefined;
};

function toPartyInput(p: PartyFormValue, role: FilerRole): PartyInput {
  const out: PartyInput = { standing: p.standing, kind: p.kind, name: p.name?.trim() ?? '' };
  if (p.kind === 'person') {
    const idNumber = text(p.idNumber);
    if (idNumber) {
      out.idNumber = idNumber;
      out.idType = p.idType ?? 'residentId';
    }
  } else {
    // An organisation or an administrative organ (行政机关): a legal person with a credit code and its head.
    const creditCode = text(p.creditCode);
    const rep = text(p.legalRepresentative);
    if (creditCode) out.creditCode = creditCode;
    if (rep) out.legalRepresentative = rep;
  }
  const address = text(p.address);
  const phone = text(p.phone);
  if (address) out.address = address;
  if (phone) out.phone = phone;
  if (role === 'party' && p.isSelf) out.isSelf = true;
  if (role === 'lawyer' && p.isClient) out.isClient = true;
  return out;
}

export function uploadedIds(files: UploadFile<Attachment>[] | undefined): number[] {
  return (files ?? []).filter((f) => f.status === 'done' && f.response).map((f) => f.response!.id);
}

/** Every upload of the filing, of whatever kind. */
export const materialFiles = (v: FilingFormValues): UploadFile<Attachment>[] => [
  ...(v.complaintFiles ?? []),
  ...(v.authorizationFiles ?? []),
  ...(v.lawyerLicenceFiles ?? []),
  ...(v.evidenceFiles ?? []),
];

const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD') ?? '';

/** The act as the API takes it (ALL arts 45–46: with the reconsideration only when one came first). */
export function toAdministrativeActInput(a: AdministrativeActValues | undefined): NonNullable<FilingContent['administrativeAct']> {
  const documentNumber = text(a?.documentNumber);
  const receivedOn = a?.hadReconsideration && a.receivedOn ? { receivedOn: day(a.receivedOn) } : {};
  return {
    name: a?.name?.trim() ?? '',
    ...(documentNumber ? { documentNumber } : {}),
    actOn: day(a?.actOn),
    knownOn: day(a?.knownOn),
    ...(a?.actType ? { actType: a.actType } : {}),
    ...(a?.concernsRealEstate ? { concernsRealEstate: true } : {}),
    ...(a?.actType === 'nonPerformance' && a.dutyAppliedOn ? { dutyApplication: { appliedOn: day(a.dutyAppliedOn), ...(a.dutyPeriodDays ? { periodDays: a.dutyPeriodDays } : {}), ...(a.isEmergency ? { isEmergency: true } : {}) } } : {}),
    ...(a?.hadReconsideration ? { reconsideration: { decisionOn: day(a.decisionOn), ...receivedOn } } : {}),
  };
}

export function toFilingContent(v: FilingFormValues, role: FilerRole, keptAttachmentIds: number[] = []): FilingContent {
  const amount = text(v.amount);
  const isAdministrative = v.caseType === '行初';
  return {
    ...(isAdministrative ? { administrativeAct: toAdministrativeActInput(v.administrativeAct) } : { causeId: v.causeId?.value ?? 0 }),
    claims: v.claims.map((c) => c.trim()).filter(Boolean),
    ...(amount ? { amount } : {}),
    facts: v.facts?.trim() ?? '',
    parties: v.parties.map((p) => toPartyInput(p, role)),
    attachmentIds: [...keptAttachmentIds, ...uploadedIds(materialFiles(v))],
    ...(v.addresses ? { addressConfirmation: toConfirmationInput(v.addresses) } : {}),
    ...(v.mediationConsent !== undefined ? { mediationConsent: v.mediationConsent } : {}),
    ...(!isAdministrative ? elementsInputOf(v) : {}),
  };
}

function toConfirmationInput(a: AddressConfirmationValues): NonNullable<FilingInput['addressConfirmation']> {
  return {
    mobile: text(a.mobile) ?? null,
    email: text(a.email) ?? null,
    postalAddress: text(a.postalAddress) ?? null,
    platformAccount: !!a.platformAccount,
    electronicConsent: !!a.electronicConsent,
    consentScope: a.consentScope,
    signed: !!a.signed,
  };
}

const isMasked = (s: string | null) => !!s && s.includes('*');

/** The filing as the case detail shows it, ready to correct. Masked identity numbers must be typed again. */
export function filingValuesFromDetail(d: CaseDetail, user: CurrentUser): FilingFormValues {
  const role = filerRoleOf(user);
  const mine = new Set(d.myPartyIds);
  const parties = d.parties.map((p): PartyFormValue => {
    const standing = (['plaintiff', 'defendant', 'thirdParty'].includes(p.standing) ? p.standing : 'plaintiff') as PartyInput['standing'];
    return {
      standing,
      kind: p.kind === 'organization' || p.kind === 'organ' ? p.kind : 'person',
      name: p.name,
      idType: (p.idType ?? (p.kind === 'person' ? 'residentId' : undefined)) as PartyInput['idType'],
      idNumber: isMasked(p.idNumber) ? '' : (p.idNumber ?? ''),
      maskedIdNumber: isMasked(p.idNumber) ? p.idNumber! : undefined,
      creditCode: p.creditCode ?? '',
      legalRepresentative: p.legalRepresentative ?? '',
      address: p.address ?? '',
      phone: p.phone ?? '',
      isSelf: role === 'party' && mine.has(p.id),
      isClient: role === 'lawyer' && p.agents.some((a) => a.userId === user.id),
    };
  });
  const act = d.administrativeAct;
  return {
    ...(d.caseType === '行初' ? { caseType: '行初' as const } : {}),
    ...(act
      ? {
          administrativeAct: {
            name: act.name,
            documentNumber: act.documentNumber ?? '',
            actOn: dayjs(act.actOn),
            knownOn: dayjs(act.knownOn),
            hadReconsideration: !!act.reconsideration,
            ...(act.actType ? { actType: act.actType as AdministrativeActTypeKey } : {}),
            concernsRealEstate: act.concernsRealEstate,
            ...(act.dutyApplication ? { dutyAppliedOn: dayjs(act.dutyApplication.appliedOn), isEmergency: act.dutyApplication.isEmergency, ...(act.dutyApplication.periodDays ? { dutyPeriodDays: act.dutyApplication.periodDays } : {}) } : {}),
            ...(act.reconsideration ? { decisionOn: dayjs(act.reconsideration.decisionOn), ...(act.reconsideration.receivedOn ? { receivedOn: dayjs(act.reconsideration.receivedOn) } : {}) } : {}),
          },
        }
      : {}),
    causeId: d.causeId ? { value: d.causeId, label: d.causeName ?? String(d.causeId) } : undefined,
    parties,
    claims: d.claims.length ? [...d.claims] : [''],
    amount: d.amount ?? '',
    facts: d.facts,
    complaintFiles: [],
    evidenceFiles: [],
  };
}

/** The whole request of a filing (POST /filings, or /filings/cross-region for a clerk at the counter). */
export function toFilingInput(v: FilingFormValues, role: FilerRole, jurisdiction: Pick<FilingInput, 'jurisdiction'>): FilingInput {
  const content = toFilingContent(v, role);
  // A clerk signs no 送达地址确认书 for the party (the form has none at the counter; never send one).
  if (role === 'clerk') delete content.addressConfirmation;
  return { caseType: v.caseType ?? '民初', courtId: v.courtId ?? 0, ...content, ...jurisdiction };
}

/** The form field of a path into a filing request ('filing' wraps the content when correcting; the form keeps the 送达地址确认书 under `addresses`). */
export function formPathOfRequest(path: (string | number)[]): (string | number)[] {
  const inner = path[0] === 'filing' ? path.slice(1) : path;
  return inner[0] === 'addressConfirmation' ? ['addresses', ...inner.slice(1)] : inner;
}
