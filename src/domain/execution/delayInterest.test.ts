import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../calendar/plainDate';
import { traceText } from '../clock/trace';
import { DomainError } from '../errors/domainError';
import { delayInterest, type DebtItem } from './delayInterest';

const yuan = (n: number) => BigInt(Math.round(n * 100));
const debt = (id: string, amount: number, dueOn: string, more: Partial<DebtItem> = {}): DebtItem => ({ id, label: id, amountFen: yuan(amount), dueOn, ...more });

// Worked by hand: 1.75‱ a day, from the day after the due date to the payment day (included), calendar days (rules.md §5.1).
describe('迟延履行期间的加倍部分债务利息 (DELAY-2014 arts 1–4)', () => {
  test('100,000 due 2024-03-10, to 2024-04-09: 30 days (03-11…03-31 = 21, 04-01…04-09 = 9) × 17.50 = 525.00', () => {
    const r = delayInterest({ debts: [debt('判决款', 100_000, '2024-03-10')], payments: [], asOf: '2024-04-09' });
    expect(r.accruedExact).toBe('525.00');
    expect(r.accruedFen).toBe(52_500n);
    expect(r.interestOwedFen).toBe(52_500n);
    expect(r.debtOwedFen).toBe(yuan(100_000));
    expect(traceText(r.trace, 'zh-CN')).toContain('判决款：2024-03-11至2024-04-09，30日，100000.00元 × 日万分之1.75 × 30 = 525.00元');
  });

  test('the payment day counts; the debt is paid first, then the interest (art 4)', () => {
    // 40,000 on 04-09: 525.00 accrued on 100,000; the debt falls to 60,000.
    // 04-10…05-09 = 30 days on 60,000: 315.00. 60,500 on 05-09: 60,000 to the debt, 500 to the 840.00 of interest.
    const r = delayInterest({
      debts: [debt('判决款', 100_000, '2024-03-10')],
      payments: [
        { on: '2024-05-09', amountFen: yuan(60_500) },
        { on: '2024-04-09', amountFen: yuan(40_000) },
      ],
      asOf: '2024-06-30',
    });
    expect(r.accruedExact).toBe('840.00');
    expect(r.interestPaidFen).toBe(yuan(500));
    expect(r.interestOwedFen).toBe(yuan(340));
    expect(r.debtOwedFen).toBe(0n);
    expect(r.excessFen).toBe(0n);
    const zh = traceText(r.trace, 'zh-CN');
    expect(zh).toContain('2024-04-09 履行40000.00元（先清偿金钱债务，再清偿加倍部分债务利息）：清偿金钱债务40000.00元，清偿加倍部分债务利息0.00元');
    expect(zh).toContain('判决款：2024-04-10至2024-05-09，30日，60000.00元 × 日万分之1.75 × 30 = 315.00元');
  });

  test('an agreed order pays the interest first; interest paid is settled in whole fen by the rounding setting', () => {
    // 04-09: 525.00 interest paid, 39,475 to the debt → 60,525. 04-10…05-09: 60,525 × 0.000175 × 30 = 317.75625.
    // 05-09: 317.76 (half up) to the interest, 60,182.24 to the debt → 342.76. 05-10…05-19: 342.76 × 0.000175 × 10 = 0.59983.
    const input = {
      debts: [debt('判决款', 100_000, '2024-03-10')],
      payments: [
        { on: '2024-04-09', amountFen: yuan(40_000) },
        { on: '2024-05-09', amountFen: yuan(60_500) },
      ],
      asOf: '2024-05-19',
      order: 'interestFirst' as const,
    };
    const half = delayInterest(input, 'halfUp');
    expect(half.debtOwedFen).toBe(34_276n);
    expect(half.accruedExact).toBe('843.35608');
    expect(half.accruedFen).toBe(84_336n);
    expect(half.interestPaidFen).toBe(52_500n + 31_776n);
    expect(half.interestOwedFen).toBe(60n);
    expect(delayInterest(input, 'down').interestOwedFen).toBe(59n);
  });

  test('instalments run from each instalment’s own due date (art 2)', () => {
    // 50,000 due 01-31: 02-01…03-31 = 29 + 31 = 60 days → 525.00; 50,000 due 02-29: 03-01…03-31 = 31 days → 271.25.
    const r = delayInterest({ debts: [debt('第一期', 50_000, '2024-01-31'), debt('第二期', 50_000, '2024-02-29')], payments: [], asOf: '2024-03-31' });
    expect(r.accruedExact).toBe('796.25');
  });

  test('ordinary interest is part of the debt but bears no doubled interest (art 1); it is paid in the listed order', () => {
    // 10,000 × 0.000175 × 10 days (01-11…01-20) = 17.50; the 1,000 of ordinary interest adds nothing.
    const debts = [debt('本金', 10_000, '2024-01-10'), debt('一般债务利息', 1_000, '2024-01-10', { isOrdinaryInterest: true })];
    expect(delayInterest({ debts, payments: [], asOf: '2024-01-20' }).accruedExact).toBe('17.50');
    // 10,500 on 01-20: 10,000 to the principal, 500 to the ordinary interest; nothing accrues after.
    const r = delayInterest({ debts, payments: [{ on: '2024-01-20', amountFen: yuan(10_500) }], asOf: '2024-02-20' });
    expect(r.debtOwedFen).toBe(yuan(500));
    expect(r.accruedExact).toBe('17.50');
  });

  test('an uncounted stretch is left out (art 3 para 3)', () => {
    // 30 days less 03-21…03-30 (10 days) = 20 days → 350.00.
    const r = delayInterest({ debts: [debt('判决款', 100_000, '2024-03-10')], payments: [], asOf: '2024-04-09', uncounted: [{ from: '2024-03-21', to: '2024-03-30' }] });
    expect(r.accruedExact).toBe('350.00');
    expect(traceText(r.trace, 'en')).toContain('20 days (less 10 uncounted)');
  });

  test('fractions of a fen: 1.00 yuan for 1 day is 0.0175 fen', () => {
    const input = { debts: [debt('x', 1, '2024-01-01')], payments: [], asOf: '2024-01-02' };
    expect(delayInterest(input).accruedExact).toBe('0.000175');
    expect(delayInterest(input, 'halfUp').accruedFen).toBe(0n);
    expect(delayInterest(input, 'up').accruedFen).toBe(1n);
  });

  test('nothing accrues before the delay starts; an overpayment is reported', () => {
    const r = delayInterest({ debts: [debt('x', 100, '2024-05-01')], payments: [{ on: '2024-04-01', amountFen: yuan(150) }], asOf: '2024-06-01' });
    expect(r.accruedFen).toBe(0n);
    expect(r.excessFen).toBe(yuan(50));
  });

  test('invalid input is refused', () => {
    const call = () => delayInterest({ debts: [debt('x', 1, '2024-02-30')], payments: [], asOf: '2024-03-01' });
    expect(call).toThrow(DomainError);
    try {
      call();
    } catch (e) {
      expect((e as DomainError).code).toBe('DELAY_INTEREST_INPUT_INVALID');
    }
  });
});

describe('properties of the doubled interest', () => {
  const arb = fc.record({
    debts: fc.array(fc.record({ amount: fc.bigInt({ min: 0n, max: 10_000_000_000n }), offset: fc.integer({ min: 0, max: 400 }) }), { minLength: 1, maxLength: 4 }),
    payments: fc.array(fc.record({ amount: fc.bigInt({ min: 1n, max: 5_000_000_000n }), offset: fc.integer({ min: 0, max: 800 }) }), { maxLength: 6 }),
    asOf: fc.integer({ min: 0, max: 800 }),
    order: fc.constantFrom('debtFirst' as const, 'interestFirst' as const),
  });
  type Sample = typeof arb extends fc.Arbitrary<infer T> ? T : never;
  const base = '2024-01-01';
  const build = (x: Sample) => ({
    debts: x.debts.map((d, i) => ({ id: `d${i}`, label: `d${i}`, amountFen: d.amount, dueOn: addDays(base, d.offset) })),
    payments: x.payments.map((p) => ({ on: addDays(base, p.offset), amountFen: p.amount })),
    asOf: addDays(base, x.asOf),
    order: x.order,
  });

  test('every fen paid goes to the debt, the interest or the excess', () => {
    fc.assert(
      fc.property(arb, (x) => {
        const input = build(x);
        const r = delayInterest(input);
        const paid = input.payments.filter((p) => p.on <= input.asOf).reduce((s, p) => s + p.amountFen, 0n);
        const debtPaid = input.debts.reduce((s, d) => s + d.amountFen, 0n) - r.debtOwedFen;
        expect(debtPaid + r.interestPaidFen + r.excessFen).toBe(paid);
        expect(r.debtOwedFen >= 0n && r.interestOwedFen >= 0n).toBe(true);
      }),
    );
  });

  test('without payments the interest is each debt × 175 millionths × its days of delay', () => {
    fc.assert(
      fc.property(arb, (x) => {
        const input = { ...build(x), payments: [] };
        const asOf = x.asOf;
        const expected = x.debts.reduce((s, d) => s + d.amount * 175n * BigInt(Math.max(0, asOf - d.offset)), 0n);
        const r = delayInterest(input, 'down');
        expect(r.accruedFen).toBe(expected / 1_000_000n);
      }),
    );
  });
});
