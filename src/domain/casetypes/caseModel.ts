// Vocabulary shared by every case-type declaration.
import type { BilingualMessage } from '../errors/domainError';

export type CourtLevel = 'supreme' | 'high' | 'intermediate' | 'basic';

// CPL-2023 arts 40, 160, 165: ordinary, simple and small-claims procedures at first instance.
export const PROCEDURES = ['ordinary', 'simple', 'smallClaims', 'secondInstance'] as const;
export type Procedure = (typeof PROCEDURES)[number];

// 结案方式: TL-2000 art 10 and the closing documents of CPL-2023 chs. 12–14.
export const CLOSING_METHODS = ['judgment', 'ruling', 'mediation', 'withdrawal'] as const;
export type ClosingMethod = (typeof CLOSING_METHODS)[number];

// CPL-2023 art 157: only these first-instance rulings may be appealed.
export const RULING_KINDS = ['inadmissible', 'jurisdiction', 'dismissal', 'other'] as const;
export type RulingKind = (typeof RULING_KINDS)[number];

export const TRIAL_ORGANIZATIONS = ['sole', 'panel'] as const;
export type TrialOrganization = (typeof TRIAL_ORGANIZATIONS)[number];

export const PROCEDURE_LABELS: Record<Procedure, BilingualMessage> = {
  ordinary: { 'zh-CN': '普通程序', en: 'Ordinary procedure' },
  simple: { 'zh-CN': '简易程序', en: 'Simple procedure' },
  smallClaims: { 'zh-CN': '小额诉讼程序', en: 'Small-claims procedure' },
  secondInstance: { 'zh-CN': '第二审程序', en: 'Second-instance procedure' },
};

export const CLOSING_METHOD_LABELS: Record<ClosingMethod, BilingualMessage> = {
  judgment: { 'zh-CN': '判决', en: 'Judgment' },
  ruling: { 'zh-CN': '裁定', en: 'Ruling' },
  mediation: { 'zh-CN': '调解', en: 'Mediation' },
  withdrawal: { 'zh-CN': '撤诉', en: 'Withdrawal' },
};

export const RULING_KIND_LABELS: Record<RulingKind, BilingualMessage> = {
  inadmissible: { 'zh-CN': '不予受理', en: 'Not admissible' },
  jurisdiction: { 'zh-CN': '管辖权异议', en: 'Jurisdiction objection' },
  dismissal: { 'zh-CN': '驳回起诉', en: 'Dismissal of the suit' },
  other: { 'zh-CN': '其他裁定', en: 'Other ruling' },
};

/** A party's 答辩期 or 举证期限 that has not ended (a waived one has). */
export interface RunningPartyPeriod {
  id: number;
  /** organDefence: the defendant organ's defence and evidence period (ALL art 67). */
  kind: 'defence' | 'evidence' | 'organDefence';
  partyId: number | null;
  partyName: string | null;
  dueOn: string;
}

/** Facts about the case's hearings and periods that decide which events make sense now. */
export interface CaseEventFacts {
  /** The scheduled, not yet held hearing's start (ISO instant), if any. */
  scheduledHearingStartsAt: string | null;
  /** Deductions from the 审限 that have started and not ended. */
  runningDeductions: number;
  /** The parties' defence and evidence periods still running. */
  runningPartyPeriods: readonly RunningPartyPeriod[];
  /** Party ids of the case that the acting user represents or is (empty for staff). */
  actorPartyIds: readonly number[];
  /** The complaint was filed in the element form (要素式起诉). */
  hasElementComplaint: boolean;
}

/** What a guard may know about the case when an event is fired. */
export interface CaseSnapshot extends CaseEventFacts {
  caseType: string;
  node: string;
  courtLevel: CourtLevel;
  procedure: Procedure | null;
  closingMethod: ClosingMethod | null;
  rulingKind: RulingKind | null;
  acceptedOn: string | null;
  hasHeldHearing: boolean;
  /** The amount in dispute, in fen (for rules with an amount ceiling, e.g. ALL art 82). */
  amountFen?: number | null;
  /** The case came from another court by 移送管辖 (CPL-2023 art 37: it may not be transferred on). */
  isTransferredIn: boolean;
}
