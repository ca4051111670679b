// Which service method is lawful for a document, which the policy picks, and on which day a document counts as
// served (rules.md §3: CPL-2023 arts 87–95, 283; CPL-Interp arts 130–141; ONLINE-LIT arts 29–33; POST art 11).
import { citeEn } from '../citations/citations';
import { addPeriod, asCalendarLength } from '../clock/periodArithmetic';
import { periodLengthFor } from '../clock/periodKinds';
import type { PlainDate } from '../calendar/plainDate';
import { refuse } from '../errors/domainError';

export const METHODS = ['electronic', 'direct', 'mail', 'leftAtResidence', 'entrusted', 'transfer', 'refusedAtCourt', 'publicNotice'] as const;
export type ServiceMethodName = (typeof METHODS)[number];

export const DOCUMENT_KINDS = ['complaintCopy', 'summons', 'judgment', 'ruling', 'mediationAgreement', 'appealCopy', 'notice'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface ServiceFacts {
  document: DocumentKind;
  procedure: string | null;
  /** Consent to electronic service in the address confirmation (CPL-2023 art 90; CPL-Interp art 136). */
  electronicConsent: boolean;
  /** Whether the consent covers judgments, rulings and mediation agreements (paper may be asked for). */
  electronicCoversDecisions: boolean;
  confirmedPostalAddress: boolean;
  /** Whereabouts unknown, or every other method has failed, with the reasons on file (CPL-2023 art 95). */
  publicNoticeGrounds: boolean;
}

const DECISIONS: readonly DocumentKind[] = ['judgment', 'ruling', 'mediationAgreement'];
const SIMPLE_PROCEDURES = new Set(['simple', 'smallClaims']);

/** Refuses a method the law does not allow for this document and recipient. */
export function checkServiceMethod(method: ServiceMethodName, f: ServiceFacts): void {
  if (method === 'electronic') {
    // CPL-2023 art 90: electronic service needs the recipient's consent.
    if (!f.electronicConsent) refuse('SERVICE_NO_CONSENT', 'invalid', '受送达人未同意电子送达，不能电子送达（《民事诉讼法》第九十条）。', `The recipient has not consented to electronic service (${citeEn('CPL-2023 art 90')}).`);
    if (DECISIONS.includes(f.document) && !f.electronicCoversDecisions) {
      refuse('SERVICE_CONSENT_SCOPE', 'invalid', '受送达人的同意不包括判决书、裁定书、调解书，请以纸质方式送达。', 'The consent does not cover judgments, rulings and mediation agreements: serve them on paper.');
    }
  }
  // CPL-Interp art 133: a mediation agreement is served on the party in person, never left at the residence.
  if (f.document === 'mediationAgreement' && (method === 'leftAtResidence' || method === 'publicNotice')) {
    refuse('SERVICE_MEDIATION_IN_PERSON', 'invalid', '调解书应当直接送达当事人本人，不适用留置送达或公告送达（《民诉法解释》第一百三十三条）。', `A mediation agreement is served on the party in person: not left at the residence nor by public notice (${citeEn('CPL-Interp art 133')}).`);
  }
  if (method === 'publicNotice') {
    // CPL-Interp art 140: no public notice in simple procedure (the case must convert to ordinary).
    if (f.procedure && SIMPLE_PROCEDURES.has(f.procedure)) {
      refuse('SERVICE_PUBLIC_NOTICE_SIMPLE', 'invalid', '简易程序案件不适用公告送达，需要公告送达的应转为普通程序（《民诉法解释》第一百四十条）。', `Public notice is not used in simple procedure: convert the case to ordinary procedure first (${citeEn('CPL-Interp art 140')}).`);
    }
    // CPL-2023 art 95: only when the whereabouts are unknown or every other method has failed.
    if (!f.publicNoticeGrounds) {
      refuse('SERVICE_PUBLIC_NOTICE_GROUNDS', 'invalid', '只有受送达人下落不明或者用其他方式无法送达的，才能公告送达，并应在卷宗中记明原因（《民事诉讼法》第九十五条）。', `Public notice is lawful only when the whereabouts are unknown or every other method has failed, with the reasons on file (${citeEn('CPL-2023 art 95')}).`);
    }
  }
}

/** The policy's first choice: electronic when consented, then mail to a confirmed address, then in person; public notice only when lawful. */
export function chooseServiceMethod(f: ServiceFacts): ServiceMethodName {
  const lawful = (m: ServiceMethodName) => {
    try {
      checkServiceMethod(m, f);
      return true;
    } catch {
      return false;
    }
  };
  if (lawful('electronic')) return 'electronic';
  if (f.confirmedPostalAddress) return 'mail';
  if (f.publicNoticeGrounds && lawful('publicNotice')) return 'publicNotice';
  return 'direct';
}

export interface Attempt {
  method: ServiceMethodName;
  /** Electronic: the day the message reached the recipient's system (the court system's successful sending). */
  arrivedOn?: PlainDate;
  /** Electronic to an address the recipient did not provide or confirm: the day the system reports it read. */
  readOn?: PlainDate;
  addressConfirmed?: boolean;
  /** Direct, entrusted, transfer, mail: the day signed for (送达回证, 回执). */
  signedOn?: PlainDate;
  /** Mail returned from an address the recipient confirmed (POST art 11). */
  returnedOn?: PlainDate;
  leftOn?: PlainDate;
  refusedOn?: PlainDate;
  /** Public notice: the last day of posting or publication (CPL-Interp art 138). */
  issuedOn?: PlainDate;
  foreignDomicile?: boolean;
}

export interface DeemedService {
  on: PlainDate | null;
  source: string;
}

/** The day the attempt counts as service, or null when it has not (yet) served the document. */
export function deemedServiceDate(a: Attempt): DeemedService {
  switch (a.method) {
    case 'electronic':
      // CPL-Interp art 135; ONLINE-LIT art 31: arrival at a confirmed address; "read" presumes service otherwise.
      if (a.addressConfirmed !== false) return { on: a.arrivedOn ?? null, source: 'CPL-Interp art 135' };
      return { on: a.readOn ?? null, source: 'ONLINE-LIT art 31' };
    case 'mail':
      if (a.signedOn) return { on: a.signedOn, source: 'CPL-2023 art 91; CPL-Interp art 134' };
      // POST art 11: mail returned from the address the recipient confirmed counts as served on the return date.
      return a.returnedOn && a.addressConfirmed ? { on: a.returnedOn, source: 'POST art 11' } : { on: null, source: 'POST art 11' };
    case 'direct':
    case 'entrusted':
    case 'transfer':
      return { on: a.signedOn ?? null, source: a.method === 'direct' ? 'CPL-2023 art 87' : a.method === 'entrusted' ? 'CPL-2023 art 91' : 'CPL-2023 arts 92–94' };
    case 'leftAtResidence':
      return { on: a.leftOn ?? null, source: 'CPL-2023 art 89; CPL-Interp art 130' };
    case 'refusedAtCourt':
      return { on: a.refusedOn ?? null, source: 'CPL-Interp arts 131, 141' };
    case 'publicNotice': {
      if (!a.issuedOn) return { on: null, source: 'CPL-2023 art 95' };
      // CPL-2023 arts 95, 283: 30 days after the notice (60 without a PRC domicile; 60 domestic before 2022-01-01).
      const { length, version } = periodLengthFor('publicNoticeService', a.issuedOn, { foreignDomicile: a.foreignDomicile ?? false });
      return { on: addPeriod(a.issuedOn, asCalendarLength(length)).end, source: version.source };
    }
  }
}

/** The rule that dates a service recorded after the fact (the day signed, left, refused, or the notice's end). */
export const RECORDED_SERVICE_SOURCES: Record<ServiceMethodName, string> = {
  electronic: 'CPL-Interp art 135',
  direct: 'CPL-2023 art 87',
  mail: 'CPL-Interp art 134',
  leftAtResidence: 'CPL-2023 art 89',
  entrusted: 'CPL-Interp art 134',
  transfer: 'CPL-2023 arts 92–94',
  refusedAtCourt: 'CPL-Interp arts 131, 141',
  publicNotice: 'CPL-2023 art 95',
};

/**
 * Service into a platform account: an address the party gave in its own filing is consented and confirmed
 * (ONLINE-LIT art 29(3)), so it is served on arrival; anyone else is served on the day it reads it (art 31).
 */
export function platformServiceDate(o: { gaveThisAddress: boolean; sentOn: PlainDate; readOn?: PlainDate }): DeemedService {
  return deemedServiceDate({ method: 'electronic', addressConfirmed: o.gaveThisAddress, arrivedOn: o.sentOn, ...(o.readOn ? { readOn: o.readOn } : {}) });
}
