// The periods of execution (执行): internal stage limits, objections, funds and freezes (rules.md §5.1, §5.7, §5.8, §2.5).
// The execution 审限 itself (6 months, non-litigation 3) is a trial limit: clock/trialLimitRules.ts, 'execution'.
import type { BilingualMessage } from '../errors/domainError';
import { days, months, version, years, type PeriodKindRule } from './periodKindRule';

export type ExecutionPeriodKind =
  | 'executionAssignment'
  | 'executionNotice'
  | 'executionStage'
  | 'clueVerification'
  | 'clueVerificationUrgent'
  | 'propertyInvestigationStart'
  | 'propertyInvestigation'
  | 'objectionRegistration'
  | 'objectionReview'
  | 'objectionReconsiderationApplication'
  | 'objectionReconsiderationDecision'
  | 'thirdPartyObjectionReview'
  | 'thirdPartyObjectionSuit'
  | 'fundDisbursement'
  | 'unclaimedReceiptClaim'
  | 'depositFreeze'
  | 'movableSeizure'
  | 'realEstateSeizure'
  | 'settlementInstalment';

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

// [U] in-force dates: EXEC-TL (法发〔2006〕35号) 2007-01-01; the 2007 CPL amendment (objections) 2008-04-01; EXEC-Interp
// (法释〔2008〕13号) 2009-01-01; CPL-Interp 2015-02-04; EXEC-OBJ (法释〔2015〕10号) 2015-05-05; ASSET-INV (法释〔2017〕8号) and
// FUNDS (法发〔2017〕6号) 2017-05-01. Earlier rules are not modelled: a trigger before these dates is refused.
const EXEC_TL = '2007-01-01';
const CPL_2007 = '2008-04-01';
const EXEC_INTERP = '2009-01-01';
const CPL_INTERP_2015 = '2015-02-04';
const EXEC_OBJ = '2015-05-05';
const ASSET_INV = '2017-05-01';
const FUNDS = '2017-05-01';
// EXEC-SETTLE (法释〔2018〕3号) in force 2018-03-01.
const EXEC_SETTLE = '2018-03-01';

export const EXECUTION_PERIOD_KINDS: Readonly<Record<ExecutionPeriodKind, PeriodKindRule<ExecutionPeriodKind>>> = {
  // EXEC-TL [S→U]: the 承办人 is assigned within 7 days of 立案.
  executionAssignment: {
    kind: 'executionAssignment',
    label: zhEn('确定承办人', 'Assigning the executing officer'),
    audience: 'court',
    trigger: zhEn('执行立案', 'registration of the execution case'),
    versions: [version(EXEC_TL, days(7), 'EXEC-TL')],
  },
  // EXEC-TL [S→U]; ASSET-INV art 3: 执行通知书 with 报告财产令, and the notice to the applicant to give clues, within 3 days.
  executionNotice: {
    kind: 'executionNotice',
    label: zhEn('发出执行通知书、报告财产令', 'Sending the execution notice and the order to report property'),
    audience: 'court',
    trigger: zhEn('承办人收到案件', 'receipt of the case by the executing officer'),
    versions: [version(EXEC_TL, days(3), 'EXEC-TL; ASSET-INV art 3')],
  },
  // 分段集约 [U court practice]: a case stays in a stage no longer than the court's limit for it (1 to 365 days, set per stage).
  executionStage: {
    kind: 'executionStage',
    label: zhEn('执行阶段内部期限', "The stage's internal limit"),
    audience: 'court',
    trigger: zhEn('案件流转至该执行阶段', 'the case entered the stage'),
    versions: [version(EXEC_TL, days(30), 'court setting (分段集约)')],
    courtSettable: { min: 1, max: 365 },
  },
  // ASSET-INV art 2: a concrete clue from the applicant is verified within 7 days.
  clueVerification: {
    kind: 'clueVerification',
    label: zhEn('核查财产线索', 'Verifying an asset clue'),
    audience: 'court',
    trigger: zhEn('收到申请执行人提供的财产线索', "receipt of the applicant's asset clue"),
    versions: [version(ASSET_INV, days(7), 'ASSET-INV art 2')],
  },
  // ASSET-INV art 2: an urgent clue within 3 days.
  clueVerificationUrgent: {
    kind: 'clueVerificationUrgent',
    label: zhEn('核查财产线索（情况紧急）', 'Verifying an asset clue (urgent)'),
    audience: 'court',
    trigger: zhEn('收到申请执行人提供的财产线索', "receipt of the applicant's asset clue"),
    versions: [version(ASSET_INV, days(3), 'ASSET-INV art 2')],
  },
  // EXEC-TL [S→U]: an investigation the applicant asks for starts within 10 days.
  propertyInvestigationStart: {
    kind: 'propertyInvestigationStart',
    label: zhEn('启动财产调查', 'Starting the property investigation'),
    audience: 'court',
    trigger: zhEn('收到申请执行人的调查申请', "receipt of the applicant's request to investigate"),
    versions: [version(EXEC_TL, days(10), 'EXEC-TL')],
  },
  // EXEC-TL [S→U]: the investigation of income, deposits, securities, real estate, vehicles … is generally done in 1 month.
  propertyInvestigation: {
    kind: 'propertyInvestigation',
    label: zhEn('完成财产调查', 'Completing the property investigation'),
    audience: 'court',
    trigger: zhEn('收到申请执行人的调查申请', "receipt of the applicant's request to investigate"),
    versions: [version(EXEC_TL, months(1), 'EXEC-TL')],
  },
  // EXEC-OBJ art 2: an objection meeting the conditions is registered (执异 立案) within 3 days of receipt.
  objectionRegistration: {
    kind: 'objectionRegistration',
    label: zhEn('执行异议立案', 'Registering an execution objection'),
    audience: 'court',
    trigger: zhEn('收到执行异议', 'receipt of the execution objection'),
    versions: [version(EXEC_OBJ, days(3), 'EXEC-OBJ art 2')],
  },
  // CPL-2023 art 236: an objection to an execution act is reviewed within 15 days of receipt.
  objectionReview: {
    kind: 'objectionReview',
    label: zhEn('执行异议审查', 'Reviewing an execution objection'),
    audience: 'court',
    trigger: zhEn('收到书面异议', 'receipt of the written objection'),
    versions: [version(CPL_2007, days(15), 'CPL-2023 art 236')],
  },
  // CPL-2023 art 236: reconsideration is applied for within 10 days of service of the ruling.
  objectionReconsiderationApplication: {
    kind: 'objectionReconsiderationApplication',
    label: zhEn('申请执行复议期限', 'Applying for reconsideration of an objection ruling'),
    audience: 'party',
    trigger: zhEn('执行异议裁定送达', 'service of the objection ruling'),
    versions: [version(CPL_2007, days(10), 'CPL-2023 art 236')],
  },
  // EXEC-Interp art 8: the higher court decides a reconsideration within 30 days (+≤30 by the president, not modelled here).
  objectionReconsiderationDecision: {
    kind: 'objectionReconsiderationDecision',
    label: zhEn('执行复议审查', 'Deciding a reconsideration'),
    audience: 'court',
    trigger: zhEn('收到复议申请', 'receipt of the reconsideration application'),
    versions: [version(EXEC_INTERP, days(30), 'EXEC-Interp art 8')],
  },
  // CPL-2023 art 238: a third party's objection to the object of execution is reviewed within 15 days.
  thirdPartyObjectionReview: {
    kind: 'thirdPartyObjectionReview',
    label: zhEn('案外人异议审查', "Reviewing a third party's objection"),
    audience: 'court',
    trigger: zhEn('收到案外人书面异议', "receipt of the third party's written objection"),
    versions: [version(CPL_2007, days(15), 'CPL-2023 art 238')],
  },
  // CPL-2023 art 238: a suit against the ruling (执行异议之诉) within 15 days of its service.
  thirdPartyObjectionSuit: {
    kind: 'thirdPartyObjectionSuit',
    label: zhEn('提起执行异议之诉期限', 'Suing on an objection to the object of execution'),
    audience: 'party',
    trigger: zhEn('案外人异议裁定送达', "service of the ruling on the third party's objection"),
    versions: [version(CPL_2007, days(15), 'CPL-2023 art 238')],
  },
  // FUNDS [S→U]: disbursed within 30 days of the fund-arrival notice; a court may set a stricter limit (rules.md §5.7: e.g. 5 days).
  fundDisbursement: {
    kind: 'fundDisbursement',
    label: zhEn('执行款发放期限', 'Paying out execution funds'),
    audience: 'court',
    trigger: zhEn('执行款到账通知', 'notice of the arrival of the funds'),
    versions: [version(FUNDS, days(30), 'FUNDS')],
    courtSettable: { min: 1, max: 30 },
  },
  // [U] local rules (rules.md §5.7, e.g. 3 days): an unmatched receipt is claimed to its case; a court setting, 1 to 30 days.
  unclaimedReceiptClaim: {
    kind: 'unclaimedReceiptClaim',
    label: zhEn('不明款认领期限', 'Claiming an unmatched receipt'),
    audience: 'court',
    trigger: zhEn('不明款到账', 'arrival of the unmatched receipt'),
    versions: [version(FUNDS, days(3), 'FUNDS')],
    courtSettable: { min: 1, max: 30 },
  },
  // CPL-Interp art 485: a bank deposit is frozen for at most 1 year (renewable before expiry).
  depositFreeze: {
    kind: 'depositFreeze',
    label: zhEn('冻结存款（最长期限）', 'Freezing a deposit (longest term)'),
    audience: 'court',
    trigger: zhEn('冻结生效', 'the freeze taking effect'),
    versions: [version(CPL_INTERP_2015, years(1), 'CPL-Interp art 485')],
  },
  // CPL-Interp art 485: movables are sealed or seized for at most 2 years (renewable).
  movableSeizure: {
    kind: 'movableSeizure',
    label: zhEn('查封、扣押动产（最长期限）', 'Sealing or seizing movables (longest term)'),
    audience: 'court',
    trigger: zhEn('查封、扣押生效', 'the seizure taking effect'),
    versions: [version(CPL_INTERP_2015, years(2), 'CPL-Interp art 485')],
  },
  // CPL-Interp art 485: real estate sealed, other property rights frozen, for at most 3 years (renewable).
  realEstateSeizure: {
    kind: 'realEstateSeizure',
    label: zhEn('查封不动产、冻结其他财产权（最长期限）', 'Sealing real estate or freezing other property rights (longest term)'),
    audience: 'court',
    trigger: zhEn('查封、冻结生效', 'the seizure taking effect'),
    versions: [version(CPL_INTERP_2015, years(3), 'CPL-Interp art 485')],
  },
  // EXEC-SETTLE arts 1, 9: an instalment of an execution settlement falls due on the day the parties agreed; the length is
  // the agreement's (the caller gives the days from the agreement to that day), rolled over rest days as any period
  // (CPL-2023 art 85 [U] for an agreed day); the 30 days here are only a placeholder the caller always replaces.
  settlementInstalment: {
    kind: 'settlementInstalment',
    label: zhEn('执行和解分期履行', 'Instalment of an execution settlement'),
    audience: 'court',
    trigger: zhEn('达成执行和解协议', 'the settlement agreement being made'),
    versions: [version(EXEC_SETTLE, days(30), 'EXEC-SETTLE art 9')],
  },
};
