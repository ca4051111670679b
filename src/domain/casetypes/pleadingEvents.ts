// The parties' own filings on a registered case: the defence and counterclaim at first instance, evidence lists and
// supplementary materials at both instances. Whether they are in time is the domain's (pleadings/timeliness.ts).
import type { Static } from 'typebox';
import type { BilingualMessage } from '../errors/domainError';
import { refuse } from '../errors/domainError';
import { event, type Guard } from './defineCaseType';
import { FileCounterclaimInput, FileDefenceInput, SubmitEvidenceInput, SubmitMaterialsInput } from './pleadingInputs';
import type { TrialNode } from './trialEvents';

const label = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });
const REGISTERED_OPEN: TrialNode[] = ['accepted', 'assigned', 'hearingScheduled', 'heard'];

/** A litigant files only for themselves or a party they represent. */
export const actsForTheParty: Guard<{ partyId: number }> = ({ case: c, input }) => {
  if (!c.actorPartyIds.includes(input.partyId)) {
    refuse('PARTY_NOT_REPRESENTED', 'forbidden', '只能以本人或所代理的当事人名义提交。', 'You can file only for yourself or a party you represent.');
  }
};

/** Evidence lists and supplementary materials, by any party, while the case is open (CPL-2023 arts 67, 68). */
export const evidenceEvents = {
  submitEvidence: event({
    label: label('提交证据', 'Submit evidence'),
    from: REGISTERED_OPEN,
    to: null,
    by: ['party', 'lawyer'],
    input: SubmitEvidenceInput,
    guards: [actsForTheParty],
    effects: ['recordEvidence'],
  }),
  submitMaterials: event({
    label: label('提交补充材料', 'Submit supplementary materials'),
    from: REGISTERED_OPEN,
    to: null,
    by: ['party', 'lawyer'],
    input: SubmitMaterialsInput,
    guards: [actsForTheParty],
    effects: ['recordMaterials'],
  }),
};

/** The defendant's side at first instance: the 答辩状 (CPL-2023 art 128) and a counterclaim (CPL-2023 art 143 [U: not in rules.md]). */
export const defenceEvents = {
  fileDefence: event({
    label: label('提交答辩状', 'File the defence'),
    from: REGISTERED_OPEN,
    to: null,
    by: ['party', 'lawyer'],
    input: FileDefenceInput,
    guards: [actsForTheParty],
    effects: ['recordDefence'],
  }),
  // CPL-Interp art 232 [U: not in rules.md]: a counterclaim is joined if filed before the end of the court debate.
  fileCounterclaim: event({
    label: label('提起反诉', 'File a counterclaim'),
    from: ['accepted', 'assigned', 'hearingScheduled'],
    to: null,
    by: ['party', 'lawyer'],
    input: FileCounterclaimInput,
    guards: [actsForTheParty as Guard<Static<typeof FileCounterclaimInput>>],
    effects: ['recordCounterclaim'],
  }),
};
