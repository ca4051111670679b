// The 执 declaration on its own (registered in registry.ts; src/server/modules/execution/ performs its effects).
import { describe, expect, test } from 'vitest';
import codes from '../../../reference/case-type-codes.json';
import { DomainError } from '../errors/domainError';
import { ROLES } from '../roles/roles';
import type { CaseEventFacts } from './caseModel';
import { caseSnapshotFixture } from './caseSnapshot.fixture';
import { eventFor, eventsAvailable, nodeAfter } from './defineCaseType';
import { executionCase, terminationNeedsItsGround } from './executionCase';

const QUIET: CaseEventFacts = { scheduledHearingStartsAt: null, runningDeductions: 0, runningPartyPeriods: [], actorPartyIds: [] };

// [event, from, to (null = stays), roles]
const EXECUTION: [string, string[], string | null, string[]][] = [
  ['registerExecution', ['submitted'], 'registered', ['filingClerk']],
  ['refuseExecution', ['submitted'], 'rejected', ['filingClerk']],
  ['assignExecution', ['registered'], 'assigned', ['filingClerk', 'divisionChief']],
  ['reassignExecution', ['assigned', 'implementing', 'suspended'], null, ['divisionChief', 'president']],
  ['moveStage', ['assigned', 'implementing'], 'implementing', ['judge', 'judgeAssistant', 'divisionChief']],
  ['suspendExecution', ['assigned', 'implementing'], 'suspended', ['judge']],
  ['resumeExecution', ['suspended'], 'implementing', ['judge']],
  ['closeExecution', ['assigned', 'implementing', 'suspended'], 'closed', ['judge']],
  ['archiveExecution', ['closed'], 'archived', ['courtClerk', 'judge']],
];

describe('case type 执 (首次执行), declared', () => {
  const t = executionCase;

  test('its code is the reference 类型代字 of 首次执行案件', () => {
    const entry = codes.codes.find((c) => c.typeCode === '执');
    expect(entry?.name).toBe('首次执行案件');
    expect(t.code).toBe('执');
  });

  test('declares exactly the expected events', () => {
    expect(Object.keys(t.events).sort()).toEqual(EXECUTION.map(([e]) => e).sort());
  });

  test.each(EXECUTION)('%s: from %j to %s by %j', (name, from, to, roles) => {
    const ev = t.events[name]!;
    expect([...ev.from].sort()).toEqual([...from].sort());
    expect(ev.to).toBe(to);
    expect([...ev.by].sort()).toEqual([...roles].sort());
    for (const node of t.nodes) {
      if (from.includes(node)) expect(nodeAfter(ev, node)).toBe(to ?? node);
      else expect(() => eventFor(t, name, node)).toThrow(DomainError);
    }
  });

  test('every node is reachable, and the terminal nodes other than closed have no way out', () => {
    const seen = new Set<string>([t.initial]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const ev of Object.values(t.events)) {
        for (const from of ev.from) {
          const next = ev.to ?? from;
          if (seen.has(from) && !seen.has(next)) {
            seen.add(next);
            grew = true;
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([...t.nodes].sort());
    for (const node of t.terminal.filter((n) => n !== 'closed')) expect(eventsAvailable(t, node, ROLES, QUIET)).toEqual([]);
  });

  test('labels in both languages, and every event has its effect', () => {
    for (const ev of Object.values(t.events)) {
      expect(ev.label['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(ev.label.en).toMatch(/[A-Za-z]/);
      expect(ev.effects?.length).toBe(1);
    }
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
