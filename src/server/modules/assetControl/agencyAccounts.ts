// Administering an agency and its accounts: renaming or deactivating an agency, and the accounts of its staff (role
// `agency`, bound to that agency in `agency_users`, of no court). Who may: a national agency the administrator only; a
// local one also its court's 执行局长 (as for adding it). An inactive agency receives no new requests (the officer's
// list shows active agencies only); its accounts keep seeing what was addressed to it. One transaction each, audited.
import { sql } from 'drizzle-orm';
import type { Agency, AgencyUser, AgencyUserInput, AgencyUserUpdate } from '../../../contracts/assetControl';
import type { Actor } from '../../access/actor';
import { hashPassword } from '../../auth/passwords';
import type { Db, Queryable, Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { audit } from '../admin/audit';
import { courtInExecutionScope, executionAdminScope } from '../execution/executionSettings';
import { presentAgency } from './agencies';

const agencyUnknown = () => new AppError(404, 'AGENCY_UNKNOWN', '协助执行单位不存在。', 'No such agency.');
const agencyUserUnknown = () => new AppError(404, 'AGENCY_USER_UNKNOWN', '协助执行单位账号不存在。', 'No such agency account.');

type AgencyRow = Parameters<typeof presentAgency>[0];

/** The agency, if the actor administers it (403 otherwise, as for adding one). */
async function administeredAgency(q: Queryable, actor: Actor, id: number, lock = false): Promise<AgencyRow> {
  const scope = await executionAdminScope(q, actor);
  const r = await q.execute<AgencyRow>(sql`select id, channel, kind, name, court_id, is_active from agencies where id = ${id} ${lock ? sql`for update` : sql``}`);
  const a = r.rows[0];
  if (!a) throw agencyUnknown();
  if (a.court_id === null) {
    if (scope !== 'all') throw new AppError(403, 'EXECUTION_ADMIN_FORBIDDEN', '总对总协助执行单位只能由系统管理员设置。', 'Only the administrator configures national agencies.');
  } else courtInExecutionScope(scope, Number(a.court_id));
  return a;
}

export async function updateAgency(tx: Tx, actor: Actor, id: number, patch: { name?: string | undefined; isActive?: boolean | undefined }): Promise<Agency> {
  const before = await administeredAgency(tx, actor, id, true);
  const r = await tx.execute<AgencyRow>(sql`
    update agencies set name = ${patch.name?.trim() ?? before.name}, is_active = ${patch.isActive ?? before.is_active} where id = ${id}
    returning id, channel, kind, name, court_id, is_active`);
  await audit(tx, actor.userId, 'update', 'agency', id, before, r.rows[0]);
  return presentAgency(r.rows[0]!);
}

const USER_SELECT = sql`select u.id as "userId", u.username, u.display_name as "displayName", u.phone, g.agency_id as "agencyId", u.is_active as "isActive"
  from agency_users g join users u on u.id = g.user_id`;
const present = (r: Record<string, unknown>): AgencyUser => ({ ...(r as AgencyUser), userId: Number(r.userId), agencyId: Number(r.agencyId) });

export async function agencyAccounts(q: Queryable, actor: Actor, agencyId: number): Promise<AgencyUser[]> {
  await administeredAgency(q, actor, agencyId);
  const r = await q.execute<Record<string, unknown>>(sql`${USER_SELECT} where g.agency_id = ${agencyId} order by u.username`);
  return r.rows.map(present);
}

const loadAccount = async (q: Queryable, userId: number) => {
  const r = await q.execute<Record<string, unknown>>(sql`${USER_SELECT} where g.user_id = ${userId}`);
  return r.rows[0] ? present(r.rows[0]) : undefined;
};

/** A new account of the agency; the username is unique among all accounts (409 `USERNAME_TAKEN`). */
export async function createAgencyAccount(db: Db, actor: Actor, agencyId: number, input: AgencyUserInput): Promise<AgencyUser> {
  const hash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const agency = await administeredAgency(tx, actor, agencyId);
    if (!agency.is_active) throw new AppError(409, 'AGENCY_INACTIVE', '该协助执行单位已停用，不能新建账号。', 'The agency is deactivated; no new accounts.');
    const u = await tx.execute<{ id: number }>(sql`
      insert into users (username, password_hash, display_name, roles, court_id, division_id, phone, is_active)
      values (${input.username}, ${hash}, ${input.displayName.trim()}, array['agency']::text[], null, null, ${input.phone ?? null}, ${input.isActive ?? true})
      returning id`);
    const userId = Number(u.rows[0]!.id);
    await tx.execute(sql`insert into agency_users (user_id, agency_id) values (${userId}, ${agencyId})`);
    const created = (await loadAccount(tx, userId))!;
    await audit(tx, actor.userId, 'create', 'agencyUser', userId, null, created);
    return created;
  });
}

export async function updateAgencyAccount(db: Db, actor: Actor, userId: number, patch: AgencyUserUpdate): Promise<AgencyUser> {
  const hash = patch.password ? await hashPassword(patch.password) : null;
  return db.transaction(async (tx) => {
    const locked = await tx.execute<{ agency_id: number }>(sql`select g.agency_id from agency_users g join users u on u.id = g.user_id where g.user_id = ${userId} for update of u`);
    if (!locked.rows[0]) throw agencyUserUnknown();
    await administeredAgency(tx, actor, Number(locked.rows[0].agency_id));
    const before = (await loadAccount(tx, userId))!;
    const isActive = patch.isActive ?? before.isActive;
    await tx.execute(sql`
      update users set display_name = ${patch.displayName?.trim() ?? before.displayName}, phone = ${patch.phone === undefined ? before.phone : patch.phone},
             is_active = ${isActive}, password_hash = coalesce(${hash}, password_hash)
       where id = ${userId}`);
    // A deactivated account or a new password ends the account's sessions, as for every account.
    if (hash || !isActive) await tx.execute(sql`delete from sessions where user_id = ${userId}`);
    const after = (await loadAccount(tx, userId))!;
    await audit(tx, actor.userId, 'update', 'agencyUser', userId, before, after);
    return after;
  });
}
