// The periods of the application procedures beside the trial (rules.md §2.5, §2.8): property preservation (财保), the
// payment order (民督) and the review of a retrial application (民申). A table of its own beside executionPeriodKinds.ts;
// periodKinds.ts spreads it into PERIOD_KINDS. The 审限 of 民申 and 民再 are trial limits (trialLimitRules.ts).
import type { BilingualMessage } from '../errors/domainError';
import { days, version, type PeriodKindRule } from './periodKindRule';

export type ApplicationPeriodKind = 'preservationRuling' | 'preservationSuit' | 'paymentOrderIssue' | 'paymentOrderObjection' | 'retrialCopyService' | 'retrialOpinion';

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

// The 2012 CPL amendment (in force 2013-01-01) brought pre-suit preservation's 48 hours and 30 days (the 1991 text gave
// 15 days to sue) and the retrial copy's 5 days and opinion's 15 days; [U] earlier texts are not modelled.
const CPL_2012 = '2013-01-01';
const CPL_1991 = '1991-04-09';

export const APPLICATION_PERIOD_KINDS: Readonly<Record<ApplicationPeriodKind, PeriodKindRule<ApplicationPeriodKind>>> = {
  // CPL-2023 arts 103–104: an urgent or pre-suit application is ruled on within 48 hours. Counted in hours from the
  // registration instant (clock/hourPeriod.ts, case_periods.due_at); the 2 days here are the date the sweep watches.
  preservationRuling: {
    kind: 'preservationRuling',
    label: zhEn('保全裁定（48小时）', 'Ruling on preservation (48 hours)'),
    audience: 'court',
    trigger: zhEn('保全申请登记', 'registration of the preservation application'),
    versions: [version(CPL_2012, days(2), 'CPL-2023 art 104')],
  },
  // CPL-2023 art 104: after a pre-suit preservation the applicant sues or applies for arbitration within 30 days, or
  // the court lifts the preservation.
  preservationSuit: {
    kind: 'preservationSuit',
    label: zhEn('诉前保全后起诉或申请仲裁', 'Suing or applying for arbitration after pre-suit preservation'),
    audience: 'party',
    trigger: zhEn('采取保全措施', 'the preservation measure taken'),
    versions: [version(CPL_2012, days(30), 'CPL-2023 art 104')],
  },
  // CPL-2023 art 227: the payment order is issued (or the application dismissed) within 15 days of acceptance.
  paymentOrderIssue: {
    kind: 'paymentOrderIssue',
    label: zhEn('发出支付令或裁定驳回', 'Issuing the payment order or dismissing'),
    audience: 'court',
    trigger: zhEn('受理支付令申请', 'acceptance of the application'),
    versions: [version(CPL_1991, days(15), 'CPL-2023 art 227')],
  },
  // CPL-2023 art 227: the debtor pays or objects in writing within 15 days of service of the order.
  paymentOrderObjection: {
    kind: 'paymentOrderObjection',
    label: zhEn('清偿债务或提出书面异议', 'Paying or objecting in writing'),
    audience: 'party',
    trigger: zhEn('支付令送达', 'service of the payment order'),
    versions: [version(CPL_1991, days(15), 'CPL-2023 art 227')],
  },
  // CPL-2023 art 214: the court serves a copy of the retrial application on the respondent within 5 days of receipt.
  retrialCopyService: {
    kind: 'retrialCopyService',
    label: zhEn('向对方当事人发送再审申请书副本', 'Serving the retrial application on the respondent'),
    audience: 'court',
    trigger: zhEn('收到再审申请书', 'receipt of the retrial application'),
    versions: [version(CPL_2012, days(5), 'CPL-2023 art 214')],
  },
  // CPL-2023 art 214: the respondent submits a written opinion within 15 days of receiving the copy.
  retrialOpinion: {
    kind: 'retrialOpinion',
    label: zhEn('提交书面意见（再审申请）', 'Written opinion on the retrial application'),
    audience: 'party',
    trigger: zhEn('收到再审申请书副本', 'receipt of the copy of the retrial application'),
    versions: [version(CPL_2012, days(15), 'CPL-2023 art 214')],
  },
};
