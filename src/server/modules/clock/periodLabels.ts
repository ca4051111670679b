// Labels of everything that can run on a case's clock: the 审限 and the period kinds.
import { PERIOD_KINDS, type PeriodKind } from '../../../domain/clock';
import type { BilingualMessage } from '../../../domain/errors/domainError';

export function periodLabel(kind: string): BilingualMessage {
  if (kind === 'trialLimit') return { 'zh-CN': '审理期限', en: 'Trial limit' };
  return PERIOD_KINDS[kind as PeriodKind]?.label ?? { 'zh-CN': kind, en: kind };
}
