// Computes 1M due dates of mixed kinds with the real calendar and derivation traces, and reports the rate, held
// against bare date arithmetic (no calendar, no trace) in the same run.
// Usage: node --import tsx bench/clockDueDates.ts [count=1000000]
import holidayData from '../reference/holidays-cn.json';
import { addDays } from '../src/domain/calendar/plainDate';
import { buildWorkCalendar, calendarFromHolidayFile } from '../src/domain/calendar/workCalendar';
import { addPeriod, asCalendarLength, computeDueDate, periodLengthFor, type PeriodKind } from '../src/domain/clock';

const count = Number(process.argv[2] ?? 1_000_000);
const cal = calendarFromHolidayFile(holidayData);
const calendar = buildWorkCalendar({ days: cal.days, coveredYears: cal.coveredYears });
const kinds: PeriodKind[] = ['defence', 'appealJudgment', 'appealRuling', 'feePayment', 'serveComplaint', 'appelleeDefence', 'judgmentWriting', 'filingReview'];

// Deterministic inputs: trigger dates across 2010–2026, kinds and domiciles in rotation.
const inputs = Array.from({ length: count }, (_, i) => {
  const kind = kinds[i % kinds.length]!;
  const trigger = addDays('2010-01-01', (i * 7919) % 6200);
  const foreign = i % 13 === 0;
  return { kind, trigger, length: periodLengthFor(kind, trigger, { foreignDomicile: foreign }).length, months: i % 5 === 0 };
});
const fact = { 'zh-CN': '送达', en: 'served' };

function time(label: string, fn: () => number) {
  const t0 = performance.now();
  const check = fn();
  const ms = performance.now() - t0;
  return { label, ms, perSecond: (count / ms) * 1000, check };
}

const bare = time('bare date arithmetic (addPeriod only)', () => {
  let n = 0;
  for (const x of inputs) n += addPeriod(x.trigger, x.months ? { months: 6 } : asCalendarLength(x.length)).end.length;
  return n;
});
const full = time('due date with calendar roll-forward and trace', () => {
  let n = 0;
  for (const x of inputs) {
    n += computeDueDate({ trigger: x.trigger, triggerFact: fact, length: x.months ? { months: 6 } : x.length, calendar, options: { rollForward: true, weekendsAreRestDays: true } }).due.length;
  }
  return n;
});

console.log(`| computation (${count.toLocaleString('en')} due dates) | ms | per second |`);
console.log('|---|---|---|');
for (const r of [bare, full]) console.log(`| ${r.label} | ${r.ms.toFixed(0)} | ${Math.round(r.perSecond).toLocaleString('en')} |`);
