// 审限 by procedure: base limit, the extensions the law allows in order, and who approves them (rules.md §2.5–2.6).
// Values tagged [V] in rules.md carry no mark here; every other value is marked [U] (or [S→U] for secondary sources).
import { citeEn } from '../citations/citations';
import type { BilingualMessage } from '../errors/domainError';
import type { CalendarLength } from './periodArithmetic';

export type TrialProcedure =
  | 'civilOrdinary'
  | 'civilSimple'
  | 'civilSmallClaims'
  | 'civilSpecial'
  | 'civilSecondInstanceJudgment'
  | 'civilSecondInstanceRuling'
  | 'civilRetrialReview'
  | 'civilForeignRelated'
  | 'adminFirstInstance'
  | 'adminSimple'
  | 'adminSecondInstance'
  | 'criminalFirstInstance'
  | 'criminalSimple'
  | 'criminalSimpleOver3Years'
  | 'criminalFastTrack'
  | 'criminalFastTrackOver1Year'
  | 'criminalPrivateNotDetained'
  | 'criminalSecondInstance'
  | 'criminalRetrial'
  | 'execution'
  | 'executionNonLitigation';

/** `highCourt`: the province's high court (ALL art 81: administrative cases skip the intermediate court; the high
 * court's own cases go to the SPC). */
export type ExtensionApprover = 'president' | 'higherCourt' | 'highCourt' | 'supremeCourt';

export interface ExtensionStep {
  approver: ExtensionApprover;
  length: CalendarLength;
  source: string;
}

export interface TrialLimitRule {
  procedure: TrialProcedure;
  label: BilingualMessage;
  /** null = no statutory limit (CPL-2023 art 287). */
  base: CalendarLength | null;
  source: string;
  /** In order; beyond them no further extension (unless lastStepRenewable). */
  extensions: readonly ExtensionStep[];
  maxTotal?: CalendarLength;
  /** Apply at least this many days before expiry. */
  leadDays: number;
  /** The last step may be approved again and again (criminal cases before the SPC). */
  lastStepRenewable?: boolean;
  /** What to do when no further extension is possible. */
  whenExhausted?: BilingualMessage;
}

const m = (n: number): CalendarLength => ({ months: n });
const d = (n: number): CalendarLength => ({ days: n });
const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });
const ext = (approver: ExtensionApprover, length: CalendarLength, source: string): ExtensionStep => ({ approver, length, source });

// EXT-2018 art 1 [S→U]: civil extensions are applied for ≥15 days before expiry — the server's setting overrides it.
const CIVIL_LEAD = 15;
// TL-2000 art 13 [U: still applied?]: administrative ≥10 days before expiry.
const ADMIN_LEAD = 10;
// CrPL-Interp art 210: criminal ≥15 days before expiry.
const CRIMINAL_LEAD = 15;
// EXEC-TL [S→U]: execution ≥5 days before expiry.
const EXECUTION_LEAD = 5;

const CONVERT_CIVIL_SIMPLE = zhEn(
  '简易程序审限延长后不得超过4个月，不能再延长。需要继续审理的，请在审限届满前裁定转为普通程序，审限自原立案之日起计算（《民诉法解释》第二百五十八条）。',
  `A simple-procedure limit cannot exceed 4 months with its extension. To continue, convert the case to the ordinary procedure before the limit expires; the limit then runs from the original registration (${citeEn('CPL-Interp art 258')}).`,
);
const CONVERT_SMALL_CLAIMS = zhEn(
  '小额诉讼审限只能延长一次。不宜适用小额诉讼程序的，请依法适用简易程序的其他规定或者裁定转为普通程序（《民事诉讼法》第一百六十九条）。',
  `A small-claims limit can be extended once only. If the case is unsuitable for small claims, apply the other simple-procedure rules or convert it to the ordinary procedure (${citeEn('CPL-2023 art 169')}).`,
);
const CONVERT_ADMIN_SIMPLE = zhEn(
  '行政简易程序审限不能延长。需要继续审理的，请在审限届满前裁定转为普通程序，审限自立案之日起计算（《行诉法解释》第一百零五条）。',
  `The administrative simple-procedure limit cannot be extended. Convert the case to the ordinary procedure before it expires; the limit runs from registration (${citeEn('ALL-Interp art 105')}).`,
);
const CONVERT_CRIMINAL = zhEn(
  '本程序审限不能延长。不宜适用本程序的，请依法转为普通程序审理。',
  'This procedure\'s limit cannot be extended. If the procedure is unsuitable, convert the case to the ordinary procedure.',
);
const REPORT_EXECUTION = zhEn(
  '执行期限已经院长批准延长，不能再延长；仍需继续执行的，请报高级人民法院备案。',
  'The execution limit has already been extended by the president; to continue, report the case to the high court for the record.',
);

export const TRIAL_LIMIT_RULES: Readonly<Record<TrialProcedure, TrialLimitRule>> = {
  // CPL-2023 art 152: 6 months, +6 by the president; TL-2000 art 2: a further 3 months by the higher court.
  civilOrdinary: {
    procedure: 'civilOrdinary', label: zhEn('民事一审普通程序', 'Civil first instance, ordinary procedure'), base: m(6), source: 'CPL-2023 art 152',
    extensions: [ext('president', m(6), 'CPL-2023 art 152'), ext('higherCourt', m(3), 'TL-2000 art 2')], leadDays: CIVIL_LEAD,
  },
  // CPL-2023 art 164: 3 months, +1 by the president, 4 in all; then conversion (CPL-Interp art 258).
  civilSimple: {
    procedure: 'civilSimple', label: zhEn('民事简易程序', 'Civil simple procedure'), base: m(3), source: 'CPL-2023 art 164',
    extensions: [ext('president', m(1), 'CPL-2023 art 164')], maxTotal: m(4), leadDays: CIVIL_LEAD, whenExhausted: CONVERT_CIVIL_SIMPLE,
  },
  // CPL-2023 art 168: 2 months, +1 by the president.
  civilSmallClaims: {
    procedure: 'civilSmallClaims', label: zhEn('小额诉讼程序', 'Small-claims procedure'), base: m(2), source: 'CPL-2023 art 168',
    extensions: [ext('president', m(1), 'CPL-2023 art 168')], leadDays: CIVIL_LEAD, whenExhausted: CONVERT_SMALL_CLAIMS,
  },
  // CPL-2023 art 187: 30 days; TL-2000 art 2: +30 days by the president.
  civilSpecial: {
    procedure: 'civilSpecial', label: zhEn('民事特别程序', 'Civil special procedure'), base: d(30), source: 'CPL-2023 art 187',
    extensions: [ext('president', d(30), 'TL-2000 art 2')], leadDays: CIVIL_LEAD,
  },
  // CPL-2023 art 183: 3 months from 二审立案; TL-2000 art 2: +3 months by the president.
  civilSecondInstanceJudgment: {
    procedure: 'civilSecondInstanceJudgment', label: zhEn('民事二审（对判决的上诉）', 'Civil second instance (appeal against a judgment)'), base: m(3), source: 'CPL-2023 art 183',
    extensions: [ext('president', m(3), 'TL-2000 art 2')], leadDays: CIVIL_LEAD,
  },
  // CPL-2023 art 183; CPL-Interp art 339: 30 days, extension by the president [U length: 30 days].
  civilSecondInstanceRuling: {
    procedure: 'civilSecondInstanceRuling', label: zhEn('民事二审（对裁定的上诉）', 'Civil second instance (appeal against a ruling)'), base: d(30), source: 'CPL-2023 art 183',
    extensions: [ext('president', d(30), 'CPL-2023 art 183')], leadDays: CIVIL_LEAD,
  },
  // CPL-2023 art 215: 3 months from receipt of the application, extension by the president [U length: 3 months].
  civilRetrialReview: {
    procedure: 'civilRetrialReview', label: zhEn('民事再审审查', 'Civil retrial review'), base: m(3), source: 'CPL-2023 art 215',
    extensions: [ext('president', m(3), 'CPL-2023 art 215')], leadDays: CIVIL_LEAD,
  },
  // CPL-2023 art 287: foreign-related civil cases have no statutory limit (arts 152, 183 do not apply).
  civilForeignRelated: {
    procedure: 'civilForeignRelated', label: zhEn('涉外民事案件', 'Foreign-related civil case'), base: null, source: 'CPL-2023 art 287', extensions: [], leadDays: CIVIL_LEAD,
  },
  // ALL art 81; ALL-Interp art 50: 6 months, extension by the high court — a basic court applies to it directly (its own
  // cases: the SPC) [U length: 3 months].
  adminFirstInstance: {
    procedure: 'adminFirstInstance', label: zhEn('行政一审', 'Administrative first instance'), base: m(6), source: 'ALL art 81',
    extensions: [ext('highCourt', m(3), 'ALL art 81; ALL-Interp art 50')], leadDays: ADMIN_LEAD,
  },
  // ALL art 83: 45 days, no extension; conversion keeps the start (ALL-Interp art 105).
  adminSimple: {
    procedure: 'adminSimple', label: zhEn('行政简易程序', 'Administrative simple procedure'), base: d(45), source: 'ALL art 83', extensions: [], leadDays: ADMIN_LEAD, whenExhausted: CONVERT_ADMIN_SIMPLE,
  },
  // ALL art 88: 3 months from receipt of the appeal, extension by the high court [U length: 3 months].
  adminSecondInstance: {
    procedure: 'adminSecondInstance', label: zhEn('行政二审', 'Administrative second instance'), base: m(3), source: 'ALL art 88',
    extensions: [ext('highCourt', m(3), 'ALL art 88')], leadDays: ADMIN_LEAD,
  },
  // CrPL art 208: 2 months, at most 3 [U: the court's own step to 3 months modelled as the president's]; +3 months by the
  // next-higher court; then the SPC (CrPL-Interp art 210: 1–3 months, renewable) [U length: 3 months].
  criminalFirstInstance: {
    procedure: 'criminalFirstInstance', label: zhEn('刑事公诉一审', 'Criminal first instance (public prosecution)'), base: m(2), source: 'CrPL art 208',
    extensions: [ext('president', m(1), 'CrPL art 208'), ext('higherCourt', m(3), 'CrPL art 208'), ext('supremeCourt', m(3), 'CrPL-Interp art 210')],
    leadDays: CRIMINAL_LEAD, lastStepRenewable: true,
  },
  // CrPL art 220: 20 days.
  criminalSimple: {
    procedure: 'criminalSimple', label: zhEn('刑事简易程序', 'Criminal simple procedure'), base: d(20), source: 'CrPL art 220', extensions: [], leadDays: CRIMINAL_LEAD, whenExhausted: CONVERT_CRIMINAL,
  },
  // CrPL art 220: 一个半月 if the possible sentence exceeds 3 years [U: counted as 45 days].
  criminalSimpleOver3Years: {
    procedure: 'criminalSimpleOver3Years', label: zhEn('刑事简易程序（可能判处三年以上有期徒刑）', 'Criminal simple procedure (possible sentence over 3 years)'), base: d(45), source: 'CrPL art 220',
    extensions: [], leadDays: CRIMINAL_LEAD, whenExhausted: CONVERT_CRIMINAL,
  },
  // CrPL art 225: 10 days.
  criminalFastTrack: {
    procedure: 'criminalFastTrack', label: zhEn('刑事速裁程序', 'Criminal fast-track procedure'), base: d(10), source: 'CrPL art 225', extensions: [], leadDays: CRIMINAL_LEAD, whenExhausted: CONVERT_CRIMINAL,
  },
  // CrPL art 225: 15 days if the possible sentence exceeds 1 year.
  criminalFastTrackOver1Year: {
    procedure: 'criminalFastTrackOver1Year', label: zhEn('刑事速裁程序（可能判处一年以上有期徒刑）', 'Criminal fast-track procedure (possible sentence over 1 year)'), base: d(15), source: 'CrPL art 225',
    extensions: [], leadDays: CRIMINAL_LEAD, whenExhausted: CONVERT_CRIMINAL,
  },
  // CrPL art 212: 6 months if the defendant is not detained; TL-2000 art 1: +3 months by the president.
  criminalPrivateNotDetained: {
    procedure: 'criminalPrivateNotDetained', label: zhEn('刑事自诉（被告人未被羁押）', 'Criminal private prosecution (defendant not detained)'), base: m(6), source: 'CrPL art 212',
    extensions: [ext('president', m(3), 'TL-2000 art 1')], leadDays: CRIMINAL_LEAD,
  },
  // CrPL art 243: 2 months, +2 by the high court, then the SPC [U length: 2 months].
  criminalSecondInstance: {
    procedure: 'criminalSecondInstance', label: zhEn('刑事二审', 'Criminal second instance'), base: m(2), source: 'CrPL art 243',
    extensions: [ext('higherCourt', m(2), 'CrPL art 243'), ext('supremeCourt', m(2), 'CrPL art 243')], leadDays: CRIMINAL_LEAD,
  },
  // CrPL art 258: 3 months from the retrial decision, 6 at most [U approver of the extension: the president].
  criminalRetrial: {
    procedure: 'criminalRetrial', label: zhEn('刑事再审', 'Criminal retrial'), base: m(3), source: 'CrPL art 258',
    extensions: [ext('president', m(3), 'CrPL art 258')], maxTotal: m(6), leadDays: CRIMINAL_LEAD,
  },
  // TL-2000 art 5: 6 months; EXEC-TL [S→U]: +3 months by the president (or a vice-president), then report to the high court.
  execution: {
    procedure: 'execution', label: zhEn('执行案件', 'Execution'), base: m(6), source: 'TL-2000 art 5',
    extensions: [ext('president', m(3), 'EXEC-TL')], leadDays: EXECUTION_LEAD, whenExhausted: REPORT_EXECUTION,
  },
  // TL-2000 art 5: non-litigation execution 3 months; [U] the same +3 months by the president as other execution cases.
  executionNonLitigation: {
    procedure: 'executionNonLitigation', label: zhEn('非诉执行案件', 'Non-litigation execution'), base: m(3), source: 'TL-2000 art 5',
    extensions: [ext('president', m(3), 'EXEC-TL')], leadDays: EXECUTION_LEAD, whenExhausted: REPORT_EXECUTION,
  },
};
