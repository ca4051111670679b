// The period sweep: marks periods approaching, due and overdue and creates each reminder exactly once, with any
// number of server processes (rows claimed FOR UPDATE SKIP LOCKED) and after a crash (unique reminder rows).
// Levels are decided by the domain; the writes of a batch are set-based (two statements per batch).
import { eq, sql } from 'drizzle-orm';
import { addDays, dateInZone, type PlainDate } from '../../domain/calendar/plainDate';
import { nextAlertOn, warningLevel, type WarningLevel } from '../../domain/clock';
import { DEFAULT_HOUR_THRESHOLDS, hourWarningLevel, nextHourAlertAt, type HourThresholds } from '../../domain/clock/hourPeriod';
import type { Tx } from '../db/database';
import { casePeriods } from '../db/schema';
import type { Deps } from '../deps';
import { loadCase } from '../modules/cases/caseRecord';
import { startAppealFileTransferIfReady } from '../modules/clock/appealFileTransfer';
import { clockEnv, refreshPeriod, thresholdsFor, type Audience, type ClockEnv } from '../modules/clock/periodStore';
import { refreshTrialLimit, TRIAL_LIMIT } from '../modules/clock/trialLimitStore';

export interface SweepResult {
  claimed: number;
  reminders: number;
  elapsed: number;
}

type Claimed = {
  id: number;
  case_id: number;
  court_id: number;
  kind: string;
  audience: Audience;
  due_on: string | null;
  due_at: Date | string | null;
  basis: { openDeduction?: boolean };
  judge_id: number | null;
};

interface Decision {
  id: number;
  caseId: number;
  judgeId: number | null;
  dueOn: string | null;
  level: string;
  reminder: string | null;
  status: 'running' | 'elapsed';
  alertOn: string | null;
  alertAt: string | null;
}

const RANK: Readonly<Record<WarningLevel, number>> = { none: 0, yellow: 1, red: 2, overdue: 3 };

/**
 * A period counted in hours (the 48 hours to rule on preservation) also warns and runs out at the hour: its level is the
 * higher of the day's and the hour's, and the sweep looks again at the instant the hour's level next rises.
 */
function byTheHour(d: Decision, dueAt: Date, now: Date, timeZone: string, t: HourThresholds): Decision {
  const hourLevel = hourWarningLevel(dueAt, now, t);
  const level = RANK[hourLevel] > RANK[d.level as WarningLevel] ? hourLevel : d.level;
  if (level === 'overdue') return { ...d, level, reminder: d.status === 'elapsed' ? d.reminder : 'overdue', alertOn: null, alertAt: null };
  const next = nextHourAlertAt(dueAt, now, t);
  const nextOn = next ? dateInZone(next, timeZone) : null;
  const hourFirst = nextOn !== null && (d.alertOn === null || nextOn <= d.alertOn);
  return { ...d, level, reminder: level === 'none' ? null : level, alertOn: hourFirst ? nextOn : d.alertOn, alertAt: hourFirst ? next!.toISOString() : null };
}

async function decideByDay(tx: Tx, p: Claimed, env: ClockEnv, today: PlainDate): Promise<Decision> {
  let due = p.due_on;
  // A running deduction moves the 审限 (or another period, e.g. mediation during an appraisal) every day it lasts.
  if (p.kind === TRIAL_LIMIT && p.basis.openDeduction) due = (await refreshTrialLimit(tx, env, (await loadCase(tx, p.case_id))!)).after;
  else if (p.basis.openDeduction) due = (await refreshPeriod(tx, env, (await tx.select().from(casePeriods).where(eq(casePeriods.id, p.id)))[0]!)).after;
  const base = { id: Number(p.id), caseId: Number(p.case_id), judgeId: p.judge_id, dueOn: due };
  if (!due) return { ...base, level: 'none', reminder: null, status: 'running', alertOn: null, alertAt: null };
  const t = thresholdsFor(p.audience, env.settings);
  const level = warningLevel(due, today, t);
  // A party's period that has run out has elapsed (e.g. no appeal lodged in time); the judge is told once.
  if (p.audience === 'party' && level === 'overdue') return { ...base, level, reminder: 'elapsed', status: 'elapsed', alertOn: null, alertAt: null };
  const alertOn = p.basis.openDeduction ? addDays(today, 1) : level === 'overdue' ? null : nextAlertOn(due, today, t);
  return { ...base, level, reminder: level === 'none' ? null : level, status: 'running', alertOn, alertAt: null };
}

async function decide(tx: Tx, p: Claimed, env: ClockEnv, today: PlainDate, now: Date, timeZone: string): Promise<Decision> {
  const d = await decideByDay(tx, p, env, today);
  return p.due_at && d.status === 'running' ? byTheHour(d, new Date(p.due_at), now, timeZone, env.settings.hourThresholds ?? DEFAULT_HOUR_THRESHOLDS) : d;
}

async function sweepBatch(tx: Tx, today: PlainDate, now: Date, timeZone: string, batchSize: number): Promise<SweepResult> {
  const claimed = await tx.execute<Claimed>(sql`
    select p.id, p.case_id, p.court_id, p.kind, p.audience, p.due_on, p.due_at, p.basis, k.judge_id
      from case_periods p join cases k on k.id = p.case_id
     where p.status = 'running' and p.alert_on <= ${today}
       -- An hour period's next alert may fall later on its day: not before that instant.
       and (p.alert_at is null or p.alert_on < ${today} or p.alert_at <= ${now.toISOString()}::timestamptz)
     order by p.alert_on, p.id
     limit ${batchSize}
     for update of p skip locked`);
  const envs = new Map<number, ClockEnv>();
  const decisions: Decision[] = [];
  for (const p of claimed.rows) {
    const env = envs.get(p.court_id) ?? (await clockEnv(tx, p.court_id, today));
    envs.set(p.court_id, env);
    decisions.push(await decide(tx, p, env, today, now, timeZone));
  }
  const reminders = decisions.filter((d) => d.reminder && d.dueOn);
  let created = 0;
  if (reminders.length) {
    const ins = await tx.execute(sql`
      insert into period_reminders (period_id, case_id, level, due_on, user_id)
      select * from unnest(${sql.param(reminders.map((d) => d.id))}::bigint[], ${sql.param(reminders.map((d) => d.caseId))}::bigint[],
                           ${sql.param(reminders.map((d) => d.reminder))}::text[], ${sql.param(reminders.map((d) => d.dueOn))}::date[],
                           ${sql.param(reminders.map((d) => d.judgeId))}::int[])
      on conflict (period_id, level, due_on) do nothing`);
    created = ins.rowCount ?? 0;
  }
  if (decisions.length) {
    await tx.execute(sql`
      update case_periods p
         set level = d.level, alert_on = d.alert_on, alert_at = d.alert_at, status = d.status,
             completed_on = case when d.status = 'elapsed' then p.due_on else p.completed_on end,
             completed_reason = case when d.status = 'elapsed' then 'elapsed' else p.completed_reason end,
             updated_at = now()
        from unnest(${sql.param(decisions.map((d) => d.id))}::bigint[], ${sql.param(decisions.map((d) => d.level))}::text[],
                    ${sql.param(decisions.map((d) => d.alertOn))}::date[], ${sql.param(decisions.map((d) => d.alertAt))}::timestamptz[],
                    ${sql.param(decisions.map((d) => d.status))}::text[]) as d(id, level, alert_on, alert_at, status)
       where p.id = d.id`);
  }
  // CPL-2023 art 174: the last appellee's defence period running out starts the transfer of the appeal file.
  const defenceEnded = new Map(claimed.rows.filter((p, i) => p.kind === 'appelleeDefence' && decisions[i]!.status === 'elapsed').map((p) => [Number(p.case_id), Number(p.court_id)]));
  for (const [id, courtId] of defenceEnded) await startAppealFileTransferIfReady(tx, { id, courtId }, today);
  return { claimed: claimed.rows.length, reminders: created, elapsed: decisions.filter((d) => d.status === 'elapsed').length };
}

/** Sweeps until no period is due for a look today; `today` and `now` (for periods in hours) default to the server clock's. */
export async function sweepPeriods(deps: Deps, opts: { today?: PlainDate; now?: Date; batchSize?: number } = {}): Promise<SweepResult> {
  const today = opts.today ?? deps.clock.today();
  const now = opts.now ?? deps.clock.now();
  const batchSize = opts.batchSize ?? 1000;
  const total: SweepResult = { claimed: 0, reminders: 0, elapsed: 0 };
  for (;;) {
    const r = await deps.db.transaction((tx) => sweepBatch(tx, today, now, deps.config.timeZone, batchSize));
    total.claimed += r.claimed;
    total.reminders += r.reminders;
    total.elapsed += r.elapsed;
    if (r.claimed < batchSize) return total;
  }
}
