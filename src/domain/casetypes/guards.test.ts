// Guards tested from the articles they enforce.
import { describe, expect, test } from 'vitest';
import type { CaseSnapshot } from './caseModel';
import { caseSnapshotFixture } from './caseSnapshot.fixture';
import type { Guard, GuardContext } from './defineCaseType';
import {
  appealIsAvailable,
  closingHasItsDocument,
  closingIsLawful,
  hearingSlotIsSane,
  isAppealableOutcome,
  judgmentNeedsHearing,
  manualAssignmentByChiefWithReason,
  onlySimpleProceduresConvert,
  simpleProceduresOnlyAtBasicCourts,
  trialOrganizationFitsProcedure,
} from './guards';

const base: CaseSnapshot = caseSnapshotFixture();

function run<I>(guard: Guard<I>, input: I, c: Partial<CaseSnapshot> = {}, extra: Partial<GuardContext<I>> = {}): string | null {
  try {
    guard({ case: { ...base, ...c }, input, actorRole: 'divisionChief', today: '2026-03-10', now: '2026-03-10T02:00:00Z', timeZone: 'Asia/Shanghai', ...extra });
    return null;
  } catch (e) {
    return (e as { code: string }).code;
  }
}

describe('simple procedures only at basic courts (CPL-2023 arts 160, 165)', () => {
  test.each([
    ['basic', 'simple', null],
    ['basic', 'smallClaims', null],
    ['intermediate', 'ordinary', null],
    ['intermediate', 'simple', 'PROCEDURE_NOT_AVAILABLE'],
    ['high', 'smallClaims', 'PROCEDURE_NOT_AVAILABLE'],
  ] as const)('%s court, %s → %s', (level, procedure, code) => {
    expect(run(simpleProceduresOnlyAtBasicCourts, { procedure, divisionId: 1 }, { courtLevel: level })).toBe(code);
  });
});

describe('assignment (CPL-2023 arts 40–41)', () => {
  test.each([
    [{ mode: 'random', organization: 'sole' }, 'filingClerk', {}, null],
    [{ mode: 'manual', organization: 'sole', judgeId: 5, reason: '熟悉类案' }, 'divisionChief', {}, null],
    [{ mode: 'manual', organization: 'sole', judgeId: 5, reason: '熟悉类案' }, 'filingClerk', {}, 'ASSIGNMENT_MANUAL_FORBIDDEN'],
    [{ mode: 'manual', organization: 'sole', judgeId: 5, reason: '  ' }, 'divisionChief', {}, 'ASSIGNMENT_REASON_REQUIRED'],
    [{ mode: 'manual', organization: 'sole', reason: 'x' }, 'divisionChief', {}, 'ASSIGNMENT_INPUT_INVALID'],
    [{ mode: 'random', organization: 'sole', judgeId: 5 }, 'filingClerk', {}, 'ASSIGNMENT_INPUT_INVALID'],
  ] as const)('%j by %s', (input, role, c, code) => {
    expect(run(manualAssignmentByChiefWithReason, { ...input } as never, c, { actorRole: role })).toBe(code);
  });

  test.each([
    ['simple', 'basic', { mode: 'random', organization: 'sole' }, null],
    ['simple', 'basic', { mode: 'random', organization: 'panel' }, 'TRIAL_ORGANIZATION_NOT_ALLOWED'],
    ['smallClaims', 'basic', { mode: 'random', organization: 'panel' }, 'TRIAL_ORGANIZATION_NOT_ALLOWED'],
    ['ordinary', 'basic', { mode: 'random', organization: 'sole' }, null],
    ['ordinary', 'intermediate', { mode: 'random', organization: 'sole' }, 'TRIAL_ORGANIZATION_NOT_ALLOWED'],
    ['ordinary', 'basic', { mode: 'manual', organization: 'panel', judgeId: 1, memberIds: [2, 3], reason: 'r' }, null],
    ['ordinary', 'basic', { mode: 'manual', organization: 'panel', judgeId: 1, memberIds: [2], reason: 'r' }, 'PANEL_SIZE_EVEN'],
    ['ordinary', 'basic', { mode: 'manual', organization: 'panel', judgeId: 1, memberIds: [], reason: 'r' }, 'PANEL_TOO_SMALL'],
    ['ordinary', 'basic', { mode: 'manual', organization: 'sole', judgeId: 1, memberIds: [2], reason: 'r' }, 'ASSIGNMENT_INPUT_INVALID'],
    ['secondInstance', 'intermediate', { mode: 'random', organization: 'panel' }, null],
    ['secondInstance', 'intermediate', { mode: 'manual', organization: 'sole', judgeId: 1, reason: '双方同意独任审理' }, null],
    ['secondInstance', 'intermediate', { mode: 'random', organization: 'sole' }, 'ASSIGNMENT_REASON_REQUIRED'],
    ['secondInstance', 'high', { mode: 'manual', organization: 'sole', judgeId: 1, reason: 'r' }, 'TRIAL_ORGANIZATION_NOT_ALLOWED'],
  ] as const)('%s procedure at a %s court: %j → %s', (procedure, level, input, code) => {
    expect(run(trialOrganizationFitsProcedure, { ...input } as never, { procedure, courtLevel: level })).toBe(code);
  });

  // CPL-2023 art 41: a retrial is heard by a newly formed collegial panel, even where an appeal could have a sole judge.
  test.each([
    [{ mode: 'manual', organization: 'sole', judgeId: 1, reason: '双方同意独任审理' }, 'TRIAL_ORGANIZATION_NOT_ALLOWED'],
    [{ mode: 'random', organization: 'panel' }, null],
  ] as const)('民再 at an intermediate court: %j → %s', (input, code) => {
    expect(run(trialOrganizationFitsProcedure, { ...input } as never, { caseType: '民再', procedure: 'secondInstance', courtLevel: 'intermediate' })).toBe(code);
  });
});

describe('procedure conversion (CPL-Interp art 258)', () => {
  test.each([
    ['simple', null],
    ['smallClaims', null],
    ['ordinary', 'PROCEDURE_CHANGE_NOT_ALLOWED'],
  ] as const)('%s → %s', (procedure, code) => {
    expect(run(onlySimpleProceduresConvert, { procedure: 'ordinary', reason: 'r' }, { procedure })).toBe(code);
  });
});

describe('hearing slots', () => {
  test.each([
    ['2026-03-10T09:00:00+08:00', '2026-03-10T10:00:00+08:00', null],
    ['2026-03-10T00:30:00+08:00', '2026-03-10T01:00:00+08:00', null],
    // 2026-03-09T23:30 UTC is already 2026-03-10 in Shanghai.
    ['2026-03-09T23:30:00Z', '2026-03-10T00:30:00Z', null],
    ['2026-03-09T09:00:00+08:00', '2026-03-09T10:00:00+08:00', 'HEARING_IN_PAST'],
    ['2026-03-10T10:00:00+08:00', '2026-03-10T09:00:00+08:00', 'HEARING_TIME_INVALID'],
    ['2026-03-11T08:00:00+08:00', '2026-03-11T21:00:00+08:00', 'HEARING_TIME_INVALID'],
  ])('%s – %s → %s', (startsAt, endsAt, code) => {
    expect(run(hearingSlotIsSane, { startsAt, endsAt, roomId: 1 })).toBe(code);
  });
});

describe('closing', () => {
  test.each([
    [{ method: 'judgment', closedOn: '2026-03-10' }, { hasHeldHearing: true }, null],
    [{ method: 'judgment', closedOn: '2026-03-11' }, { hasHeldHearing: true }, 'CLOSING_DATE_IN_FUTURE'],
    [{ method: 'mediation', closedOn: '2026-03-01' }, {}, 'CLOSING_DATE_BEFORE_ACCEPTANCE'],
    [{ method: 'ruling', closedOn: '2026-03-05' }, {}, 'RULING_KIND_REQUIRED'],
    [{ method: 'withdrawal', closedOn: '2026-03-05', rulingKind: 'dismissal' }, {}, 'RULING_KIND_UNEXPECTED'],
    [{ method: 'ruling', closedOn: '2026-03-05', rulingKind: 'dismissal' }, {}, null],
  ] as const)('%j → %s', (input, c, code) => {
    expect(run(closingIsLawful, { ...input } as never, c)).toBe(code);
  });

  test.each([
    ['judgment', false, 'JUDGMENT_WITHOUT_HEARING'],
    ['judgment', true, null],
    ['mediation', false, null],
    ['withdrawal', false, null],
  ] as const)('first instance %s with hearing held=%s → %s', (method, held, code) => {
    expect(run(judgmentNeedsHearing, { method, closedOn: '2026-03-10' }, { hasHeldHearing: held })).toBe(code);
  });
});

describe('appeal (CPL-2023 arts 157, 165, 171)', () => {
  test.each([
    ['judgment', null, true],
    ['ruling', 'inadmissible', true],
    ['ruling', 'jurisdiction', true],
    ['ruling', 'dismissal', true],
    ['ruling', 'other', false],
    ['mediation', null, false],
    ['withdrawal', null, false],
  ] as const)('%s %s appealable: %s', (method, kind, ok) => {
    expect(isAppealableOutcome(method, kind)).toBe(ok);
  });

  test.each([
    [{ procedure: 'simple', closingMethod: 'judgment', actorPartyIds: [7] }, [7], null],
    [{ procedure: 'smallClaims', closingMethod: 'judgment', actorPartyIds: [7] }, [7], 'APPEAL_NOT_AVAILABLE'],
    [{ procedure: 'ordinary', closingMethod: 'mediation', actorPartyIds: [7] }, [7], 'APPEAL_NOT_AVAILABLE'],
    [{ procedure: 'ordinary', closingMethod: 'judgment', actorPartyIds: [7] }, [8], 'APPEAL_PARTY_NOT_REPRESENTED'],
    [{ procedure: 'ordinary', closingMethod: 'judgment', actorPartyIds: [7, 8] }, [7, 8], null],
  ] as const)('%j appealing for %j → %s', (c, partyIds, code) => {
    expect(run(appealIsAvailable, { partyIds: [...partyIds], reasons: '理由' }, { ...c, actorPartyIds: [...c.actorPartyIds] } as never)).toBe(code);
  });
});

describe('the closing document (CPL-2023 arts 152, 157; docs/documents.md)', () => {
  test.each([
    ['judgment without its document', { method: 'judgment' }, 'CLOSING_DOCUMENT_REQUIRED'],
    ['judgment pronounced orally (written within 10 days, art 151)', { method: 'judgment', oralPronouncement: true }, null],
    ['judgment with its document', { method: 'judgment', documentId: 9 }, null],
    ['mediation without its 调解书', { method: 'mediation' }, 'CLOSING_DOCUMENT_REQUIRED'],
    ['withdrawal (its ruling is generated)', { method: 'withdrawal' }, null],
    ['驳回起诉 with reasons, generated', { method: 'ruling', rulingKind: 'dismissal', summary: '不符合起诉条件' }, null],
    ['驳回起诉 without reasons or document', { method: 'ruling', rulingKind: 'dismissal', summary: '  ' }, 'RULING_REASONS_REQUIRED'],
    ['jurisdiction ruling with reasons, generated', { method: 'ruling', rulingKind: 'jurisdiction', summary: '应由宽城区法院管辖' }, null],
    ['jurisdiction ruling uploaded', { method: 'ruling', rulingKind: 'jurisdiction', documentId: 9 }, null],
    ['any other ruling needs its document', { method: 'ruling', rulingKind: 'other', summary: '中止' }, 'CLOSING_DOCUMENT_REQUIRED'],
  ])('%s', (_, input, code) => {
    expect(run(closingHasItsDocument, { closedOn: '2026-03-10', ...input } as never)).toBe(code);
  });
});
