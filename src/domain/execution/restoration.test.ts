import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DomainError } from '../errors/domainError';
import { EXECUTION_CLOSING_METHODS } from './closing';
import { checkRestoration, paymentsThroughCourt, type RestorationFacts } from './restoration';

const ended: RestorationFacts = { caseType: '执', node: 'closed', closingMethod: 'currentRoundEnded', openRestoration: false };
const code = (f: RestorationFacts) => {
  try {
    checkRestoration(f);
    return 'ok';
  } catch (e) {
    return (e as DomainError).code;
  }
};

describe('恢复执行 (CPL-Interp art 517; CPL-2023 art 267)', () => {
  test.each([
    ['终本, closed', ended, 'ok'],
    ['终本, archived', { ...ended, node: 'archived' }, 'ok'],
    ['a 执恢 closed by 终本 again', { ...ended, caseType: '执恢' }, 'ok'],
    ['执行完毕', { ...ended, closingMethod: 'completed' }, 'EXECUTION_NOT_RESTORABLE'],
    ['终结执行', { ...ended, closingMethod: 'terminated' }, 'EXECUTION_NOT_RESTORABLE'],
    ['suspended: resumes in the case', { ...ended, node: 'suspended', closingMethod: null }, 'EXECUTION_RESUME_IN_CASE'],
    ['still implementing', { ...ended, node: 'implementing', closingMethod: null }, 'EXECUTION_NOT_RESTORABLE'],
    ['a 民初 case', { ...ended, caseType: '民初' }, 'EXECUTION_NOT_RESTORABLE'],
    ['a 执恢 already open', { ...ended, openRestoration: true }, 'EXECUTION_RESTORATION_OPEN'],
  ] as const)('%s → %s', (_n, f, expected) => {
    expect(code(f)).toBe(expected);
  });

  test('property: restorable exactly when closed by a restorable method with none open — no time limit enters', () => {
    fc.assert(
      fc.property(fc.constantFrom('closed', 'archived', 'implementing', 'suspended'), fc.constantFrom(...EXECUTION_CLOSING_METHODS), fc.boolean(), (node, method, open) => {
        const ok = code({ caseType: '执', node, closingMethod: method, openRestoration: open }) === 'ok';
        expect(ok).toBe((node === 'closed' || node === 'archived') && method === 'currentRoundEnded' && !open);
      }),
    );
  });
});

describe('what the debtor paid through the court, for the interest recomputed at restoration (DELAY-2014 art 3)', () => {
  test('each receipt on its day; the execution fee taken from the latest ones', () => {
    const arrivals = [
      { on: '2026-06-10', amountFen: 30_000_00n },
      { on: '2026-06-01', amountFen: 50_000_00n },
    ];
    expect(paymentsThroughCourt(arrivals, 0n)).toEqual([
      { on: '2026-06-01', amountFen: 50_000_00n },
      { on: '2026-06-10', amountFen: 30_000_00n },
    ]);
    expect(paymentsThroughCourt(arrivals, 1_000_00n)).toEqual([
      { on: '2026-06-01', amountFen: 50_000_00n },
      { on: '2026-06-10', amountFen: 29_000_00n },
    ]);
    expect(paymentsThroughCourt(arrivals, 40_000_00n)).toEqual([{ on: '2026-06-01', amountFen: 40_000_00n }]);
  });

  test('what is paid on the debt is what arrived less the fee, never less than nothing, on days that arrived', () => {
    const arrival = fc.record({ on: fc.constantFrom('2026-01-05', '2026-02-10', '2026-03-15', '2026-04-20'), amountFen: fc.bigInt({ min: 1n, max: 10n ** 9n }) });
    fc.assert(
      fc.property(fc.array(arrival, { maxLength: 6 }), fc.bigInt({ min: 0n, max: 10n ** 9n }), (arrivals, fees) => {
        const paid = paymentsThroughCourt(arrivals, fees);
        const total = arrivals.reduce((s, a) => s + a.amountFen, 0n);
        const sum = paid.reduce((s, p) => s + p.amountFen, 0n);
        expect(sum).toBe(total > fees ? total - fees : 0n);
        for (const p of paid) expect(p.amountFen > 0n && arrivals.some((a) => a.on === p.on)).toBe(true);
        expect(paid.map((p) => p.on)).toEqual([...paid.map((p) => p.on)].sort());
      }),
    );
  });
});
