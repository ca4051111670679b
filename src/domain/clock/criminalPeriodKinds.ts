// The periods of a criminal case that run against its parties and the procuratorate (rules.md §2.4, §3.4). A table of its
// own beside periodKinds.ts, which spreads it into PERIOD_KINDS. The 审限 are trial limits (trialLimitRules.ts).
import type { BilingualMessage } from '../errors/domainError';
import { days, version, type PeriodKindRule } from './periodKindRule';

export type CriminalPeriodKind = 'criminalAppealJudgment' | 'criminalAppealRuling' | 'criminalJudgmentWriting';

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

// [U] from the 2012 CrPL's entry into force (2013-01-01); the 10 / 5 days are older, earlier texts are not modelled.
const CRPL_2012 = '2013-01-01';

export const CRIMINAL_PERIOD_KINDS: Readonly<Record<CriminalPeriodKind, PeriodKindRule<CriminalPeriodKind>>> = {
  // CrPL art 230: appeal or protest against a judgment within 10 days from the day after receipt of the written judgment.
  criminalAppealJudgment: {
    kind: 'criminalAppealJudgment',
    label: zhEn('上诉、抗诉期（刑事判决）', 'Appeal or protest period (criminal judgment)'),
    audience: 'party',
    trigger: zhEn('接到判决书', 'receipt of the written judgment'),
    versions: [version(CRPL_2012, days(10), 'CrPL art 230')],
  },
  // CrPL art 230: against a ruling within 5 days from the day after receipt.
  criminalAppealRuling: {
    kind: 'criminalAppealRuling',
    label: zhEn('上诉、抗诉期（刑事裁定）', 'Appeal or protest period (criminal ruling)'),
    audience: 'party',
    trigger: zhEn('接到裁定书', 'receipt of the written ruling'),
    versions: [version(CRPL_2012, days(5), 'CrPL art 230')],
  },
  // CrPL art 202: after an oral pronouncement the written judgment is delivered within 5 days.
  criminalJudgmentWriting: {
    kind: 'criminalJudgmentWriting',
    label: zhEn('当庭宣判后送达刑事判决书', 'Delivering the criminal judgment after oral pronouncement'),
    audience: 'court',
    trigger: zhEn('当庭宣判', 'oral pronouncement in court'),
    versions: [version(CRPL_2012, days(5), 'CrPL art 202')],
  },
};
