// The fee engine against rules.md §4.6 (each row a case), the articles' own examples, and properties of the schedules.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { acceptanceFeeRequest } from './acceptanceFee';
import { calculateFee, type FeeRequest } from './calculateFee';
import { checkFeeScheduleSettings, DEFAULT_FEE_SCHEDULE_SETTINGS, FEE_RANGES } from './feeSettings';

const exact = (r: FeeRequest) => new Decimal(calculateFee(r).exact);
const total = (r: FeeRequest) => calculateFee(r).total;
const refusalOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
  return null;
};
const code = (r: FeeRequest) => refusalOf(() => calculateFee(r));

// rules.md §4.6: claim, case fee, half, execution fee, preservation fee, payment order (exact values; 1/3 shown rounded).
const WORKED: [string, string, string, string, string, string][] = [
  ['5000', '50', '25', '50', '70', '16.67'],
  ['10000', '50', '25', '50', '120', '16.67'],
  ['10001', '50.025', '25.0125', '50.015', '120.01', '16.675'],
  ['50000', '1050', '525', '650', '520', '350'],
  ['100000', '2300', '1150', '1400', '1020', '766.67'],
  ['150000', '3300', '1650', '2150', '1270', '1100'],
  ['200000', '4300', '2150', '2900', '1520', '1433.33'],
  ['500000', '8800', '4400', '7400', '3020', '2933.33'],
  ['1000000', '13800', '6900', '12400', '5000', '4600'],
  ['5000000', '46800', '23400', '52400', '5000', '15600'],
  ['10000000', '81800', '40900', '77400', '5000', '27266.67'],
  ['20000000', '141800', '70900', '87400', '5000', '47266.67'],
  ['100000000', '541800', '270900', '167400', '5000', '180600'],
];

describe('rules.md §4.6 worked examples', () => {
  test.each(WORKED)('claim %s: fee %s, half %s, execution %s, preservation %s, payment order %s', (x, fee, half, execution, preservation, order) => {
    expect(exact({ kind: 'property', amount: x }).equals(fee)).toBe(true);
    for (const reduction of ['simple', 'mediation', 'withdrawal'] as const) expect(exact({ kind: 'property', amount: x, reduction }).equals(half)).toBe(true);
    expect(exact({ kind: 'execution', amount: x }).equals(execution)).toBe(true);
    expect(exact({ kind: 'preservation', amount: x }).equals(preservation)).toBe(true);
    expect(exact({ kind: 'payment_order', amount: x }).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).equals(new Decimal(order).toDecimalPlaces(2, Decimal.ROUND_HALF_UP))).toBe(true);
  });

  test('150,000: 50 + 90,000 × 2.5% + 50,000 × 2%, each with its article', () => {
    const r = calculateFee({ kind: 'property', amount: '150000' });
    expect(r.total).toBe('3300.00');
    expect(r.breakdown.map((c) => [c.base ?? null, c.rate ?? null, c.amount, c.source])).toEqual([
      [null, null, '50', 'FEE art 13(1)'],
      ['90000', '0.025', '2250', 'FEE art 13(1)'],
      ['50000', '0.02', '1000', 'FEE art 13(1)'],
    ]);
  });

  test('divorce with property 500,000 at a province base of 200: 1,700', () => {
    const settings = { ...DEFAULT_FEE_SCHEDULE_SETTINGS, divorceBase: 200 };
    expect(calculateFee({ kind: 'divorce', propertyAmount: '500000' }, settings).total).toBe('1700.00');
    expect(calculateFee({ kind: 'divorce', propertyAmount: '200000' }, settings).total).toBe('200.00');
  });

  test('personality rights with damages 150,000 at a base of 300: 1,050', () => {
    const settings = { ...DEFAULT_FEE_SCHEDULE_SETTINGS, personalityBase: 300 };
    expect(calculateFee({ kind: 'personality', damages: '150000' }, settings).total).toBe('1050.00');
    expect(calculateFee({ kind: 'personality', damages: '50000' }, settings).total).toBe('300.00');
  });

  test('an appeal of 300,000 of a 1,000,000 judgment is charged on 300,000: 5,800', () => {
    expect(total({ kind: 'appeal', amount: '300000' })).toBe('5800.00');
  });
});

describe('further rows from the articles', () => {
  test.each([
    ['labour dispute, whatever the amount (art 13(4))', { kind: 'labor', amount: '900000' }, '10.00'],
    ['other administrative case (art 13(5))', { kind: 'administrative' }, '50.00'],
    ['trademark administrative case (art 13(5))', { kind: 'administrative_ip' }, '100.00'],
    ['public summons (art 14(4))', { kind: 'public_summons' }, '100.00'],
    ['setting aside an award (art 14(5))', { kind: 'set_aside_award' }, '400.00'],
    ['preservation without an amount (art 14(2))', { kind: 'preservation' }, '30.00'],
    ['bankruptcy: half the property fee (art 14(6))', { kind: 'bankruptcy', amount: '1000000' }, '6900.00'],
    ['bankruptcy: at most 300,000 (art 14(6))', { kind: 'bankruptcy', amount: '1000000000' }, '300000.00'],
    ['counterclaim at half (art 18)', { kind: 'property', amount: '150000', counterclaim: true }, '1650.00'],
    ['mediation in a simple-procedure counterclaim: halved once (CPL-Interp art 206)', { kind: 'property', amount: '150000', counterclaim: true, reduction: 'mediation' }, '1650.00'],
    ['a claim of 20,000 US dollars at 7.1: 142,000 yuan (art 55)', { kind: 'property', amount: '20000', exchangeRate: '7.1' }, '3140.00'],
    ['divorce without property at the default base', { kind: 'divorce' }, '50.00'],
    ['special procedure, e.g. judicial confirmation: free (art 8)', { kind: 'special_procedure' }, '0.00'],
    ['appeal against a ruling of dismissal: free (art 8)', { kind: 'appeal_against_ruling' }, '0.00'],
    ['administrative compensation: free (art 8)', { kind: 'administrative_compensation' }, '0.00'],
    ['retrial: free (art 9)', { kind: 'retrial', amount: '150000' }, '0.00'],
    ['retrial on new evidence: on the contested part (arts 9, 19)', { kind: 'retrial', amount: '150000', retrialCharged: true }, '3300.00'],
  ] as const)('%s', (_, req, expected) => expect(total(req as FeeRequest)).toBe(expected));

  test('rounding is applied once, at the end, by the configured rule', () => {
    expect(total({ kind: 'property', amount: '10001' })).toBe('50.03');
    expect(total({ kind: 'property', amount: '10001', reduction: 'simple' })).toBe('25.01');
    const yuan = { ...DEFAULT_FEE_SCHEDULE_SETTINGS, rounding: { unit: 'yuan' as const, mode: 'halfUp' as const } };
    expect(calculateFee({ kind: 'payment_order', amount: '100000' }, yuan).total).toBe('767.00');
    const down = { ...DEFAULT_FEE_SCHEDULE_SETTINGS, rounding: { unit: 'jiao' as const, mode: 'down' as const } };
    expect(calculateFee({ kind: 'payment_order', amount: '100000' }, down).total).toBe('766.60');
  });
});

describe('bad input', () => {
  test.each([
    [{ kind: 'property', amount: '-5' }, 'FEE_AMOUNT_INVALID'],
    [{ kind: 'property', amount: 'abc' }, 'FEE_AMOUNT_INVALID'],
    [{ kind: 'property', amount: '1,000' }, 'FEE_AMOUNT_INVALID'],
    [{ kind: 'property', amount: '1.234' }, 'FEE_AMOUNT_INVALID'],
    [{ kind: 'property', amount: '10000000000001' }, 'FEE_AMOUNT_TOO_LARGE'],
    [{ kind: 'property' }, 'FEE_AMOUNT_REQUIRED'],
    [{ kind: 'lottery', amount: '5' }, 'FEE_KIND_UNKNOWN'],
    [{ kind: 'property', amount: '5', reduction: 'friendly' }, 'FEE_REDUCTION_UNKNOWN'],
    [{ kind: 'property', amount: '5', exchangeRate: '-7' }, 'FEE_RATE_INVALID'],
  ] as const)('%j → %s', (req, expected) => expect(code(req as unknown as FeeRequest)).toBe(expected));
});

describe('properties of the schedules', () => {
  const amount = fc.integer({ min: 0, max: 2_000_000_000_00 }).map((fen) => new Decimal(fen).div(100).toFixed(2));
  test.each(['property', 'execution', 'preservation'] as const)('the %s fee never decreases and never jumps by more than a cent per cent', (kind) => {
    fc.assert(
      fc.property(amount, (a) => {
        const x = new Decimal(a);
        const next = x.plus('0.01').toFixed(2);
        const d = exact({ kind, amount: next }).minus(exact({ kind, amount: a }));
        return d.gte(0) && d.lte('0.01');
      }),
    );
  });

  test('preservation never exceeds 5,000', () => {
    fc.assert(fc.property(amount, (a) => exact({ kind: 'preservation', amount: a }).lte(5000)));
  });

  test('halving halves, once', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('simple', 'mediation', 'withdrawal'), fc.boolean(), (a, reduction, counterclaim) =>
        exact({ kind: 'property', amount: a, reduction, counterclaim }).times(2).equals(exact({ kind: 'property', amount: a })),
      ),
    );
  });
});

describe('the fee at registration', () => {
  test.each([
    [{ amountFen: 15_000_000, procedure: 'ordinary' }, '3300.00'],
    [{ amountFen: 15_000_000, procedure: 'simple' }, '1650.00'],
    [{ amountFen: 15_000_000, procedure: 'smallClaims' }, '1650.00'],
    [{ amountFen: 1_000_100, procedure: 'ordinary' }, '50.03'],
    [{ amountFen: null, procedure: 'ordinary' }, '50.00'],
    [{ caseType: '民终', amountFen: 15_000_000, procedure: 'secondInstance' }, '3300.00'],
  ])('%j → %s', (c, fee) => expect(calculateFee(acceptanceFeeRequest(c)).total).toBe(fee));
});

describe('province amounts stay within the Measures’ ranges (rules.md §4.2–4.3)', () => {
  test.each(Object.entries(FEE_RANGES))('%s: %j', (key, [min, max]) => {
    const at = (v: number) => refusalOf(() => checkFeeScheduleSettings({ ...DEFAULT_FEE_SCHEDULE_SETTINGS, [key]: v }));
    expect([at(min), at(max), at(min - 1), at(max + 1), at(min + 0.5)]).toEqual([null, null, 'FEE_SETTING_OUT_OF_RANGE', 'FEE_SETTING_OUT_OF_RANGE', 'FEE_SETTING_OUT_OF_RANGE']);
  });
});

