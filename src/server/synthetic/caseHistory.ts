// One synthetic case's life, from filing to archive, as the rows the application itself would have written: the
// case, its parties, panel, hearing, timeline and periods. Due dates and warning levels come from the domain's own
// rules (审限, filing review, warnings), so the synthetic province reads exactly like a real one.
import { appealStandings, type FirstInstanceStanding } from '../../domain/appeal/appealStanding';
import { fromDayNumber } from '../../domain/calendar/dayNumber';
import type { PlainDate } from '../../domain/calendar/plainDate';
import { computeDueDate, effectiveTrialLimit, TRIAL_LIMIT_RULES, trialProcedureFor } from '../../domain/clock';
import { formatCaseNumber } from '../../domain/caseno/caseNumber';
import { filingReviewRule } from '../../domain/filing/reviewPeriod';
import { alertState, type ClockEnv } from '../modules/clock/periodStore';
import { arrayCell, CopyBuffer } from './copyText';
import { syntheticOrganization, syntheticPerson, type SyntheticParty } from './people';
import type { CourtModel } from './province';
import { weightedPicker, type Rng } from './random';

export interface Buffers {
  cases: CopyBuffer;
  parties: CopyBuffer;
  panel: CopyBuffer;
  events: CopyBuffer;
  periods: CopyBuffer;
  hearings: CopyBuffer;
}

export function newBuffers(): Buffers {
  return {
    cases: new CopyBuffer('cases', ['id', 'case_type', 'court_id', 'node', 'version', 'case_number', 'number_year', 'number_serial', 'procedure', 'division_id', 'cause_id', 'amount_fen', 'claims', 'facts', 'filed_at', 'received_on', 'review_due_on', 'rejection', 'accepted_on', 'accepted_by', 'judge_id', 'organization', 'closing_method', 'ruling_kind', 'closed_on', 'archived_on', 'origin_case_id', 'chain_id', 'node_entered_at', 'created_at', 'updated_at']),
    parties: new CopyBuffer('case_parties', ['id', 'case_id', 'standing', 'kind', 'name', 'id_type', 'id_number', 'credit_code', 'legal_representative', 'address', 'phone', 'origin_party_id', 'ordinal']),
    panel: new CopyBuffer('case_panel', ['case_id', 'user_id', 'role']),
    events: new CopyBuffer('case_events', ['id', 'case_id', 'seq', 'event', 'actor_id', 'actor_role', 'at', 'node_before', 'node_after', 'payload']),
    periods: new CopyBuffer('case_periods', ['id', 'case_id', 'court_id', 'kind', 'audience', 'trigger_on', 'trigger_fact', 'basis', 'base_due_on', 'due_on', 'status', 'completed_on', 'completed_reason', 'level', 'alert_on', 'trace', 'uncovered_year']),
    hearings: new CopyBuffer('hearings', ['id', 'case_id', 'court_id', 'room_id', 'starts_at', 'ends_at', 'status', 'judge_ids', 'summary', 'created_by']),
  };
}

export interface NextIds {
  case: number;
  party: number;
  event: number;
  period: number;
  hearing: number;
}

export interface PendingAppeal {
  originId: number;
  originNumber: string;
  chainId: number;
  court: CourtModel;
  parties: { id: number; standing: FirstInstanceStanding; party: SyntheticParty }[];
  appellant: number;
  cause: { id: number; name: string };
  amountFen: number;
  /** When the file reaches the appeal court. */
  arrivalMinute: number;
}

export interface HistoryContext {
  rng: Rng;
  /** The court calendar, clock settings and today, as the application's periods use them. */
  env: ClockEnv;
  todayN: number;
  /** Due dates depend only on the rule and the trigger day: each is computed once per run. */
  dueMemo: Map<string, DueMemo>;
  courts: Map<number, CourtModel>;
  pickFirstInstanceCourt: (rng: Rng) => CourtModel;
  pickCause: (rng: Rng) => { id: number; name: string };
  ids: NextIds;
  /** Last serial per court × 类型代字 × year (CASENO arts 9–10: gapless series). */
  serials: Map<string, number>;
  buffers: Buffers;
  /** Appeals by the day they reach the appeal court. */
  appeals: Map<number, PendingAppeal[]>;
  counts: { cases: number; appeals: number };
}

// The mixes below are planning figures for realistic-looking data, not statistics of any court.
const pickProcedure = weightedPicker([['smallClaims', 18], ['simple', 57], ['ordinary', 25]] as const);
const pickMethod = weightedPicker([['withdrawal', 28], ['mediation', 30], ['judgment', 36], ['ruling', 6]] as const);
const pickAppealMethod = weightedPicker([['judgment', 72], ['ruling', 8], ['mediation', 5], ['withdrawal', 15]] as const);
const MINUTES_PER_DAY = 1440;
const FILING_RECEIVED = { 'zh-CN': '收到起诉材料', en: 'filing received' };

interface PlannedEvent {
  minute: number;
  event: string;
  actorId: number | null;
  actorRole: string | null;
  after: string | null;
  payload: Record<string, unknown>;
}

const minuteOf = (day: number, rng: Rng) => day * MINUTES_PER_DAY + rng.int(8 * 60 + 30, 17 * 60);
const dayOf = (minute: number) => Math.floor(minute / MINUTES_PER_DAY);
const clampInt = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

/** Beijing time (UTC+8, no DST) as a timestamptz literal. */
function stamp(minute: number): string {
  const day = dayOf(minute);
  const m = minute - day * MINUTES_PER_DAY;
  return `${fromDayNumber(day)} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+08`;
}

export interface DueMemo {
  due: PlainDate | null;
  unrolled: PlainDate | null;
  trace: string;
  uncoveredYear: number | null;
  basis: string;
}

function memoized(ctx: HistoryContext, key: string, compute: () => DueMemo): DueMemo {
  let r = ctx.dueMemo.get(key);
  if (!r) ctx.dueMemo.set(key, (r = compute()));
  return r;
}

/** The filing-review period as startFilingReview computes it (FILING art 2; the length by filingReviewRule). */
function filingReviewDue(ctx: HistoryContext, caseType: string, received: PlainDate): DueMemo {
  return memoized(ctx, `review|${caseType}|${received}`, () => {
    const rule = filingReviewRule(caseType);
    const d = computeDueDate({
      trigger: received,
      triggerFact: FILING_RECEIVED,
      triggerSource: 'FILING art 2',
      length: { days: rule.days },
      calendar: ctx.env.calendar,
      options: { rollForward: true, weekendsAreRestDays: ctx.env.settings.weekendsAreRestDays },
    });
    const basis = { length: { days: rule.days }, source: rule.source, triggerSource: 'FILING art 2', foreignDomicile: false };
    return { due: d.due, unrolled: d.unrolled, trace: JSON.stringify(d.trace), uncoveredYear: d.uncoveredYear, basis: JSON.stringify(basis) };
  });
}

/** The 审限 as refreshTrialLimit computes it for a case with no extension or deduction. */
function trialLimitDue(ctx: HistoryContext, caseType: string, procedure: string, accepted: PlainDate): DueMemo {
  return memoized(ctx, `trial|${caseType}|${procedure}|${accepted}`, () => {
    const p = trialProcedureFor(caseType, procedure);
    const options = { rollForward: ctx.env.settings.trialLimitRollsForward, weekendsAreRestDays: ctx.env.settings.weekendsAreRestDays };
    const t = effectiveTrialLimit({ acceptedOn: accepted, procedure: p, extensions: [], deductions: [], today: accepted, calendar: ctx.env.calendar, options });
    const basis = { procedure: p, base: TRIAL_LIMIT_RULES[p].base, source: TRIAL_LIMIT_RULES[p].source, deductedDays: 0, openDeduction: false };
    return { due: t.due, unrolled: t.baseDue, trace: JSON.stringify(t.trace), uncoveredYear: t.uncoveredYear, basis: JSON.stringify(basis) };
  });
}

function partiesOfDispute(rng: Rng, year: number): { standing: FirstInstanceStanding; party: SyntheticParty }[] {
  const out: { standing: FirstInstanceStanding; party: SyntheticParty }[] = [];
  const lender = rng.float();
  out.push({ standing: 'plaintiff', party: lender < 0.12 ? syntheticOrganization(rng, true) : lender < 0.3 ? syntheticOrganization(rng) : syntheticPerson(rng, year) });
  const defendants = rng.chance(0.25) ? 2 : 1;
  for (let i = 0; i < defendants; i++) out.push({ standing: 'defendant', party: rng.chance(0.15) ? syntheticOrganization(rng) : syntheticPerson(rng, year) });
  if (rng.chance(0.05)) out.push({ standing: 'thirdParty', party: syntheticOrganization(rng) });
  return out;
}

function writeParty(b: Buffers, id: number, caseId: number, standing: string, p: SyntheticParty, originPartyId: number | null, ordinal: number) {
  if (p.kind === 'person') b.parties.add(id, caseId, standing, 'person', p.name, 'residentId', p.idNumber, null, null, p.address, p.phone, originPartyId, ordinal);
  else b.parties.add(id, caseId, standing, 'organization', p.name, null, null, p.creditCode, p.legalRepresentative, p.address, p.phone, originPartyId, ordinal);
}

/** The key of a case-number series (court × 专门审判代字 × 类型代字 × year) in HistoryContext.serials. */
export function serialKey(courtId: number, specialCode: string, typeCode: string, year: number): string {
  return `${courtId}|${specialCode}|${typeCode}|${year}`;
}

function nextSerial(ctx: HistoryContext, court: CourtModel, typeCode: string, year: number): number {
  const key = serialKey(court.id, '', typeCode, year);
  const n = (ctx.serials.get(key) ?? 0) + 1;
  ctx.serials.set(key, n);
  return n;
}

interface Outcome {
  method: 'judgment' | 'ruling' | 'mediation' | 'withdrawal';
  durationDays: number;
  hearing: boolean;
}

/**
 * Writes one case whose filing reaches the court at `receivedMinute`: every step planned, then only the steps on
 * or before today kept. Returns the case id.
 */
function writeCase(
  ctx: HistoryContext,
  o: {
    caseType: '民初' | '民终';
    court: CourtModel;
    receivedMinute: number;
    parties: { standing: string; party: SyntheticParty; originPartyId: number | null }[];
    procedure: 'ordinary' | 'simple' | 'smallClaims' | 'secondInstance';
    outcome: Outcome;
    cause: { id: number; name: string };
    amountFen: number;
    origin: PendingAppeal | null;
    filingRefusal: 'rejected' | 'withdrawn' | null;
    appealFrom?: (closeMinute: number) => number | null;
  },
): { id: number; partyIds: number[]; caseNumber: string | null; appealMinute: number | null } {
  const { rng, buffers: b } = ctx;
  const id = ctx.ids.case++;
  const chainId = o.origin ? o.origin.chainId : id;
  const court = o.court;
  const division = rng.pick(court.divisions);
  const judge = rng.pick(division.judges);
  const clerk = court.filingClerks.length ? rng.pick(court.filingClerks) : null;
  const received = dayOf(o.receivedMinute);
  const plan: PlannedEvent[] = [];
  plan.push({ minute: o.receivedMinute, event: 'submit', actorId: null, actorRole: 'party', after: 'submitted', payload: o.origin ? { originCaseId: o.origin.originId, originCaseNumber: o.origin.originNumber } : { courtId: court.id, causeId: o.cause.id, amountFen: String(o.amountFen), parties: o.parties.length } });
  // CPL-2023 art 126: most filings are decided on the day, the rest within the 7-day review period.
  const decision = minuteOf(received + (rng.chance(0.55) ? 0 : rng.int(1, o.caseType === '民终' ? 4 : 6)), rng);
  if (o.filingRefusal === 'rejected') plan.push({ minute: decision, event: 'reject', actorId: clerk, actorRole: 'filingClerk', after: 'rejected', payload: { input: { reason: '不符合起诉条件' } } });
  if (o.filingRefusal === 'withdrawn') plan.push({ minute: decision, event: 'withdrawFiling', actorId: null, actorRole: 'party', after: 'withdrawn', payload: { input: {} } });
  const accepted = o.filingRefusal ? null : decision;
  const acceptedDay = accepted === null ? null : fromDayNumber(dayOf(accepted));
  const year = acceptedDay ? Number(acceptedDay.slice(0, 4)) : null;
  let caseNumber: string | null = null;
  let serial: number | null = null;
  const organization = o.procedure === 'ordinary' ? (rng.chance(0.6) ? 'panel' : 'sole') : o.procedure === 'secondInstance' ? 'panel' : 'sole';
  // A 合议庭: the judge in charge presiding, two other judges of the division drawn at random.
  const members = [judge];
  if (organization === 'panel') {
    const pool = division.judges.filter((j) => j !== judge);
    for (let n = 0; n < 2 && pool.length; n++) members.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  }
  let closeMinute: number | null = null;
  let appealMinute: number | null = null;
  let hearing: { scheduled: number; held: number; room: number } | null = null;
  if (accepted !== null) {
    plan.push({ minute: accepted, event: 'accept', actorId: clerk, actorRole: 'filingClerk', after: 'accepted', payload: { input: o.caseType === '民初' ? { procedure: o.procedure, divisionId: division.id } : { divisionId: division.id } } });
    const assigned = minuteOf(dayOf(accepted) + rng.int(0, 2), rng);
    plan.push({ minute: Math.max(assigned, accepted + 1), event: 'assign', actorId: clerk, actorRole: 'filingClerk', after: 'assigned', payload: { input: { mode: 'random', organization }, judgeId: judge, panel: members } });
    const closeDay = dayOf(accepted) + o.outcome.durationDays;
    if (o.outcome.hearing) {
      const heldDay = dayOf(accepted) + Math.max(5, Math.round(o.outcome.durationDays * 0.7));
      const scheduled = minuteOf(dayOf(assigned) + rng.int(1, 5), rng);
      hearing = { scheduled: Math.max(scheduled, assigned + 2), held: heldDay * MINUTES_PER_DAY + rng.pick([9 * 60, 10 * 60, 14 * 60, 15 * 60]), room: rng.pick(court.rooms) };
      plan.push({ minute: hearing.scheduled, event: 'scheduleHearing', actorId: judge, actorRole: 'judge', after: 'hearingScheduled', payload: { input: { startsAt: stamp(hearing.held), endsAt: stamp(hearing.held + 90), roomId: hearing.room } } });
      plan.push({ minute: hearing.held + 90, event: 'recordHearing', actorId: judge, actorRole: 'judge', after: 'heard', payload: { input: {} } });
    }
    closeMinute = Math.max(minuteOf(closeDay, rng), (hearing?.held ?? assigned) + 120);
    const ruling = o.outcome.method === 'ruling' ? rng.pick(['dismissal', 'other'] as const) : null;
    plan.push({ minute: closeMinute, event: 'close', actorId: judge, actorRole: 'judge', after: 'closed', payload: { input: { method: o.outcome.method, closedOn: fromDayNumber(dayOf(closeMinute)), ...(ruling ? { rulingKind: ruling } : {}) } } });
    appealMinute = o.appealFrom ? o.appealFrom(closeMinute) : null;
    if (appealMinute !== null) plan.push({ minute: appealMinute, event: 'appeal', actorId: null, actorRole: 'party', after: null, payload: { input: { reasons: '一审判决认定事实不清，适用法律错误' } } });
    else plan.push({ minute: minuteOf(dayOf(closeMinute) + rng.int(20, 90), rng), event: 'archive', actorId: clerk, actorRole: 'courtClerk', after: 'archived', payload: { input: {} } });
  }

  // Keep what has happened by today; the case's state is the last kept step's.
  const endOfToday = (ctx.todayN + 1) * MINUTES_PER_DAY;
  const kept = plan.filter((e) => e.minute < endOfToday);
  let node = 'submitted';
  let nodeEntered = o.receivedMinute;
  const has = (event: string) => kept.some((e) => e.event === event);
  for (const e of kept) {
    if (e.after && e.after !== node) {
      node = e.after;
      nodeEntered = e.minute;
    }
  }
  const isAccepted = has('accept');
  if (isAccepted && year !== null) {
    serial = nextSerial(ctx, court, o.caseType, year);
    caseNumber = formatCaseNumber({ year, courtCode: court.code, specialCode: '', typeCode: o.caseType, serial });
    (kept.find((e) => e.event === 'accept')!.payload as Record<string, unknown>).caseNumber = caseNumber;
  }
  const isClosed = has('close');
  const review = filingReviewDue(ctx, o.caseType, fromDayNumber(received));
  const closedOn = isClosed ? fromDayNumber(dayOf(closeMinute!)) : null;
  const last = kept[kept.length - 1]!.minute;
  const rejection = has('reject') ? JSON.stringify({ reason: '不符合起诉条件', basis: 'CPL-2023 art 122', rejectedOn: fromDayNumber(dayOf(decision)), rejectedBy: clerk }) : null;
  b.cases.add(
    id, o.caseType, court.id, node, kept.length, caseNumber, isAccepted ? year : null, serial,
    o.procedure, isAccepted ? division.id : null, o.cause.id, o.amountFen,
    JSON.stringify([o.caseType === '民初' ? `判令被告支付${(o.amountFen / 100).toFixed(2)}元` : '撤销一审判决，依法改判']), '',
    stamp(o.receivedMinute), fromDayNumber(received), review.due, rejection,
    isAccepted ? acceptedDay : null, isAccepted ? clerk : null, has('assign') ? judge : null, has('assign') ? organization : null,
    isClosed ? o.outcome.method : null, isClosed && o.outcome.method === 'ruling' ? (kept.find((e) => e.event === 'close')!.payload as { input: { rulingKind?: string } }).input.rulingKind ?? null : null,
    closedOn, has('archive') ? fromDayNumber(dayOf(kept.find((e) => e.event === 'archive')!.minute)) : null,
    o.origin?.originId ?? null, chainId, stamp(nodeEntered), stamp(o.receivedMinute), stamp(last),
  );
  const partyIds: number[] = [];
  o.parties.forEach((p, i) => {
    const pid = ctx.ids.party++;
    partyIds.push(pid);
    writeParty(b, pid, id, p.standing, p.party, p.originPartyId, i + 1);
  });
  if (has('assign')) members.forEach((u, i) => b.panel.add(id, u, organization === 'sole' ? 'sole' : i === 0 ? 'presiding' : 'member'));
  let before: string | null = null;
  kept.forEach((e, i) => {
    const after = e.after ?? before!;
    b.events.add(ctx.ids.event++, id, i + 1, e.event, e.actorId, e.actorRole, stamp(e.minute), before, after, JSON.stringify(e.payload));
    before = after;
  });
  if (hearing && has('scheduleHearing')) {
    b.hearings.add(ctx.ids.hearing++, id, court.id, hearing.room, stamp(hearing.held), stamp(hearing.held + 90), has('recordHearing') ? 'held' : 'scheduled', arrayCell(members), null, judge);
  }
  // The filing-review period (court) and, once registered, the 审限.
  const decided = kept.find((e) => e.event === 'accept' || e.event === 'reject' || e.event === 'withdrawFiling');
  const reviewAlert = decided ? { level: 'none', alertOn: null } : alertState(review.due, 'court', ctx.env);
  b.periods.add(
    ctx.ids.period++, id, court.id, 'filingReview', 'court', fromDayNumber(received), JSON.stringify(FILING_RECEIVED), review.basis,
    review.unrolled, review.due, decided ? 'completed' : 'running', decided ? fromDayNumber(dayOf(decided.minute)) : null,
    decided ? ({ accept: 'accepted', reject: 'rejected', withdrawFiling: 'withdrawn' } as Record<string, string>)[decided.event] : null,
    reviewAlert.level, reviewAlert.alertOn, review.trace, review.uncoveredYear,
  );
  if (isAccepted) {
    const t = trialLimitDue(ctx, o.caseType, o.procedure, acceptedDay!);
    const alert = isClosed ? { level: 'none', alertOn: null } : alertState(t.due, 'trialLimit', ctx.env);
    b.periods.add(
      ctx.ids.period++, id, court.id, 'trialLimit', 'trialLimit', acceptedDay, JSON.stringify({ 'zh-CN': '立案', en: 'case registered' }), t.basis,
      t.unrolled, t.due, isClosed ? 'completed' : 'running', closedOn,
      isClosed ? (t.due && closedOn! > t.due ? 'closedAfterLimit' : 'closedWithinLimit') : null,
      alert.level, alert.alertOn, t.trace, t.uncoveredYear,
    );
  }
  ctx.counts.cases++;
  return { id, partyIds, caseNumber, appealMinute: has('appeal') ? appealMinute : null };
}

function outcomeOf(rng: Rng, procedure: string, second: boolean): Outcome {
  const method = second ? pickAppealMethod(rng) : pickMethod(rng);
  // Days from registration to closing by procedure; a few run past the limit, as in any court.
  const durationDays =
    procedure === 'smallClaims' ? clampInt(rng.normal(30, 12), 5, 70)
    : procedure === 'simple' ? clampInt(rng.normal(50, 22), 7, 120)
    : procedure === 'secondInstance' ? clampInt(rng.normal(60, 22), 15, 120)
    : clampInt(rng.normal(110, 45), 20, 240);
  const hearing = method === 'judgment' || (method === 'ruling' ? rng.chance(0.5) : rng.chance(0.35));
  return { method, durationDays: method === 'withdrawal' ? Math.max(5, Math.round(durationDays * 0.5)) : durationDays, hearing };
}

/** A first-instance civil filing reaching a court on `day`; a judgment may be appealed to the court above. */
export function firstInstanceCase(ctx: HistoryContext, day: number): void {
  const { rng } = ctx;
  const court = ctx.pickFirstInstanceCourt(rng);
  const procedure = court.level === 'basic' ? pickProcedure(rng) : 'ordinary';
  const year = Number(fromDayNumber(day).slice(0, 4));
  const parties = partiesOfDispute(rng, year);
  const amountFen = Math.round(Math.exp(rng.normal(Math.log(procedure === 'ordinary' ? 300_000 : 40_000), 0.9))) * 100;
  const refusal = rng.chance(0.02) ? 'rejected' : rng.chance(0.012) ? 'withdrawn' : null;
  const outcome = outcomeOf(rng, procedure, false);
  const cause = ctx.pickCause(rng);
  const appealed = outcome.method === 'judgment' && court.parentId !== null && ctx.courts.has(court.parentId) && rng.chance(0.14);
  // CPL-2023 art 171: an appeal within 15 days of service of the judgment.
  const appealFrom = appealed ? (close: number) => minuteOf(dayOf(close) + rng.int(5, 20), rng) : undefined;
  const written = writeCase(ctx, {
    caseType: '民初',
    court,
    receivedMinute: minuteOf(day, rng),
    parties: parties.map((p) => ({ ...p, originPartyId: null })),
    procedure,
    outcome,
    cause,
    amountFen,
    origin: null,
    filingRefusal: refusal,
    ...(appealFrom ? { appealFrom } : {}),
  });
  if (written.appealMinute === null || !written.caseNumber) return;
  // The file reaches the court above some days after the appeal (TL-2000 art 6): queued for the day it arrives.
  const arrivalMinute = minuteOf(dayOf(written.appealMinute) + rng.int(5, 20), rng);
  const appealDay = dayOf(arrivalMinute);
  if (appealDay > ctx.todayN) return;
  const list = ctx.appeals.get(appealDay) ?? [];
  const defendant = parties.findIndex((p) => p.standing === 'defendant');
  list.push({
    originId: written.id,
    originNumber: written.caseNumber,
    chainId: written.id,
    court: ctx.courts.get(court.parentId!)!,
    parties: parties.map((p, i) => ({ id: written.partyIds[i]!, standing: p.standing, party: p.party })),
    appellant: written.partyIds[rng.chance(0.6) ? defendant : 0]!,
    cause,
    amountFen,
    arrivalMinute,
  });
  ctx.appeals.set(appealDay, list);
}

/** The second-instance cases whose file reaches the appeal court on `day`. */
export function appealCases(ctx: HistoryContext, day: number): void {
  const list = ctx.appeals.get(day);
  if (!list) return;
  ctx.appeals.delete(day);
  for (const a of list) {
    const standings = appealStandings(a.parties.map((p) => ({ partyId: p.id, standing: p.standing })), [a.appellant]);
    writeCase(ctx, {
      caseType: '民终',
      court: a.court,
      receivedMinute: a.arrivalMinute,
      parties: a.parties.map((p) => ({ standing: standings.get(p.id)!, party: p.party, originPartyId: p.id })),
      procedure: 'secondInstance',
      outcome: outcomeOf(ctx.rng, 'secondInstance', true),
      cause: a.cause,
      amountFen: a.amountFen,
      origin: a,
      filingRefusal: null,
    });
    ctx.counts.appeals++;
  }
}
