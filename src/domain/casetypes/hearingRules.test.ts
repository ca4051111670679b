// Hearing rules of issue 15, from the articles they enforce (rules.md §2.2–2.3, 审限 §3: EXT-2018).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Role } from '../roles/roles';
import type { CaseSnapshot, RunningPartyPeriod } from './caseModel';
import { caseSnapshotFixture } from './caseSnapshot.fixture';
import type { Guard } from './defineCaseType';
import { hearingHasBegun, hearingRespectsPartyPeriods, judgmentRespectsPartyPeriods, periodsRunningOn, postponementMovesLater, waiverIsTheParty } from './hearingRules';

// A hearing booked for 2026-03-20 09:00 in Beijing.
const base: CaseSnapshot = caseSnapshotFixture({ node: 'hearingScheduled', scheduledHearingStartsAt: '2026-03-20T01:00:00.000Z' });
const DEFENCE: RunningPartyPeriod = { id: 11, kind: 'defence', partyId: 2, partyName: '乙公司', dueOn: '2026-03-25' };
const EVIDENCE: RunningPartyPeriod = { id: 12, kind: 'evidence', partyId: 1, partyName: '甲', dueOn: '2026-04-01' };

function code<I>(guard: Guard<I>, input: I, c: Partial<CaseSnapshot> = {}, now = '2026-03-10T02:00:00Z', actorRole: Role = 'judge'): string | null {
  try {
    guard({ case: { ...base, ...c }, input, actorRole, today: now.slice(0, 10), now, timeZone: 'Asia/Shanghai' });
    return null;
  } catch (e) {
    return (e as { code: string }).code;
  }
}

const slot = (startsAt: string) => ({ startsAt, endsAt: new Date(Date.parse(startsAt) + 3600_000).toISOString(), roomId: 1, reason: '当事人申请' });

describe('延期开庭 moves the hearing later, never earlier (CPL-2023 art 149; EXT-2018 art 2)', () => {
  test.each([
    ['a day later', '2026-03-21T01:00:00.000Z', null],
    ['a minute later', '2026-03-20T01:01:00.000Z', null],
    ['the same time', '2026-03-20T01:00:00.000Z', 'HEARING_POSTPONEMENT_NOT_LATER'],
    ['an hour earlier', '2026-03-20T00:00:00.000Z', 'HEARING_POSTPONEMENT_NOT_LATER'],
    ['a week earlier', '2026-03-13T01:00:00.000Z', 'HEARING_POSTPONEMENT_NOT_LATER'],
  ])('%s', (_, startsAt, expected) => {
    expect(code(postponementMovesLater, slot(startsAt))).toBe(expected);
  });

  test('for any pair of times: refused exactly when the new start is not after the old one', () => {
    const minute = fc.integer({ min: 0, max: 60 * 24 * 400 });
    fc.assert(
      fc.property(minute, minute, (a, b) => {
        const old = new Date(Date.UTC(2026, 0, 1) + a * 60_000).toISOString();
        const next = new Date(Date.UTC(2026, 0, 1) + b * 60_000).toISOString();
        expect(code(postponementMovesLater, slot(next), { scheduledHearingStartsAt: old }) === null).toBe(b > a);
      }),
    );
  });
});

describe('a hearing is recorded once it has begun (CPL-2023 arts 139–141)', () => {
  test.each([
    ['the day before', '2026-03-19T02:00:00Z', 'HEARING_NOT_YET'],
    ['the same morning, before it starts', '2026-03-20T00:59:00Z', 'HEARING_NOT_YET'],
    ['at its start', '2026-03-20T01:00:00Z', null],
    ['after it', '2026-03-20T03:00:00Z', null],
  ])('%s', (_, now, expected) => {
    expect(code(hearingHasBegun, {}, {}, now)).toBe(expected);
  });

  test('the refusal names the time in the court\'s zone', () => {
    try {
      hearingHasBegun({ case: base, input: {}, actorRole: 'judge', today: '2026-03-19', now: '2026-03-19T02:00:00Z', timeZone: 'Asia/Shanghai' });
      expect.unreachable();
    } catch (e) {
      expect((e as { messages: { 'zh-CN': string } }).messages['zh-CN']).toContain('2026-03-20 09:00');
    }
  });
});

describe('a hearing inside a running 答辩期 or 举证期限 is warned about (CPL-2023 art 128; CPL-Interp art 99)', () => {
  const schedule = (startsAt: string, acknowledgeWarnings?: boolean) => ({ ...slot(startsAt), ...(acknowledgeWarnings === undefined ? {} : { acknowledgeWarnings }) });
  test.each([
    ['no period runs', [], '2026-03-20T01:00:00Z', undefined, null],
    ['the defence period runs to that day', [DEFENCE], '2026-03-25T01:00:00Z', undefined, 'HEARING_WITHIN_PARTY_PERIOD'],
    ['the defence period ended the day before', [DEFENCE], '2026-03-26T01:00:00Z', undefined, null],
    // 2026-03-25 17:00 UTC is already 03-26 in Beijing: the court's date decides.
    ['late evening UTC is the next day in Beijing', [DEFENCE], '2026-03-25T17:00:00Z', undefined, null],
    ['the evidence period still runs', [DEFENCE, EVIDENCE], '2026-03-28T01:00:00Z', undefined, 'HEARING_WITHIN_PARTY_PERIOD'],
    ['the court confirmed after the warning', [DEFENCE], '2026-03-21T01:00:00Z', true, null],
  ])('%s', (_, periods, startsAt, ack, expected) => {
    expect(code(hearingRespectsPartyPeriods, schedule(startsAt, ack), { runningPartyPeriods: periods })).toBe(expected);
  });

  test('the warning names each party, period and last day, and says it can be confirmed', () => {
    try {
      hearingRespectsPartyPeriods({ case: { ...base, runningPartyPeriods: [DEFENCE, EVIDENCE] }, input: schedule('2026-03-21T01:00:00Z'), actorRole: 'judge', today: '2026-03-10', now: '2026-03-10T02:00:00Z', timeZone: 'Asia/Shanghai' });
      expect.unreachable();
    } catch (e) {
      const err = e as { messages: { 'zh-CN': string }; details: { acknowledgeable: boolean; periods: unknown[] } };
      expect(err.messages['zh-CN']).toContain('乙公司的答辩期至 2026-03-25 届满');
      expect(err.messages['zh-CN']).toContain('甲的举证期限至 2026-04-01 届满');
      expect(err.details.acknowledgeable).toBe(true);
      expect(err.details.periods).toHaveLength(2);
    }
  });

  test('periodsRunningOn: a period runs through its due date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 28 }), (due, on) => {
        const d = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
        expect(periodsRunningOn([{ ...DEFENCE, dueOn: d(due) }], d(on))).toHaveLength(on <= due ? 1 : 0);
      }),
    );
  });
});

describe('no judgment inside a running 答辩期 or 举证期限 unless waived (CPL-2023 art 128; CPL-Interp arts 99, 266)', () => {
  const close = (method: 'judgment' | 'ruling' | 'mediation' | 'withdrawal', closedOn: string) => ({ method, closedOn, ...(method === 'ruling' ? { rulingKind: 'dismissal' as const } : {}) });
  test.each([
    ['judgment while the defence period runs', close('judgment', '2026-03-24'), [DEFENCE], 'JUDGMENT_WITHIN_PARTY_PERIOD'],
    ['judgment on its last day', close('judgment', '2026-03-25'), [DEFENCE], 'JUDGMENT_WITHIN_PARTY_PERIOD'],
    ['judgment after it ended', close('judgment', '2026-03-26'), [DEFENCE], null],
    ['judgment once the period was waived (no longer running)', close('judgment', '2026-03-24'), [], null],
    ['mediation while it runs', close('mediation', '2026-03-24'), [DEFENCE], null],
    ['withdrawal while it runs', close('withdrawal', '2026-03-24'), [DEFENCE], null],
    ['a ruling while it runs', close('ruling', '2026-03-24'), [DEFENCE], null],
  ])('%s', (_, input, periods, expected) => {
    expect(code(judgmentRespectsPartyPeriods, input, { runningPartyPeriods: periods })).toBe(expected);
  });
});

describe('waiving a period is the party\'s own act (CPL-Interp arts 99, 266)', () => {
  const facts = { runningPartyPeriods: [DEFENCE, EVIDENCE] };
  test.each([
    ['the defendant waives its defence period', 'party', [2], { periodId: 11 }, null],
    ['its lawyer does', 'lawyer', [2], { periodId: 11 }, null],
    ['the plaintiff cannot waive the defendant\'s period', 'party', [1], { periodId: 11 }, 'PERIOD_NOT_WAIVABLE'],
    ['a period that does not run', 'party', [2], { periodId: 99 }, 'PERIOD_NOT_WAIVABLE'],
    ['the judge records it with the party\'s statement', 'judge', [], { periodId: 11, statement: '被告当庭表示放弃答辩期' }, null],
    ['the judge cannot without a statement', 'judge', [], { periodId: 11 }, 'WAIVER_STATEMENT_REQUIRED'],
    ['a blank statement is none', 'courtClerk', [], { periodId: 12, statement: '   ' }, 'WAIVER_STATEMENT_REQUIRED'],
  ] as const)('%s', (_, role, parties, input, expected) => {
    expect(code(waiverIsTheParty, input, { ...facts, actorPartyIds: parties }, undefined, role)).toBe(expected);
  });
});
