// What a complaint against an administrative organ (行政起诉) must carry beyond a civil one (ALL arts 25–26, 45–46, 49).
import type { PlainDate } from '../calendar/plainDate';
import { refuse } from '../errors/domainError';
import type { FilingParty } from '../filing/validateFiling';
import { lawsuitDeadline, type ChallengedAct, type LawsuitDeadline } from './lawsuitDeadline';

/** Refuses a complaint the court cannot take as stated; returns the lawsuit-deadline check (a warning, not a bar). */
export function checkAdministrativeFiling(parties: readonly FilingParty[], act: ChallengedAct, filedOn: PlainDate): LawsuitDeadline {
  parties.forEach((p, i) => {
    if (p.standing !== 'defendant') return;
    // ALL art 26: the defendant is the administrative organ that made the act (or the reconsideration organ).
    if (p.kind !== 'organ') {
      refuse('ADMIN_DEFENDANT_NOT_ORGAN', 'invalid', `行政诉讼的被告应为作出行政行为的行政机关，请将“${p.name}”登记为行政机关（《行政诉讼法》第二十六条）。`, `The defendant of an administrative case is the organ that made the act: enter "${p.name}" as an administrative organ (ALL art 26).`, { partyIndex: i, field: `/parties/${i}/kind` });
    }
    // ALL art 3: its head answers the suit in court, so the complaint names him [U: ALL-Interp art 54 lists the defendant's particulars].
    if (!p.legalRepresentative?.trim()) {
      refuse('ADMIN_ORGAN_HEAD_REQUIRED', 'invalid', `请填写被告行政机关“${p.name}”的负责人（《行政诉讼法》第三条）。`, `Name the head of the defendant organ "${p.name}" (ALL art 3).`, { partyIndex: i, field: `/parties/${i}/legalRepresentative` });
    }
  });
  const bad = (zh: string, en: string, field: string) => refuse('ADMIN_ACT_DATES_INVALID', 'invalid', zh, en, { field: `/administrativeAct/${field}` });
  if (act.actOn > filedOn) bad('行政行为作出日期不能晚于起诉日期。', 'The act cannot be dated after the complaint.', 'actOn');
  if (act.knownOn < act.actOn) bad('知道行政行为的日期不能早于其作出日期。', 'You cannot have known of the act before it was made.', 'knownOn');
  if (act.knownOn > filedOn) bad('知道行政行为的日期不能晚于起诉日期。', 'The day you knew of the act cannot be after the complaint.', 'knownOn');
  const r = act.reconsideration;
  if (r) {
    if (r.decisionOn < act.actOn || r.decisionOn > filedOn) bad('复议决定日期应在行政行为作出之后、起诉之前。', 'The reconsideration decision must fall between the act and the complaint.', 'reconsideration/decisionOn');
    if (r.receivedOn && (r.receivedOn < r.decisionOn || r.receivedOn > filedOn)) bad('收到复议决定书的日期应在决定作出之后、起诉之前。', 'The decision must be received after it was made and before the complaint.', 'reconsideration/receivedOn');
  }
  const duty = act.dutyApplication;
  if (duty && duty.appliedOn > filedOn) bad('向行政机关提出申请的日期不能晚于起诉日期。', 'The application to the organ cannot be dated after the complaint.', 'dutyApplication/appliedOn');
  return lawsuitDeadline(act, filedOn);
}
