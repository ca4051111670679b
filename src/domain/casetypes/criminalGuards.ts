// Guards of the criminal case events: lawful verdicts and sentences, and who may appeal.
import type { Static } from 'typebox';
import { refuse } from '../errors/domainError';
import { checkSentence, type Sentence } from '../criminal/sentence';
import type { Guard } from './defineCaseType';
import type { AssignInput } from './eventInputs';
import type { CriminalAppealInput, CriminalJudgmentInput, DecideCriminalAppealInput, RecordDefendantAppealInput, VerdictInput } from './criminalInputs';
import { checkAppealReceipt, checkDefenderConsent } from '../criminal/defendantAppeal';

function checkVerdicts(verdicts: readonly Static<typeof VerdictInput>[]): void {
  const seen = new Set<number>();
  for (const v of verdicts) {
    if (seen.has(v.partyId)) refuse('VERDICT_DUPLICATE', 'invalid', '同一被告人只能有一项判决。', 'A defendant can have only one verdict.', { partyId: v.partyId });
    seen.add(v.partyId);
    if (v.outcome === 'acquitted') {
      // CrPL art 200(2)(3): an acquittal finds no charge and imposes no punishment.
      if (v.sentence || v.chargeIds.length) refuse('ACQUITTAL_WITH_SENTENCE', 'invalid', '宣告无罪的，不得认定罪名或者判处刑罚。', 'An acquittal finds no charge and imposes no punishment.');
      continue;
    }
    if (!v.chargeIds.length) refuse('VERDICT_CHARGE_REQUIRED', 'invalid', '认定有罪的，请选择罪名。', 'A conviction names at least one charge.');
    if (!v.sentence) refuse('VERDICT_SENTENCE_REQUIRED', 'invalid', '认定有罪的，请填写刑罚（或免予刑事处罚）。', 'A conviction states the sentence (or the exemption from punishment).');
    checkSentence(v.sentence as Sentence);
  }
}

function checkClosingDate(closedOn: string, acceptedOn: string | null, today: string): void {
  if (closedOn > today) refuse('CLOSING_DATE_IN_FUTURE', 'invalid', '结案日期不能晚于今天。', 'The closing date cannot be later than today.');
  if (acceptedOn && closedOn < acceptedOn) refuse('CLOSING_DATE_BEFORE_ACCEPTANCE', 'invalid', `结案日期不能早于立案日期 ${acceptedOn}。`, `The closing date cannot be before the acceptance date ${acceptedOn}.`);
}

export const judgmentIsLawful: Guard<Static<typeof CriminalJudgmentInput>> = ({ case: c, input, today }) => {
  checkClosingDate(input.closedOn, c.acceptedOn, today);
  checkVerdicts(input.verdicts);
};

export const appealDecisionIsLawful: Guard<Static<typeof DecideCriminalAppealInput>> = ({ case: c, input, today }) => {
  checkClosingDate(input.closedOn, c.acceptedOn, today);
  if (input.outcome === 'amended' && !input.verdicts?.length) {
    refuse('AMENDED_VERDICTS_REQUIRED', 'invalid', '改判的，请填写改判后的判决内容。', 'An amended judgment states the verdicts as amended.');
  }
  if (input.outcome !== 'amended' && input.verdicts?.length) {
    refuse('VERDICTS_ONLY_WHEN_AMENDED', 'invalid', '维持原判或发回重审的，不填写判决内容。', 'Only an amended judgment states verdicts.');
  }
  checkVerdicts(input.verdicts ?? []);
};

// CrPL art 227: the defendant (or, with their consent, their defender or close relatives) appeals in their own name.
export const criminalAppealIsTheParty: Guard<Static<typeof CriminalAppealInput>> = (ctx) => {
  const { case: c, input } = ctx;
  if (c.closingMethod !== 'judgment') refuse('APPEAL_NOT_AVAILABLE', 'invalid', '本案未以判决结案，不能上诉。', 'This case did not close by judgment and cannot be appealed.');
  const own = new Set(c.actorPartyIds);
  if (input.partyIds.some((p) => !own.has(p))) {
    refuse('APPEAL_PARTY_NOT_REPRESENTED', 'forbidden', '只能以本人或所辩护、代理的当事人名义上诉。', 'You can appeal only for yourself or a party you defend or represent.');
  }
  checkDefenderConsent(ctx.actorRole === 'lawyer', input.hasDefendantConsent);
};

// CrPL arts 227, 230: the court records a defendant's own appeal against a judgment, with the day it was received.
export const defendantAppealIsRecordable: Guard<Static<typeof RecordDefendantAppealInput>> = ({ case: c, input, today }) => {
  if (c.closingMethod !== 'judgment') refuse('APPEAL_NOT_AVAILABLE', 'invalid', '本案未以判决结案，不能上诉。', 'This case did not close by judgment and cannot be appealed.');
  checkAppealReceipt({ receivedOn: input.receivedOn, detentionCentre: input.detentionCentre ?? null }, today);
};

// CrPL art 228: the procuratorate protests a judgment it finds wrong.
export const protestIsAvailable: Guard<unknown> = ({ case: c }) => {
  if (c.closingMethod !== 'judgment') refuse('PROTEST_NOT_AVAILABLE', 'invalid', '本案未以判决结案，不能抗诉。', 'This case did not close by judgment and cannot be protested.');
};

// CrPL art 183: a panel of three at first instance, of three or five on appeal or protest; art 216: a simple-procedure
// case that may be sentenced to at most 3 years may be tried by one judge; art 224: a fast-track case by one judge.
export const criminalOrganizationFitsProcedure: Guard<Static<typeof AssignInput>> = ({ case: c, input }) => {
  const members = input.memberIds ?? [];
  const procedure = c.procedure as string | null;
  if (input.organization === 'sole') {
    if (members.length > 0) refuse('ASSIGNMENT_INPUT_INVALID', 'invalid', '独任审判不能再指定合议庭成员。', 'A sole judge has no other panel members.');
    if (procedure !== 'simple' && procedure !== 'fastTrack' && procedure !== 'fastTrackOver1Year') {
      refuse('TRIAL_ORGANIZATION_NOT_ALLOWED', 'invalid', '刑事案件除适用简易程序（可能判处三年有期徒刑以下刑罚）或速裁程序外，应当组成合议庭（《刑事诉讼法》第一百八十三条、第二百一十六条、第二百二十四条）。', 'Criminal cases are tried by a collegial panel unless under the simple procedure (at most 3 years) or fast track (CrPL arts 183, 216, 224).');
    }
    return;
  }
  if (input.mode === 'manual' && (members.length + 1) % 2 === 0) {
    refuse('PANEL_SIZE_EVEN', 'invalid', '合议庭成员人数必须是单数（《刑事诉讼法》第一百八十三条）。', 'A collegial panel has an odd number of members (CrPL art 183).');
  }
};
