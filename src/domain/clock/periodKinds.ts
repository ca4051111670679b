// The periods the clock runs, with their length by the law in force on the trigger date (rules.md §2.2–2.4, 2.8, 2.9, 3.1).
import type { PlainDate } from '../calendar/plainDate';
import { refuse, type BilingualMessage } from '../errors/domainError';
import type { PeriodLength } from './periodLength';
import { days, months, version, workingDays, years, type PeriodKindRule as KindRule, type PeriodRuleVersion } from './periodKindRule';
import { EXECUTION_PERIOD_KINDS, type ExecutionPeriodKind } from './executionPeriodKinds';
import { CREDIT_PERIOD_KINDS, type CreditPeriodKind } from './creditPeriodKinds';
import { ADMINISTRATIVE_PERIOD_KINDS, type AdministrativePeriodKind } from './administrativePeriodKinds';
import { FILING_PERIOD_KINDS, type FilingPeriodKind } from './filingPeriodKinds';
import { CRIMINAL_PERIOD_KINDS, type CriminalPeriodKind } from './criminalPeriodKinds';
import { APPLICATION_PERIOD_KINDS, type ApplicationPeriodKind } from './applicationPeriodKinds';

export type PeriodKind =
  | 'filingReview'
  | 'serveComplaint'
  | 'defence'
  | 'evidence'
  | 'crossExamination'
  | 'appealJudgment'
  | 'appealRuling'
  | 'appelleeDefence'
  | 'feePayment'
  | 'judgmentWriting'
  | 'appealFileTransfer'
  | 'publicNoticeService'
  | 'retrialApplication'
  | 'executionApplication'
  | 'mediatorDesignation'
  | 'mediatorChoice'
  | 'entrustmentConfirmation'
  | 'preFilingMediation'
  | 'mediationRegistration'
  | 'confirmationApplication'
  | ExecutionPeriodKind
  | CreditPeriodKind
  | AdministrativePeriodKind
  | FilingPeriodKind
  | CriminalPeriodKind
  | ApplicationPeriodKind;

export type PeriodKindRule = KindRule<PeriodKind>;
export type { PeriodRuleVersion };

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

// The online mediation rules (法释〔2021〕23号) took effect on 2022-01-01; [U] earlier practice is not modelled.
const ONLINE_MED = '2022-01-01';

// Where a number has not changed since the 1991 CPL (in force 1991-04-09) one version covers it, citing today's article;
// [U] the article numbers of earlier texts differ and are not modelled. Versions split where rules.md §2.9 records a change.
const CPL_1991 = '1991-04-09';

export const PERIOD_KINDS: Readonly<Record<PeriodKind, PeriodKindRule>> = {
  // CPL-2023 art 126; FILING art 8: decide on registration within 7 days of receipt.
  filingReview: {
    kind: 'filingReview',
    label: zhEn('立案审查期限', 'Filing review'),
    audience: 'court',
    trigger: zhEn('收到起诉材料', 'receipt of the complaint'),
    versions: [version(CPL_1991, days(7), 'CPL-2023 art 126; FILING art 8')],
  },
  // CPL-2023 art 128: serve the complaint copy on the defendant within 5 days of registration.
  serveComplaint: {
    kind: 'serveComplaint',
    label: zhEn('送达起诉状副本', 'Serving the complaint'),
    audience: 'court',
    trigger: zhEn('立案', 'registration of the case'),
    versions: [version(CPL_1991, days(5), 'CPL-2023 art 128')],
  },
  // CPL-2023 arts 128, 285: 15 days from receipt; 30 for a defendant without a PRC domicile.
  defence: {
    kind: 'defence',
    label: zhEn('答辩期', 'Defence period'),
    audience: 'party',
    trigger: zhEn('起诉状副本送达被告', 'service of the complaint on the defendant'),
    versions: [version(CPL_1991, days(15), 'CPL-2023 arts 128, 285', { foreignLength: days(30) })],
  },
  // CPL-Interp arts 99, 266, 275: the court sets it — ordinary ≥15, simple ≤15, small claims ≤7, second instance ≥10 days.
  // [U] from the 2015 interpretation's entry into force (2015-02-04); the 2001 evidence rules are not modelled.
  evidence: {
    kind: 'evidence',
    label: zhEn('举证期限', 'Evidence period'),
    audience: 'party',
    trigger: zhEn('举证通知书送达', 'service of the notice of the evidence period'),
    versions: [version('2015-02-04', days(15), 'CPL-Interp arts 99, 266, 275')],
    settable: {
      unit: 'days',
      min: 1,
      byProcedure: { ordinary: { min: 15 }, simple: { max: 15 }, smallClaims: { max: 7 }, secondInstance: { min: 10 } },
    },
  },
  // 质证意见期限: the other sides' written opinions on exchanged evidence. [U] not in rules.md (CPL-2023 art 71: evidence
  // is cross-examined by the parties); the length is the setting evidenceExchange.crossExaminationDays (default 7).
  crossExamination: {
    kind: 'crossExamination',
    label: zhEn('质证意见期限', 'Cross-examination opinions'),
    audience: 'party',
    trigger: zhEn('证据交换', 'exchange of evidence'),
    versions: [version('2015-02-04', days(7), 'CPL-2023 art 71')],
  },
  // CPL-2023 arts 171, 286: appeal against a judgment 15 days from service; 30 without a PRC domicile.
  appealJudgment: {
    kind: 'appealJudgment',
    label: zhEn('上诉期（判决）', 'Appeal period (judgment)'),
    audience: 'party',
    trigger: zhEn('判决书送达', 'service of the judgment'),
    versions: [version(CPL_1991, days(15), 'CPL-2023 arts 171, 286', { foreignLength: days(30) })],
  },
  // CPL-2023 arts 171, 286: appeal against a ruling 10 days from service; 30 without a PRC domicile.
  appealRuling: {
    kind: 'appealRuling',
    label: zhEn('上诉期（裁定）', 'Appeal period (ruling)'),
    audience: 'party',
    trigger: zhEn('裁定书送达', 'service of the ruling'),
    versions: [version(CPL_1991, days(10), 'CPL-2023 arts 171, 286', { foreignLength: days(30) })],
  },
  // CPL-2023 arts 174, 286: the appellee's defence 15 days from receipt of the appeal; 30 without a PRC domicile.
  appelleeDefence: {
    kind: 'appelleeDefence',
    label: zhEn('被上诉人答辩期', 'Appellee defence period'),
    audience: 'party',
    trigger: zhEn('上诉状副本送达被上诉人', 'service of the appeal on the appellee'),
    versions: [version(CPL_1991, days(15), 'CPL-2023 arts 174, 286', { foreignLength: days(30) })],
  },
  // FEE art 22: 7 days from the day after the fee notice (from the Measures' entry into force, 2007-04-01).
  feePayment: {
    kind: 'feePayment',
    label: zhEn('预交诉讼费用期限', 'Court fee payment'),
    audience: 'party',
    trigger: zhEn('收到交纳诉讼费用通知', 'receipt of the fee notice'),
    versions: [version('2007-04-01', days(7), 'FEE art 22')],
  },
  // CPL-2023 art 151: the written judgment is sent within 10 days of an oral pronouncement.
  judgmentWriting: {
    kind: 'judgmentWriting',
    label: zhEn('当庭宣判后发送判决书', 'Sending the judgment after oral pronouncement'),
    audience: 'court',
    trigger: zhEn('当庭宣判', 'oral pronouncement in court'),
    versions: [version(CPL_1991, days(10), 'CPL-2023 art 151')],
  },
  // CPL-2023 art 174: the file goes to the appeal court within 5 days of the defence or of the defence period ending.
  // [U] not in rules.md's tables.
  appealFileTransfer: {
    kind: 'appealFileTransfer',
    label: zhEn('报送上诉案卷', 'Sending the appeal file'),
    audience: 'court',
    trigger: zhEn('收到答辩状或答辩期届满', 'receipt of the defence or the end of the defence period'),
    versions: [version(CPL_1991, days(5), 'CPL-2023 art 174')],
  },
  // Service by public notice is deemed complete when the notice period ends (rules.md §2.9, §3.1).
  publicNoticeService: {
    kind: 'publicNoticeService',
    label: zhEn('公告送达期间', 'Service by public notice'),
    audience: 'party',
    trigger: zhEn('发出公告', 'publication of the notice'),
    versions: [
      // CPL-2017 arts 92, 267 [U]: 60 days, abroad 3 months; [U] from the 2012 CPL (2013-01-01), earlier texts not modelled.
      version('2013-01-01', days(60), 'CPL-2017 arts 92, 267', { to: '2022-01-01', foreignLength: months(3) }),
      // CPL-2021 arts 95, 274: 30 days; abroad still 3 months.
      version('2022-01-01', days(30), 'CPL-2021 arts 95, 274', { to: '2024-01-01', foreignLength: months(3) }),
      // CPL-2023 arts 95, 283: 30 days; abroad 60 days.
      version('2024-01-01', days(30), 'CPL-2023 arts 95, 283', { foreignLength: days(60) }),
    ],
  },
  // CPL-2023 art 216: 6 months after the judgment takes effect; [U] 6 months since the 2012 CPL (2013-01-01), earlier 2 years not modelled.
  retrialApplication: {
    kind: 'retrialApplication',
    label: zhEn('申请再审期限', 'Retrial application'),
    audience: 'party',
    trigger: zhEn('判决、裁定发生法律效力', 'the judgment or ruling taking effect'),
    versions: [version('2013-01-01', months(6), 'CPL-2023 art 216')],
  },
  // CPL-2023 art 250: 2 years from the last day of performance; [U] 2 years since the 2007 CPL (2008-04-01), earlier limits not modelled.
  executionApplication: {
    kind: 'executionApplication',
    label: zhEn('申请执行期限', 'Application for execution'),
    audience: 'party',
    trigger: zhEn('履行期间届满', 'the end of the performance period'),
    versions: [version('2008-04-01', years(2), 'CPL-2023 art 250')],
  },
  // ONLINE-MED art 10: the court designates a mediator within 3 working days of an online mediation application.
  mediatorDesignation: {
    kind: 'mediatorDesignation',
    label: zhEn('指定调解员', 'Designating a mediator'),
    audience: 'court',
    trigger: zhEn('收到在线调解申请', 'receipt of the online mediation application'),
    versions: [version(ONLINE_MED, workingDays(3), 'ONLINE-MED art 10')],
  },
  // ONLINE-MED art 10: the parties may choose a mediator jointly within 2 working days of agreeing to mediate.
  mediatorChoice: {
    kind: 'mediatorChoice',
    label: zhEn('当事人共同选择调解员', 'The parties choosing a mediator'),
    audience: 'party',
    trigger: zhEn('当事人同意调解', 'the parties agreeing to mediate'),
    versions: [version(ONLINE_MED, workingDays(2), 'ONLINE-MED art 10')],
  },
  // ONLINE-MED art 12: the mediator confirms or declines the entrustment within 3 working days.
  entrustmentConfirmation: {
    kind: 'entrustmentConfirmation',
    label: zhEn('调解员确认接受委派', 'The mediator confirming the entrustment'),
    audience: 'court',
    trigger: zhEn('委派调解员', 'entrusting the mediator'),
    versions: [version(ONLINE_MED, workingDays(3), 'ONLINE-MED art 12')],
  },
  // ONLINE-MED art 24: 30 days before filing from the mediator's confirmation; extended only with every party's consent.
  preFilingMediation: {
    kind: 'preFilingMediation',
    label: zhEn('诉前调解期限', 'Pre-litigation mediation period'),
    audience: 'party',
    trigger: zhEn('调解员确认接受委派', "the mediator's confirming the entrustment"),
    versions: [version(ONLINE_MED, days(30), 'ONLINE-MED art 24')],
  },
  // ONLINE-MED art 21: mediation failed — the court registers the dispute within the statutory 7 days.
  mediationRegistration: {
    kind: 'mediationRegistration',
    label: zhEn('调解不成后登记立案', 'Registering the dispute after failed mediation'),
    audience: 'court',
    trigger: zhEn('调解终结未达成协议', 'the mediation ending without agreement'),
    versions: [version(ONLINE_MED, days(7), 'ONLINE-MED art 21')],
  },
  // CPL-2023 art 205: both parties apply for judicial confirmation within 30 days of the agreement taking effect;
  // [U] the same 30 days since the 2012 CPL (art 194, 2013-01-01), earlier practice not modelled.
  confirmationApplication: {
    kind: 'confirmationApplication',
    label: zhEn('申请司法确认期限', 'Application for judicial confirmation'),
    audience: 'party',
    trigger: zhEn('调解协议生效', 'the mediation agreement taking effect'),
    versions: [version('2013-01-01', days(30), 'CPL-2023 art 205')],
  },
  ...EXECUTION_PERIOD_KINDS,
  ...CREDIT_PERIOD_KINDS,
  ...ADMINISTRATIVE_PERIOD_KINDS,
  ...FILING_PERIOD_KINDS,
  ...CRIMINAL_PERIOD_KINDS,
  ...APPLICATION_PERIOD_KINDS,
};

export function isPeriodKind(kind: string): kind is PeriodKind {
  return Object.prototype.hasOwnProperty.call(PERIOD_KINDS, kind);
}

/** The version of a kind's rule in force on the trigger date. */
export function periodRuleFor(kind: PeriodKind, triggerOn: PlainDate): PeriodRuleVersion {
  const rule = PERIOD_KINDS[kind];
  const v = rule.versions.find((x) => x.from <= triggerOn && (x.to === undefined || triggerOn < x.to));
  if (!v) {
    const first = rule.versions[0]!.from;
    refuse(
      'PERIOD_RULE_NOT_IN_FORCE',
      'invalid',
      `${rule.label['zh-CN']}：本系统只收录${first}以后施行的规定，${triggerOn}起算的期间请人工计算。`,
      `${rule.label.en}: only rules in force from ${first} are recorded; compute a period starting on ${triggerOn} by hand.`,
      { kind, triggerOn },
    );
  }
  return v;
}

function settableLength(rule: PeriodKindRule, v: PeriodRuleVersion, opts: { days?: number; procedure?: string }): PeriodLength {
  const s = rule.settable!;
  const bounds = { min: s.min, max: s.max, ...(opts.procedure ? s.byProcedure?.[opts.procedure] : undefined) };
  const n = opts.days;
  if (n === undefined) {
    refuse('PERIOD_LENGTH_REQUIRED', 'invalid', `${rule.label['zh-CN']}由法院指定，请填写天数。`, `The court sets the ${rule.label.en.toLowerCase()}: enter the number of days.`, { kind: rule.kind });
  }
  const low = bounds.min ?? 1;
  if (!Number.isInteger(n) || n < low || (bounds.max !== undefined && n > bounds.max)) {
    const range =
      bounds.max === undefined
        ? { zh: `不少于${low}日`, en: `at least ${low} days` }
        : low <= 1
          ? { zh: `不超过${bounds.max}日`, en: `at most ${bounds.max} days` }
          : { zh: `${low}至${bounds.max}日`, en: `${low} to ${bounds.max} days` };
    refuse(
      'PERIOD_LENGTH_OUT_OF_BOUNDS',
      'invalid',
      `${rule.label['zh-CN']}应为${range.zh}（${v.sourceLabel['zh-CN']}），请重新指定。`,
      `The ${rule.label.en.toLowerCase()} must be ${range.en} (${v.sourceLabel.en}); set it again.`,
      { kind: rule.kind, days: n, procedure: opts.procedure ?? null, ...bounds },
    );
  }
  return { days: n };
}

/**
 * The length of a period starting on `triggerOn`: settable kinds take `days` and check it against the procedure's bounds
 * court-settable kinds take `days` as the court's own limit, checked against its bounds, and otherwise the law's default (other kinds ignore `days`); `foreignDomicile` picks the length for a party without a domicile in the PRC.
 */
export function periodLengthFor(kind: PeriodKind, triggerOn: PlainDate, opts: { foreignDomicile?: boolean; days?: number; procedure?: string }): { length: PeriodLength; version: PeriodRuleVersion } {
  const rule = PERIOD_KINDS[kind];
  const v = periodRuleFor(kind, triggerOn);
  if (rule.settable) return { length: settableLength(rule, v, opts), version: v };
  if (rule.courtSettable && opts.days !== undefined) return { length: settableLength({ ...rule, settable: { unit: 'days', ...rule.courtSettable } }, v, opts), version: v };
  return { length: opts.foreignDomicile && v.foreignLength ? v.foreignLength : v.length, version: v };
}

export { smallClaimsCeiling, type SmallClaimsCeiling } from './smallClaims';
