// Guards: rules of law checked before an event is applied. Each throws a DomainError to refuse.
import { citeEn } from '../citations/citations';
import type { Static } from 'typebox';
import { dateInZone } from '../calendar/plainDate';
import { checkServiceMethod } from '../service/serviceRules';
import { refuse } from '../errors/domainError';
import type { ClosingMethod, RulingKind } from './caseModel';
import type { Guard } from './defineCaseType';
import type {
  AcceptFirstInstanceInput,
  AppealInput,
  AssignInput,
  ChangeProcedureInput,
  CloseInput,
  DecideExtensionInput,
  EndDeductionInput,
  PostponeHearingInput,
  RecordDeductionInput,
  RecordServiceInput,
  SERVED_DOCUMENTS,
  ServeOnPlatformInput,
  ScheduleHearingInput,
} from './eventInputs';

// CPL-2023 arts 160, 165: simple and small-claims procedures are for basic courts (and their tribunals).
export const simpleProceduresOnlyAtBasicCourts: Guard<Static<typeof AcceptFirstInstanceInput>> = ({ case: c, input }) => {
  if (input.procedure !== 'ordinary' && c.courtLevel !== 'basic') {
    refuse(
      'PROCEDURE_NOT_AVAILABLE',
      'invalid',
      '简易程序和小额诉讼程序只适用于基层人民法院（《民事诉讼法》第一百六十条、第一百六十五条），请选择普通程序。',
      `Simple and small-claims procedures are only for basic courts (${citeEn('CPL-2023 arts 160, 165')}); choose the ordinary procedure.`,
    );
  }
};

// Manual assignment is the division chief's (or president's) decision and must state its reason.
export const manualAssignmentByChiefWithReason: Guard<Static<typeof AssignInput>> = ({ input, actorRole }) => {
  if (input.mode !== 'manual') {
    if (input.judgeId !== undefined || (input.memberIds?.length ?? 0) > 0) {
      refuse('ASSIGNMENT_INPUT_INVALID', 'invalid', '随机分案不能指定法官。', 'Random assignment cannot name judges.');
    }
    return;
  }
  if (actorRole !== 'divisionChief' && actorRole !== 'president') {
    refuse('ASSIGNMENT_MANUAL_FORBIDDEN', 'forbidden', '只有庭长或院长可以指定分案。', 'Only the division chief or the president may assign a case manually.');
  }
  if (!input.reason?.trim()) {
    refuse('ASSIGNMENT_REASON_REQUIRED', 'invalid', '指定分案必须写明理由。', 'A manual assignment must state its reason.');
  }
  if (input.judgeId === undefined) {
    refuse('ASSIGNMENT_INPUT_INVALID', 'invalid', '指定分案必须选择承办法官。', 'Choose the judge in charge for a manual assignment.');
  }
};

// CPL-2023 arts 40–41: panels have an odd number of members; simple procedure and small claims are heard by one judge.
export const trialOrganizationFitsProcedure: Guard<Static<typeof AssignInput>> = ({ case: c, input }) => {
  const members = input.memberIds ?? [];
  // CPL-2023 art 41 [U paragraph]: a retrial (民再) is heard by a newly formed collegial panel, never by a sole judge.
  if (input.organization === 'sole' && c.caseType === '民再') {
    refuse('TRIAL_ORGANIZATION_NOT_ALLOWED', 'invalid', '审理再审案件，应当另行组成合议庭（《民事诉讼法》第四十一条）。', `A retrial is heard by a newly formed collegial panel (${citeEn('CPL-2023 art 41')}).`);
  }
  if (input.organization === 'sole') {
    if (members.length > 0) {
      refuse('ASSIGNMENT_INPUT_INVALID', 'invalid', '独任审理不能再指定合议庭成员。', 'A sole judge has no other panel members.');
    }
    // ALL art 68: an administrative case is heard by a panel; a sole judge only under the simple procedure (ALL art 83).
    if (c.caseType.startsWith('行') && c.procedure !== 'simple') {
      refuse('TRIAL_ORGANIZATION_NOT_ALLOWED', 'invalid', '行政案件应当组成合议庭审理；适用简易程序的，由审判员一人独任审理（《行政诉讼法》第六十八条、第八十三条）。', 'An administrative case is heard by a collegial panel; a sole judge only under the simple procedure (ALL arts 68, 83).');
    }
    // CPL-2023 art 40 para 2: sole judge in ordinary procedure only at basic courts.
    if (c.procedure === 'ordinary' && c.courtLevel !== 'basic') {
      refuse('TRIAL_ORGANIZATION_NOT_ALLOWED', 'invalid', '基层人民法院以外的法院适用普通程序审理的第一审案件应当组成合议庭（《民事诉讼法》第四十条）。', `Outside basic courts, first-instance ordinary cases are heard by a collegial panel (${citeEn('CPL-2023 art 40')}).`);
    }
    // CPL-2023 art 41 para 2: sole judge at second instance only at intermediate courts (with the parties' consent).
    if (c.procedure === 'secondInstance' && c.courtLevel !== 'intermediate') {
      refuse('TRIAL_ORGANIZATION_NOT_ALLOWED', 'invalid', '第二审独任审理仅限中级人民法院（《民事诉讼法》第四十一条第二款）。', `A sole judge at second instance is only possible at an intermediate court (${citeEn('CPL-2023 art 41 para 2')}).`);
    }
    if (c.procedure === 'secondInstance' && !input.reason?.trim()) {
      refuse('ASSIGNMENT_REASON_REQUIRED', 'invalid', '第二审独任审理须写明理由（事实清楚、权利义务关系明确并经双方当事人同意）。', `State why a sole judge may hear this appeal (clear facts and both parties consent, ${citeEn('CPL-2023 art 41 para 2')}).`);
    }
    return;
  }
  if (c.procedure === 'simple' || c.procedure === 'smallClaims') {
    refuse('TRIAL_ORGANIZATION_NOT_ALLOWED', 'invalid', '简易程序和小额诉讼案件由审判员一人独任审理（《民事诉讼法》第四十条、第一百六十条）；如需合议，请先转为普通程序。', `Simple-procedure and small-claims cases are heard by a sole judge (${citeEn('CPL-2023 arts 40, 160')}); convert to ordinary procedure first.`);
  }
  if (input.mode === 'manual' && (members.length + 1) % 2 === 0) {
    refuse('PANEL_SIZE_EVEN', 'invalid', '合议庭成员人数必须是单数（《民事诉讼法》第四十条）。', `A collegial panel must have an odd number of members (${citeEn('CPL-2023 art 40')}).`);
  }
  if (input.mode === 'manual' && members.length < 2) {
    refuse('PANEL_TOO_SMALL', 'invalid', '合议庭至少由三人组成。', 'A collegial panel has at least three members.');
  }
};

// CPL-Interp art 258: only simple (or small-claims) cases convert to ordinary procedure; the limit keeps its start.
export const onlySimpleProceduresConvert: Guard<Static<typeof ChangeProcedureInput>> = ({ case: c }) => {
  if (c.procedure !== 'simple' && c.procedure !== 'smallClaims') {
    refuse('PROCEDURE_CHANGE_NOT_ALLOWED', 'invalid', '只有简易程序或小额诉讼案件可以转为普通程序。', 'Only simple-procedure or small-claims cases can convert to the ordinary procedure.');
  }
};

export const hearingSlotIsSane: Guard<Static<typeof ScheduleHearingInput> | Static<typeof PostponeHearingInput>> = ({ input, today, timeZone }) => {
  const start = Date.parse(input.startsAt);
  const end = Date.parse(input.endsAt);
  if (!(end > start)) {
    refuse('HEARING_TIME_INVALID', 'invalid', '开庭结束时间必须晚于开始时间。', 'The hearing must end after it starts.');
  }
  if (end - start > 12 * 3600_000) {
    refuse('HEARING_TIME_INVALID', 'invalid', '单次开庭时长不能超过12小时。', 'A hearing slot cannot exceed 12 hours.');
  }
  if (dateInZone(new Date(start), timeZone) < today) {
    refuse('HEARING_IN_PAST', 'invalid', '不能把开庭安排在过去的日期。', 'A hearing cannot be scheduled on a past date.');
  }
};

// CPL-2023 art 157: of first-instance rulings only 不予受理, 管辖权异议 and 驳回起诉 are appealable.
const APPEALABLE_RULINGS: readonly RulingKind[] = ['inadmissible', 'jurisdiction', 'dismissal'];

export function isAppealableOutcome(method: ClosingMethod | null, rulingKind: RulingKind | null): boolean {
  if (method === 'judgment') return true;
  return method === 'ruling' && rulingKind !== null && APPEALABLE_RULINGS.includes(rulingKind);
}

export const closingIsLawful: Guard<Static<typeof CloseInput>> = ({ case: c, input, today }) => {
  if (input.closedOn > today) {
    refuse('CLOSING_DATE_IN_FUTURE', 'invalid', '结案日期不能晚于今天。', 'The closing date cannot be later than today.');
  }
  if (c.acceptedOn && input.closedOn < c.acceptedOn) {
    refuse('CLOSING_DATE_BEFORE_ACCEPTANCE', 'invalid', `结案日期不能早于立案日期 ${c.acceptedOn}。`, `The closing date cannot be before the acceptance date ${c.acceptedOn}.`);
  }
  if (input.method === 'ruling' && !input.rulingKind) {
    refuse('RULING_KIND_REQUIRED', 'invalid', '以裁定结案时请选择裁定类型。', 'Choose the kind of ruling that closes the case.');
  }
  if (input.method !== 'ruling' && input.rulingKind) {
    refuse('RULING_KIND_UNEXPECTED', 'invalid', '只有以裁定结案时才需要选择裁定类型。', 'A ruling kind only applies when the case closes by ruling.');
  }
};

// First-instance judgments are pronounced after a court hearing (CPL-2023 arts 139–151).
export const judgmentNeedsHearing: Guard<Static<typeof CloseInput>> = ({ case: c, input }) => {
  if (input.method === 'judgment' && !c.hasHeldHearing) {
    refuse('JUDGMENT_WITHOUT_HEARING', 'invalid', '第一审案件须经开庭审理后才能判决结案，请先记录庭审。', 'A first-instance case is decided by judgment only after a hearing; record the hearing first.');
  }
};

// Closed by judgment, ruling or mediation: the signed document is what is served (rules.md §3), so it is filed at
// closing; only a judgment pronounced orally is written later, within 10 days (CPL-2023 art 151).
export const closingHasItsDocument: Guard<Static<typeof CloseInput>> = ({ input }) => {
  if (input.documentId !== undefined) return;
  // 驳回起诉 and jurisdiction rulings are generated from the case and the reasons the judge writes (docs/documents.md).
  if (input.method === 'ruling' && (input.rulingKind === 'dismissal' || input.rulingKind === 'jurisdiction')) {
    if (!input.summary?.trim()) {
      refuse('RULING_REASONS_REQUIRED', 'invalid', '不上传裁定书时，请在“结案摘要”中写明裁定理由，系统据此生成裁定书。', 'Without an uploaded ruling, write its reasons in the summary: the ruling is generated from them.');
    }
    return;
  }
  const needed = input.method === 'judgment' ? !input.oralPronouncement : input.method === 'ruling' || input.method === 'mediation';
  if (needed) {
    refuse('CLOSING_DOCUMENT_REQUIRED', 'invalid', '以判决、裁定或调解结案须上传签发的判决书、裁定书或调解书。', 'A case closed by judgment, ruling or mediation needs its signed judgment, ruling or mediation document uploaded.');
  }
};

// EXT-2018 art 1: a refusal of an extension, like any decision, states its reasons.
export const refusalStatesReasons: Guard<Static<typeof DecideExtensionInput>> = ({ input }) => {
  if (!input.note?.trim()) {
    refuse('EXTENSION_REFUSAL_REASON_REQUIRED', 'invalid', '不批准延长审限须写明理由。', 'A refusal to extend the trial limit must state its reasons.');
  }
};

// TL-2000 art 9 / CPL-Interp art 243: a deduction is an interval of the case's own life, ending after it starts.
export const deductionDatesAreSane: Guard<Static<typeof RecordDeductionInput>> = ({ case: c, input, today }) => {
  if (input.endsOn && input.endsOn < input.startsOn) {
    refuse('DEDUCTION_ENDS_BEFORE_START', 'invalid', `扣除期间的结束日 ${input.endsOn} 早于开始日 ${input.startsOn}。`, `The deduction ends (${input.endsOn}) before it starts (${input.startsOn}).`);
  }
  if (input.startsOn > today || (input.endsOn && input.endsOn > today)) {
    refuse('DEDUCTION_IN_FUTURE', 'invalid', '扣除期间不能从将来开始或在将来结束；进行中的扣除请不填结束日。', 'A deduction cannot start or end in the future; leave the end empty while it runs.');
  }
  if (c.acceptedOn && input.startsOn < c.acceptedOn) {
    refuse('DEDUCTION_BEFORE_ACCEPTANCE', 'invalid', `扣除期间不能早于立案日 ${c.acceptedOn}。`, `A deduction cannot start before the case was registered (${c.acceptedOn}).`);
  }
};

export const deductionEndIsSane: Guard<Static<typeof EndDeductionInput>> = ({ input, today }) => {
  if (input.endsOn > today) {
    refuse('DEDUCTION_IN_FUTURE', 'invalid', '扣除期间的结束日不能晚于今天。', 'A deduction cannot end after today.');
  }
};

// What may be served when: the complaint copy while the case is being tried; judgments and rulings once it is closed.
export const serviceFitsTheCase: Guard<Static<typeof RecordServiceInput>> = ({ case: c, input, today }) => {
  if (input.method === 'publicNotice') {
    // CPL-2023 art 95; CPL-Interp art 140: only with grounds on file, never in simple procedure.
    checkServiceMethod('publicNotice', {
      document: input.document,
      procedure: c.procedure,
      electronicConsent: false,
      electronicCoversDecisions: false,
      confirmedPostalAddress: false,
      publicNoticeGrounds: !!input.publicNoticeReason?.trim(),
    });
  }
  if (input.servedOn > today) {
    refuse('SERVICE_DATE_IN_FUTURE', 'invalid', '送达日期不能晚于今天。', 'The service date cannot be later than today.');
  }
  if (c.acceptedOn && input.servedOn < c.acceptedOn) {
    refuse('SERVICE_BEFORE_ACCEPTANCE', 'invalid', `送达日期不能早于立案日 ${c.acceptedOn}。`, `The service date cannot be before registration (${c.acceptedOn}).`);
  }
  checkDocumentAvailable(c, input.document);
};

/** Refuses a document the case does not have now: the complaint copy while it is tried, decisions once it is closed. */
export function checkDocumentAvailable(c: { node: string; closingMethod: string | null }, document: (typeof SERVED_DOCUMENTS)[number]): void {
  const closed = c.node === 'closed';
  const fits =
    (document === 'complaintCopy' && !closed) ||
    (document === 'judgment' && closed && c.closingMethod === 'judgment') ||
    (document === 'ruling' && closed && c.closingMethod === 'ruling') ||
    (document === 'mediationAgreement' && closed && c.closingMethod === 'mediation') ||
    (document === 'appealCopy' && closed);
  if (!fits) {
    refuse('SERVICE_DOCUMENT_NOT_AVAILABLE', 'invalid', '本案当前没有可送达的该类文书（如判决书须在以判决结案后送达）。', 'The case has no such document to serve now (e.g. a judgment is served after the case closes by judgment).');
  }
}

// The same documents as any service, on the same conditions; the date is the day it is sent (ONLINE-LIT art 31).
export const platformServiceFitsTheCase: Guard<Static<typeof ServeOnPlatformInput>> = (ctx) =>
  serviceFitsTheCase({ ...ctx, input: { ...ctx.input, servedOn: ctx.today, method: 'electronic' } });

export const appealIsAvailable: Guard<Static<typeof AppealInput>> = ({ case: c, input }) => {
  // CPL-2023 art 165: small-claims judgments are final at first instance.
  if (c.procedure === 'smallClaims') {
    refuse('APPEAL_NOT_AVAILABLE', 'invalid', '小额诉讼案件实行一审终审，不能上诉（《民事诉讼法》第一百六十五条）。', `Small-claims cases are final at first instance and cannot be appealed (${citeEn('CPL-2023 art 165')}).`);
  }
  if (!isAppealableOutcome(c.closingMethod, c.rulingKind)) {
    refuse('APPEAL_NOT_AVAILABLE', 'invalid', '本案以调解、撤诉或不可上诉的裁定结案，不能上诉（《民事诉讼法》第一百五十七条、第一百七十一条）。', `This case closed by mediation, withdrawal or a ruling that cannot be appealed (${citeEn('CPL-2023 arts 157, 171')}).`);
  }
  const own = new Set(c.actorPartyIds);
  if (input.partyIds.some((p) => !own.has(p))) {
    refuse('APPEAL_PARTY_NOT_REPRESENTED', 'forbidden', '只能以本人或所代理的当事人名义上诉。', 'You can appeal only for yourself or a party you represent.');
  }
};
