// FEE art 8(3), from rules.md §4.4: appeals against 不予受理/驳回起诉/管辖异议 rulings pay no case fee.
import { describe, expect, test } from 'vitest';
import { CLOSING_METHODS, RULING_KINDS, type ClosingMethod, type RulingKind } from '../casetypes/caseModel';
import { appealFeeExemption } from './feeExemptions';

describe('appeals that pay no case fee (FEE art 8(3))', () => {
  test.each<[ClosingMethod, RulingKind | null, boolean]>([
    ['ruling', 'inadmissible', true],
    ['ruling', 'dismissal', true],
    ['ruling', 'jurisdiction', true],
    ['ruling', 'other', false],
    ['judgment', null, false],
  ])('%s %s → free: %s', (closingMethod, rulingKind, free) => {
    expect(appealFeeExemption({ closingMethod, rulingKind })).toEqual(free ? { source: 'FEE art 8(3)' } : null);
  });

  test('no outcome but those three rulings is free', () => {
    for (const m of CLOSING_METHODS) for (const k of [...RULING_KINDS, null]) {
      const free = m === 'ruling' && (k === 'inadmissible' || k === 'dismissal' || k === 'jurisdiction');
      expect(appealFeeExemption({ closingMethod: m, rulingKind: k }) !== null).toBe(free);
    }
  });
});
