// The 执 declaration on its own (registered in registry.ts; src/server/modules/execution/ performs its effects).
import { describe, expect, test } from 'vitest';
import codes from '../../../reference/case-type-codes.json';
import { type DomainError } from '../errors/domainError';
import { ROLES } from '../roles/roles';
import type { CaseEventFacts } from './caseModel';
import { caseSnapshotFixture } from './caseSnapshot.fixture';
import { eventsAvailable } from './defineCaseType';
import { executionCase, endOfRoundOnlyByApproval, terminationNeedsItsGround } from './executionCase';

const QUIET: CaseEventFacts = { scheduledHearingStartsAt: null, runningDeductions: 0, runningPartyPeriods: [], actorPartyIds: [], hasElementComplaint: false };


describe('case type 执 (首次执行), declared', () => {
  const t = executionCase;

  test('its code is the reference 类型代字 of 首次执行案件', () => {
    const entry = codes.codes.find((c) => c.typeCode === '执');
    expect(entry?.name).toBe('首次执行案件');
    expect(t.code).toBe('执');
  });

  // Its transitions, reachability and labels: caseTypes.test.ts, with every registered type.
  test('the terminal nodes other than closed have no way out', () => {
    for (const node of t.terminal.filter((n) => n !== 'closed')) expect(eventsAvailable(t, node, ROLES, QUIET)).toEqual([]);
  });

  test('every event has its one effect', () => {
    for (const ev of Object.values(t.events)) expect(ev.effects?.length).toBe(1);
  });
});

describe('closing: 终结执行 states its art 268 ground, the other methods none', () => {
  const run = (input: Parameters<typeof terminationNeedsItsGround>[0]['input']) => {
    try {
      terminationNeedsItsGround({ case: caseSnapshotFixture({ caseType: '执', node: 'implementing' }), input, actorRole: 'judge', today: '2026-03-10', now: '2026-03-10T02:00:00Z', timeZone: 'Asia/Shanghai' });
      return null;
    } catch (e) {
      return (e as DomainError).code;
    }
  };
  test.each([
    [{ method: 'terminated' as const, terminationGround: 'applicationWithdrawn' as const }, null],
    [{ method: 'terminated' as const }, 'EXECUTION_TERMINATION_GROUND_REQUIRED'],
    [{ method: 'completed' as const }, null],
    [{ method: 'currentRoundEnded' as const, terminationGround: 'other' as const }, 'EXECUTION_TERMINATION_GROUND_UNEXPECTED'],
  ])('%j → %s', (input, code) => {
    expect(run(input)).toBe(code);
  });
});

describe('终本 only through its checklist and the president (ZHONGBEN art 1; CPL-Interp art 517)', () => {
  const ctx = (method: 'currentRoundEnded' | 'completed') => ({ case: caseSnapshotFixture({ caseType: '执', node: 'implementing' }), input: { method }, actorRole: 'judge' as const, today: '2026-03-10', now: '2026-03-10T02:00:00Z', timeZone: 'Asia/Shanghai' });
  test('closing as 终本 is refused, the other methods pass', () => {
    expect(() => endOfRoundOnlyByApproval(ctx('currentRoundEnded'))).toThrow(expect.objectContaining({ code: 'END_OF_ROUND_NEEDS_APPROVAL' }));
    expect(() => endOfRoundOnlyByApproval(ctx('completed'))).not.toThrow();
  });
});
