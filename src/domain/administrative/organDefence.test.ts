import { describe, expect, test } from 'vitest';
import { refusalCode } from '../errors/refusalCode.fixture';
import { checkOrganAppearance, organEvidenceTiming, type OrganAppearance } from './organDefence';

describe("the organ's defence and evidence within 15 days (ALL arts 34, 67)", () => {
  test.each([
    ['2026-03-20', '2026-03-20', undefined, 'inTime'],
    ['2026-03-20', '2026-03-21', undefined, 'late'],
    ['2026-03-20', '2026-03-21', '  ', 'late'],
    ['2026-03-20', '2026-03-25', '不可抗力', 'lateJustified'],
    [null, '2026-03-25', undefined, 'noPeriod'],
  ] as const)('due %s, filed %s, reason %s → %s', (dueOn, today, reason, timing) => {
    expect(organEvidenceTiming(dueOn, today, reason)).toBe(timing);
  });
});

describe("the organ's head in court (ALL art 3)", () => {
  const code = (a: { appeared: OrganAppearance; name?: string; reason?: string }) => refusalCode(() => checkOrganAppearance(a));
  test.each([
    [{ appeared: 'principal', name: '王局长' }, null],
    [{ appeared: 'deputy', name: '李副局长' }, null],
    [{ appeared: 'principal' }, 'ORGAN_APPEARANCE_NAME_REQUIRED'],
    [{ appeared: 'staff', name: '张科员' }, 'ORGAN_HEAD_ABSENCE_REASON_REQUIRED'],
    [{ appeared: 'staff', name: '张科员', reason: '负责人出差' }, null],
    [{ appeared: 'none' }, 'ORGAN_HEAD_ABSENCE_REASON_REQUIRED'],
    [{ appeared: 'none', reason: '经传票传唤无正当理由拒不到庭' }, null],
  ] as const)('%o → %s', (a, expected) => {
    expect(code(a)).toBe(expected);
  });
});
