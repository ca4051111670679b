// 司法确认 of a mediation agreement (CPL-2023 arts 205–206; CPL-Interp arts 352–358): who applies, when, what may
// be confirmed, and the grounds on which it is refused.
import type { PlainDate } from '../calendar/plainDate';
import type { WorkCalendar } from '../calendar/workCalendar';
import { citationLabel, citeEn } from '../citations/citations';
import { computeDueDate, type DueDate } from '../clock/periodArithmetic';
import { PERIOD_KINDS, periodLengthFor } from '../clock/periodKinds';
import { refuse, type BilingualMessage } from '../errors/domainError';

// CPL-Interp art 355: subjects a confirmation application cannot have.
export const INADMISSIBLE_SUBJECTS = ['statusRelation', 'realRightOwnership', 'ipOwnership', 'otherProcedure', 'outsideJurisdiction'] as const;
export type InadmissibleSubject = (typeof INADMISSIBLE_SUBJECTS)[number];

export const INADMISSIBLE_SUBJECT_LABELS: Record<InadmissibleSubject, BilingualMessage> = {
  statusRelation: { 'zh-CN': '涉及婚姻、亲子、收养等身份关系', en: 'a status relation (marriage, parentage, adoption)' },
  realRightOwnership: { 'zh-CN': '确认物权归属', en: 'confirming the ownership of a real right' },
  ipOwnership: { 'zh-CN': '确认知识产权归属', en: 'confirming the ownership of intellectual property' },
  otherProcedure: { 'zh-CN': '应当适用特别程序、公示催告程序、破产程序审理', en: 'a matter for another special, public-summons or bankruptcy procedure' },
  outsideJurisdiction: { 'zh-CN': '不属于人民法院受理范围或本院管辖', en: "outside the courts' remit or this court's jurisdiction" },
};

// CPL-Interp art 355: an application with any of these subjects is refused (不予受理), naming them.
export function checkConfirmationAdmissible(subjects: readonly InadmissibleSubject[]): void {
  if (!subjects.length) return;
  const zh = subjects.map((s) => INADMISSIBLE_SUBJECT_LABELS[s]['zh-CN']).join('；');
  const en = subjects.map((s) => INADMISSIBLE_SUBJECT_LABELS[s].en).join('; ');
  refuse('CONFIRMATION_INADMISSIBLE', 'invalid', `该调解协议不能申请司法确认：${zh}（${citationLabel('CPL-Interp art 355')['zh-CN']}）。`, `This agreement cannot be confirmed: ${en} (${citeEn('CPL-Interp art 355')}).`, { subjects });
}

// CPL-2023 art 205: the parties apply within 30 days of the agreement taking effect — a party's period (CPL-2023 art 85).
const ART_205 = citationLabel('CPL-2023 art 205')['zh-CN'];

export function confirmationApplicationDue(effectiveOn: PlainDate, calendar: WorkCalendar, weekendsAreRestDays: boolean): DueDate {
  const rule = PERIOD_KINDS.confirmationApplication;
  const { length, version } = periodLengthFor('confirmationApplication', effectiveOn, {});
  return computeDueDate({
    trigger: effectiveOn,
    triggerFact: rule.trigger,
    length,
    period: { label: rule.label, source: version.source },
    calendar,
    options: { rollForward: true, weekendsAreRestDays },
  });
}

export interface ConfirmationApplication {
  appliedOn: PlainDate;
  /** Every party to the agreement, and who has signed it and who joins the application. */
  agreementPartyIds: readonly number[];
  signedPartyIds: readonly number[];
  applicantPartyIds: readonly number[];
  due: DueDate;
}

// CPL-2023 art 205: both parties apply jointly, within 30 days, on an agreement every party has signed.
export function checkConfirmationApplication(a: ConfirmationApplication): void {
  const unsigned = a.agreementPartyIds.filter((id) => !a.signedPartyIds.includes(id));
  if (unsigned.length) {
    refuse('AGREEMENT_NOT_SIGNED_BY_ALL', 'invalid', '调解协议尚未经各方当事人签章确认，不能申请司法确认。', 'Every party must sign the agreement before it can be confirmed.', { unsignedPartyIds: unsigned });
  }
  const absent = a.agreementPartyIds.filter((id) => !a.applicantPartyIds.includes(id));
  if (absent.length) {
    refuse('CONFIRMATION_NOT_JOINT', 'invalid', `司法确认须由双方当事人共同申请（${ART_205}），尚有当事人未参加申请。`, `The parties apply for confirmation jointly (${citeEn('CPL-2023 art 205')}); some have not joined.`, { absentPartyIds: absent });
  }
  if (a.appliedOn > a.due.due) {
    refuse(
      'CONFIRMATION_OUT_OF_TIME',
      'invalid',
      `申请司法确认应当自调解协议生效之日起三十日内提出（${ART_205}），期限已于 ${a.due.due} 届满。`,
      `Judicial confirmation must be applied for within 30 days of the agreement taking effect (${citeEn('CPL-2023 art 205')}); the period ended on ${a.due.due}.`,
      { dueOn: a.due.due },
    );
  }
}

// CPL-Interp art 358: the grounds on which the court refuses to confirm (裁定驳回申请).
export const CONFIRMATION_REFUSAL_GROUNDS = ['violatesMandatoryLaw', 'harmsOthers', 'publicOrder', 'notVoluntary', 'contentUnclear', 'other'] as const;
export type ConfirmationRefusalGround = (typeof CONFIRMATION_REFUSAL_GROUNDS)[number];

export const CONFIRMATION_REFUSAL_GROUND_LABELS: Record<ConfirmationRefusalGround, BilingualMessage> = {
  violatesMandatoryLaw: { 'zh-CN': '违反法律强制性规定', en: 'It violates a mandatory provision of law' },
  harmsOthers: { 'zh-CN': '损害国家利益、社会公共利益、他人合法权益', en: 'It harms the interests of the State, the public or others' },
  publicOrder: { 'zh-CN': '违背公序良俗', en: 'It is contrary to public order and good morals' },
  notVoluntary: { 'zh-CN': '违反自愿原则', en: 'It was not voluntary' },
  contentUnclear: { 'zh-CN': '内容不明确', en: 'Its content is unclear' },
  other: { 'zh-CN': '其他不能进行司法确认的情形', en: 'Another reason it cannot be confirmed' },
};

// CPL-Interp art 358: a dismissal states its grounds; a confirmation needs none.
export function checkConfirmationRuling(decision: 'confirm' | 'dismiss', grounds: readonly ConfirmationRefusalGround[] | undefined): void {
  if (decision === 'dismiss' && !grounds?.length) {
    refuse(
      'CONFIRMATION_DISMISSAL_GROUNDS_REQUIRED',
      'invalid',
      `裁定驳回申请应当写明理由（${citationLabel('CPL-Interp art 358')['zh-CN']}），请选择驳回的情形。`,
      `A dismissal must state its grounds (${citationLabel('CPL-Interp art 358').en}); choose them.`,
      { field: 'grounds' },
    );
  }
}

/** The reason of a refusal to register the application, naming the inadmissible subjects (CPL-Interp art 355). */
export function inadmissibilityReason(subjects: readonly InadmissibleSubject[]): BilingualMessage {
  const cite = citationLabel('CPL-Interp art 355');
  return {
    'zh-CN': `该调解协议不能申请司法确认：${subjects.map((s) => INADMISSIBLE_SUBJECT_LABELS[s]['zh-CN']).join('；')}（${cite['zh-CN']}）。`,
    en: `This agreement cannot be confirmed: ${subjects.map((s) => INADMISSIBLE_SUBJECT_LABELS[s].en).join('; ')} (${cite.en}).`,
  };
}
