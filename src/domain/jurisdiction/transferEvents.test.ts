import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { administrativeFirstInstance } from '../casetypes/administrativeFirstInstance';
import { checkCourtMove, type CourtMove } from './courtMoves';
import { caseSnapshotFixture } from '../casetypes/caseSnapshot.fixture';
import { civilFirstInstance } from '../casetypes/civilFirstInstance';
import { runGuards } from '../casetypes/defineCaseType';

const ctx = (isTransferredIn: boolean) => ({ case: caseSnapshotFixture({ node: 'assigned', isTransferredIn }), input: { receivingCourtId: 5, reason: '无管辖权' }, actorRole: 'judge' as const, today: '2026-03-02', now: '2026-03-02T02:00:00Z', timeZone: 'Asia/Shanghai' });

describe('移送管辖 (CPL-2023 art 37)', () => {
  test('a court transfers a case filed with it', () => {
    expect(() => runGuards(civilFirstInstance.events.transferJurisdiction!, ctx(false))).not.toThrow();
  });
  test('the receiving court may not transfer a transferred case on', () => {
    expect(() => runGuards(civilFirstInstance.events.transferJurisdiction!, ctx(true))).toThrow(expect.objectContaining({ code: 'TRANSFER_ONWARD_FORBIDDEN' }));
  });
});

describe('提级 / 下放 (CPL-2023 art 39; ALL art 24) and 指定管辖 (CPL-2023 art 38; ALL art 23)', () => {
  const fire = (name: 'elevateJurisdiction' | 'designateJurisdiction', caseType: '民初' | '行初', snap: Parameters<typeof caseSnapshotFixture>[0], input: Record<string, unknown>) => () =>
    runGuards((caseType === '民初' ? civilFirstInstance : administrativeFirstInstance).events[name]!, { ...ctx(false), case: caseSnapshotFixture({ node: 'assigned', caseType, ...snap }), input });
  const up = { receivingCourtId: 2, direction: 'up', decisionNumber: '（2026）吉01民辖1号', reason: '案情重大' };
  test.each<[string, '民初' | '行初', Parameters<typeof caseSnapshotFixture>[0], Record<string, unknown>, string | null]>([
    ['a basic court’s civil case goes up', '民初', { courtLevel: 'basic' }, up, null],
    ['a basic court’s administrative case goes up', '行初', { courtLevel: 'basic' }, up, null],
    ['an intermediate court hands a civil case down', '民初', { courtLevel: 'intermediate' }, { ...up, direction: 'down' }, null],
    ['an administrative case is not handed down', '行初', { courtLevel: 'intermediate' }, { ...up, direction: 'down' }, 'JURISDICTION_HAND_DOWN_NOT_ADMINISTRATIVE'],
    ['a basic court has no lower court', '民初', { courtLevel: 'basic' }, { ...up, direction: 'down' }, 'JURISDICTION_NO_LOWER_COURT'],
    ['a high court’s case is not sent up here', '民初', { courtLevel: 'high' }, up, 'JURISDICTION_NO_HIGHER_TRIAL_COURT'],
  ])('%s', (_n, type, snap, input, code) => {
    const f = fire('elevateJurisdiction', type, snap, input);
    if (code) expect(f).toThrow(expect.objectContaining({ code }));
    else expect(f).not.toThrow();
  });

  const designate = { receivingCourtId: 4, designatingCourtId: 2, ground: 'transferredNotCompetent', decisionNumber: '（2026）吉01民辖2号', reason: '受移送法院无管辖权' };
  test('a transferred case is designated on; the ground “transferred” needs a transferred case', () => {
    expect(fire('designateJurisdiction', '民初', { isTransferredIn: true }, designate)).not.toThrow();
    expect(fire('designateJurisdiction', '民初', { isTransferredIn: false }, designate)).toThrow(expect.objectContaining({ code: 'DESIGNATION_GROUND_NOT_TRANSFERRED' }));
    expect(fire('designateJurisdiction', '行初', { isTransferredIn: false }, { ...designate, ground: 'dispute' })).not.toThrow();
  });
});

describe('which court may receive the case', () => {
  // 吉 (1) ⊃ 吉01 (2) ⊃ 南关 (3), 宽城 (4); 吉02 (6) ⊃ 昌邑 (7).
  const H = { 1: [], 2: [1], 3: [2, 1], 4: [2, 1], 6: [1], 7: [6, 1] } as Record<number, number[]>;
  const at = (id: number) => ({ id, ancestorIds: H[id]! });
  test.each<[string, CourtMove, number, number, string | null]>([
    ['南关 up to 吉01', { kind: 'elevate', direction: 'up' }, 3, 2, null],
    ['南关 up to 吉 (a higher court, not only the next)', { kind: 'elevate', direction: 'up' }, 3, 1, null],
    ['南关 “up” to 吉02 (not its higher court)', { kind: 'elevate', direction: 'up' }, 3, 6, 'JURISDICTION_NOT_HIGHER_COURT'],
    ['吉01 down to 宽城', { kind: 'elevate', direction: 'down' }, 2, 4, null],
    ['吉01 “down” to 昌邑 (not its lower court)', { kind: 'elevate', direction: 'down' }, 2, 7, 'JURISDICTION_NOT_LOWER_COURT'],
    ['吉01 designates 宽城 for 南关’s case', { kind: 'designate', designatingCourtId: 2, ground: 'dispute' }, 3, 4, null],
    ['吉 designates 昌邑 for 南关’s case (common higher court)', { kind: 'designate', designatingCourtId: 1, ground: 'dispute' }, 3, 7, null],
    ['吉01 cannot designate 昌邑 (not above it)', { kind: 'designate', designatingCourtId: 2, ground: 'dispute' }, 3, 7, 'DESIGNATING_COURT_NOT_COMMON_HIGHER'],
    ['宽城 cannot designate (not a higher court)', { kind: 'designate', designatingCourtId: 4, ground: 'cannotExercise' }, 3, 4, 'DESIGNATING_COURT_NOT_COMMON_HIGHER'],
    ['a plain transfer is not checked against the hierarchy', { kind: 'transfer' }, 3, 7, null],
  ])('%s', (_n, move, from, to, code) => {
    const f = () => checkCourtMove(move, at(from), at(to));
    if (code) expect(f).toThrow(expect.objectContaining({ code }));
    else expect(f).not.toThrow();
  });

  test('property: 提级 is allowed exactly to an ancestor, 下放 exactly to a descendant', () => {
    const ids = Object.keys(H).map(Number);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
        const ok = (m: CourtMove) => { try { checkCourtMove(m, at(a), at(b)); return true; } catch { return false; } };
        expect(ok({ kind: 'elevate', direction: 'up' })).toBe(H[a]!.includes(b));
        expect(ok({ kind: 'elevate', direction: 'down' })).toBe(H[b]!.includes(a));
      }),
    );
  });
});
