// 民督 rules from rules.md §2.5 and §4.3: who may apply (CPL-2023 art 225), the fee (FEE art 14(3)), the effect (art 227).
import { describe, expect, test } from 'vitest';
import { refusalCode } from '../../../test/support/refusal';
import { checkPaymentOrderApplication, paymentOrderEffectiveOn, paymentOrderFee } from './paymentOrderApplication';

const ok = { claim: 'money', amountFen: 5_000_000n, debtDueOn: '2026-01-31', hasCounterObligation: false, debtorAbroad: false, courtLevel: 'basic', today: '2026-03-02' } as const;

describe('the application (CPL-2023 art 225; CPL-Interp art 427)', () => {
  test.each([
    ['a due money debt at a basic court', {}, null],
    ['at an intermediate court', { courtLevel: 'intermediate' }, 'PAYMENT_ORDER_COURT_NOT_BASIC'],
    ['not yet due', { debtDueOn: '2026-03-03' }, 'PAYMENT_ORDER_DEBT_NOT_DUE'],
    ['due today', { debtDueOn: '2026-03-02' }, null],
    ['with a counter-obligation', { hasCounterObligation: true }, 'PAYMENT_ORDER_COUNTER_OBLIGATION'],
    ['a debtor abroad', { debtorAbroad: true }, 'PAYMENT_ORDER_NOT_SERVABLE'],
    ['no amount', { amountFen: 0n }, 'PAYMENT_ORDER_AMOUNT_INVALID'],
  ] as const)('%s → %s', (_n, o, code) => {
    expect(refusalCode(() => checkPaymentOrderApplication({ ...ok, ...o }))).toBe(code);
  });
});

// FEE art 14(3): a third of the property fee (50,000 yuan → 1,050 / 3 = 350).
test.each([
  [5_000_000n, '350.00'],
  [100_000n, '16.67'],
])('the fee for %d fen is %s yuan (FEE art 14(3))', (fen, fee) => {
  expect(paymentOrderFee(fen).total).toBe(fee);
});

describe('the order takes effect (CPL-2023 art 227)', () => {
  test.each([
    ['the day after the last debtor’s 15 days', ['2026-03-20', '2026-03-23'], false, '2026-03-24', '2026-03-24'],
    ['not while a period runs', ['2026-03-20', '2026-03-23'], false, '2026-03-23', null],
    ['not when a debtor is unserved', ['2026-03-20', null], false, '2027-01-01', null],
    ['not after an objection', ['2026-03-20'], true, '2027-01-01', null],
    ['not before service', [], false, '2027-01-01', null],
  ] as const)('%s', (_n, dues, objected, today, expected) => {
    expect(paymentOrderEffectiveOn(dues, objected, today)).toBe(expected);
  });
});
