// Periods of 跨域立案 on the clock (issue 19 item 4): the assisting court forwards a filing taken at its counter to the
// competent court. Not in rules.md: [U] 1 working day by default, a court setting (court_filing_settings).
import type { BilingualMessage } from '../errors/domainError';
import { version, workingDays, type PeriodKindRule } from './periodKindRule';

export type FilingPeriodKind = 'crossRegionForwarding';

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

/** [U] The default forwarding period in working days; each court may set its own. */
export const CROSS_REGION_FORWARDING_DAYS_DEFAULT = 1;

export const FILING_PERIOD_KINDS: Readonly<Record<FilingPeriodKind, PeriodKindRule<FilingPeriodKind>>> = {
  crossRegionForwarding: {
    kind: 'crossRegionForwarding',
    label: zhEn('跨域立案转交管辖法院', 'Forwarding a cross-region filing'),
    audience: 'court',
    trigger: zhEn('收到跨域立案材料', 'receipt of the cross-region filing'),
    versions: [version('2017-01-01', workingDays(CROSS_REGION_FORWARDING_DAYS_DEFAULT), '[U] court setting (跨域立案)')],
  },
};
