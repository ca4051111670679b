// The assisting agencies (总对总 national, 点对点 local per court), the agency user's own agency, and the court's 查控
// settings. Local agencies and the settings are administered like the execution settings: the administrator (every
// court) and the court's 执行局 chief (their own court); national agencies by the administrator only.
import { sql } from 'drizzle-orm';
import type { Agency } from '../../../contracts/assetControl';
import { AGENCY_KINDS, DEFAULT_CONTROL_APPROVAL, isAgencyKind, type AgencyChannel, type ControlApproval } from '../../../domain/execution/assetControl';
import type { Actor } from '../../access/actor';
import type { Queryable, Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { audit } from '../admin/audit';
import { courtInExecutionScope, executionAdminScope, loadCourtForSettings } from '../execution/executionSettings';

type AgencyRow = { id: number; channel: AgencyChannel; kind: string; name: string; court_id: number | null; is_active: boolean };

export const presentAgency = (r: AgencyRow): Agency => ({
  id: Number(r.id),
  channel: r.channel,
  kind: r.kind,
  kindLabel: AGENCY_KINDS[r.kind]?.label ?? { 'zh-CN': r.kind, en: r.kind },
  name: r.name,
  courtId: r.court_id === null ? null : Number(r.court_id),
  isActive: r.is_active,
});

/** The agencies a court may ask: every national one and its own local ones. */
export async function agenciesForCourt(q: Queryable, courtId: number, activeOnly = true): Promise<Agency[]> {
  const r = await q.execute<AgencyRow>(sql`
    select id, channel, kind, name, court_id, is_active from agencies
     where (court_id is null or court_id = ${courtId}) and (${!activeOnly} or is_active)
     order by channel, kind, name`);
  return r.rows.map(presentAgency);
}

export async function createAgency(tx: Tx, actor: Actor, input: { channel: AgencyChannel; kind: string; name: string; courtId?: number | undefined }): Promise<Agency> {
  const scope = await executionAdminScope(tx, actor);
  if (!isAgencyKind(input.kind, input.channel)) {
    throw new AppError(422, 'AGENCY_KIND_INVALID', '协助执行单位类别与查控渠道不符。', 'This kind of agency does not belong to that channel.', { field: '/kind' });
  }
  let courtId: number | null = null;
  if (input.channel === 'national') {
    if (scope !== 'all') throw new AppError(403, 'EXECUTION_ADMIN_FORBIDDEN', '总对总协助执行单位只能由系统管理员设置。', 'Only the administrator configures national agencies.');
    if (input.courtId !== undefined) throw new AppError(422, 'AGENCY_COURT_INVALID', '总对总单位不属于某一法院。', 'A national agency belongs to no court.', { field: '/courtId' });
  } else {
    courtId = courtInExecutionScope(scope, input.courtId) ?? null;
    if (courtId === null) throw new AppError(422, 'AGENCY_COURT_INVALID', '点对点单位须指定法院。', 'A local agency needs its court.', { field: '/courtId' });
    await loadCourtForSettings(tx, courtId);
  }
  const r = await tx.execute<AgencyRow>(sql`
    insert into agencies (channel, kind, name, court_id) values (${input.channel}, ${input.kind}, ${input.name.trim()}, ${courtId})
    on conflict do nothing returning id, channel, kind, name, court_id, is_active`);
  if (!r.rows[0]) throw new AppError(409, 'AGENCY_NAME_TAKEN', '已有同名的协助执行单位。', 'An agency of that name exists already.');
  await audit(tx, actor.userId, 'create', 'agency', r.rows[0].id, null, r.rows[0]);
  return presentAgency(r.rows[0]);
}

/** The agency an agency user works for; an account without one sees nothing (403). */
export async function agencyOfActor(q: Queryable, actor: Actor): Promise<number> {
  const r = await q.execute<{ agency_id: number }>(sql`select agency_id from agency_users where user_id = ${actor.userId}`);
  const id = r.rows[0]?.agency_id;
  if (id === undefined) throw new AppError(403, 'AGENCY_ACCOUNT_UNBOUND', '您的账号未关联协助执行单位。', 'Your account is bound to no agency.');
  return Number(id);
}

export async function courtControlApproval(q: Queryable, courtId: number): Promise<{ controlApproval: ControlApproval; version: number }> {
  const r = await q.execute<{ control_approval: ControlApproval; version: number }>(sql`select control_approval, version from asset_control_settings where court_id = ${courtId}`);
  const row = r.rows[0];
  return row ? { controlApproval: row.control_approval, version: Number(row.version) } : { controlApproval: DEFAULT_CONTROL_APPROVAL, version: 0 };
}

export async function saveControlApproval(tx: Tx, actor: Actor, courtId: number, input: { controlApproval: ControlApproval; expectedVersion?: number | undefined }) {
  courtInExecutionScope(await executionAdminScope(tx, actor), courtId);
  await loadCourtForSettings(tx, courtId);
  await tx.execute(sql`select id from courts where id = ${courtId} for no key update`);
  const before = await courtControlApproval(tx, courtId);
  if (input.expectedVersion !== undefined && input.expectedVersion !== before.version) {
    throw new AppError(409, 'EXECUTION_SETTINGS_CHANGED', '执行设置已被他人修改，请刷新后重试。', 'Someone else changed these settings meanwhile; refresh and try again.', { currentVersion: before.version });
  }
  await tx.execute(sql`
    insert into asset_control_settings (court_id, control_approval, updated_by) values (${courtId}, ${input.controlApproval}, ${actor.userId})
    on conflict (court_id) do update set control_approval = excluded.control_approval, version = asset_control_settings.version + 1, updated_at = now(), updated_by = excluded.updated_by`);
  const after = await courtControlApproval(tx, courtId);
  await audit(tx, actor.userId, 'update', 'assetControlSettings', courtId, before, after);
  return { courtId, ...after };
}
