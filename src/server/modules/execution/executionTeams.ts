// A court's execution teams (执行指挥中心, 快执团队, 精执团队 …): registering and changing them, their members (active
// users of the court's execution division), and the administered list (filtered, sorted, exported to Excel).
import { sql, type SQL } from 'drizzle-orm';
import type { ExecutionTeamKind, TeamInput, TeamListQuery, TeamRow, TeamUpdate, TEAM_SORT_COLUMNS } from '../../../contracts/executionTeams';
import type { Actor } from '../../access/actor';
import type { Queryable, Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { pageOf } from '../../http/pagination';
import { zhEn, type ExportColumn } from '../../lists/excelExport';
import { containsPattern, orderBy, type SortColumns } from '../../lists/sorting';
import { audit } from '../admin/audit';
import { courtInExecutionScope, type ExecutionAdminScope } from './executionSettings';

export const TEAM_KIND_LABELS: Readonly<Record<ExecutionTeamKind, { 'zh-CN': string; en: string }>> = {
  command: zhEn('执行指挥中心', 'Execution command centre'),
  fast: zhEn('快执团队（简案）', 'Fast-track team (simple cases)'),
  full: zhEn('精执团队（繁案）', 'Full-track team (complex cases)'),
};

export const teamUnknown = () => new AppError(404, 'EXECUTION_TEAM_UNKNOWN', '执行团队不存在。', 'No such execution team.');

const OPEN_CASES = sql`(select count(*) from execution_cases e join cases c on c.id = e.case_id where e.team_id = t.id and c.closed_on is null and c.node not in ('rejected', 'closed', 'archived'))`;
const MEMBERS = sql`coalesce((select json_agg(json_build_object('userId', u.id, 'displayName', u.display_name, 'roles', u.roles) order by u.display_name, u.id)
  from execution_team_members m join users u on u.id = m.user_id where m.team_id = t.id), '[]'::json)`;
const TEAM_SELECT = sql`t.id, t.court_id, ct.name as court_name, t.name, t.kind, t.is_active, ${MEMBERS} as members, ${OPEN_CASES} as open_cases`;

const TEAM_SORTS: SortColumns<(typeof TEAM_SORT_COLUMNS)[number]> = {
  id: sql`t.id`,
  name: sql`t.name`,
  kind: sql`t.kind`,
  courtId: sql`t.court_id`,
  isActive: sql`t.is_active`,
  memberCount: sql`(select count(*) from execution_team_members m where m.team_id = t.id)`,
  openCases: OPEN_CASES,
};

export function teamOf(r: Record<string, any>): TeamRow {
  const members = r.members as TeamRow['members'];
  return {
    id: Number(r.id),
    courtId: Number(r.court_id),
    courtName: r.court_name,
    name: r.name,
    kind: r.kind,
    kindLabel: TEAM_KIND_LABELS[r.kind as ExecutionTeamKind],
    isActive: r.is_active,
    members,
    memberCount: members.length,
    openCases: Number(r.open_cases),
  };
}

export async function loadTeam(q: Queryable, id: number): Promise<TeamRow | undefined> {
  const r = await q.execute<Record<string, any>>(sql`select ${TEAM_SELECT} from execution_teams t join courts ct on ct.id = t.court_id where t.id = ${id}`);
  return r.rows[0] && teamOf(r.rows[0]);
}

export async function listTeams(q: Queryable, courtId: number | undefined, query: TeamListQuery) {
  const conds: SQL[] = [sql`true`];
  if (courtId !== undefined) conds.push(sql`t.court_id = ${courtId}`);
  if (query.kind) conds.push(sql`t.kind = ${query.kind}`);
  if (query.isActive !== undefined) conds.push(sql`t.is_active = ${query.isActive}`);
  if (query.q?.trim()) {
    const like = containsPattern(query.q);
    conds.push(sql`(t.name like ${like} or exists (select 1 from execution_team_members m join users u on u.id = m.user_id where m.team_id = t.id and u.display_name like ${like}))`);
  }
  const cond = sql.join(conds, sql` and `);
  return pageOf<Record<string, any>, TeamRow>(
    q,
    query,
    sql`select ${TEAM_SELECT} from execution_teams t join courts ct on ct.id = t.court_id where ${cond} order by ${orderBy(TEAM_SORTS, query.sort, 'id', sql`t.id`)}`,
    sql`select count(*) as n from execution_teams t where ${cond}`,
    teamOf,
  );
}

/** Active users of the court's execution division: who may be a member of its teams. */
export async function teamCandidates(q: Queryable, courtId: number) {
  const r = await q.execute<{ id: number; display_name: string; roles: string[] }>(sql`
    select u.id, u.display_name, u.roles from users u join divisions d on d.id = u.division_id
     where d.court_id = ${courtId} and d.kind = 'execution' and u.court_id = ${courtId} and u.is_active order by u.display_name, u.id`);
  return r.rows.map((u) => ({ userId: Number(u.id), displayName: u.display_name, roles: u.roles }));
}

async function checkTeam(tx: Tx, courtId: number, name: string, memberIds: readonly number[], exceptId: number | null) {
  const court = await tx.execute(sql`select id from courts where id = ${courtId} for no key update`);
  if (!court.rows.length) throw new AppError(422, 'EXECUTION_COURT_UNKNOWN', '所选法院不存在。', 'No such court.', { field: '/courtId' });
  const taken = await tx.execute(sql`select 1 from execution_teams where court_id = ${courtId} and name = ${name} and id <> ${exceptId ?? 0}`);
  if (taken.rows.length) throw new AppError(409, 'EXECUTION_TEAM_NAME_TAKEN', '本院已有同名的执行团队，请换一个名称。', 'This court already has an execution team with that name; choose another.', { field: '/name' });
  const allowed = new Set((await teamCandidates(tx, courtId)).map((c) => c.userId));
  const outside = memberIds.filter((id) => !allowed.has(id));
  if (outside.length) {
    throw new AppError(422, 'EXECUTION_TEAM_MEMBER_NOT_ELIGIBLE', '团队成员应当是本院执行局的在职人员。', "Team members must be active staff of the court's execution division.", { field: '/memberIds', userIds: outside });
  }
}

async function setMembers(tx: Tx, teamId: number, memberIds: readonly number[]) {
  await tx.execute(sql`delete from execution_team_members where team_id = ${teamId}`);
  if (memberIds.length) {
    await tx.execute(sql`insert into execution_team_members (team_id, user_id) select ${teamId}, unnest(${sql.param([...memberIds])}::int[])`);
  }
}

export async function createTeam(tx: Tx, actor: Actor, scope: ExecutionAdminScope, input: TeamInput): Promise<TeamRow> {
  courtInExecutionScope(scope, input.courtId);
  const name = input.name.trim();
  await checkTeam(tx, input.courtId, name, input.memberIds, null);
  const r = await tx.execute<{ id: number }>(sql`insert into execution_teams (court_id, name, kind, is_active) values (${input.courtId}, ${name}, ${input.kind}, ${input.isActive ?? true}) returning id`);
  const id = Number(r.rows[0]!.id);
  await setMembers(tx, id, input.memberIds);
  const created = (await loadTeam(tx, id))!;
  await audit(tx, actor.userId, 'create', 'executionTeam', id, null, created);
  return created;
}

/** Another court's team is not found for a 执行局 chief (its existence does not leak). */
export async function updateTeam(tx: Tx, actor: Actor, scope: ExecutionAdminScope, id: number, patch: TeamUpdate): Promise<TeamRow> {
  const locked = await tx.execute(sql`select id from execution_teams where id = ${id} for update`);
  const before = locked.rows.length ? await loadTeam(tx, id) : undefined;
  if (!before || (scope !== 'all' && before.courtId !== scope)) throw teamUnknown();
  const name = patch.name?.trim() ?? before.name;
  const memberIds = patch.memberIds ?? before.members.map((m) => m.userId);
  // Members who left the division since stay until the team is edited; an edit that keeps them is refused.
  await checkTeam(tx, before.courtId, name, patch.memberIds ?? [], id);
  await tx.execute(sql`update execution_teams set name = ${name}, kind = ${patch.kind ?? before.kind}, is_active = ${patch.isActive ?? before.isActive} where id = ${id}`);
  if (patch.memberIds) await setMembers(tx, id, memberIds);
  const after = (await loadTeam(tx, id))!;
  await audit(tx, actor.userId, 'update', 'executionTeam', id, before, after);
  return after;
}

const activeText = (v: boolean, lang: 'zh-CN' | 'en') => (v ? zhEn('启用', 'Active') : zhEn('停用', 'Inactive'))[lang];

export const TEAM_EXPORT_COLUMNS: readonly ExportColumn<TeamRow>[] = [
  { header: zhEn('执行团队', 'Team'), width: 24, value: (r) => r.name },
  { header: zhEn('类型', 'Kind'), width: 22, value: (r, lang) => r.kindLabel[lang] },
  { header: zhEn('法院', 'Court'), width: 30, value: (r) => r.courtName },
  { header: zhEn('成员', 'Members'), width: 40, value: (r) => r.members.map((m) => m.displayName).join('、') },
  { header: zhEn('在办案件', 'Open cases'), width: 10, value: (r) => r.openCases },
  { header: zhEn('状态', 'Status'), width: 8, value: (r, lang) => activeText(r.isActive, lang) },
];
