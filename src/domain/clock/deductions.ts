// Periods not counted in the 审限 (扣除审限), rules.md §2.7 civil table, and in the pre-litigation mediation period.
import { toDayNumber } from '../calendar/dayNumber';
import type { PlainDate } from '../calendar/plainDate';
import { citationLabel } from '../citations/citations';
import type { BilingualMessage } from '../errors/domainError';
import { step, type TraceStep } from './trace';

export type DeductionKind =
  | 'publicNotice'
  | 'appraisal'
  | 'settlement'
  | 'jurisdiction'
  | 'audit'
  | 'suspension'
  | 'postponementForEvidence'
  | 'extendedMediation'
  | 'mediationAppraisal';

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

export const DEDUCTION_KINDS: Readonly<Record<DeductionKind, { label: BilingualMessage; source: string }>> = {
  publicNotice: { label: zhEn('公告期间', 'Public notice period'), source: 'CPL-Interp art 243; TL-2000 art 9(6)' },
  appraisal: { label: zhEn('鉴定期间', 'Appraisal period'), source: 'CPL-Interp art 243; TL-2000 art 9(6)' },
  settlement: { label: zhEn('双方当事人和解期间', 'Settlement period agreed by both parties'), source: 'CPL-Interp art 243' },
  jurisdiction: { label: zhEn('审理管辖权异议及处理管辖争议期间', 'Jurisdiction objection or dispute'), source: 'CPL-Interp art 243; TL-2000 art 9(7)' },
  audit: { label: zhEn('审计、评估、资产清理期间', 'Audit, valuation or asset liquidation'), source: 'TL-2000 art 9(8)' },
  suspension: { label: zhEn('中止诉讼期间', 'Suspension of proceedings'), source: 'TL-2000 art 9(9)' },
  postponementForEvidence: { label: zhEn('因新证人、新证据或重新鉴定延期审理期间（不超过一个月）', 'Postponement for new witnesses, evidence or re-appraisal (up to 1 month)'), source: 'TL-2000 art 9(5)' },
  extendedMediation: { label: zhEn('经当事人同意延长的立案后调解期间', 'Post-filing mediation extended with the parties\' consent'), source: 'ONLINE-MED art 24' },
  // ONLINE-MED art 26: appraisal during pre-litigation mediation is not counted in the mediation period.
  mediationAppraisal: { label: zhEn('诉前鉴定期间', 'Appraisal during pre-litigation mediation'), source: 'ONLINE-MED art 26' },
};

/** Both ends inclusive; endsOn null = still running. */
export interface Deduction {
  kind: DeductionKind;
  startsOn: PlainDate;
  endsOn: PlainDate | null;
}

/** The deductions as day-number intervals as of today: an open one runs to today; one not yet begun counts nothing. */
export function deductionIntervals(deductions: readonly Deduction[], today: PlainDate): [number, number][] {
  const t = toDayNumber(today);
  const out: [number, number][] = [];
  for (const x of deductions) {
    const start = toDayNumber(x.startsOn);
    const end = x.endsOn === null ? t : toDayNumber(x.endsOn);
    if (start <= t && end >= start) out.push([start, end]);
  }
  return out;
}

/** Days covered by the deductions, overlaps counted once (TL-2000 art 9: each day is either counted or not). */
export function deductedDays(deductions: readonly Deduction[], today: PlainDate): number {
  const intervals = deductionIntervals(deductions, today).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curEnd = -Infinity;
  for (const [start, end] of intervals) {
    if (end <= curEnd) continue;
    total += end - Math.max(start, curEnd + 1) + 1;
    curEnd = end;
  }
  return total;
}

const cite = (source: string) => citationLabel(source);

/** The trace step that adds the deducted days: which kinds, whether one is still open, and the rules. */
export function deductionStep(deductions: readonly Deduction[], today: PlainDate, days: number, end: PlainDate, what = { zh: '扣除审限', en: 'not counted' }): TraceStep {
  const begun = deductions.filter((x) => deductionIntervals([x], today).length > 0);
  const counted = [...new Set(begun.map((x) => DEDUCTION_KINDS[x.kind]))];
  const open = begun.some((x) => x.endsOn === null);
  const sources = [...new Set(counted.flatMap((k) => k.source.split('; ')))].join('; ');
  const c = cite(sources);
  const kinds = { zh: counted.map((k) => k.label['zh-CN']).join('、'), en: counted.map((k) => k.label.en.toLowerCase()).join(', ') };
  const openNote = open ? { zh: '，尚未结束的计至今日', en: '; open ones counted to today' } : { zh: '', en: '' };
  return step(`${what.zh}${days}日（${kinds.zh}${openNote.zh}）→ ${end}（${c['zh-CN']}）`, `${days} days ${what.en} (${kinds.en}${openNote.en}) → ${end} (${c.en})`, sources);
}
