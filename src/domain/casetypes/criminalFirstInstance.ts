// 刑初: criminal first instance — a public prosecution filed by the procuratorate, or a private prosecution (自诉).
import type { BilingualMessage } from '../errors/domainError';
import { defineCaseType, event } from './defineCaseType';
import { AcceptCriminalInput, ApprovePrivateEndingInput, ChangeCriminalProcedureInput, CriminalAppealInput, FileCounterclaimInput, MediatePrivateProsecutionInput, CriminalJudgmentInput, ProtestInput, RecordDefenceCounselInput, RecordDefendantAppealInput } from './criminalInputs';
import { criminalAppealIsTheParty, criminalOrganizationFitsProcedure, defendantAppealIsRecordable, judgmentIsLawful, protestIsAvailable } from './criminalGuards';
import { manualAssignmentByChiefWithReason } from './guards';
import { ArchiveInput } from './eventInputs';
import { filingReviewEvents, TRIAL_NODE_LABELS, TRIAL_NODES, trialEvents, type TrialNode } from './trialEvents';

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });
const OPEN_TRIAL: TrialNode[] = ['assigned', 'hearingScheduled', 'heard'];
const COURT_TEAM = ['judge', 'judgeAssistant', 'courtClerk'] as const;

/** The trial events a criminal case shares with the civil ones (no evidence periods, waivers or court fees). */
export const criminalTrialEvents = {
  // CrPL art 239: a remanded case goes to a new collegial panel (checkRemandPanel).
  assign: { ...trialEvents.assign, guards: [manualAssignmentByChiefWithReason, criminalOrganizationFitsProcedure], effects: ['checkRemandPanel', ...(trialEvents.assign.effects ?? [])] },
  reassign: { ...trialEvents.reassign, guards: [manualAssignmentByChiefWithReason, criminalOrganizationFitsProcedure], effects: ['checkRemandPanel', ...(trialEvents.reassign.effects ?? [])] },
  // CrPL arts 188, 285: a hearing with a juvenile defendant is never public — checked against the defendants' birth dates.
  scheduleHearing: { ...trialEvents.scheduleHearing, effects: ['checkCriminalHearing', ...(trialEvents.scheduleHearing.effects ?? [])] },
  postponeHearing: { ...trialEvents.postponeHearing, effects: ['checkCriminalHearing', ...(trialEvents.postponeHearing.effects ?? [])] },
  recordHearing: trialEvents.recordHearing,
  applyExtension: trialEvents.applyExtension,
  approveExtension: trialEvents.approveExtension,
  refuseExtension: trialEvents.refuseExtension,
  recordDeduction: trialEvents.recordDeduction,
  endDeduction: trialEvents.endDeduction,
  recordService: trialEvents.recordService,
  archive: event({
    label: label('归档', 'Archive'),
    from: ['closed'],
    to: 'archived',
    by: ['courtClerk', 'judge'],
    input: ArchiveInput,
    effects: ['recordArchiving'],
  }),
} as const;

// The prosecutor's side corrects or withdraws its own filing: the procuratorate (CrPL art 176) or the private prosecutor.
const PROSECUTOR_SIDE = ['party', 'lawyer', 'procurator'] as const;

export const criminalFirstInstance = defineCaseType<TrialNode>({
  code: '刑初',
  label: label('刑事一审', 'Criminal first instance'),
  nodes: TRIAL_NODES,
  nodeLabels: TRIAL_NODE_LABELS,
  initial: 'submitted',
  terminal: ['rejected', 'withdrawn', 'closed', 'archived'],
  filingNodes: ['submitted', 'correctionRequested', 'rejected', 'withdrawn'],
  events: {
    requestCorrection: filingReviewEvents.requestCorrection,
    resubmit: { ...filingReviewEvents.resubmit, by: PROSECUTOR_SIDE },
    reject: filingReviewEvents.reject,
    withdrawFiling: { ...filingReviewEvents.withdrawFiling, by: PROSECUTOR_SIDE },
    // CrPL arts 186, 214, 222: registration with the procedure and the possible sentence that set the 审限.
    accept: event({
      label: label('登记立案', 'Accept and register'),
      from: ['submitted'],
      to: 'accepted',
      by: ['filingClerk'],
      input: AcceptCriminalInput,
      effects: ['registerCriminalCase'],
    }),
    ...criminalTrialEvents,
    // CrPL-Interp arts 368, 377 [U article numbers]: a simple or fast-track case unfit for it goes to a more formal procedure.
    changeProcedure: event({
      label: label('变更审理程序', 'Change the procedure'),
      from: [...OPEN_TRIAL],
      to: null,
      by: ['judge'],
      input: ChangeCriminalProcedureInput,
      effects: ['changeCriminalProcedure'],
    }),
    // CrPL arts 35, 278: counsel instructed by the defendant or appointed through legal aid.
    recordDefenceCounsel: event({
      label: label('登记辩护人', 'Record defence counsel'),
      from: ['accepted', ...OPEN_TRIAL],
      to: null,
      by: [...COURT_TEAM],
      input: RecordDefenceCounselInput,
      effects: ['recordDefenceCounsel'],
    }),
    // CrPL arts 200–202: the judgment, with the verdict and sentence of each defendant.
    pronounceJudgment: event({
      label: label('宣告判决', 'Pronounce judgment'),
      from: [...OPEN_TRIAL],
      to: 'closed',
      by: ['judge'],
      input: CriminalJudgmentInput,
      guards: [judgmentIsLawful],
      effects: ['recordCriminalJudgment'],
    }),
    // CrPL arts 227, 230: a defendant (or the defender with the defendant's consent) appeals within 10 days; the appeal
    // opens or joins 刑终 at the higher court.
    appeal: event({
      label: label('提起上诉', 'Appeal'),
      from: ['closed'],
      to: null,
      by: ['party', 'lawyer'],
      input: CriminalAppealInput,
      guards: [criminalAppealIsTheParty],
      effects: ['openOrJoinCriminalAppeal'],
    }),
    // CrPL arts 227, 230: a defendant without a portal account appeals in writing or orally; the court records it.
    recordDefendantAppeal: event({
      label: label('登记被告人上诉', "Record a defendant's appeal"),
      from: ['closed'],
      to: null,
      by: [...COURT_TEAM],
      input: RecordDefendantAppealInput,
      guards: [defendantAppealIsRecordable],
      effects: ['openOrJoinCriminalAppeal'],
    }),
    // CrPL art 212: a 自诉 (not of art 210(3)) may be mediated; the 调解书 closes it.
    mediatePrivateProsecution: event({
      label: label('自诉调解结案', 'Close the private prosecution by mediation'),
      from: ['accepted', ...OPEN_TRIAL],
      to: 'closed',
      by: ['judge'],
      input: MediatePrivateProsecutionInput,
      effects: ['recordPrivateProsecutionEnding'],
    }),
    // CrPL art 212: before judgment the complainant may settle or withdraw; the court approves and closes the case.
    approvePrivateEnding: event({
      label: label('准许和解、撤回自诉', 'Approve the settlement or withdrawal'),
      from: ['accepted', ...OPEN_TRIAL],
      to: 'closed',
      by: ['judge'],
      input: ApprovePrivateEndingInput,
      effects: ['recordPrivateProsecutionEnding'],
    }),
    // CrPL art 213: the defendant of a 自诉 counterclaims against the 自诉人; recorded by the court or filed by the defender.
    fileCriminalCounterclaim: event({
      label: label('提起反诉', 'Counterclaim'),
      from: ['accepted', ...OPEN_TRIAL],
      to: null,
      by: [...COURT_TEAM, 'party', 'lawyer'],
      input: FileCounterclaimInput,
      effects: ['recordCriminalCounterclaim'],
    }),
    // CrPL arts 228, 230: the procuratorate protests within 10 days.
    protest: event({
      label: label('提出抗诉', 'Protest'),
      from: ['closed'],
      to: null,
      by: ['procurator'],
      input: ProtestInput,
      guards: [protestIsAvailable],
      effects: ['openOrJoinCriminalAppeal'],
    }),
  },
});
