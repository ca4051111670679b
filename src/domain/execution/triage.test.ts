import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DomainError } from '../errors/domainError';
import { checkStageList, DEFAULT_EXECUTION_STAGES } from './stages';
import { classifyExecution, DEFAULT_TRIAGE_RULES, type TriageRules } from './triage';

const yuan = (n: number) => BigInt(Math.round(n * 100));

describe('繁简分流: classifying an execution case', () => {
  test.each([
    [100_000, 0, 'simple'],
    [100_000.01, 0, 'complex'],
    [500_000, 500_000, 'simple'],
    [500_000, 499_999.99, 'complex'],
    [500_000, 0, 'complex'],
  ])('with the default rules, %d yuan applied for and %d preserved is %s', (amount, preserved, track) => {
    expect(classifyExecution({ amountFen: yuan(amount), preservedFen: yuan(preserved) }, DEFAULT_TRIAGE_RULES).track).toBe(track);
  });

  test('each rule that matched is a reason, in Chinese and English', () => {
    const t = classifyExecution({ amountFen: yuan(80_000), preservedFen: yuan(80_000) }, DEFAULT_TRIAGE_RULES);
    expect(t.reasons.map((r) => r['zh-CN'])).toEqual(['申请执行标的80000.00元，不超过100000.00元', '已保全款项80000.00元，达到申请执行标的的100%']);
    const c = classifyExecution({ amountFen: yuan(200_000), preservedFen: 0n }, DEFAULT_TRIAGE_RULES);
    expect(c.reasons[0]!.en).toContain('None');
  });

  test('both rules off: every case is complex', () => {
    expect(classifyExecution({ amountFen: 1n, preservedFen: 1n }, { simpleMaxAmountFen: null, preservedCoverPercent: null }).track).toBe('complex');
  });

  const rules = fc.record({
    simpleMaxAmountFen: fc.option(fc.bigInt({ min: 0n, max: 10n ** 12n }), { nil: null }),
    preservedCoverPercent: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
  }) as fc.Arbitrary<TriageRules>;
  const facts = fc.record({ amountFen: fc.bigInt({ min: 1n, max: 10n ** 12n }), preservedFen: fc.bigInt({ min: 0n, max: 10n ** 12n }) });

  test('simple exactly when the amount is within the threshold or the preserved share reaches the percentage (property)', () => {
    fc.assert(
      fc.property(facts, rules, (f, r) => {
        const byAmount = r.simpleMaxAmountFen !== null && f.amountFen <= r.simpleMaxAmountFen;
        // The share as an exact fraction: preserved / amount ≥ p / 100.
        const byPreserved = r.preservedCoverPercent !== null && f.preservedFen > 0n && f.preservedFen * 100n >= f.amountFen * BigInt(r.preservedCoverPercent);
        const t = classifyExecution(f, r);
        expect(t.track === 'simple').toBe(byAmount || byPreserved);
        expect(t.reasons.length).toBeGreaterThan(0);
      }),
    );
  });

  test('monotone: a smaller amount or more preserved funds never turns a simple case complex (property)', () => {
    fc.assert(
      fc.property(facts, rules, fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.bigInt({ min: 0n, max: 10n ** 10n }), (f, r, less, more) => {
        if (classifyExecution(f, r).track !== 'simple') return;
        const amountFen = f.amountFen - less > 0n ? f.amountFen - less : 1n;
        expect(classifyExecution({ amountFen, preservedFen: f.preservedFen + more }, r).track).toBe('simple');
      }),
    );
  });
});

describe("a court's stage list", () => {
  const refusal = (f: () => void) => {
    try {
      f();
    } catch (e) {
      return (e as DomainError).code;
    }
    return null;
  };
  test('the default list is valid', () => expect(refusal(() => checkStageList(DEFAULT_EXECUTION_STAGES))).toBeNull());
  test.each([
    [[], 'EXECUTION_STAGES_EMPTY'],
    [[{ code: 'a', label: { 'zh-CN': '甲', en: 'A' } }, { code: 'a ', label: { 'zh-CN': '乙', en: 'B' } }], 'EXECUTION_STAGE_DUPLICATE'],
    [[{ code: ' ', label: { 'zh-CN': '甲', en: 'A' } }], 'EXECUTION_STAGE_INVALID'],
    [[{ code: 'a', label: { 'zh-CN': '甲', en: 'A' }, limitDays: 0 }], 'EXECUTION_STAGE_LIMIT_INVALID'],
    [[{ code: 'a', label: { 'zh-CN': '甲', en: 'A' }, limitDays: 366 }], 'EXECUTION_STAGE_LIMIT_INVALID'],
  ])('%j is refused with %s', (stages, code) => expect(refusal(() => checkStageList(stages))).toBe(code));
});
