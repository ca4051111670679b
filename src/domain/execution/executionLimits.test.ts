import { describe, expect, test } from 'vitest';
import data from '../../../reference/holidays-cn.json';
import { buildWorkCalendar, calendarFromHolidayFile } from '../calendar/workCalendar';
import { calculatePeriod } from '../clock/calculator';
import { EXECUTION_PERIOD_KINDS, type ExecutionPeriodKind } from '../clock/executionPeriodKinds';
import type { PeriodLength } from '../clock/periodArithmetic';
import { periodLengthFor, PERIOD_KINDS } from '../clock/periodKinds';
import { TRIAL_LIMIT_RULES } from '../clock/trialLimitRules';
import { DomainError } from '../errors/domainError';

const calendar = buildWorkCalendar(calendarFromHolidayFile(data));
const rest = { weekendsAreRestDays: true };

// rules.md §5.1, §5.7, §5.8 and §2.5, row by row.
describe('execution limits on the legal clock', () => {
  test.each<[ExecutionPeriodKind, PeriodLength, 'court' | 'party', string]>([
    ['executionAssignment', { days: 7 }, 'court', 'EXEC-TL'],
    ['executionNotice', { days: 3 }, 'court', 'EXEC-TL; ASSET-INV art 3'],
    ['executionStage', { days: 30 }, 'court', 'court setting (分段集约)'],
    ['clueVerification', { days: 7 }, 'court', 'ASSET-INV art 2'],
    ['clueVerificationUrgent', { days: 3 }, 'court', 'ASSET-INV art 2'],
    ['propertyInvestigationStart', { days: 10 }, 'court', 'EXEC-TL'],
    ['propertyInvestigation', { months: 1 }, 'court', 'EXEC-TL'],
    ['objectionRegistration', { days: 3 }, 'court', 'EXEC-OBJ art 2'],
    ['objectionReview', { days: 15 }, 'court', 'CPL-2023 art 236'],
    ['objectionReconsiderationApplication', { days: 10 }, 'party', 'CPL-2023 art 236'],
    ['objectionReconsiderationDecision', { days: 30 }, 'court', 'EXEC-Interp art 8'],
    ['thirdPartyObjectionReview', { days: 15 }, 'court', 'CPL-2023 art 238'],
    ['thirdPartyObjectionSuit', { days: 15 }, 'party', 'CPL-2023 art 238'],
    ['fundDisbursement', { days: 30 }, 'court', 'FUNDS'],
    ['unclaimedReceiptClaim', { days: 3 }, 'court', 'FUNDS'],
    ['depositFreeze', { years: 1 }, 'court', 'CPL-Interp art 485'],
    ['movableSeizure', { years: 2 }, 'court', 'CPL-Interp art 485'],
    ['realEstateSeizure', { years: 3 }, 'court', 'CPL-Interp art 485'],
  ])('%s: %j, %s, %s', (kind, length, audience, source) => {
    const r = periodLengthFor(kind, '2025-09-30', {});
    expect(r.length).toEqual(length);
    expect(r.version.source).toBe(source);
    expect(PERIOD_KINDS[kind].audience).toBe(audience);
  });

  test('every execution kind is one of the clock’s kinds', () => {
    for (const kind of Object.keys(EXECUTION_PERIOD_KINDS)) expect(PERIOD_KINDS[kind as ExecutionPeriodKind]).toBe(EXECUTION_PERIOD_KINDS[kind as ExecutionPeriodKind]);
  });

  test('the execution 审限: 6 months, non-litigation 3, +3 months by the president, then a report to the high court (TL-2000 art 5)', () => {
    expect(TRIAL_LIMIT_RULES.execution.base).toEqual({ months: 6 });
    expect(TRIAL_LIMIT_RULES.executionNonLitigation.base).toEqual({ months: 3 });
    expect(TRIAL_LIMIT_RULES.execution.extensions).toEqual([{ approver: 'president', length: { months: 3 }, source: 'EXEC-TL' }]);
    expect(TRIAL_LIMIT_RULES.execution.whenExhausted!['zh-CN']).toContain('高级人民法院备案');
  });

  test('a clue received on Monday 2026-03-02 is verified by Monday 03-09', () => {
    expect(calculatePeriod({ trigger: '2026-03-02', kind: 'clueVerification' }, calendar, rest).due).toBe('2026-03-09');
  });

  test('a court’s stricter payout limit (5 days) replaces the 30; beyond 30 it is refused', () => {
    // 2026-03-02 + 5 = Saturday 03-07 → Monday 03-09.
    expect(calculatePeriod({ trigger: '2026-03-02', kind: 'fundDisbursement', days: 5 }, calendar, rest).due).toBe('2026-03-09');
    expect(calculatePeriod({ trigger: '2026-03-02', kind: 'fundDisbursement' }, calendar, rest).due).toBe('2026-04-01');
    expect(periodLengthFor('unclaimedReceiptClaim', '2026-03-02', { days: 1 }).length).toEqual({ days: 1 });
    try {
      periodLengthFor('fundDisbursement', '2026-03-02', { days: 31 });
      throw new Error('expected a refusal');
    } catch (e) {
      expect((e as DomainError).code).toBe('PERIOD_LENGTH_OUT_OF_BOUNDS');
    }
  });

  test('a stage limit is the court’s, 1 to 365 days', () => {
    expect(periodLengthFor('executionStage', '2026-03-02', { days: 10 }).length).toEqual({ days: 10 });
    expect(() => periodLengthFor('executionStage', '2026-03-02', { days: 366 })).toThrow(DomainError);
  });

  test('a period the law fixes takes no court setting', () => {
    expect(periodLengthFor('objectionReview', '2026-03-02', { days: 5 }).length).toEqual({ days: 15 });
    expect(() => calculatePeriod({ trigger: '2026-03-02', kind: 'objectionReview', days: 5 }, calendar, rest)).toThrow(DomainError);
  });
});
