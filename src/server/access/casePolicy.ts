// Who may see a case and in which roles they may act on it. Every case route goes through here.
// Parties and lawyers see only their own cases; staff act within their court (and division, or panel, where it matters).
import { sql } from 'drizzle-orm';
import { PLAINTIFF_SIDE_EVENTS } from '../../domain/casetypes/trialEvents';
import type { Role } from '../../domain/roles/roles';
import { executePrepared, type Queryable } from '../db/database';
import { AppError } from '../http/appError';
import { hasRole, type Actor } from './actor';

export interface CaseAccessFacts {
  id: number;
  courtId: number;
  divisionId: number | null;
  judgeId: number | null;
  filedBy: number | null;
  originCaseId: number | null;
  /** The case's node, where access depends on it (a 跨域立案 filing before it is forwarded; 财保 before its ruling). */
  node?: string;
  caseType?: string;
}

/** 跨域立案: the node in which a filing waits at the court where it was taken, and the one event that court fires. */
export const CROSS_REGION_NODE = 'crossRegionReceived';
export const CROSS_REGION_EVENTS = ['forwardFiling'] as const;

// A preservation application is decided without hearing the respondent, who learns of it from the ruling: before the
// ruling the respondent's side does not see it (CPL-2023 art 104; [U] the courts' practice, not a written rule).
const UNSEEN_BY_RESPONDENT_UNTIL_RULED: Readonly<Record<string, readonly string[]>> = { 财保: ['submitted', 'registered'] };

export interface CaseRelation {
  canView: boolean;
  /** Roles the actor may act in on this case. */
  roles: Role[];
  /** Parties of this case the actor is, or represents as agent. */
  partyIds: number[];
  isStaffOfCourt: boolean;
  /** When set, `roles` hold for these case events only (a higher court deciding one referred extension). */
  onlyEvents?: readonly string[];
  /** A litigant who filed the case, or is or represents a plaintiff: the side whose filing it is. */
  plaintiffSide?: boolean;
}

/** The events by which the president of a higher court decides an extension referred to it (TL-2000 art 2). */
export const EXTENSION_DECISION_EVENTS = ['approveExtension', 'refuseExtension'] as const;

const NONE: CaseRelation = { canView: false, roles: [], partyIds: [], isStaffOfCourt: false };

export async function relationToCase(tx: Queryable, actor: Actor, c: CaseAccessFacts): Promise<CaseRelation> {
  if (hasRole(actor, 'party', 'lawyer')) return litigantRelation(tx, actor, c);
  if (hasRole(actor, 'mediator')) return mediatorRelation(tx, actor, c);
  // An assisting agency sees no case: only the requests addressed to it, through the agency portal.
  if (hasRole(actor, 'agency')) return NONE;
  if (hasRole(actor, 'procurator')) return procuratorRelation(tx, actor, c);
  if (actor.courtId === null) return NONE;
  if (actor.courtId === c.courtId) {
    const staff = await staffRelation(tx, actor, c);
    // The competent court sees a 跨域 filing coming but acts on it only once forwarded.
    return c.node === CROSS_REGION_NODE ? { ...staff, roles: [] } : staff;
  }
  // The president of a higher court decides a further extension of the 审限 referred to it (TL-2000 art 2) — that
  // decision only, and only while it is pending; afterwards the court keeps sight of the case it decided on.
  if (hasRole(actor, 'president')) {
    const asked = await tx.execute<{ pending: boolean }>(sql`
      select bool_or(status = 'pending') as pending from trial_limit_extensions
       where case_id = ${c.id} and deciding_court_id = ${actor.courtId} having count(*) > 0`);
    const referral = asked.rows[0];
    if (referral?.pending) return { canView: true, roles: ['president'], partyIds: [], isStaffOfCourt: false, onlyEvents: EXTENSION_DECISION_EVENTS };
    if (referral) return { ...NONE, canView: true };
  }
  // 跨域立案: the court where the filing was taken forwards it (its filing clerk, that event only, until forwarded) and
  // keeps sight of it afterwards.
  const assisted = await executePrepared<{ court: number }>(tx, 'cross_region_assisting', sql`select assisting_court_id as court from cross_region_filings where case_id = ${c.id}`);
  if (assisted.rows[0] && Number(assisted.rows[0].court) === actor.courtId) {
    const forwards = c.node === CROSS_REGION_NODE && hasRole(actor, 'filingClerk');
    return { canView: true, roles: forwards ? ['filingClerk'] : [], partyIds: [], isStaffOfCourt: false, onlyEvents: CROSS_REGION_EVENTS };
  }
  // Staff of another court see a case linked to one of theirs (the appeal court sees the first instance and back).
  const linked = await tx.execute(sql`
    select 1 from cases o
     where (o.id = ${c.originCaseId} or o.origin_case_id = ${c.id}) and o.court_id = ${actor.courtId}
     limit 1`);
  return linked.rows.length ? { ...NONE, canView: true } : NONE;
}

async function litigantRelation(tx: Queryable, actor: Actor, c: CaseAccessFacts): Promise<CaseRelation> {
  const r = await executePrepared<{ id: number; how: string; standing: string }>(tx, 'litigant_relation', sql`
    select p.id, 'self' as how, p.standing from case_parties p where p.case_id = ${c.id} and p.user_id = ${actor.userId}
    union
    select a.party_id, 'agent', p.standing from case_agents a join case_parties p on p.id = a.party_id
     where a.case_id = ${c.id} and a.user_id = ${actor.userId}`);
  const partyIds = r.rows.map((x) => Number(x.id));
  const isFiler = c.filedBy === actor.userId;
  const hidden = c.caseType !== undefined && c.node !== undefined && UNSEEN_BY_RESPONDENT_UNTIL_RULED[c.caseType]?.includes(c.node);
  if (hidden && !isFiler && r.rows.every((x) => x.standing === 'respondent')) return NONE;
  const roles: Role[] = [];
  if (hasRole(actor, 'party') && (isFiler || r.rows.some((x) => x.how === 'self'))) roles.push('party');
  if (hasRole(actor, 'lawyer') && (isFiler || r.rows.some((x) => x.how === 'agent'))) roles.push('lawyer');
  // The 自诉人 (CrPL art 210) is the plaintiff side of a private prosecution.
  const plaintiffSide = isFiler || r.rows.some((x) => x.standing === 'plaintiff' || x.standing === 'privateProsecutor');
  return { canView: roles.length > 0, roles, partyIds, isStaffOfCourt: false, plaintiffSide };
}

// ONLINE-MED arts 10–12: a mediator acts on the matters entrusted to them, or to their organisation while it has not
// named one; the organisation's other mediators see its matters but do not act on them.
async function mediatorRelation(tx: Queryable, actor: Actor, c: CaseAccessFacts): Promise<CaseRelation> {
  const r = await executePrepared<{ mediator_id: number | null; declined: boolean }>(tx, 'mediator_relation', sql`
    select e.mediator_id, e.declined_at is not null as declined from mediation_entrustments e join mediators m on m.organisation_id = e.organisation_id
     where e.case_id = ${c.id} and m.user_id = ${actor.userId} and m.is_active`);
  const e = r.rows[0];
  if (!e) return NONE;
  const acts = !e.declined && (e.mediator_id === null || Number(e.mediator_id) === actor.userId);
  return { canView: true, roles: acts ? ['mediator'] : [], partyIds: [], isStaffOfCourt: false };
}

// CrPL arts 169, 228: a procurator sees and acts on the cases its procuratorate prosecuted or protested, nothing else.
async function procuratorRelation(tx: Queryable, actor: Actor, c: CaseAccessFacts): Promise<CaseRelation> {
  const r = await executePrepared(tx, 'procurator_relation', sql`
    select 1 from criminal_cases k join procuratorate_users u on u.procuratorate_id in (k.procuratorate_id, k.protested_by)
     where k.case_id = ${c.id} and u.user_id = ${actor.userId}`);
  if (!r.rows.length) return NONE;
  return { canView: true, roles: ['procurator'], partyIds: [], isStaffOfCourt: false, plaintiffSide: true };
}

async function staffRelation(tx: Queryable, actor: Actor, c: CaseAccessFacts): Promise<CaseRelation> {
  const panel = await executePrepared<{ user_id: number }>(tx, 'case_panel_ids', sql`select user_id from case_panel where case_id = ${c.id}`);
  const panelIds = new Set(panel.rows.map((p) => Number(p.user_id)));
  const roles: Role[] = [];
  if (hasRole(actor, 'filingClerk')) roles.push('filingClerk');
  if (hasRole(actor, 'president')) roles.push('president');
  if (hasRole(actor, 'finance')) roles.push('finance');
  if (hasRole(actor, 'divisionChief') && (c.divisionId === null || c.divisionId === actor.divisionId)) roles.push('divisionChief');
  if (hasRole(actor, 'judge') && panelIds.has(actor.userId)) roles.push('judge');
  const onTeam = actor.teamJudgeId !== null && (panelIds.has(actor.teamJudgeId) || c.judgeId === actor.teamJudgeId);
  if (hasRole(actor, 'judgeAssistant') && onTeam) roles.push('judgeAssistant');
  if (hasRole(actor, 'courtClerk') && onTeam) roles.push('courtClerk');
  return { canView: true, roles, partyIds: [], isStaffOfCourt: true };
}

export const caseNotFound = () =>
  new AppError(404, 'CASE_NOT_FOUND', '案件不存在或您无权查看。', 'The case does not exist or you may not see it.');

/**
 * The roles the actor holds on this case for one event: none outside a relation's `onlyEvents`, and no litigant
 * role for an event of the plaintiff's side to a litigant of the other side.
 */
export function rolesForEvent(event: string, relation: CaseRelation): readonly Role[] {
  if (relation.onlyEvents && !relation.onlyEvents.includes(event)) return [];
  if (PLAINTIFF_SIDE_EVENTS.includes(event) && !relation.plaintiffSide) return relation.roles.filter((r) => r !== 'party' && r !== 'lawyer');
  return relation.roles;
}

/** The role to act in for an event: the first of the event's roles the actor holds on this case for it. */
export function actingRole(event: string, eventRoles: readonly Role[], relation: CaseRelation): Role {
  const held = rolesForEvent(event, relation);
  const role = eventRoles.find((r) => held.includes(r));
  if (!role) {
    throw new AppError(403, 'CASE_EVENT_FORBIDDEN', '您在本案中没有执行该操作的权限（例如不是本案承办人或所在庭室不符）。', 'You may not do this on this case (e.g. you are not on its panel or in its division).');
  }
  return role;
}
