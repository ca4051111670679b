// The periods of administrative litigation (行政诉讼) that differ from the civil ones (rules.md §2.2, §2.4).
// The 审限 itself is a trial limit: clock/trialLimitRules.ts, 'adminFirstInstance', 'adminSimple', 'adminSecondInstance'.
import type { BilingualMessage } from '../errors/domainError';
import { days, version, type PeriodKindRule } from './periodKindRule';

export type AdministrativePeriodKind = 'organDefence' | 'adminAppealJudgment' | 'adminAppealRuling';

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

// The amended ALL (2014) took effect on 2015-05-01; [U] the 1989 text (10 days for the organ's materials, art 43) is
// not modelled: a trigger before that date is refused.
const ALL_2015 = '2015-05-01';

export const ADMINISTRATIVE_PERIOD_KINDS: Readonly<Record<AdministrativePeriodKind, PeriodKindRule<AdministrativePeriodKind>>> = {
  // ALL art 67: the organ submits its defence, the evidence and the normative documents of the act within 15 days of
  // receiving the complaint copy; evidence after it counts as none (ALL art 34).
  organDefence: {
    kind: 'organDefence',
    label: zhEn('被告行政机关答辩、举证期限', "The organ's defence and evidence period"),
    audience: 'party',
    trigger: zhEn('起诉状副本送达被告行政机关', 'service of the complaint on the defendant organ'),
    versions: [version(ALL_2015, days(15), 'ALL art 67')],
  },
  // ALL art 85: appeal against a judgment 15 days from service.
  adminAppealJudgment: {
    kind: 'adminAppealJudgment',
    label: zhEn('上诉期（行政判决）', 'Appeal period (administrative judgment)'),
    audience: 'party',
    trigger: zhEn('判决书送达', 'service of the judgment'),
    versions: [version(ALL_2015, days(15), 'ALL art 85')],
  },
  // ALL art 85: appeal against a ruling 10 days from service.
  adminAppealRuling: {
    kind: 'adminAppealRuling',
    label: zhEn('上诉期（行政裁定）', 'Appeal period (administrative ruling)'),
    audience: 'party',
    trigger: zhEn('裁定书送达', 'service of the ruling'),
    versions: [version(ALL_2015, days(10), 'ALL art 85')],
  },
};
