// A case's clock as its people see it: every period with its derivation, the extensions and the deductions.
import { sql } from 'drizzle-orm';
import type { CaseClock, Period } from '../../../contracts/clock';
import { daysBetween } from '../../../domain/calendar/plainDate';
import { DEDUCTION_KINDS, nextExtensionStep, type DeductionKind } from '../../../domain/clock';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Tx } from '../../db/database';
import { loadCase } from '../cases/caseRecord';
import { periodLabel } from './periodLabels';
import { trialProcedureOfCase } from './trialLimitStore';

export function presentPeriod(p: Record<string, any>, today: string): Period {
  return {
    id: Number(p.id),
    caseId: Number(p.case_id),
    kind: p.kind,
    label: periodLabel(p.kind),
    audience: p.audience,
    partyId: p.party_id === null ? null : Number(p.party_id),
    partyName: p.party_name ?? null,
    triggerOn: p.trigger_on,
    baseDueOn: p.base_due_on,
    dueOn: p.due_on,
    dueAt: p.due_at ? new Date(p.due_at).toISOString() : null,
    status: p.status,
    completedOn: p.completed_on,
    level: p.level,
    daysLeft: p.due_on && p.status === 'running' ? daysBetween(today, p.due_on) : null,
    trace: p.trace,
    uncoveredYear: p.uncovered_year,
  };
}

export async function caseClock(tx: Tx, actor: Actor, caseId: number, today: string): Promise<CaseClock> {
  const c = await loadCase(tx, caseId);
  if (!c) throw caseNotFound();
  const rel = await relationToCase(tx, actor, c);
  if (!rel.canView) throw caseNotFound();
  const periods = await tx.execute<Record<string, any>>(sql`
    select p.*, pt.name as party_name from case_periods p left join case_parties pt on pt.id = p.party_id
     where p.case_id = ${caseId} and p.status <> 'cancelled'
     order by case when p.kind = 'trialLimit' then 0 else 1 end, p.status = 'running' desc, p.due_on, p.id`);
  const extensions = await tx.execute<Record<string, any>>(sql`
    select e.*, ct.name as court_name, rq.display_name as requested_name, dc.display_name as decided_name
      from trial_limit_extensions e join courts ct on ct.id = e.deciding_court_id
      join users rq on rq.id = e.requested_by left join users dc on dc.id = e.decided_by
     where e.case_id = ${caseId} order by e.seq`);
  const deductions = await tx.execute<Record<string, any>>(sql`
    select d.*, u.display_name as approver_name from period_deductions d join users u on u.id = d.approved_by
     where d.case_id = ${caseId} order by d.starts_on, d.id`);
  const trialRunning = periods.rows.some((p) => p.kind === 'trialLimit' && p.status === 'running');
  const procedure = trialRunning && c.acceptedOn ? await trialProcedureOfCase(tx, c) : null;
  const approved = extensions.rows.filter((e) => e.status === 'approved' && e.procedure === procedure).length;
  const step = procedure ? nextExtensionStep(procedure, approved) : null;
  return {
    periods: periods.rows.map((p) => presentPeriod(p, today)),
    extensions: extensions.rows.map((e) => ({
      id: Number(e.id),
      seq: e.seq,
      length: e.length,
      approver: e.approver,
      decidingCourtName: e.court_name,
      reason: e.reason,
      requestedBy: e.requested_name,
      requestedOn: e.requested_on,
      status: e.status,
      decidedBy: e.decided_name ?? null,
      decidedOn: e.decided_on,
      decisionNote: e.decision_note,
    })),
    deductions: deductions.rows.map((d) => ({
      id: Number(d.id),
      kind: d.kind,
      label: DEDUCTION_KINDS[d.kind as DeductionKind]?.label ?? { 'zh-CN': d.kind, en: d.kind },
      startsOn: d.starts_on,
      endsOn: d.ends_on,
      documentNo: d.document_no,
      note: d.note,
      approvedBy: d.approver_name,
    })),
    nextExtension: step ? { approver: step.approver, length: step.length as Record<string, number>, source: step.source } : null,
  };
}
