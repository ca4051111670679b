import { describe, expect, test } from 'vitest';
import { DEFAULT_FEE_SCHEDULE_SETTINGS } from '../courtFees/feeSettings';
import { executionApplicationFee } from './applicationFee';

const yuan = (n: number) => BigInt(Math.round(n * 100));

// rules.md §4.3 and the execution column of §4.6.
describe('the execution application fee (FEE art 14(1))', () => {
  test.each([
    [5_000, 50],
    [50_000, 650],
    [100_000, 1_400],
    [1_000_000, 12_400],
    [100_000_000, 167_400],
  ])('executing %d yuan costs %d yuan, collected after execution from the debtor', (amount, fee) => {
    const r = executionApplicationFee({ amountFen: yuan(amount), isRestoration: false });
    expect(r.totalFen).toBe(yuan(fee));
    expect(r).toMatchObject({ collected: 'afterExecution', borneBy: 'debtor' });
  });

  test('10,001 yuan: 50.015 exactly, rounded by the fee setting (half up to the fen by default)', () => {
    const r = executionApplicationFee({ amountFen: yuan(10_001), isRestoration: false });
    expect(r.fee!.exact).toBe('50.015');
    expect(r.totalFen).toBe(5_002n);
    expect(executionApplicationFee({ amountFen: yuan(10_001), isRestoration: false }, { ...DEFAULT_FEE_SCHEDULE_SETTINGS, rounding: { unit: 'fen', mode: 'down' } }).totalFen).toBe(5_001n);
  });

  test('without an amount: the province’s per-case figure (50–500, default 50)', () => {
    expect(executionApplicationFee({ amountFen: null, isRestoration: false }).totalFen).toBe(yuan(50));
    expect(executionApplicationFee({ amountFen: null, isRestoration: false }, { ...DEFAULT_FEE_SCHEDULE_SETTINGS, executionNoAmountBase: 300 }).totalFen).toBe(yuan(300));
  });

  test('a restored execution (执恢) pays no new fee (FEE art 26)', () => {
    expect(executionApplicationFee({ amountFen: yuan(1_000_000), isRestoration: true })).toMatchObject({ totalFen: 0n, fee: null, source: 'FEE art 26' });
  });
});
