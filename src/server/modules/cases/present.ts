// Turns case rows into API shapes: labels from the declarations, waiting days, masked identities.
import type { CaseSummary } from '../../../contracts/cases';
import { isSecondInstanceType } from '../../../domain/appeal/appealCaseTypes';
import { daysBetween } from '../../../domain/calendar/plainDate';
import { daysWaiting, reviewUrgency } from '../../../domain/filing/reviewPeriod';
import { caseTypeOf, CASE_TYPES } from '../../../domain/casetypes/registry';
import { SYSTEM_EVENT_LABELS } from '../../../domain/casetypes/systemEvents';
import type { BilingualMessage } from '../../../domain/errors/domainError';
import { caseTitle } from '../../../domain/filing/validateFiling';

export interface SummaryRow {
  id: number | string;
  case_type: string;
  case_number: string | null;
  court_id: number;
  court_name: string;
  node: string;
  procedure: string | null;
  cause_name: string | null;
  filed_at: Date;
  received_on: string;
  review_due_on: string | null;
  accepted_on: string | null;
  judge_name: string | null;
  division_name: string | null;
  node_entered_at: Date;
  version: number;
  parties: { standing: string; name: string }[] | null;
  alert_rank: number;
  trial_due: string | null;
  execution_stage: string | null;
}

const ALERT_LEVELS = ['none', 'yellow', 'red', 'overdue'] as const;

const DAY_MS = 86_400_000;

export function nodeLabel(caseType: string, node: string): BilingualMessage {
  const t = CASE_TYPES[caseType];
  return (t?.nodeLabels as Record<string, BilingualMessage> | undefined)?.[node] ?? { 'zh-CN': node, en: node };
}

export function eventLabel(caseType: string, event: string): BilingualMessage {
  return CASE_TYPES[caseType]?.events[event]?.label ?? SYSTEM_EVENT_LABELS[event] ?? { 'zh-CN': event, en: event };
}

export function presentSummary(r: SummaryRow, today: string, now: Date): CaseSummary {
  const type = caseTypeOf(r.case_type);
  const inFiling = (type.filingNodes as readonly string[]).includes(r.node);
  const reviewDue = inFiling && r.node === 'submitted' ? r.review_due_on : null;
  const title = caseTitle(r.parties ?? [], r.cause_name);
  return {
    id: Number(r.id),
    caseType: r.case_type,
    caseNumber: r.case_number,
    courtId: r.court_id,
    courtName: r.court_name,
    node: r.node,
    nodeLabel: nodeLabel(r.case_type, r.node),
    procedure: r.procedure,
    causeName: r.cause_name,
    title: isSecondInstanceType(r.case_type) ? `${title}上诉案` : title,
    filedAt: new Date(r.filed_at).toISOString(),
    receivedOn: r.received_on,
    reviewDueOn: reviewDue,
    daysWaiting: r.node === 'submitted' ? daysWaiting(r.received_on, today) : 0,
    ageDays: Math.max(0, daysBetween(r.received_on, today)),
    reviewUrgency: reviewDue ? reviewUrgency(reviewDue, today) : 'normal',
    acceptedOn: r.accepted_on,
    judgeName: r.judge_name,
    divisionName: r.division_name,
    nodeEnteredAt: new Date(r.node_entered_at).toISOString(),
    daysInNode: Math.max(0, Math.floor((now.getTime() - new Date(r.node_entered_at).getTime()) / DAY_MS)),
    version: r.version,
    alertLevel: ALERT_LEVELS[Number(r.alert_rank)] ?? 'none',
    trialLimitDueOn: r.trial_due,
    executionStage: r.execution_stage,
  };
}

/** 身份证号 shown as 220102********0011 to anyone who is not court staff or the person themself. */
export function maskIdNumber(id: string | null): string | null {
  if (!id) return id;
  return id.length <= 8 ? '*'.repeat(id.length) : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}
