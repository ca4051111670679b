// 行初: administrative first instance — a citizen or legal person sues an administrative organ (ALL arts 2, 25–26).
// The trial, service and appeal are the civil events (ALL art 101); declared here is only what differs: registration by
// ALL art 82's procedures, the organ's defence and evidence (ALL art 67), its head in court (ALL art 3) and the
// judgments of ALL arts 69–78.
import type { BilingualMessage } from '../errors/domainError';
import { adminSimpleProcedureAllowed, judgmentNamesItsKind, organAppearanceRecorded } from '../administrative/adminGuards';
import { AcceptAdminFirstInstanceInput, AdminCloseInput, RecordAdminHearingInput, SubmitOrganDefenceInput } from './administrativeInputs';
import { transferEvents } from '../jurisdiction/transferEvents';
import { defineCaseType, event } from './defineCaseType';
import { appealEvents, convertToOrdinary } from './firstInstanceEvents';
import { judgmentNeedsHearing } from './guards';
import { hearingHasBegun } from './hearingRules';
import { actsForTheParty, evidenceEvents } from './pleadingEvents';
import { closeEventWith, filingReviewEvents, TRIAL_NODE_LABELS, TRIAL_NODES, trialEvents, type TrialNode } from './trialEvents';

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

export const administrativeFirstInstance = defineCaseType<TrialNode>({
  code: '行初',
  label: label('行政一审', 'Administrative first instance'),
  nodes: TRIAL_NODES,
  nodeLabels: TRIAL_NODE_LABELS,
  initial: 'submitted',
  terminal: ['rejected', 'withdrawn', 'closed', 'archived'],
  filingNodes: ['submitted', 'correctionRequested', 'rejected', 'withdrawn'],
  events: {
    ...filingReviewEvents,
    // ALL art 51: registered on the spot; the complaint copy goes to the organ within 5 days (ALL art 67).
    accept: event({
      label: label('登记立案', 'Accept and register'),
      from: ['submitted'],
      to: 'accepted',
      by: ['filingClerk'],
      input: AcceptAdminFirstInstanceInput,
      guards: [adminSimpleProcedureAllowed],
      effects: ['recordAcceptance', 'startAcceptancePeriods', 'issueFeeNotice'],
    }),
    ...trialEvents,
    ...evidenceEvents,
    // ALL art 67: the organ's defence, evidence and legal basis; filing them ends its 15 days.
    submitOrganDefence: event({
      label: label('被告提交答辩状及证据、依据', "The organ files its defence, evidence and legal basis"),
      from: ['accepted', 'assigned', 'hearingScheduled', 'heard'],
      to: null,
      by: ['party', 'lawyer'],
      input: SubmitOrganDefenceInput,
      guards: [actsForTheParty],
      effects: ['recordOrganDefence'],
    }),
    // ALL art 3: the record says whether the organ's head appeared, or who did and why not the head.
    recordHearing: event({
      label: label('记录开庭', 'Record hearing held'),
      from: ['hearingScheduled'],
      to: 'heard',
      by: ['judge', 'courtClerk'],
      input: RecordAdminHearingInput,
      guards: [hearingHasBegun, organAppearanceRecorded],
      effects: ['recordHearingHeld', 'recordOrganAppearance'],
    }),
    convertToOrdinary,
    close: closeEventWith(AdminCloseInput, [judgmentNeedsHearing, judgmentNamesItsKind], ['recordAdminJudgment']),
    ...appealEvents,
    // ALL arts 22–24: 移送, 提级 (no 下放) and 指定 move the case like a civil one.
    ...transferEvents,
  },
});
