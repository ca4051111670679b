import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { checkOpinionAllowed, checkOpinionReasons } from './crossExamination';
import { canSeeItem, EVIDENCE_STATUSES, initialStatus, releasedByExchange, sideOf, type Side } from './exchange';
import { checkExtensionApplication, checkGrantedDays } from './extension';
import { checkFindingAllowed, checkFindingConsistent } from './findings';
import { decideLateEvidence, LATE_DECISIONS } from './lateEvidence';

const codeOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
};
const side = fc.oneof(fc.constant<Side>('claimant'), fc.constant<Side>('respondent'), fc.integer({ min: 1, max: 9 }).map((n) => `party:${n}` as Side));
const status = fc.constantFrom(...EVIDENCE_STATUSES);
const date = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

describe('who sees an evidence item (证据交换)', () => {
  test('sides come from the standing: plaintiffs together, defendants together, a third party alone', () => {
    expect(sideOf('plaintiff', 1)).toBe('claimant');
    expect(sideOf('appellant', 2)).toBe('claimant');
    expect(sideOf('defendant', 3)).toBe('respondent');
    expect(sideOf('appellee', 4)).toBe('respondent');
    expect(sideOf('thirdParty', 5)).toBe('party:5');
  });

  test('court staff see everything; a side sees its own at once; the others only once exchanged', () => {
    fc.assert(
      fc.property(side, status, fc.array(side, { maxLength: 3 }), fc.boolean(), (itemSide, st, sides, staff) => {
        const seen = canSeeItem({ isStaffOfCourt: staff, sides }, { side: itemSide, status: st });
        expect(seen).toBe(staff || sides.includes(itemSide) || st === 'exchanged');
      }),
    );
  });

  test('late evidence starts pending and an exchange never releases it; only in-time items are released', () => {
    expect(initialStatus(true)).toBe('latePending');
    expect(initialStatus(false)).toBe('submitted');
    fc.assert(
      fc.property(fc.array(status, { maxLength: 20 }), (sts) => {
        const released = releasedByExchange(sts.map((s) => ({ status: s })));
        expect(released.length).toBe(sts.filter((s) => s === 'submitted').length);
      }),
    );
  });
});

describe('late evidence (CPL-2023 art 68)', () => {
  test.each(LATE_DECISIONS)('%s on a pending item', (d) => {
    expect(decideLateEvidence('latePending', d)).toBe(d === 'exclude' ? 'excluded' : 'exchanged');
  });
  test.each(['submitted', 'exchanged', 'excluded'] as const)('refused once the item is %s', (s) => {
    expect(codeOf(() => decideLateEvidence(s, 'admit'))).toBe('EVIDENCE_NOT_PENDING_LATE');
  });
});

describe('extension of the evidence period (CPL-Interp art 100)', () => {
  test('allowed up to and including the due date, refused the day after', () => {
    fc.assert(
      fc.property(date, date, (due, today) => {
        const code = codeOf(() => checkExtensionApplication({ dueOn: due, status: 'running', completedReason: null }, today));
        expect(code).toBe(today > due ? 'EVIDENCE_EXTENSION_TOO_LATE' : null);
      }),
    );
  });
  test('no period set, or a cancelled one: nothing to extend', () => {
    expect(codeOf(() => checkExtensionApplication(undefined, '2026-01-01'))).toBe('EVIDENCE_PERIOD_NOT_SET');
    expect(codeOf(() => checkExtensionApplication({ dueOn: '2026-02-01', status: 'cancelled', completedReason: 'superseded' }, '2026-01-01'))).toBe('EVIDENCE_PERIOD_NOT_SET');
  });
  test('granted days within the setting', () => {
    expect(checkGrantedDays(10, 30)).toBe(10);
    expect(codeOf(() => checkGrantedDays(0, 30))).toBe('EVIDENCE_EXTENSION_DAYS_OUT_OF_BOUNDS');
    expect(codeOf(() => checkGrantedDays(31, 30))).toBe('EVIDENCE_EXTENSION_DAYS_OUT_OF_BOUNDS');
  });
});

describe('cross-examination opinions', () => {
  test('allowed for another side on an exchanged item until its due date, inclusive', () => {
    fc.assert(
      fc.property(side, side, status, date, date, (itemSide, mySide, st, due, today) => {
        const code = codeOf(() => checkOpinionAllowed({ side: itemSide, status: st, opinionDueOn: due }, mySide, today));
        const expected = itemSide === mySide ? 'EVIDENCE_OWN_SIDE' : st !== 'exchanged' ? 'EVIDENCE_NOT_EXCHANGED' : today > due ? 'CROSS_EXAMINATION_CLOSED' : null;
        expect(code).toBe(expected);
      }),
    );
  });
  test('a reason wherever a property is not fully accepted', () => {
    const ok = { view: 'accept' as const };
    expect(codeOf(() => checkOpinionReasons({ authenticity: ok, legality: ok, relevance: ok }))).toBeNull();
    expect(codeOf(() => checkOpinionReasons({ authenticity: { view: 'reject', reason: ' ' }, legality: ok, relevance: ok }))).toBe('OPINION_REASON_REQUIRED');
    expect(codeOf(() => checkOpinionReasons({ authenticity: ok, legality: ok, relevance: { view: 'partlyAccept', reason: '只能证明部分事实' } }))).toBeNull();
  });
});

describe('findings (认证)', () => {
  test('only on exchanged items', () => {
    expect(codeOf(() => checkFindingAllowed('exchanged'))).toBeNull();
    for (const s of ['submitted', 'latePending', 'excluded'] as const) expect(codeOf(() => checkFindingAllowed(s))).toBe('EVIDENCE_NOT_EXAMINED');
  });
  test('the verdict agrees with the three properties', () => {
    fc.assert(
      fc.property(fc.constantFrom('accepted' as const, 'rejected' as const, 'partlyAccepted' as const), fc.boolean(), fc.boolean(), fc.boolean(), (v, a, l, r) => {
        const all = a && l && r;
        const ok = v === 'partlyAccepted' || (v === 'accepted' ? all : !all);
        expect(codeOf(() => checkFindingConsistent(v, { authenticity: a, legality: l, relevance: r }))).toBe(ok ? null : 'FINDING_INCONSISTENT');
      }),
    );
  });
});
