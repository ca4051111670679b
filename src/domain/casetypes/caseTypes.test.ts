// Walks every declaration: each transition, who may fire it, and that no node is unreachable.
import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { ROLES } from '../roles/roles';
import { EFFECT_KINDS, eventFor, eventsAvailable, nodeAfter } from './defineCaseType';
import type { CaseEventFacts } from './caseModel';
import { CASE_TYPES } from './registry';
import { PLAINTIFF_SIDE_EVENTS } from './trialEvents';

const types = Object.values(CASE_TYPES);
// Nothing running: no deduction, no party period, no hearing booked.
const QUIET: CaseEventFacts = { scheduledHearingStartsAt: null, runningDeductions: 0, runningPartyPeriods: [], actorPartyIds: [], hasElementComplaint: false };
const DEFENCE = { id: 7, kind: 'defence', partyId: 2, partyName: '被告', dueOn: '2026-03-20' } as const;

function reachable(code: string): Set<string> {
  const t = CASE_TYPES[code]!;
  const seen = new Set<string>([t.initial]);
  const queue = [t.initial as string];
  while (queue.length) {
    const node = queue.shift()!;
    for (const ev of Object.values(t.events)) {
      if (!(ev.from as readonly string[]).includes(node)) continue;
      const next = ev.to ?? node;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** [event, from, to (null = stays), roles]. */
type Transition = [string, string[], string | null, string[]];

/**
 * The declaration has exactly the table's transitions, reaches every node but the shared vocabulary it never enters
 * (`unused`), and labels each event in both languages with only known effects; each event is refused elsewhere.
 */
function declaresExactly(code: string, table: Transition[], unused: string[] = []) {
  const t = CASE_TYPES[code]!;
  test('declares exactly the expected events', () => {
    expect(Object.keys(t.events).sort()).toEqual(table.map(([e]) => e).sort());
  });
  test.each(table)('%s: from %j to %s by %j', (event, from, to, roles) => {
    const ev = t.events[event]!;
    expect([...ev.from].sort()).toEqual([...from].sort());
    expect(ev.to).toBe(to);
    expect([...ev.by].sort()).toEqual([...roles].sort());
    for (const node of t.nodes) {
      if (from.includes(node)) expect(nodeAfter(ev, node)).toBe(to ?? node);
      else expect(() => eventFor(t, event, node)).toThrow(DomainError);
    }
  });
  test('every node is reachable from the initial node', () => {
    const seen = reachable(code);
    expect(t.nodes.filter((n) => !seen.has(n)).sort()).toEqual([...unused].sort());
  });
  test('every event has a label in both languages and only known effects', () => {
    for (const ev of Object.values(t.events)) {
      expect(ev.label['zh-CN']).toMatch(/\p{Script=Han}/u);
      expect(ev.label.en).toMatch(/[A-Za-z]/);
      for (const eff of ev.effects ?? []) expect(EFFECT_KINDS).toContain(eff);
    }
  });
}

// The transitions of 民初, as the court's procedure has them: [event, from, to (null = stays), roles].
const CIVIL_FIRST_INSTANCE: Transition[] = [
  ['requestCorrection', ['submitted'], 'correctionRequested', ['filingClerk']],
  ['resubmit', ['correctionRequested'], 'submitted', ['party', 'lawyer']],
  ['reject', ['submitted'], 'rejected', ['filingClerk']],
  ['withdrawFiling', ['submitted', 'correctionRequested'], 'withdrawn', ['party', 'lawyer']],
  ['accept', ['submitted'], 'accepted', ['filingClerk']],
  // CPL-2023 art 125: instead of registering, the clerk may send the dispute to pre-litigation mediation.
  ['routeToMediation', ['submitted'], 'inMediation', ['filingClerk']],
  ['assign', ['accepted'], 'assigned', ['filingClerk', 'divisionChief', 'president']],
  ['reassign', ['assigned', 'hearingScheduled', 'heard'], null, ['divisionChief', 'president']],
  ['scheduleHearing', ['assigned', 'heard'], 'hearingScheduled', ['judge', 'judgeAssistant', 'courtClerk']],
  ['postponeHearing', ['hearingScheduled'], null, ['judge']],
  ['recordHearing', ['hearingScheduled'], 'heard', ['judge', 'courtClerk']],
  ['convertToOrdinary', ['assigned', 'hearingScheduled', 'heard'], null, ['judge']],
  ['close', ['assigned', 'hearingScheduled', 'heard'], 'closed', ['judge']],
  ['archive', ['closed'], 'archived', ['courtClerk', 'judge']],
  ['appeal', ['closed'], null, ['party', 'lawyer']],
  ['receiveAppealDefence', ['closed'], null, ['courtClerk', 'judgeAssistant', 'judge']],
  ['applyExtension', ['assigned', 'hearingScheduled', 'heard'], null, ['judge']],
  ['approveExtension', ['assigned', 'hearingScheduled', 'heard'], null, ['president']],
  ['refuseExtension', ['assigned', 'hearingScheduled', 'heard'], null, ['president']],
  ['recordDeduction', ['assigned', 'hearingScheduled', 'heard'], null, ['divisionChief', 'president']],
  ['endDeduction', ['assigned', 'hearingScheduled', 'heard'], null, ['divisionChief', 'president', 'judge']],
  ['recordService', ['accepted', 'assigned', 'hearingScheduled', 'heard', 'closed'], null, ['filingClerk', 'courtClerk', 'judgeAssistant', 'judge']],
  ['serveOnPlatform', ['accepted', 'assigned', 'hearingScheduled', 'heard', 'closed'], null, ['filingClerk', 'courtClerk', 'judgeAssistant', 'judge']],
  ['setEvidencePeriod', ['assigned', 'hearingScheduled', 'heard'], null, ['judge']],
  ['waivePeriod', ['assigned', 'hearingScheduled', 'heard'], null, ['party', 'lawyer', 'judge', 'courtClerk']],
  ['grantJudicialAid', ['submitted', 'correctionRequested', 'accepted', 'assigned', 'hearingScheduled', 'heard'], null, ['president']],
  ['decideRefund', ['accepted', 'assigned', 'hearingScheduled', 'heard', 'closed'], null, ['president']],
  // The parties' own filings: the defence and a counterclaim (before the debate ends), evidence and materials.
  ['fileDefence', ['accepted', 'assigned', 'hearingScheduled', 'heard'], null, ['party', 'lawyer']],
  ['fileCounterclaim', ['accepted', 'assigned', 'hearingScheduled'], null, ['party', 'lawyer']],
  // 要素式答辩 where the complaint was filed in the element form.
  ['answerElements', ['accepted', 'assigned', 'hearingScheduled'], null, ['party', 'lawyer']],
  ['findElements', ['hearingScheduled', 'heard'], null, ['judge']],
  ['submitEvidence', ['accepted', 'assigned', 'hearingScheduled', 'heard'], null, ['party', 'lawyer']],
  ['submitMaterials', ['accepted', 'assigned', 'hearingScheduled', 'heard'], null, ['party', 'lawyer']],
  // CPL-2023 art 37: the court without jurisdiction transfers a registered case; the judge or the filing clerk.
  ['transferJurisdiction', ['accepted', 'assigned', 'hearingScheduled', 'heard'], 'closed', ['judge', 'filingClerk']],
  // CPL-2023 arts 38–39: the higher court's 提级 / 下放 or 指定, recorded by the court that holds the file.
  ['elevateJurisdiction', ['accepted', 'assigned', 'hearingScheduled', 'heard'], 'closed', ['judge', 'filingClerk']],
  ['designateJurisdiction', ['accepted', 'assigned', 'hearingScheduled', 'heard'], 'closed', ['judge', 'filingClerk']],
  // 跨域立案: the court where the filing was taken forwards it to the competent court's review.
  ['forwardFiling', ['crossRegionReceived'], 'submitted', ['filingClerk']],
  // 证据交换与质证 (民初, 民终 only): the court's exchange, late evidence, findings; extension of the 举证期限.
  ['exchangeEvidence', ['assigned', 'hearingScheduled', 'heard'], null, ['judge', 'judgeAssistant']],
  ['decideLateEvidence', ['assigned', 'hearingScheduled', 'heard'], null, ['judge']],
  ['recordEvidenceFinding', ['assigned', 'hearingScheduled', 'heard'], null, ['judge']],
  ['applyEvidenceExtension', ['accepted', 'assigned', 'hearingScheduled', 'heard'], null, ['party', 'lawyer']],
  ['decideEvidenceExtension', ['accepted', 'assigned', 'hearingScheduled', 'heard'], null, ['judge']],
];
const EVIDENCE_EXCHANGE_EVENTS = ['exchangeEvidence', 'decideLateEvidence', 'recordEvidenceFinding', 'applyEvidenceExtension', 'decideEvidenceExtension'];

const CIVIL_SECOND_INSTANCE: Transition[] = [
  ['accept', ['submitted'], 'accepted', ['filingClerk']],
  ['reject', ['submitted'], 'rejected', ['filingClerk']],
  ...CIVIL_FIRST_INSTANCE.filter(([e]) => !['requestCorrection', 'resubmit', 'reject', 'withdrawFiling', 'accept', 'routeToMediation', 'convertToOrdinary', 'appeal', 'receiveAppealDefence', 'fileDefence', 'answerElements', 'findElements', 'fileCounterclaim', 'transferJurisdiction', 'elevateJurisdiction', 'designateJurisdiction', 'forwardFiling'].includes(e)),
];

// 行初 (ALL): 民初's events but pre-litigation mediation, the civil defence and counterclaim; the organ's defence,
// evidence and legal basis instead (ALL art 67); 移送, 提级 and 指定 as 民初 (ALL arts 22–24).
const ADMINISTRATIVE_FIRST_INSTANCE: Transition[] = [
  ...CIVIL_FIRST_INSTANCE.filter(([e]) => !['routeToMediation', 'fileDefence', 'answerElements', 'findElements', 'fileCounterclaim', 'forwardFiling', ...EVIDENCE_EXCHANGE_EVENTS].includes(e)),
  ['submitOrganDefence', ['accepted', 'assigned', 'hearingScheduled', 'heard'], null, ['party', 'lawyer']],
];

describe.each([
  ['民初', CIVIL_FIRST_INSTANCE],
  ['民终', CIVIL_SECOND_INSTANCE],
  ['行初', ADMINISTRATIVE_FIRST_INSTANCE],
  // 行终 (ALL art 101): 民终's events but the evidence exchange.
  ['行终', CIVIL_SECOND_INSTANCE.filter(([e]) => !EVIDENCE_EXCHANGE_EVENTS.includes(e))],
])('case type %s', (code, table) => {
  const t = CASE_TYPES[code]!;
  // A second instance has no correction/withdrawal of filing: those nodes are shared vocabulary it never enters.
  // 民初's 跨域立案 filings enter at crossRegionReceived, a second way in beside the initial node.
  declaresExactly(code, table, code.endsWith('终') ? ['correctionRequested', 'withdrawn'] : code === '民初' ? ['crossRegionReceived'] : []);

  test('terminal nodes other than closed have no way out', () => {
    for (const node of t.terminal.filter((n) => n !== 'closed')) {
      expect(eventsAvailable(t, node, ROLES, { ...QUIET, runningDeductions: 1, runningPartyPeriods: [DEFENCE] })).toEqual([]);
    }
  });

  test('an event from the wrong node is refused with CASE_EVENT_NOT_ALLOWED', () => {
    try {
      eventFor(t, 'accept', 'closed');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('CASE_EVENT_NOT_ALLOWED');
      expect((e as DomainError).kind).toBe('conflict');
    }
  });

  test('an undeclared event is refused with CASE_EVENT_UNKNOWN', () => {
    expect(() => eventFor(t, 'teleport', 'submitted')).toThrow(expect.objectContaining({ code: 'CASE_EVENT_UNKNOWN' }));
  });

  // Found by the API fuzz (issue 14): "toString" named Object.prototype's function and the server answered 500.
  test.each(['toString', 'constructor', 'hasOwnProperty', 'valueOf', '__proto__'])('"%s", a name every JS object has, is not a declared event', (name) => {
    expect(() => eventFor(t, name, 'submitted')).toThrow(expect.objectContaining({ code: 'CASE_EVENT_UNKNOWN' }));
  });
});

describe('events available per role', () => {
  test.each([
    ['submitted', ['filingClerk'], ['accept', 'reject', 'requestCorrection', 'routeToMediation']],
    ['submitted', ['party'], ['withdrawFiling']],
    ['accepted', ['divisionChief'], ['assign']],
    ['assigned', ['judge'], ['applyExtension', 'close', 'convertToOrdinary', 'decideEvidenceExtension', 'decideLateEvidence', 'designateJurisdiction', 'elevateJurisdiction', 'exchangeEvidence', 'recordEvidenceFinding', 'recordService', 'scheduleHearing', 'serveOnPlatform', 'setEvidencePeriod', 'transferJurisdiction']],
    ['crossRegionReceived', ['filingClerk'], ['forwardFiling']],
    ['assigned', ['courtClerk'], ['recordService', 'scheduleHearing', 'serveOnPlatform']],
    ['assigned', ['president'], ['approveExtension', 'decideRefund', 'grantJudicialAid', 'reassign', 'recordDeduction', 'refuseExtension']],
    ['submitted', ['president'], ['grantJudicialAid']],
    ['closed', ['president'], ['decideRefund']],
    ['closed', ['judge'], ['archive', 'receiveAppealDefence', 'recordService', 'serveOnPlatform']],
    ['closed', ['party'], ['appeal']],
    ['archived', ['judge', 'party', 'filingClerk', 'admin'], []],
  ] as const)('民初 at %s for %j: %j', (node, roles, events) => {
    expect(eventsAvailable(CASE_TYPES['民初']!, node, roles, QUIET).sort()).toEqual([...events].sort());
  });

  // 结束扣除期间 only while a deduction runs; 放弃期间 only while a period the user may waive runs (issue 15).
  test.each([
    ['judge', { runningDeductions: 1 }, ['endDeduction']],
    ['president', { runningDeductions: 1 }, ['endDeduction']],
    ['judge', { runningPartyPeriods: [DEFENCE] }, ['waivePeriod']],
    ['courtClerk', { runningPartyPeriods: [DEFENCE] }, ['waivePeriod']],
    ['party', { runningPartyPeriods: [DEFENCE], actorPartyIds: [2] }, ['waivePeriod']],
    ['party', { runningPartyPeriods: [DEFENCE], actorPartyIds: [1] }, []],
    ['lawyer', { runningPartyPeriods: [DEFENCE], actorPartyIds: [2] }, ['waivePeriod']],
    ['president', { runningPartyPeriods: [DEFENCE] }, []],
  ] as const)('an assigned 民初 case offers %s these events once %j: %j', (role, facts, added) => {
    const type = CASE_TYPES['民初']!;
    const before = eventsAvailable(type, 'assigned', [role], QUIET);
    const after = eventsAvailable(type, 'assigned', [role], { ...QUIET, ...facts });
    expect(after.filter((e) => !before.includes(e)).sort()).toEqual([...added].sort());
    expect(before.filter((e) => !after.includes(e))).toEqual([]);
  });

  test('no event of any declaration can be fired by an administrator', () => {
    for (const t of types) for (const ev of Object.values(t.events)) expect(ev.by).not.toContain('admin');
  });

  test('the plaintiff-side events are declared litigants\' events (of 民初 or 民诉前调)', () => {
    for (const name of PLAINTIFF_SIDE_EVENTS) {
      const declared = types.flatMap((t) => (Object.hasOwn(t.events, name) ? [t.events[name]!.by] : []));
      expect(declared.length).toBeGreaterThan(0);
      // 刑初: the procuratorate is the prosecutor's side of a public prosecution (its relation is never a litigant's).
      for (const by of declared) expect(by.filter((r) => r !== 'procurator')).toEqual(['party', 'lawyer']);
    }
  });
});

// 民诉前调 (ONLINE-MED arts 10–26): [event, from, to (null = stays), roles].
const PRE_FILING_MEDIATION: Transition[] = [
  ['designateMediator', ['received'], 'entrusted', ['filingClerk']],
  ['proposeMediator', ['received'], null, ['party', 'lawyer']],
  ['startAppraisal', ['mediating'], null, ['mediator', 'filingClerk']],
  ['endAppraisal', ['mediating', 'agreementDrafted'], null, ['mediator', 'filingClerk']],
  ['acceptEntrustment', ['entrusted'], 'mediating', ['mediator']],
  ['declineEntrustment', ['entrusted'], 'received', ['mediator']],
  ['extendMediation', ['mediating', 'agreementDrafted'], null, ['mediator']],
  ['draftAgreement', ['mediating', 'agreementDrafted'], 'agreementDrafted', ['mediator']],
  ['signAgreement', ['agreementDrafted'], null, ['party', 'lawyer']],
  ['recordSignature', ['agreementDrafted'], null, ['mediator']],
  ['scheduleSession', ['mediating', 'agreementDrafted'], null, ['mediator']],
  ['recordSession', ['mediating', 'agreementDrafted'], null, ['mediator']],
  ['submitMediationMaterials', ['received', 'entrusted', 'mediating', 'agreementDrafted'], null, ['party', 'lawyer']],
  ['concludeAgreement', ['agreementDrafted'], 'agreed', ['mediator']],
  ['endMediation', ['entrusted', 'mediating', 'agreementDrafted'], 'failed', ['mediator', 'filingClerk']],
  ['withdrawMediation', ['received', 'entrusted', 'mediating', 'agreementDrafted'], 'withdrawn', ['party', 'lawyer']],
  ['applyForConfirmation', ['agreed'], null, ['party', 'lawyer', 'filingClerk']],
];

describe('case type 民诉前调', () => {
  const t = CASE_TYPES['民诉前调']!;
  declaresExactly('民诉前调', PRE_FILING_MEDIATION);

  test('its ends have no way out but the settled parties\' application for confirmation, and no judge acts on a mediation', () => {
    for (const node of t.terminal) expect(eventsAvailable(t, node, ROLES, QUIET)).toEqual(node === 'agreed' ? ['applyForConfirmation'] : []);
    for (const ev of Object.values(t.events)) expect(ev.by).not.toContain('judge');
  });

  test('an appraisal is started only when none runs, and ended only while one runs (ONLINE-MED art 26)', () => {
    expect(eventsAvailable(t, 'mediating', ['mediator'], QUIET)).toContain('startAppraisal');
    expect(eventsAvailable(t, 'mediating', ['mediator'], QUIET)).not.toContain('endAppraisal');
    const running = eventsAvailable(t, 'mediating', ['mediator'], { ...QUIET, runningDeductions: 1 });
    expect(running).toContain('endAppraisal');
    expect(running).not.toContain('startAppraisal');
  });
});

// 民特 (CPL-2023 arts 185, 205–206; CPL-Interp arts 355, 358).
const JUDICIAL_CONFIRMATION: Transition[] = [
  ['acceptConfirmation', ['submitted'], 'assigned', ['filingClerk']],
  ['rejectConfirmation', ['submitted'], 'rejected', ['filingClerk']],
  ['ruleOnConfirmation', ['assigned'], 'closed', ['judge']],
  ['recordService', ['closed'], null, ['filingClerk', 'courtClerk', 'judgeAssistant', 'judge']],
  ['serveOnPlatform', ['closed'], null, ['filingClerk', 'courtClerk', 'judgeAssistant', 'judge']],
];

describe('case type 民特', () => {
  declaresExactly('民特', JUDICIAL_CONFIRMATION);
});

// 执 (CPL-2023 arts 247–268; rules.md §5): [event, from, to (null = stays), roles].
const EXECUTION: Transition[] = [
  ['registerExecution', ['submitted'], 'registered', ['filingClerk']],
  ['refuseExecution', ['submitted'], 'rejected', ['filingClerk']],
  ['assignExecution', ['registered'], 'assigned', ['filingClerk', 'divisionChief']],
  ['reassignExecution', ['assigned', 'implementing', 'suspended'], null, ['divisionChief', 'president']],
  ['issueExecutionNotice', ['assigned', 'implementing'], 'implementing', ['judge', 'judgeAssistant']],
  ['moveStage', ['assigned', 'implementing'], 'implementing', ['judge', 'judgeAssistant', 'divisionChief']],
  // ASSET-INV art 2, EXEC-TL: the clue and investigation limits start and end with the officer's record.
  ['recordClue', ['assigned', 'implementing', 'suspended'], null, ['judge', 'judgeAssistant']],
  ['verifyClue', ['assigned', 'implementing', 'suspended'], null, ['judge', 'judgeAssistant']],
  ['requestInvestigation', ['assigned', 'implementing', 'suspended'], null, ['judge', 'judgeAssistant']],
  ['reportInvestigation', ['assigned', 'implementing', 'suspended'], null, ['judge', 'judgeAssistant']],
  ['recordExecutionService', ['assigned', 'implementing', 'suspended'], null, ['judge', 'judgeAssistant', 'courtClerk']],
  ['serveExecutionDocument', ['assigned', 'implementing', 'suspended'], null, ['judge', 'judgeAssistant', 'courtClerk']],
  // ZHONGBEN arts 1(1), 2, 1(5), 5: the record 终本's conditions are checked from.
  ['recordPropertyReport', ['assigned', 'implementing', 'suspended'], null, ['judge', 'judgeAssistant']],
  ['recordDebtorSearch', ['assigned', 'implementing', 'suspended'], null, ['judge', 'judgeAssistant']],
  ['interviewApplicant', ['assigned', 'implementing', 'suspended'], null, ['judge', 'judgeAssistant']],
  ['suspendExecution', ['assigned', 'implementing'], 'suspended', ['judge']],
  ['resumeExecution', ['suspended'], 'implementing', ['judge']],
  ['closeExecution', ['assigned', 'implementing', 'suspended'], 'closed', ['judge']],
  ['archiveExecution', ['closed'], 'archived', ['courtClerk', 'judge']],
  // ZHONGBEN art 1, CPL-Interp art 517: 终本 by the checklist and the president's approval.
  ['proposeEndOfRound', ['implementing'], 'endOfRoundReview', ['judge']],
  ['approveEndOfRound', ['endOfRoundReview'], 'closed', ['president']],
  ['returnEndOfRound', ['endOfRoundReview'], 'implementing', ['president']],
];

// 执前调 (issue 18): the clerk routes a submitted application, with the applicant's consent; the matter's agreement
// withdraws it (a system move, mediation's concludeAgreement), its failure brings it back to `submitted`.
describe('case type 执', () => {
  declaresExactly('执', [...EXECUTION, ['routeToMediation', ['submitted'], 'inMediation', ['filingClerk']]], ['withdrawn']);
});

// 执恢 (CPL-Interp art 517): the same declaration as 执 under its own code from the SPC's table, without 执前调.
describe('case type 执恢', () => {
  declaresExactly('执恢', EXECUTION, ['inMediation', 'withdrawn']);
});

// 执前调 (issue 18 [U]): the 民诉前调 declaration under its own code, without judicial confirmation (the title is enforceable).
describe('case type 执前调', () => {
  declaresExactly('执前调', PRE_FILING_MEDIATION.filter(([e]) => e !== 'applyForConfirmation'));
});

// 执异 (CPL-2023 art 236; EXEC-OBJ arts 2, 11): [event, from, to (null = stays), roles].
const OBJECTION: Transition[] = [
  ['registerObjection', ['submitted'], 'registered', ['filingClerk']],
  ['refuseObjection', ['submitted'], 'rejected', ['filingClerk']],
  ['formObjectionPanel', ['registered', 'panelFormed'], 'panelFormed', ['divisionChief', 'president']],
  ['ruleOnObjection', ['panelFormed'], 'ruled', ['judge']],
  ['serveObjectionRuling', ['ruled'], 'closed', ['judge', 'courtClerk', 'judgeAssistant']],
  ['archiveObjection', ['closed'], 'archived', ['courtClerk', 'judge']],
];

describe('case type 执异', () => {
  declaresExactly('执异', OBJECTION);
});

// 刑初 (CrPL arts 186–230): [event, from, to (null = stays), roles].
const OPEN = ['assigned', 'hearingScheduled', 'heard'];
const CRIMINAL_TRIAL: Transition[] = [
  ['assign', ['accepted'], 'assigned', ['filingClerk', 'divisionChief', 'president']],
  ['reassign', OPEN, null, ['divisionChief', 'president']],
  ['scheduleHearing', ['assigned', 'heard'], 'hearingScheduled', ['judge', 'judgeAssistant', 'courtClerk']],
  ['postponeHearing', ['hearingScheduled'], null, ['judge']],
  ['recordHearing', ['hearingScheduled'], 'heard', ['judge', 'courtClerk']],
  ['applyExtension', OPEN, null, ['judge']],
  ['approveExtension', OPEN, null, ['president']],
  ['refuseExtension', OPEN, null, ['president']],
  ['recordDeduction', OPEN, null, ['divisionChief', 'president']],
  ['endDeduction', OPEN, null, ['divisionChief', 'president', 'judge']],
  ['recordService', ['accepted', ...OPEN, 'closed'], null, ['filingClerk', 'courtClerk', 'judgeAssistant', 'judge']],
  ['archive', ['closed'], 'archived', ['courtClerk', 'judge']],
];
const CRIMINAL_FIRST_INSTANCE: Transition[] = [
  ['requestCorrection', ['submitted'], 'correctionRequested', ['filingClerk']],
  ['resubmit', ['correctionRequested'], 'submitted', ['party', 'lawyer', 'procurator']],
  ['reject', ['submitted'], 'rejected', ['filingClerk']],
  ['withdrawFiling', ['submitted', 'correctionRequested'], 'withdrawn', ['party', 'lawyer', 'procurator']],
  ['accept', ['submitted'], 'accepted', ['filingClerk']],
  ...CRIMINAL_TRIAL,
  ['changeProcedure', OPEN, null, ['judge']],
  ['recordDefenceCounsel', ['accepted', ...OPEN], null, ['judge', 'judgeAssistant', 'courtClerk']],
  ['pronounceJudgment', OPEN, 'closed', ['judge']],
  ['appeal', ['closed'], null, ['party', 'lawyer']],
  ['recordDefendantAppeal', ['closed'], null, ['judge', 'judgeAssistant', 'courtClerk']],
  ['mediatePrivateProsecution', ['accepted', ...OPEN], 'closed', ['judge']],
  ['approvePrivateEnding', ['accepted', ...OPEN], 'closed', ['judge']],
  ['fileCriminalCounterclaim', ['accepted', ...OPEN], null, ['judge', 'judgeAssistant', 'courtClerk', 'party', 'lawyer']],
  ['protest', ['closed'], null, ['procurator']],
];
const CRIMINAL_SECOND_INSTANCE: Transition[] = [
  ['accept', ['submitted'], 'accepted', ['filingClerk']],
  ['reject', ['submitted'], 'rejected', ['filingClerk']],
  ...CRIMINAL_TRIAL,
  ['decideAppeal', OPEN, 'closed', ['judge']],
];

describe('case type 刑初', () => {
  declaresExactly('刑初', CRIMINAL_FIRST_INSTANCE);
  test('only the procuratorate protests, and a hearing is checked against the defendants (CrPL art 285)', () => {
    const t = CASE_TYPES['刑初']!;
    expect(eventsAvailable(t, 'closed', ['procurator'], QUIET)).toEqual(['protest']);
    expect(t.events.scheduleHearing!.effects?.[0]).toBe('checkCriminalHearing');
  });
});

describe('case type 刑终', () => {
  declaresExactly('刑终', CRIMINAL_SECOND_INSTANCE, ['correctionRequested', 'withdrawn']);
});

// 财保 (CPL-2023 arts 103–104): [event, from, to (null = stays), roles].
const PRESERVATION: Transition[] = [
  ['registerPreservation', ['submitted'], 'registered', ['filingClerk']],
  ['grantPreservation', ['registered'], 'granted', ['judge']],
  ['dismissPreservation', ['registered'], 'closed', ['judge']],
  ['recordArbitration', ['granted'], null, ['party', 'lawyer', 'filingClerk']],
  ['recordPreservationExecution', ['granted'], null, ['judge', 'filingClerk']],
  ['liftPreservation', ['granted'], 'lifted', ['judge']],
  ['closePreservation', ['granted'], 'closed', ['judge']],
];

describe('case type 财保', () => {
  declaresExactly('财保', PRESERVATION);
});

// 民督 (CPL-2023 arts 225–228): [event, from, to (null = stays), roles].
const PAYMENT_ORDER: Transition[] = [
  ['acceptPaymentOrder', ['submitted'], 'registered', ['filingClerk']],
  ['issuePaymentOrder', ['registered'], 'orderIssued', ['judge']],
  ['dismissPaymentOrder', ['registered'], 'closed', ['judge']],
  ['servePaymentOrder', ['orderIssued'], null, ['judge', 'courtClerk', 'judgeAssistant']],
  ['objectToPaymentOrder', ['orderIssued'], null, ['party', 'lawyer', 'filingClerk']],
  ['terminatePaymentOrder', ['orderIssued'], 'ruled', ['judge']],
  ['chooseLitigation', ['ruled'], 'closed', ['party', 'lawyer', 'filingClerk']],
  ['recordPaymentOrderEffect', ['orderIssued'], 'closed', ['judge', 'courtClerk', 'judgeAssistant']],
];

describe('case type 民督', () => {
  declaresExactly('民督', PAYMENT_ORDER);
});

// 民申 (CPL-2023 arts 214–215): [event, from, to (null = stays), roles].
const RETRIAL_REVIEW: Transition[] = [
  ['registerRetrialReview', ['submitted'], 'registered', ['filingClerk']],
  ['serveRetrialCopy', ['submitted', 'registered'], null, ['filingClerk', 'courtClerk', 'judgeAssistant', 'judge']],
  ['submitRetrialOpinion', ['registered'], null, ['party', 'lawyer']],
  ['ruleOnRetrialApplication', ['registered'], 'closed', ['judge']],
  ['applyExtension', ['registered'], null, ['judge']],
  ['approveExtension', ['registered'], null, ['president']],
  ['refuseExtension', ['registered'], null, ['president']],
  ['recordDeduction', ['registered'], null, ['divisionChief', 'president']],
  ['endDeduction', ['registered'], null, ['divisionChief', 'president', 'judge']],
];

describe('case type 民申', () => {
  declaresExactly('民申', RETRIAL_REVIEW);
});

// 民再 (CPL-2023 arts 215, 218; CPL-Interp art 128): the trial's own events from 再审立案, decided by judgment.
describe('case type 民再', () => {
  const trial = CIVIL_FIRST_INSTANCE.filter(([e]) => Object.hasOwn(CASE_TYPES['民再']!.events, e));
  declaresExactly('民再', trial, ['submitted', 'correctionRequested', 'rejected', 'withdrawn']);
});
