// The criminal guards: lawful verdicts, who tries the case (CrPL arts 183, 216, 224), who appeals (CrPL art 227).
import { describe, expect, test } from 'vitest';
import { refusalCode } from '../errors/refusalCode.fixture';
import type { CaseSnapshot } from './caseModel';
import { appealDecisionIsLawful, criminalAppealIsTheParty, criminalOrganizationFitsProcedure, judgmentIsLawful } from './criminalGuards';

const base = { caseType: '刑初', node: 'assigned', courtLevel: 'basic', procedure: 'ordinary', closingMethod: null, rulingKind: null, acceptedOn: '2026-03-02', hasHeldHearing: false, scheduledHearingStartsAt: null, runningDeductions: 0, runningPartyPeriods: [], actorPartyIds: [] } as unknown as CaseSnapshot;
const ctx = <I>(input: I, c: Partial<CaseSnapshot> = {}) => ({ case: { ...base, ...c } as CaseSnapshot, input, actorRole: 'judge' as const, today: '2026-03-31', now: '2026-03-31T02:00:00Z', timeZone: 'Asia/Shanghai' });
const convicted = { partyId: 7, outcome: 'convicted' as const, chargeIds: [264], sentence: { main: 'fixedTerm' as const, term: { months: 18 } } };

describe('who tries a criminal case', () => {
  test.each([
    ['ordinary, a panel', 'ordinary', 'panel', null],
    ['ordinary, one judge', 'ordinary', 'sole', 'TRIAL_ORGANIZATION_NOT_ALLOWED'],
    ['simple up to 3 years, one judge', 'simple', 'sole', null],
    ['simple over 3 years, one judge', 'simpleOver3Years', 'sole', 'TRIAL_ORGANIZATION_NOT_ALLOWED'],
    ['fast track, one judge', 'fastTrack', 'sole', null],
    ['second instance, one judge', 'secondInstance', 'sole', 'TRIAL_ORGANIZATION_NOT_ALLOWED'],
  ])('%s', (_, procedure, organization, code) => {
    expect(refusalCode(() => criminalOrganizationFitsProcedure(ctx({ mode: 'random', organization } as never, { procedure: procedure as never })))).toBe(code);
  });
});

describe('verdicts', () => {
  test.each([
    ['a conviction with its sentence', [convicted], null],
    ['a conviction without a charge', [{ ...convicted, chargeIds: [] }], 'VERDICT_CHARGE_REQUIRED'],
    ['a conviction without a sentence', [{ partyId: 7, outcome: 'convicted', chargeIds: [264] }], 'VERDICT_SENTENCE_REQUIRED'],
    ['an unlawful sentence', [{ ...convicted, sentence: { main: 'fixedTerm', term: { months: 3 } } }], 'SENTENCE_TERM_OUT_OF_BOUNDS'],
    ['an acquittal with a sentence', [{ ...convicted, outcome: 'acquitted' }], 'ACQUITTAL_WITH_SENTENCE'],
    ['two verdicts for one defendant', [convicted, convicted], 'VERDICT_DUPLICATE'],
  ])('%s', (_, verdicts, code) => {
    expect(refusalCode(() => judgmentIsLawful(ctx({ closedOn: '2026-03-31', verdicts } as never)))).toBe(code);
  });
  test('a judgment dated after today or before registration is refused', () => {
    expect(refusalCode(() => judgmentIsLawful(ctx({ closedOn: '2026-04-01', verdicts: [convicted] } as never)))).toBe('CLOSING_DATE_IN_FUTURE');
    expect(refusalCode(() => judgmentIsLawful(ctx({ closedOn: '2026-03-01', verdicts: [convicted] } as never)))).toBe('CLOSING_DATE_BEFORE_ACCEPTANCE');
  });
  test('an amended second-instance judgment states its verdicts; an upheld one none', () => {
    expect(refusalCode(() => appealDecisionIsLawful(ctx({ outcome: 'amended', closedOn: '2026-03-31' } as never)))).toBe('AMENDED_VERDICTS_REQUIRED');
    expect(refusalCode(() => appealDecisionIsLawful(ctx({ outcome: 'upheld', closedOn: '2026-03-31', verdicts: [convicted] } as never)))).toBe('VERDICTS_ONLY_WHEN_AMENDED');
    expect(refusalCode(() => appealDecisionIsLawful(ctx({ outcome: 'amended', closedOn: '2026-03-31', verdicts: [convicted] } as never)))).toBeNull();
  });
});

describe('who appeals', () => {
  test('a defendant for themself after a judgment; not for another, not after a ruling', () => {
    const closed = { node: 'closed', closingMethod: 'judgment' as const, actorPartyIds: [7] };
    expect(refusalCode(() => criminalAppealIsTheParty(ctx({ partyIds: [7], reasons: '不服' }, closed)))).toBeNull();
    expect(refusalCode(() => criminalAppealIsTheParty(ctx({ partyIds: [8], reasons: '不服' }, closed)))).toBe('APPEAL_PARTY_NOT_REPRESENTED');
    expect(refusalCode(() => criminalAppealIsTheParty(ctx({ partyIds: [7], reasons: '不服' }, { ...closed, closingMethod: 'ruling' })))).toBe('APPEAL_NOT_AVAILABLE');
  });
});
