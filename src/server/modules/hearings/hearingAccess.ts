// Who may do what with a hearing: its case's policy (a case that is not yours is a 404), the trial team to book and
// to write the record, the case's parties (or their agents) to read the finalised record and sign it.
import { sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles/roles';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase, type CaseRelation } from '../../access/casePolicy';
import type { Queryable } from '../../db/database';
import { AppError } from '../../http/appError';
import { loadCase, type CaseRow } from '../cases/caseRecord';

export const TRIAL_TEAM_ROLES: readonly Role[] = ['judge', 'judgeAssistant', 'courtClerk'];

export interface HearingRow {
  id: number;
  caseId: number;
  courtId: number;
  roomId: number;
  roomName: string;
  startsAt: Date;
  endsAt: Date;
  status: 'scheduled' | 'held' | 'postponed';
  mode: string;
  clerkId: number | null;
  judgeIds: number[];
}

export interface HearingAccess {
  hearing: HearingRow;
  c: CaseRow;
  relation: CaseRelation;
  /** The trial team of the case, or the clerk named for the hearing. */
  isRecorder: boolean;
}

export const hearingNotFound = () => new AppError(404, 'HEARING_NOT_FOUND', '开庭排期不存在或您无权查看。', 'The hearing does not exist or you may not see it.');

export async function caseForActor(q: Queryable, actor: Actor, caseId: number): Promise<{ c: CaseRow; relation: CaseRelation }> {
  const c = await loadCase(q, caseId);
  if (!c) throw caseNotFound();
  const relation = await relationToCase(q, actor, c);
  if (!relation.canView) throw caseNotFound();
  return { c, relation };
}

/** The hearing and the actor's relation to its case; 404 for a hearing of a case the actor does not see. */
export async function hearingForActor(q: Queryable, actor: Actor, hearingId: number, lock = false): Promise<HearingAccess> {
  const r = await q.execute<{ id: string; case_id: string; court_id: number; room_id: number; room_name: string; starts_at: Date; ends_at: Date; status: HearingRow['status']; mode: string; clerk_id: number | null; judge_ids: number[] }>(sql`
    select h.id, h.case_id, h.court_id, h.room_id, r.name as room_name, h.starts_at, h.ends_at, h.status, h.mode, h.clerk_id, h.judge_ids
      from hearings h join rooms r on r.id = h.room_id where h.id = ${hearingId}`);
  const h = r.rows[0];
  if (!h) throw hearingNotFound();
  const c = await loadCase(q, Number(h.case_id));
  if (!c) throw hearingNotFound();
  const relation = await relationToCase(q, actor, c);
  if (!relation.canView) throw hearingNotFound();
  // The case row is the lock every change of the case's record takes (one change at a time, as events do).
  if (lock) await q.execute(sql`select 1 from cases where id = ${c.id} for update`);
  const hearing: HearingRow = {
    id: Number(h.id),
    caseId: Number(h.case_id),
    courtId: h.court_id,
    roomId: h.room_id,
    roomName: h.room_name,
    startsAt: new Date(h.starts_at),
    endsAt: new Date(h.ends_at),
    status: h.status,
    mode: h.mode,
    clerkId: h.clerk_id === null ? null : Number(h.clerk_id),
    judgeIds: (h.judge_ids ?? []).map(Number),
  };
  const isRecorder = relation.roles.some((x) => TRIAL_TEAM_ROLES.includes(x)) || (relation.isStaffOfCourt && hearing.clerkId === actor.userId);
  return { hearing, c, relation, isRecorder };
}

export function requireRecorder(a: HearingAccess): void {
  if (!a.isRecorder) {
    throw new AppError(403, 'HEARING_RECORD_FORBIDDEN', '只有本案审判团队（法官、法官助理、书记员）可以制作庭审笔录和上传录音录像。', "Only the case's trial team (judge, assistant, clerk) writes the hearing's record and uploads its recording.");
  }
}

/** The role the actor records the hearing in, for the timeline. */
export function recorderRole(a: HearingAccess): Role {
  return a.relation.roles.find((x) => TRIAL_TEAM_ROLES.includes(x)) ?? 'courtClerk';
}
