// How an execution case ends (EXEC-CASES, rules.md §5.3 [U exact article]) and the statutory grounds for ending or
// suspending it (CPL-2023 arts 267–269, text checked); labels zh-CN first, with English.
import type { BilingualMessage } from '../errors/domainError';

export const EXECUTION_CLOSING_METHODS = ['completed', 'currentRoundEnded', 'terminated', 'cancelled', 'notEnforced', 'applicationRejected'] as const;
export type ExecutionClosingMethod = (typeof EXECUTION_CLOSING_METHODS)[number];

export interface ClosingMethodRule {
  method: ExecutionClosingMethod;
  label: BilingualMessage;
  source: string;
  /** The applicant may come back for the same debt: after 终本 at any time, with no 2-year limit (CPL-Interp art 517). */
  restorable: boolean;
  /** A ruling giving one of the statutory grounds is required. */
  needsGround: boolean;
}

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

export const EXECUTION_CLOSING_RULES: Readonly<Record<ExecutionClosingMethod, ClosingMethodRule>> = {
  // EXEC-CASES [U article]: everything the document orders has been performed or executed.
  completed: { method: 'completed', label: zhEn('执行完毕', 'Execution completed'), source: 'EXEC-CASES', restorable: false, needsGround: false },
  // ZHONGBEN art 1 [S]; CPL-Interp art 517: no executable property found; the five conditions are checked in execution 2/2.
  currentRoundEnded: { method: 'currentRoundEnded', label: zhEn('终结本次执行程序', 'Current round of execution ended'), source: 'CPL-Interp art 517', restorable: true, needsGround: false },
  // CPL-2023 art 268: termination on one of its six grounds.
  terminated: { method: 'terminated', label: zhEn('终结执行', 'Execution terminated'), source: 'CPL-2023 art 268', restorable: false, needsGround: true },
  // EXEC-CASES [U article]: the case is withdrawn from the register (e.g. registered in error, or the case sent elsewhere).
  cancelled: { method: 'cancelled', label: zhEn('销案', 'Case cancelled'), source: 'EXEC-CASES', restorable: false, needsGround: false },
  // CPL-2023 arts 248–249: an arbitral award or a notarised debt instrument the court rules not to enforce.
  notEnforced: { method: 'notEnforced', label: zhEn('不予执行', 'Not enforced'), source: 'CPL-2023 arts 248, 249', restorable: false, needsGround: false },
  // EXEC-CASES [U article]: the application does not meet the conditions for execution.
  applicationRejected: { method: 'applicationRejected', label: zhEn('驳回申请', 'Application rejected'), source: 'EXEC-CASES', restorable: false, needsGround: false },
};

export const TERMINATION_GROUNDS = ['applicationWithdrawn', 'titleRevoked', 'debtorDiedWithoutEstate', 'maintenanceCreditorDied', 'debtorDestitute', 'other'] as const;
export type TerminationGround = (typeof TERMINATION_GROUNDS)[number];

// CPL-2023 art 268 items (1)–(6), in the statute's order.
export const TERMINATION_GROUND_LABELS: Readonly<Record<TerminationGround, BilingualMessage & { source: string }>> = {
  applicationWithdrawn: { 'zh-CN': '申请人撤销申请', en: 'The applicant withdrew the application', source: 'CPL-2023 art 268(1)' },
  titleRevoked: { 'zh-CN': '据以执行的法律文书被撤销', en: 'The document being executed was set aside', source: 'CPL-2023 art 268(2)' },
  debtorDiedWithoutEstate: { 'zh-CN': '作为被执行人的公民死亡，无遗产可供执行，又无义务承担人', en: 'The debtor died leaving no estate to execute and no one liable for the obligation', source: 'CPL-2023 art 268(3)' },
  maintenanceCreditorDied: { 'zh-CN': '追索赡养费、扶养费、抚养费案件的权利人死亡', en: 'The creditor of a maintenance or support claim died', source: 'CPL-2023 art 268(4)' },
  debtorDestitute: { 'zh-CN': '作为被执行人的公民因生活困难无力偿还借款，无收入来源，又丧失劳动能力', en: 'The debtor cannot repay a loan for hardship, has no income and has lost the ability to work', source: 'CPL-2023 art 268(5)' },
  other: { 'zh-CN': '人民法院认为应当终结执行的其他情形', en: 'Another situation in which the court finds execution should be terminated', source: 'CPL-2023 art 268(6)' },
};

export const SUSPENSION_GROUNDS = ['applicantAgreesToDefer', 'thirdPartyObjectionFounded', 'partyDiedAwaitingSuccessor', 'entityEndedAwaitingSuccessor', 'other'] as const;
export type SuspensionGround = (typeof SUSPENSION_GROUNDS)[number];

// CPL-2023 art 267 items (1)–(5); execution resumes when the ground ends (art 267 para 2).
export const SUSPENSION_GROUND_LABELS: Readonly<Record<SuspensionGround, BilingualMessage & { source: string }>> = {
  applicantAgreesToDefer: { 'zh-CN': '申请人表示可以延期执行', en: 'The applicant agrees to defer execution', source: 'CPL-2023 art 267(1)' },
  thirdPartyObjectionFounded: { 'zh-CN': '案外人对执行标的提出确有理由的异议', en: 'A third party has raised a well-founded objection to the object of execution', source: 'CPL-2023 art 267(2)' },
  partyDiedAwaitingSuccessor: { 'zh-CN': '作为一方当事人的公民死亡，需要等待继承人继承权利或者承担义务', en: 'A party died and the heirs have yet to succeed to the rights or obligations', source: 'CPL-2023 art 267(3)' },
  entityEndedAwaitingSuccessor: { 'zh-CN': '作为一方当事人的法人或者其他组织终止，尚未确定权利义务承受人', en: 'A party that is an entity has ended and its successor is not yet determined', source: 'CPL-2023 art 267(4)' },
  other: { 'zh-CN': '人民法院认为应当中止执行的其他情形', en: 'Another situation in which the court finds execution should be suspended', source: 'CPL-2023 art 267(5)' },
};

// CPL-2023 art 269: a ruling to suspend or terminate takes effect as soon as it is served on the parties.
export const SUSPENSION_AND_TERMINATION_EFFECTIVE = { on: 'service', source: 'CPL-2023 art 269' } as const;

export function isTerminationGround(s: string): s is TerminationGround {
  return (TERMINATION_GROUNDS as readonly string[]).includes(s);
}

export function isSuspensionGround(s: string): s is SuspensionGround {
  return (SUSPENSION_GROUNDS as readonly string[]).includes(s);
}
