// 行初 and 行终 as the ALL has them: the guards of their events, their periods and their 审限.
import { describe, expect, test } from 'vitest';
import type { CaseSnapshot } from '../casetypes/caseModel';
import { caseSnapshotFixture } from '../casetypes/caseSnapshot.fixture';
import { runGuards, type EventDeclaration } from '../casetypes/defineCaseType';
import { CASE_TYPES } from '../casetypes/registry';
import { checkExtensionApplication, periodLengthFor, trialProcedureFor, TRIAL_LIMIT_RULES } from '../clock';
import { filingReviewRule } from '../filing/reviewPeriod';
import { acceptanceFeeRequest } from '../courtFees/acceptanceFee';
import { APPEAL_CASE_TYPE, divisionKindFor } from '../appeal/appealCaseTypes';
import { refusalCode } from '../errors/refusalCode.fixture';

const admin = CASE_TYPES['行初']!;

function fire(event: string, input: unknown, c: Partial<CaseSnapshot> = {}): string | null {
  const ev = admin.events[event] as EventDeclaration<string>;
  return refusalCode(() => runGuards(ev, { case: caseSnapshotFixture({ caseType: '行初', ...c }), input, actorRole: 'judge', today: '2026-03-10', now: '2026-03-10T02:00:00Z', timeZone: 'Asia/Shanghai' }));
}

describe('registration by ordinary or simple procedure (ALL art 82)', () => {
  test.each([
    [{ procedure: 'ordinary', divisionId: 1 }, 5_000_000, null],
    [{ procedure: 'ordinary', simpleGround: 'partiesAgree', divisionId: 1 }, null, 'ADMIN_SIMPLE_GROUND_UNEXPECTED'],
    [{ procedure: 'simple', divisionId: 1 }, null, 'ADMIN_SIMPLE_GROUND_REQUIRED'],
    [{ procedure: 'simple', simpleGround: 'smallAmount', divisionId: 1 }, 150_000, null],
    [{ procedure: 'simple', simpleGround: 'smallAmount', divisionId: 1 }, 300_000, 'ADMIN_SIMPLE_AMOUNT_TOO_HIGH'],
    [{ procedure: 'simple', simpleGround: 'partiesAgree', divisionId: 1 }, 300_000, null],
  ] as const)('%o with %s fen → %s', (input, amountFen, code) => {
    expect(fire('accept', input, { node: 'submitted', amountFen })).toBe(code);
  });
});

describe('closing names the judgment (ALL arts 69–78) after a hearing', () => {
  const closing = { closedOn: '2026-03-10', documentId: 9 };
  test.each([
    [{ method: 'judgment', judgmentKind: 'revoke' }, true, null],
    [{ method: 'judgment' }, true, 'ADMIN_JUDGMENT_KIND_REQUIRED'],
    [{ method: 'judgment', judgmentKind: 'revoke' }, false, 'JUDGMENT_WITHOUT_HEARING'],
    [{ method: 'withdrawal', judgmentKind: 'revoke' }, true, 'ADMIN_JUDGMENT_KIND_UNEXPECTED'],
    [{ method: 'withdrawal' }, true, null],
  ] as const)('%o (hearing held: %s) → %s', (input, held, code) => {
    expect(fire('close', { ...closing, ...input }, { node: 'heard', hasHeldHearing: held })).toBe(code);
  });
});

describe("the hearing records the organ's head (ALL art 3)", () => {
  const past = { node: 'hearingScheduled', scheduledHearingStartsAt: '2026-03-09T01:00:00Z' };
  test.each([
    [{ appeared: 'principal', name: '王某', title: '局长' }, null],
    [{ appeared: 'staff', name: '张某' }, 'ORGAN_HEAD_ABSENCE_REASON_REQUIRED'],
    [{ appeared: 'staff', name: '张某', reason: '负责人因公出差' }, null],
  ] as const)('%o → %s', (organAppearance, code) => {
    expect(fire('recordHearing', { organAppearance }, past)).toBe(code);
  });
});

describe('hearings in public (ALL art 54)', () => {
  const slot = { startsAt: '2026-03-20T01:00:00Z', endsAt: '2026-03-20T02:00:00Z', roomId: 1 };
  test.each([
    [undefined, null],
    ['tradeSecretOnApplication', null],
    ['stateSecret', null],
    ['divorceOnApplication', 'CLOSED_GROUND_NOT_APPLICABLE'],
  ] as const)('closed on %s → %s', (closedGround, code) => {
    expect(fire('scheduleHearing', { ...slot, ...(closedGround ? { closedGround } : {}) }, { node: 'assigned' })).toBe(code);
  });
});

describe('periods (ALL arts 67, 85)', () => {
  test.each([
    ['organDefence', 15, 'ALL art 67'],
    ['adminAppealJudgment', 15, 'ALL art 85'],
    ['adminAppealRuling', 10, 'ALL art 85'],
  ] as const)('%s: %d days (%s)', (kind, days, source) => {
    const { length, version } = periodLengthFor(kind, '2026-03-10', { foreignDomicile: true });
    expect(length).toEqual({ days });
    expect(version.source).toBe(source);
  });
});

describe('审限 (ALL arts 81, 83, 88)', () => {
  test.each([
    ['行初', 'ordinary', 'adminFirstInstance', { months: 6 }],
    ['行初', 'simple', 'adminSimple', { days: 45 }],
    ['行终', 'secondInstance', 'adminSecondInstance', { months: 3 }],
  ] as const)('%s %s → %s of %o', (type, procedure, expected, base) => {
    const p = trialProcedureFor(type, procedure);
    expect(p).toBe(expected);
    expect(TRIAL_LIMIT_RULES[p].base).toEqual(base);
  });

  test('extensions are decided by the high court (ALL art 81; ALL-Interp art 50), applied for 10 days ahead [U]', () => {
    expect(checkExtensionApplication({ procedure: 'adminFirstInstance', due: '2026-09-10', today: '2026-08-31', approvedSoFar: 0 }).approver).toBe('highCourt');
    expect(() => checkExtensionApplication({ procedure: 'adminFirstInstance', due: '2026-09-10', today: '2026-09-01', approvedSoFar: 0 })).toThrow();
    expect(checkExtensionApplication({ procedure: 'adminSecondInstance', due: '2026-09-10', today: '2026-08-01', approvedSoFar: 0 }).approver).toBe('highCourt');
  });

  test('the simple procedure cannot be extended: convert instead (ALL-Interp art 105)', () => {
    expect(() => checkExtensionApplication({ procedure: 'adminSimple', due: '2026-04-10', today: '2026-03-10', approvedSoFar: 0 })).toThrow(expect.objectContaining({ messages: expect.objectContaining({ 'zh-CN': expect.stringContaining('转为普通程序') }) }));
  });
});

describe('routing and fees', () => {
  test('an appeal against 行初 opens 行终, registered within 5 days of receipt (TL-2000 art 6)', () => {
    expect(APPEAL_CASE_TYPE['行初']).toBe('行终');
    expect(filingReviewRule('行终').days).toBe(5);
    expect(filingReviewRule('行初').days).toBe(7);
    expect(divisionKindFor('行初')).toBe('administrative');
    expect(divisionKindFor('民终')).toBe('civil');
  });

  test.each([
    ['行初', 'ordinary', 5_000_000, { kind: 'administrative' }],
    ['行初', 'simple', null, { kind: 'administrative', reduction: 'simple' }],
    ['行终', 'secondInstance', 5_000_000, { kind: 'administrative' }],
  ] as const)('%s (%s, %s fen) is charged as %o (FEE arts 13(5), 16, 17)', (caseType, procedure, amountFen, request) => {
    expect(acceptanceFeeRequest({ caseType, procedure, amountFen })).toEqual(request);
  });
});
