// The declaration language for case types: nodes, events (from → to), who may fire them, input, guards, effects.
import type { Static, TSchema } from 'typebox';
import type { BilingualMessage } from '../errors/domainError';
import { refuse } from '../errors/domainError';
import type { Role } from '../roles/roles';
import type { CaseEventFacts, CaseSnapshot } from './caseModel';

/** Side effects the server performs in the same transaction as the event; each kind has one handler there. */
export const EFFECT_KINDS = [
  'requestCorrection',
  'restartReview',
  'recordRejection',
  'recordWithdrawalOfFiling',
  'recordAcceptance',
  'assignJudges',
  'changeProcedure',
  'scheduleHearing',
  'postponeHearing',
  'recordHearingHeld',
  'recordClosing',
  'recordArchiving',
  'openOrJoinAppeal',
  'startAcceptancePeriods',
  'requestTrialLimitExtension',
  'decideTrialLimitExtension',
  'recordDeduction',
  'endDeduction',
  'recordService',
  'setEvidencePeriod',
  'receiveAppealDefence',
  'receiveAppealFile',
  'grantJudicialAid',
  'decideRefund',
  'issueFeeNotice',
  'issueApplicationFeeNotice',
  'chargeRetrialFee',
  'settlePreservationFee',
  'chargeFeeBalance',
  'serveOnPlatform',
  'waivePartyPeriod',
  'recordDefence',
  'recordElementAnswers',
  'recordElementFindings',
  'recordEvidence',
  'recordMaterials',
  'recordCounterclaim',
  // 证据交换与质证 (src/server/modules/evidenceExchange/).
  'exchangeEvidence',
  'decideLateEvidence',
  'recordEvidenceFinding',
  'requestEvidenceExtension',
  'decideEvidenceExtension',
  'openMediation',
  'designateMediator',
  'proposeMediator',
  'startMediationAppraisal',
  'endMediationAppraisal',
  'acceptEntrustment',
  'declineEntrustment',
  'extendMediation',
  'draftAgreement',
  'signAgreement',
  'recordSignature',
  'scheduleMediationSession',
  'recordMediationSession',
  'recordMediationMaterials',
  'concludeAgreement',
  'endMediation',
  'withdrawMediation',
  'applyForConfirmation',
  'registerConfirmation',
  'rejectConfirmation',
  'ruleOnConfirmation',
  // 执行 (src/server/modules/execution/).
  'registerExecution',
  'assignExecution',
  'moveExecutionStage',
  'suspendExecution',
  'resumeExecution',
  'closeExecution',
  'issueExecutionNotice',
  'recordAssetClue',
  'verifyAssetClue',
  'requestPropertyInvestigation',
  'reportPropertyInvestigation',
  'recordEndOfRoundFact',
  'proposeEndOfRound',
  'approveEndOfRound',
  'returnEndOfRound',
  // 执异 (src/server/modules/execution/objectionEffects.ts).
  'registerObjection',
  'endObjectionPeriods',
  'formObjectionPanel',
  'ruleOnObjection',
  'serveObjectionRuling',
  // 行初 (src/server/modules/administrative/).
  'recordOrganDefence',
  'recordOrganAppearance',
  'recordAdminJudgment',
  // 移送管辖 and 跨域立案 (src/server/modules/jurisdiction/).
  'transferJurisdiction',
  'forwardFiling',
  // 刑初 / 刑终 (src/server/modules/criminal/).
  'registerCriminalCase',
  'changeCriminalProcedure',
  'recordDefenceCounsel',
  'checkCriminalHearing',
  'recordCriminalJudgment',
  'recordCriminalAppealDecision',
  'openOrJoinCriminalAppeal',
  'checkRemandPanel',
  'recordPrivateProsecutionEnding',
  'recordCriminalCounterclaim',
  // 财保 (src/server/modules/preservation/).
  'registerPreservation',
  'ruleOnPreservation',
  'recordPreservationSuit',
  'recordPreservationExecution',
  'liftPreservation',
  'closePreservation',
  'endPreservationSuitPeriods',
  // 民督 (src/server/modules/paymentOrders/).
  'registerPaymentOrder',
  'issuePaymentOrder',
  'dismissPaymentOrder',
  'servePaymentOrder',
  'recordPaymentOrderObjection',
  'terminatePaymentOrder',
  'choosePaymentOrderLitigation',
  'recordPaymentOrderEffect',
  // 民申 (src/server/modules/retrial/).
  'registerRetrialReview',
  'serveRetrialCopy',
  'submitRetrialOpinion',
  'ruleOnRetrialApplication',
] as const;
export type EffectKind = (typeof EFFECT_KINDS)[number];

export interface GuardContext<I> {
  readonly case: CaseSnapshot;
  readonly input: I;
  readonly actorRole: Role;
  /** Today's date in the court's time zone, YYYY-MM-DD. */
  readonly today: string;
  /** The instant the event is fired (ISO 8601), for rules about times of day. */
  readonly now: string;
  /** The court's time zone (IANA name), for turning instants into calendar dates. */
  readonly timeZone: string;
}

/** A guard refuses by throwing a DomainError (see refuse()); returning means allowed. */
export type Guard<I> = (ctx: GuardContext<I>) => void;

export interface TypedEventDeclaration<N extends string, S extends TSchema> {
  readonly label: BilingualMessage;
  readonly from: readonly N[];
  /** The node after the event; `null` keeps the case in its current node. */
  readonly to: N | null;
  readonly by: readonly Role[];
  readonly input: S;
  readonly guards?: readonly Guard<Static<S>>[];
  readonly effects?: readonly EffectKind[];
  /** When the event makes sense at all beyond its node (offered only then; refused otherwise with the message). */
  readonly availableWhen?: Availability;
}

export interface Availability {
  readonly test: (facts: CaseEventFacts) => boolean;
  readonly refusal: BilingualMessage;
}

/** An event with its input type erased; guards only ever see input that passed `input` validation. */
export interface EventDeclaration<N extends string> extends Omit<TypedEventDeclaration<N, TSchema>, 'guards'> {
  readonly guards?: readonly Guard<never>[];
}

/** Declares one event, checking its guards against its input schema. */
export function event<N extends string, S extends TSchema>(decl: TypedEventDeclaration<N, S>): EventDeclaration<N> {
  return decl as unknown as EventDeclaration<N>;
}

export interface CaseTypeDeclaration<N extends string = string> {
  /** Declaration key, equal to the 类型代字 this type numbers its cases with. */
  readonly code: string;
  readonly label: BilingualMessage;
  readonly nodes: readonly N[];
  readonly nodeLabels: Record<N, BilingualMessage>;
  /** Node a newly submitted case starts in. */
  readonly initial: N;
  /** Nodes in which the case no longer counts as open (for caseloads and workbenches). */
  readonly terminal: readonly N[];
  /** Nodes before acceptance: the case is still a filing in the court's review queue. */
  readonly filingNodes: readonly N[];
  readonly events: Record<string, EventDeclaration<N>>;
}

export function defineCaseType<N extends string>(decl: CaseTypeDeclaration<N>): CaseTypeDeclaration<N> {
  for (const [name, ev] of Object.entries(decl.events) as [string, EventDeclaration<N>][]) {
    for (const n of [...ev.from, ...(ev.to ? [ev.to] : [])]) {
      if (!decl.nodes.includes(n)) throw new Error(`case type ${decl.code}: event ${name} names unknown node ${n}`);
    }
    if (ev.by.length === 0) throw new Error(`case type ${decl.code}: event ${name} has no role that may fire it`);
  }
  if (!decl.nodes.includes(decl.initial)) throw new Error(`case type ${decl.code}: unknown initial node`);
  return decl;
}

/** The event declaration if it can be fired from the node, or the refusal explaining why not. */
export function eventFor<N extends string>(type: CaseTypeDeclaration<N>, eventName: string, node: string): EventDeclaration<N> {
  // Own fields only: a name such as "toString" reaches every object's prototype (the name comes from the URL).
  const ev = Object.hasOwn(type.events, eventName) ? type.events[eventName] : undefined;
  if (!ev) {
    refuse('CASE_EVENT_UNKNOWN', 'invalid', `案件类型“${type.label['zh-CN']}”没有“${eventName}”这一操作。`, `Case type ${type.code} has no event "${eventName}".`);
  }
  if (!(ev.from as readonly string[]).includes(node)) {
    const nodeLabel = (type.nodeLabels as Record<string, BilingualMessage>)[node];
    refuse(
      'CASE_EVENT_NOT_ALLOWED',
      'conflict',
      `案件当前处于“${nodeLabel?.['zh-CN'] ?? node}”节点，不能执行“${ev.label['zh-CN']}”。请刷新页面查看案件最新状态。`,
      `The case is at "${nodeLabel?.en ?? node}"; "${ev.label.en}" is not possible there. Refresh to see the case's current state.`,
      { node, event: eventName },
    );
  }
  return ev;
}

/** Events a holder of one of `roles` may fire from `node` given the case's facts (guards are checked when fired). */
export function eventsAvailable<N extends string>(type: CaseTypeDeclaration<N>, node: string, roles: readonly Role[], facts: CaseEventFacts): string[] {
  return Object.entries(type.events)
    .filter(([, ev]) => (ev.from as readonly string[]).includes(node) && ev.by.some((r) => roles.includes(r)) && (ev.availableWhen?.test(facts) ?? true))
    .map(([name]) => name);
}

export function nodeAfter<N extends string>(ev: EventDeclaration<N>, current: N): N {
  return ev.to ?? current;
}

/** Runs the event's guards; call only with input already validated against `ev.input`. */
export function runGuards<N extends string>(ev: EventDeclaration<N>, ctx: GuardContext<unknown>): void {
  if (ev.availableWhen && !ev.availableWhen.test(ctx.case)) {
    const m = ev.availableWhen.refusal;
    refuse('CASE_EVENT_NOT_AVAILABLE', 'conflict', m['zh-CN'], m.en);
  }
  for (const guard of (ev.guards ?? []) as readonly Guard<unknown>[]) guard(ctx);
}
