import fc from 'fast-check';
import { refusalCode } from '../errors/refusalCode.fixture';
import { describe, expect, test } from 'vitest';
import data from '../../../reference/holidays-cn.json';
import { addDays } from '../calendar/plainDate';
import { buildWorkCalendar, calendarFromHolidayFile } from '../calendar/workCalendar';
import { checkInstalmentSchedule, checkSettlementRestoration, settlementRestorationPeriod, settlementStanding, type Instalment, type RestorationGround } from './settlement';

const calendar = buildWorkCalendar(calendarFromHolidayFile(data));
const rest = { weekendsAreRestDays: true };
const fen = (yuan: number) => BigInt(yuan * 100);
const codeOf = refusalCode;

const schedule: Instalment[] = [
  { amountFen: fen(10_000), dueOn: '2026-06-30' },
  { amountFen: fen(10_000), dueOn: '2026-07-31' },
  { amountFen: fen(5_000), dueOn: '2026-08-31' },
];

// EXEC-SETTLE art 1: the parties may change the amount, time and manner of performance; the schedule must be one.
describe('the instalment schedule', () => {
  test('the total is the sum, the last day the last instalment’s', () => {
    expect(checkInstalmentSchedule('2026-06-01', schedule)).toEqual({ totalFen: fen(25_000), lastDueOn: '2026-08-31' });
  });

  test.each<[string, string, Instalment[], string]>([
    ['no instalment', '2026-06-01', [], 'SETTLEMENT_SCHEDULE_EMPTY'],
    ['a zero amount', '2026-06-01', [{ amountFen: 0n, dueOn: '2026-07-01' }], 'SETTLEMENT_INSTALMENT_AMOUNT_INVALID'],
    ['a negative amount', '2026-06-01', [{ amountFen: -1n, dueOn: '2026-07-01' }], 'SETTLEMENT_INSTALMENT_AMOUNT_INVALID'],
    ['a date that does not exist', '2026-06-01', [{ amountFen: 1n, dueOn: '2026-02-30' }], 'SETTLEMENT_DATE_INVALID'],
    ['due before the agreement', '2026-06-01', [{ amountFen: 1n, dueOn: '2026-05-31' }], 'SETTLEMENT_INSTALMENT_BEFORE_AGREEMENT'],
    ['out of order', '2026-06-01', [{ amountFen: 1n, dueOn: '2026-08-01' }, { amountFen: 1n, dueOn: '2026-07-01' }], 'SETTLEMENT_SCHEDULE_NOT_IN_ORDER'],
    ['twice the same day', '2026-06-01', [{ amountFen: 1n, dueOn: '2026-07-01' }, { amountFen: 1n, dueOn: '2026-07-01' }], 'SETTLEMENT_SCHEDULE_NOT_IN_ORDER'],
    ['an agreement date that does not exist', '2026-13-01', [{ amountFen: 1n, dueOn: '2026-07-01' }], 'SETTLEMENT_DATE_INVALID'],
  ])('%s is refused', (_, agreedOn, instalments, code) => {
    expect(codeOf(() => checkInstalmentSchedule(agreedOn, instalments))).toBe(code);
  });

  test('any increasing schedule of positive amounts is accepted, its total the sum (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 10_000_000 })), { minLength: 1, maxLength: 40 }), (steps) => {
        let day = '2026-01-01';
        const list = steps.map(([gap, amount]) => ({ amountFen: BigInt(amount), dueOn: (day = addDays(day, gap)) }));
        const r = checkInstalmentSchedule('2026-01-01', list);
        expect(r.totalFen).toBe(list.reduce((s, i) => s + i.amountFen, 0n));
        expect(r.lastDueOn).toBe(list.at(-1)!.dueOn);
      }),
    );
  });
});

// EXEC-SETTLE arts 8–9: performed in full, or an instalment not paid by its day.
describe('missed instalments', () => {
  test.each<[string, string, [string, number][], string[], string]>([
    ['nothing paid, before the first day', '2026-06-30', [], ['due', 'due', 'due'], 'performing'],
    ['nothing paid, the day after the first day', '2026-07-01', [], ['missed', 'due', 'due'], 'defaulted'],
    ['the first paid on its day', '2026-07-15', [['2026-06-30', 10_000]], ['paid', 'due', 'due'], 'performing'],
    ['the second partly paid, its day passed', '2026-08-01', [['2026-06-30', 10_000], ['2026-07-30', 4_000]], ['paid', 'missed', 'due'], 'defaulted'],
    ['paid late, in full: no longer missed', '2026-08-10', [['2026-06-30', 10_000], ['2026-08-05', 10_000]], ['paid', 'paid', 'due'], 'performing'],
    ['everything paid in one payment', '2026-06-15', [['2026-06-10', 25_000]], ['paid', 'paid', 'paid'], 'performed'],
    ['more than the total: performed', '2026-09-15', [['2026-09-01', 30_000]], ['paid', 'paid', 'paid'], 'performed'],
  ])('%s', (_, today, paid, states, status) => {
    const s = settlementStanding(schedule, paid.map(([on, y]) => ({ on, amountFen: fen(y) })), today);
    expect(s.instalments.map((i) => i.state)).toEqual(states);
    expect(s.status).toBe(status);
  });

  test('payments cover the instalments in order and never more than each (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3_000_000 }), { maxLength: 10 }), fc.integer({ min: 0, max: 120 }), (amounts, offset) => {
        const payments = amounts.map((a) => ({ on: '2026-06-01', amountFen: BigInt(a) }));
        const s = settlementStanding(schedule, payments, addDays('2026-06-01', offset));
        const paid = payments.reduce((x, p) => x + p.amountFen, 0n);
        expect(s.instalments.reduce((x, i) => x + i.paidFen, 0n)).toBe(paid < s.totalFen ? paid : s.totalFen);
        s.instalments.forEach((i, k) => {
          expect(i.paidFen <= i.amountFen).toBe(true);
          // A later instalment holds money only when every earlier one is paid in full.
          if (i.paidFen > 0n) expect(s.instalments.slice(0, k).every((e) => e.state === 'paid')).toBe(true);
        });
        expect(s.status === 'defaulted').toBe(s.instalments.some((i) => i.state === 'missed') && paid < s.totalFen);
      }),
    );
  });
});

// EXEC-SETTLE art 10 with CPL-2023 art 250 (2 years) and art 85 (the day itself not counted; a last day on a rest day rolls on).
describe('the 2-year period to restore the original title', () => {
  test.each<[string, string, string]>([
    ['an ordinary day: the corresponding date two years on', '2026-08-31', '2028-08-31'],
    ['from 29 February: no 29th in the target year, so the last day of February (CIVILCODE art 202) — a Saturday, but a 调休 working day, so it stands', '2024-02-29', '2026-02-28'],
    ['from 28 February to a 28 February two years on that is a Sunday (2027 has no notice yet: weekends only) → Monday 03-01', '2025-02-28', '2027-03-01'],
    ['ending on National Day 2025: rolled past the holiday to Thursday 10-09', '2023-10-01', '2025-10-09'],
    ['ending on a Sunday (2026-05-31) → Monday 2026-06-01', '2024-05-31', '2026-06-01'],
    ['ending in the Spring Festival 2026 → the first working day after it', '2024-02-17', '2026-02-24'],
  ])('%s: %s → %s', (_, lastDueOn, due) => {
    expect(settlementRestorationPeriod(lastDueOn, calendar, rest).due).toBe(due);
  });

  const standing = (today: string, paid: number) => settlementStanding(schedule, paid ? [{ on: '2026-06-30', amountFen: fen(paid) }] : [], today);
  const period = settlementRestorationPeriod('2026-08-31', calendar, rest);
  const check = (ground: RestorationGround, appliedOn: string, paid = 0) => codeOf(() => checkSettlementRestoration({ ground, appliedOn, standing: standing(appliedOn, paid), period }));

  test.each<[string, RestorationGround, string, number, string | null]>([
    ['default, an instalment missed, within the period: granted', 'default', '2026-07-01', 0, null],
    ['default on the last day of the period: granted', 'default', '2028-08-31', 0, null],
    ['default the day after the period: refused, naming the limit', 'default', '2028-09-01', 0, 'SETTLEMENT_RESTORATION_LATE'],
    ['the agreement performed in full: refused (art 11(1))', 'default', '2026-09-15', 25_000, 'SETTLEMENT_PERFORMED'],
    ['performed in full, even for fraud: refused', 'fraud', '2026-09-15', 25_000, 'SETTLEMENT_PERFORMED'],
    ['default while the debtor keeps to the schedule: refused (art 11(3))', 'default', '2026-07-15', 10_000, 'SETTLEMENT_BEING_PERFORMED'],
    ['fraud while the debtor keeps to the schedule: granted (CPL-2023 art 241)', 'fraud', '2026-07-15', 10_000, null],
    ['duress after the period: refused', 'duress', '2028-09-01', 0, 'SETTLEMENT_RESTORATION_LATE'],
  ])('%s', (_, ground, appliedOn, paid, code) => {
    expect(check(ground, appliedOn, paid)).toBe(code);
  });

  test('the refusal names the last day (fast-check: granted exactly up to it)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const appliedOn = addDays(period.due, offset);
        expect(check('fraud', appliedOn)).toBe(offset > 0 ? 'SETTLEMENT_RESTORATION_LATE' : null);
      }),
    );
  });
});
