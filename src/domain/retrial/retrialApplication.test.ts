// 民申 rules from rules.md §2.8 and §9.6: the grounds (CPL-2023 art 211), divorce (art 213), the 6 months (art 216).
import { describe, expect, test } from 'vitest';
import { refusalCode } from '../../../test/support/refusal';
import { checkRetrialInTime, checkRetrialSubject, RETRIAL_GROUND_LABELS, RETRIAL_GROUNDS, retrialCourtLevel, retrialPeriodTrigger } from './retrialApplication';

describe('what may be retried (CPL-2023 arts 211, 213)', () => {
  test('art 211 has 13 grounds, each labelled with its item', () => {
    expect(RETRIAL_GROUNDS).toHaveLength(13);
    expect(RETRIAL_GROUND_LABELS.judgeMisconduct['zh-CN']).toMatch(/^（十三）/);
  });
  test.each([
    ['a judgment on a loan', { closingMethod: 'judgment', causeName: '民间借贷纠纷', grounds: ['wrongLaw'] }, null],
    ['a divorce judgment', { closingMethod: 'judgment', causeName: '离婚纠纷', grounds: ['wrongLaw'] }, 'RETRIAL_DIVORCE_BARRED'],
    ['a mediation statement', { closingMethod: 'mediation', causeName: '民间借贷纠纷', grounds: ['wrongLaw'] }, 'RETRIAL_NOT_A_JUDGMENT'],
    ['no ground', { closingMethod: 'judgment', causeName: '民间借贷纠纷', grounds: [] }, 'RETRIAL_GROUNDS_REQUIRED'],
  ] as const)('%s → %s', (_n, f, code) => {
    expect(refusalCode(() => checkRetrialSubject(f))).toBe(code);
  });
});

describe('the 6 months (CPL-2023 art 216)', () => {
  test.each([
    ['from the effect, for ordinary grounds', ['wrongLaw'], '2026-09-01', '2026-04-16'],
    ['from knowledge, for new evidence', ['newEvidence'], '2026-09-01', '2026-09-01'],
    ['from knowledge, for a judge’s misconduct', ['wrongLaw', 'judgeMisconduct'], '2026-09-01', '2026-09-01'],
    ['knowledge before the effect does not move it back', ['forgedEvidence'], '2026-01-01', '2026-04-16'],
  ] as const)('%s', (_n, grounds, knownOn, from) => {
    expect(retrialPeriodTrigger(grounds, '2026-04-16', knownOn).from).toBe(from);
  });
  test.each([
    ['2026-10-16', null],
    ['2026-10-17', 'RETRIAL_APPLICATION_LATE'],
  ])('applied on %s → %s', (today, code) => {
    expect(refusalCode(() => checkRetrialInTime('2026-10-16', today))).toBe(code);
  });
});

// CPL-2023 art 210: the next-higher court; CPL-Interp art 424: a small-claims judgment at the court that gave it.
test.each([
  ['simple', 'higher'],
  ['ordinary', 'higher'],
  ['secondInstance', 'higher'],
  ['smallClaims', 'original'],
] as const)('a %s judgment is reviewed at the %s court', (procedure, level) => {
  expect(retrialCourtLevel(procedure)).toBe(level);
});
