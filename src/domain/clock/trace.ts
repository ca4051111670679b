// The derivation of a due date, one line per step, in both languages, and its rendering as one sentence.
import type { BilingualMessage } from '../errors/domainError';
import type { PeriodLength } from './periodLength';

/** One line of a derivation; `source` is the citation key, e.g. 'CPL-2023 art 85'. */
export interface TraceStep {
  'zh-CN': string;
  en: string;
  source?: string;
}

export function step(zh: string, en: string, source?: string): TraceStep {
  return source === undefined ? { 'zh-CN': zh, en } : { 'zh-CN': zh, en, source };
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** '15日' / '15 days', '6个月' / '6 months', '2年' / '2 years'. */
export function lengthText(length: PeriodLength): BilingualMessage {
  if ('days' in length) return { 'zh-CN': `${length.days}日`, en: plural(length.days, 'day') };
  if ('months' in length) return { 'zh-CN': `${length.months}个月`, en: plural(length.months, 'month') };
  if ('workingDays' in length) return { 'zh-CN': `${length.workingDays}个工作日`, en: plural(length.workingDays, 'working day') };
  return { 'zh-CN': `${length.years}年`, en: plural(length.years, 'year') };
}

// No space is set between full-width punctuation and the arrow: '…（《民诉法解释》第一百三十五条）→ 次日起算…'.
const FULL_WIDTH_END = /[）。：；」』]$/;

function decapitalize(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/**
 * A trace as one line. Steps follow each other with an arrow; the last step, which always states what happens on
 * the last day (working day, roll-forward, no roll-forward), is joined with '；' / '; '. E.g.
 * 起算事实：2025-09-30 电子送达到达（《民诉法解释》第一百三十五条）→ 次日起算15日 → 2025-10-15；届满日为工作日
 */
export function traceText(trace: TraceStep[], lang: 'zh-CN' | 'en'): string {
  let out = '';
  trace.forEach((s, i) => {
    const text = s[lang];
    if (i === 0) out = text;
    else if (i === trace.length - 1) out += lang === 'zh-CN' ? `；${text}` : `; ${decapitalize(text)}`;
    else if (lang === 'zh-CN') out += FULL_WIDTH_END.test(out) ? `→ ${text}` : ` → ${text}`;
    else out += ` → ${text}`;
  });
  return out;
}
