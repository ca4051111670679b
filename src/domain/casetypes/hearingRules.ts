// Hearings and judgments against the parties' own periods: postponing moves later, a hearing is recorded once it has
// begun, and a party's running 答辩期 or 举证期限 is respected unless the party forgoes it.
import type { Static } from 'typebox';
import { dateInZone } from '../calendar/plainDate';
import { closedHearingGroundsFor } from '../hearings/hearingAnnouncement';
import { citationLabel, citeEn } from '../citations/citations';
import { refuse } from '../errors/domainError';
import type { Role } from '../roles/roles';
import type { CaseEventFacts, RunningPartyPeriod } from './caseModel';
import type { Availability, Guard } from './defineCaseType';
import type { CloseInput, PostponeHearingInput, RecordHearingInput, ScheduleHearingInput, WaivePeriodInput } from './eventInputs';

/** A citation key as a court writes it in Chinese: 《民事诉讼法》第一百四十九条. */
const zh = (key: string): string => citationLabel(key)['zh-CN'];

const PERIOD_NAMES: Record<RunningPartyPeriod['kind'], { zh: string; en: string }> = {
  defence: { zh: '答辩期', en: 'defence period' },
  evidence: { zh: '举证期限', en: 'evidence period' },
  organDefence: { zh: '答辩、举证期限', en: 'defence and evidence period' },
};

/** "YYYY-MM-DD HH:mm" in the court's time zone. */
export function courtTime(instant: string, timeZone: string): string {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${dateInZone(new Date(instant), timeZone)} ${f.format(new Date(instant))}`;
}

/** The running party periods that have not ended by `date` (a period runs to the end of its due date). */
export function periodsRunningOn(periods: readonly RunningPartyPeriod[], date: string): RunningPartyPeriod[] {
  return periods.filter((p) => p.dueOn >= date);
}

function describe(periods: readonly RunningPartyPeriod[]): { zh: string; en: string } {
  return {
    zh: periods.map((p) => `${p.partyName ?? '当事人'}的${PERIOD_NAMES[p.kind].zh}至 ${p.dueOn} 届满`).join('；'),
    en: periods.map((p) => `${p.partyName ?? 'a party'}'s ${PERIOD_NAMES[p.kind].en} runs until ${p.dueOn}`).join('; '),
  };
}

// CPL-2023 art 149 and EXT-2018 art 2: 延期开庭 puts the hearing off to a later time, never earlier.
export const postponementMovesLater: Guard<Static<typeof PostponeHearingInput>> = ({ case: c, input, timeZone }) => {
  const current = c.scheduledHearingStartsAt;
  if (current && !(Date.parse(input.startsAt) > Date.parse(current))) {
    const at = courtTime(current, timeZone);
    refuse('HEARING_POSTPONEMENT_NOT_LATER', 'invalid', `延期开庭的新时间必须晚于原定开庭时间 ${at}；如需提前，请与当事人协商后重新排期（${zh('CPL-2023 art 149')}）。`, `A postponed hearing must start after the time it replaces (${at}); ${citeEn('CPL-2023 art 149')}.`, { scheduledStartsAt: current });
  }
};

// A hearing is recorded as held only once its scheduled start has passed (CPL-2023 arts 139–141).
export const hearingHasBegun: Guard<Static<typeof RecordHearingInput>> = ({ case: c, now, timeZone }) => {
  const start = c.scheduledHearingStartsAt;
  if (start && Date.parse(now) < Date.parse(start)) {
    const at = courtTime(start, timeZone);
    refuse('HEARING_NOT_YET', 'invalid', `排期的开庭时间是 ${at}，尚未开始，不能记录为已开庭。`, `The hearing is scheduled for ${at}; it cannot be recorded as held before it begins.`, { scheduledStartsAt: start });
  }
};

// CPL-2023 arts 128, 139 and CPL-Interp art 99: a hearing inside a party's running 答辩期/举证期限 is warned about and
// goes ahead only when the court confirms (the parties may forgo them, CPL-Interp art 266).
export const hearingRespectsPartyPeriods: Guard<Static<typeof ScheduleHearingInput> | Static<typeof PostponeHearingInput>> = ({ case: c, input, timeZone }) => {
  if (input.acknowledgeWarnings) return;
  const inside = periodsRunningOn(c.runningPartyPeriods, dateInZone(new Date(input.startsAt), timeZone));
  if (!inside.length) return;
  const d = describe(inside);
  refuse(
    'HEARING_WITHIN_PARTY_PERIOD',
    'conflict',
    `开庭时当事人的期间尚未届满：${d.zh}。确认仍在此时开庭吗？（${zh('CPL-2023 art 128; CPL-Interp art 99')}）`,
    `The hearing falls inside a party's running period: ${d.en}. Confirm to schedule it anyway (${citeEn('CPL-2023 art 128; CPL-Interp art 99')}).`,
    { acknowledgeable: true, periods: inside },
  );
};

// CPL-2023 art 128 and CPL-Interp art 99: no judgment before a party's 答辩期 or 举证期限 ends, unless the party forgoes it.
export const judgmentRespectsPartyPeriods: Guard<Static<typeof CloseInput>> = ({ case: c, input }) => {
  if (input.method !== 'judgment') return;
  const inside = periodsRunningOn(c.runningPartyPeriods, input.closedOn);
  if (!inside.length) return;
  const d = describe(inside);
  refuse(
    'JUDGMENT_WITHIN_PARTY_PERIOD',
    'invalid',
    `${d.zh}，期间届满前不能判决结案；当事人明确放弃的，请先记录“放弃答辩期/举证期限”（${zh('CPL-2023 art 128; CPL-Interp arts 99, 266')}）。`,
    `${d.en}; no judgment before it ends unless the party forgoes it — record the waiver first (${citeEn('CPL-2023 art 128; CPL-Interp arts 99, 266')}).`,
    { periods: inside },
  );
};

/** The running periods the acting user may forgo: a party its own (or its client's); staff any, recording the statement. */
export function waivablePeriods(facts: CaseEventFacts): RunningPartyPeriod[] {
  if (!facts.actorPartyIds.length) return [...facts.runningPartyPeriods];
  return facts.runningPartyPeriods.filter((p) => p.partyId !== null && facts.actorPartyIds.includes(p.partyId));
}

export const waiverAvailable: Availability = {
  test: (facts) => waivablePeriods(facts).length > 0,
  refusal: { 'zh-CN': '本案没有可以放弃的正在进行的答辩期或举证期限。', en: 'No running defence or evidence period of the case can be waived.' },
};

const PARTY_ROLES: readonly Role[] = ['party', 'lawyer'];

// CPL-Interp arts 99, 266: the party forgoes its own period; the court records a party's statement, never its own wish.
export const waiverIsTheParty: Guard<Static<typeof WaivePeriodInput>> = ({ case: c, input, actorRole }) => {
  const own = PARTY_ROLES.includes(actorRole);
  const period = waivablePeriods(own ? c : { ...c, actorPartyIds: [] }).find((p) => p.id === input.periodId);
  if (!period) {
    refuse('PERIOD_NOT_WAIVABLE', 'invalid', '所选期间不是本人（或被代理人）正在进行的答辩期或举证期限。', 'That is not a running defence or evidence period of yours (or of the party you represent).');
  }
  if (!own && !input.statement?.trim()) {
    refuse('WAIVER_STATEMENT_REQUIRED', 'invalid', '代当事人记录放弃期间时，请写明当事人的意思表示（如庭前笔录、书面声明）。', "Recording a party's waiver needs the party's statement (e.g. the record or its written declaration).");
  }
};

export const deductionRunning: Availability = {
  test: (facts) => facts.runningDeductions > 0,
  refusal: { 'zh-CN': '本案没有正在进行的扣除审限期间。', en: 'No deduction from the trial limit is running.' },
};

// ALL art 54: an administrative case is closed on fewer grounds than a civil one (closedHearingGroundsFor).
export const closedGroundFitsTheCase: Guard<Static<typeof ScheduleHearingInput> | Static<typeof PostponeHearingInput>> = ({ case: c, input }) => {
  if (input.closedGround && !closedHearingGroundsFor(c.caseType).includes(input.closedGround)) {
    refuse('CLOSED_GROUND_NOT_APPLICABLE', 'invalid', '行政案件不公开审理的理由仅限涉及国家秘密、个人隐私、法律另有规定，或者涉及商业秘密经当事人申请（《行政诉讼法》第五十四条）。', 'An administrative case is closed only for state secrets, privacy, another law, or trade secrets on application (ALL art 54).');
  }
};
