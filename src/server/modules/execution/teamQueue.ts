// A team's queue (分段集约): its open 执 cases at each stage with the running stage periods' due dates, filtered,
// sorted, exported; and the batch actions, which fire the same case event per case through the case-event engine
// (each case in its own transaction: a case is moved or not, never half).
import { sql, type SQL } from 'drizzle-orm';
import type { BatchAction, BatchResult, QUEUE_SORT_COLUMNS, TeamQueueQuery, TeamQueueRow } from '../../../contracts/executionTeams';
import { PERIOD_KINDS, type PeriodKind } from '../../../domain/clock/periodKinds';
import { EXECUTION_TRACK_LABELS, executionStage, type ExecutionStage } from '../../../domain/execution';
import { DomainError } from '../../../domain/errors/domainError';
import { fenToYuan } from '../../../domain/money/yuan';
import type { Actor } from '../../access/actor';
import type { Queryable } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError, fromDomainError } from '../../http/appError';
import { pageOf } from '../../http/pagination';
import { zhEn, type ExportColumn } from '../../lists/excelExport';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';
import type { CaseEventEngine } from '../cases/effects/effectContext';
import { fireCaseEvent } from '../cases/fireCaseEvent';
import { EXECUTION_STAGE_PERIODS } from './executionEffects';
import { courtExecutionConfig } from './executionSettings';
import { teamUnknown } from './executionTeams';

const QUEUE_PERIODS = EXECUTION_STAGE_PERIODS.filter((k) => k !== 'executionAssignment');
const RUNNING = sql`p.case_id = e.case_id and p.status = 'running' and p.kind = any(${sql.param([...QUEUE_PERIODS])}::text[])`;
const DUE = sql`(select min(p.due_on) from case_periods p where ${RUNNING})`;

const QUEUE_SORTS: SortColumns<(typeof QUEUE_SORT_COLUMNS)[number]> = {
  caseNumber: [sql`c.number_year`, sql`c.number_serial`],
  stage: sql`e.stage`,
  stageEnteredOn: sql`e.stage_entered_on`,
  dueOn: DUE,
  officer: sql`u.display_name`,
  amount: sql`e.amount_fen`,
  acceptedOn: sql`c.accepted_on`,
};

/** The team, when the actor may see its queue: the staff of its court (the administrator sees every court's). */
export async function teamForQueue(q: Queryable, actor: Actor, teamId: number): Promise<{ id: number; courtId: number; name: string }> {
  const r = await q.execute<{ id: number; court_id: number; name: string }>(sql`select id, court_id, name from execution_teams where id = ${teamId}`);
  const t = r.rows[0];
  if (!t || (!actor.roles.includes('admin') && actor.courtId !== Number(t.court_id))) throw teamUnknown();
  return { id: Number(t.id), courtId: Number(t.court_id), name: t.name };
}

function queueRow(stages: readonly ExecutionStage[], today: string) {
  return (r: Record<string, any>): TeamQueueRow => {
    const periods = (r.periods as { kind: PeriodKind; dueOn: string | null }[]).map((p) => ({ kind: p.kind, label: PERIOD_KINDS[p.kind]?.label ?? zhEn(p.kind, p.kind), dueOn: p.dueOn, overdue: p.dueOn !== null && p.dueOn < today }));
    const stage = r.stage ? (executionStage(r.stage, stages)?.label ?? zhEn(r.stage, r.stage)) : null;
    return {
      caseId: Number(r.case_id),
      caseNumber: r.case_number,
      node: r.node,
      version: Number(r.version),
      stage: r.stage,
      stageLabel: stage,
      stageEnteredOn: r.stage_entered_on,
      officerId: r.judge_id === null ? null : Number(r.judge_id),
      officerName: r.officer_name,
      track: r.track,
      amount: fenToYuan(BigInt(r.amount_fen)),
      acceptedOn: r.accepted_on,
      periods,
      dueOn: r.due_on,
      overdue: periods.some((p) => p.overdue),
    };
  };
}

export async function teamQueue(q: Queryable, team: { id: number; courtId: number }, query: TeamQueueQuery, today: string) {
  const conds: SQL[] = [sql`e.team_id = ${team.id}`, sql`c.node not in ('submitted', 'rejected', 'closed', 'archived')`];
  if (query.stage) conds.push(sql`e.stage = ${query.stage}`);
  if (query.officerId !== undefined) conds.push(sql`c.judge_id = ${query.officerId}`);
  if (query.track) conds.push(sql`t.track = ${query.track}`);
  if (query.overdue !== undefined) conds.push(query.overdue ? sql`${DUE} < ${today}` : sql`coalesce(${DUE} >= ${today}, true)`);
  if (query.dueBefore) conds.push(sql`${DUE} <= ${query.dueBefore}`);
  if (query.q?.trim()) conds.push(sql`(c.case_number like ${containsPattern(query.q)})`);
  const from = sql`execution_cases e join cases c on c.id = e.case_id left join users u on u.id = c.judge_id left join execution_case_tracks t on t.case_id = e.case_id`;
  const cond = sql.join(conds, sql` and `);
  const { stages } = await courtExecutionConfig(q, team.courtId);
  return pageOf<Record<string, any>, TeamQueueRow>(
    q,
    query,
    sql`select e.case_id, c.case_number, c.node, c.version, e.stage, e.stage_entered_on::text as stage_entered_on, c.judge_id, u.display_name as officer_name,
               t.track, e.amount_fen::text as amount_fen, c.accepted_on::text as accepted_on, ${DUE}::text as due_on,
               coalesce((select json_agg(json_build_object('kind', p.kind, 'dueOn', p.due_on::text) order by p.due_on, p.id) from case_periods p where ${RUNNING}), '[]'::json) as periods
          from ${from} where ${cond} order by ${orderBy(QUEUE_SORTS, query.sort, 'dueOn', sql`e.case_id`)}`,
    sql`select count(*) as n from ${from} where ${cond}`,
    queueRow(stages, today),
  );
}

export const QUEUE_EXPORT_COLUMNS: readonly ExportColumn<TeamQueueRow>[] = [
  { header: zhEn('案号', 'Case number'), width: 26, value: (r) => r.caseNumber ?? '' },
  { header: zhEn('阶段', 'Stage'), width: 16, value: (r, lang) => r.stageLabel?.[lang] ?? '' },
  { header: zhEn('进入阶段日期', 'Entered on'), width: 14, value: (r) => r.stageEnteredOn ?? '' },
  { header: zhEn('承办人', 'Officer'), width: 12, value: (r) => r.officerName ?? '' },
  { header: zhEn('繁简', 'Track'), width: 14, value: (r, lang) => (r.track ? EXECUTION_TRACK_LABELS[r.track][lang] : '') },
  { header: zhEn('申请执行标的（元）', 'Amount (yuan)'), width: 16, value: (r) => r.amount },
  { header: zhEn('最近到期', 'Next due'), width: 12, value: (r) => r.dueOn ?? '' },
  { header: zhEn('期限', 'Limits'), width: 50, value: (r, lang) => r.periods.map((p) => `${p.label[lang]} ${p.dueOn ?? ''}`).join('；') },
  { header: zhEn('超期', 'Overdue'), width: 8, value: (r, lang) => (r.overdue ? zhEn('是', 'yes') : zhEn('否', 'no'))[lang] },
];

/** The case event a batch action fires on each case. */
function batchEvent(body: BatchAction, teamId: number): [string, Record<string, unknown>] {
  const note = body.note ? { note: body.note } : {};
  if (body.action === 'moveStage') return ['moveStage', { stage: body.stage, ...note }];
  if (body.action === 'reassign') return ['reassignExecution', { judgeId: body.judgeId, teamId, ...note }];
  return ['issueExecutionNotice', { ...(body.reportDays ? { reportDays: body.reportDays } : {}), ...note }];
}

/** Each selected case gets the same case event (moveStage, reassignExecution within the team, or the execution notice), each in its own transaction. */
export async function runBatch(deps: Deps, engine: CaseEventEngine, actor: Actor, team: { id: number; courtId: number }, body: BatchAction): Promise<BatchResult> {
  const inTeam = await deps.db.execute<{ case_id: number; case_number: string | null }>(sql`
    select e.case_id, c.case_number from execution_cases e join cases c on c.id = e.case_id where e.case_id = any(${sql.param(body.caseIds)}::bigint[]) and e.team_id = ${team.id}`);
  const numbers = new Map(inTeam.rows.map((r) => [Number(r.case_id), r.case_number]));
  const results: BatchResult['results'] = [];
  for (const caseId of body.caseIds) {
    if (!numbers.has(caseId)) {
      results.push({ caseId, caseNumber: null, ok: false, code: 'EXECUTION_CASE_NOT_IN_TEAM', message: zhEn('该案件不在本团队的案件队列中。', "The case is not in this team's queue.") });
      continue;
    }
    const [event, input] = batchEvent(body, team.id);
    try {
      await fireCaseEvent(deps, engine, actor, { caseId, event, input });
      results.push({ caseId, caseNumber: numbers.get(caseId) ?? null, ok: true, code: null, message: null });
    } catch (e) {
      const err = e instanceof DomainError ? fromDomainError(e) : e;
      if (!(err instanceof AppError)) throw e;
      results.push({ caseId, caseNumber: numbers.get(caseId) ?? null, ok: false, code: err.code, message: zhEn(err.zh, err.en) });
    }
  }
  const succeeded = results.filter((r) => r.ok).length;
  return { succeeded, failed: results.length - succeeded, results };
}
