// rules.md §2.2 (答辩期, CPL-2023 art 128) and §2.3 (late evidence, CPL-2023 art 68) as tables.
import { describe, expect, test } from 'vitest';
import { defenceTiming, evidenceTiming, type PeriodState } from './timeliness';
import { refusalCode } from '../errors/refusalCode.fixture';

const codeOf = refusalCode;
const running = (dueOn: string): PeriodState => ({ dueOn, status: 'running', completedReason: null });

describe('the defence period (CPL-2023 art 128)', () => {
  test.each<[string, PeriodState | undefined, string, string]>([
    ['not yet served', undefined, '2026-03-10', 'beforeService'],
    ['service cancelled', { dueOn: '2026-03-01', status: 'cancelled', completedReason: 'superseded' }, '2026-03-10', 'beforeService'],
    ['first day', running('2026-03-20'), '2026-03-06', 'inTime'],
    ['last day (24:00 of the last day, CIVILCODE art 203)', running('2026-03-20'), '2026-03-20', 'inTime'],
    ['day after', running('2026-03-20'), '2026-03-21', 'DEFENCE_PERIOD_EXPIRED'],
    ['expired and still marked running', running('2026-01-05'), '2026-03-21', 'DEFENCE_PERIOD_EXPIRED'],
    ['filed once already', { dueOn: '2026-03-20', status: 'completed', completedReason: 'defenceFiled' }, '2026-03-10', 'DEFENCE_ALREADY_FILED'],
  ])('%s → %s', (_name, period, today, expected) => {
    const got = codeOf(() => defenceTiming(period, today)) ?? defenceTiming(period, today);
    expect(got).toBe(expected);
  });

  test('a defence filed before service counts: the party files one defence, served or not', () => {
    expect(codeOf(() => defenceTiming(undefined, '2026-03-10', true))).toBe('DEFENCE_ALREADY_FILED');
    expect(codeOf(() => defenceTiming(running('2026-03-20'), '2026-03-10', true))).toBe('DEFENCE_ALREADY_FILED');
  });
});

describe('evidence after the evidence period (CPL-2023 art 68)', () => {
  test.each<[string, PeriodState | undefined, string, string | undefined, boolean | string]>([
    ['no period set', undefined, '2026-05-01', undefined, false],
    ['within', running('2026-04-15'), '2026-04-15', undefined, false],
    ['late without a reason', running('2026-04-15'), '2026-04-16', undefined, 'EVIDENCE_LATE_REASON_REQUIRED'],
    ['late with a blank reason', running('2026-04-15'), '2026-04-16', '  ', 'EVIDENCE_LATE_REASON_REQUIRED'],
    ['late with a reason', running('2026-04-15'), '2026-04-16', '证据在期限届满后才从银行调取', true],
  ])('%s', (_name, period, today, reason, expected) => {
    const got = codeOf(() => evidenceTiming(period, today, reason)) ?? evidenceTiming(period, today, reason).isLate;
    expect(got).toBe(expected);
  });
});
