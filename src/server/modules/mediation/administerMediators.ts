// Inviting a mediator (特邀调解员: an account with the `mediator` role, of one organisation, serving one or more
// courts) and changing them. An inactive mediator can neither log in nor be designated: deactivation turns off the
// mediator and the account together and ends the account's sessions. One transaction each, with an audit entry.
import { sql } from 'drizzle-orm';
import type { MediatorInput, MediatorRow, MediatorUpdate } from '../../../contracts/mediation';
import type { Actor } from '../../access/actor';
import { hashPassword } from '../../auth/passwords';
import type { Db, Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { audit } from '../admin/audit';
import { loadMediator } from './adminLists';
import { type MediationAdminScope, mediatorUnknown } from './adminScope';

/** An array parameter as one JSON value (drizzle would spread a JS array into a list of parameters). */
const textArray = (values: string[]) => sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
const intArray = (values: number[]) => sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb)::bigint)`;
const unique = <T>(xs: T[]) => [...new Set(xs)];

interface Links {
  organisationId: number;
  courtIds: number[];
}

/**
 * The courts served exist; the organisation exists and is registered by a court the mediator serves; a 立案庭 chief
 * names only their own court's organisations and changes only whether the mediator serves their own court.
 */
async function checkLinks(tx: Tx, scope: MediationAdminScope, next: Links, before: Links | null) {
  const known = await tx.execute<{ id: number }>(sql`select id from courts where id = any(${intArray(next.courtIds)})`);
  const knownIds = new Set(known.rows.map((r) => Number(r.id)));
  const missing = next.courtIds.findIndex((id) => !knownIds.has(id));
  if (missing >= 0) {
    throw new AppError(422, 'MEDIATION_COURT_UNKNOWN', '所选服务法院不存在。', 'A court served does not exist.', { field: `/courtIds/${missing}` });
  }
  if (scope !== 'all') {
    const others = (ids: number[]) => ids.filter((id) => id !== scope).sort((a, b) => a - b).join(',');
    if (others(next.courtIds) !== others(before?.courtIds ?? [])) {
      throw new AppError(403, 'MEDIATOR_COURTS_FORBIDDEN', '立案庭庭长只能设置调解员是否为本院服务，其他法院由系统管理员设置。', "A filing-division chief may only set whether the mediator serves their own court; other courts are the administrator's.", { field: '/courtIds' });
    }
  }
  const org = (await tx.execute<{ court_id: number }>(sql`select court_id from mediation_organisations where id = ${next.organisationId}`)).rows[0];
  if (!org) throw new AppError(422, 'MEDIATION_ORGANISATION_UNKNOWN', '所选调解组织不存在。', 'No such mediation organisation.', { field: '/organisationId' });
  const orgCourt = Number(org.court_id);
  if (scope !== 'all' && orgCourt !== scope && next.organisationId !== before?.organisationId) {
    throw new AppError(422, 'MEDIATION_ORGANISATION_OTHER_COURT', '只能选择本院登记的调解组织。', "Choose one of your own court's mediation organisations.", { field: '/organisationId' });
  }
  if (!next.courtIds.includes(orgCourt)) {
    throw new AppError(422, 'MEDIATOR_ORGANISATION_COURT_NOT_SERVED', '调解员须为其所属调解组织的登记法院服务：请在服务法院中加入该法院，或选择其他调解组织。', "The mediator must serve the court that registered their organisation: add that court to the courts served, or choose another organisation.", { field: '/organisationId' });
  }
}

async function setCourts(tx: Tx, userId: number, courtIds: number[]) {
  await tx.execute(sql`delete from mediator_courts where user_id = ${userId}`);
  await tx.execute(sql`insert into mediator_courts (user_id, court_id) select ${userId}, unnest(${intArray(courtIds)})`);
}

export async function createMediator(db: Db, actor: Actor, scope: MediationAdminScope, input: MediatorInput): Promise<MediatorRow> {
  const hash = await hashPassword(input.password);
  const courtIds = unique(input.courtIds);
  return db.transaction(async (tx) => {
    await checkLinks(tx, scope, { organisationId: input.organisationId, courtIds }, null);
    const isActive = input.isActive ?? true;
    const u = await tx.execute<{ id: number }>(sql`
      insert into users (username, password_hash, display_name, roles, court_id, division_id, phone, is_active)
      values (${input.username}, ${hash}, ${input.displayName}, array['mediator']::text[], null, null, ${input.phone ?? null}, ${isActive})
      returning id`);
    const userId = Number(u.rows[0]!.id);
    await tx.execute(sql`insert into mediators (user_id, organisation_id, specialties, is_active) values (${userId}, ${input.organisationId}, ${textArray(unique(input.specialties))}, ${isActive})`);
    await setCourts(tx, userId, courtIds);
    const created = (await loadMediator(tx, userId))!;
    await audit(tx, actor.userId, 'create', 'mediator', userId, null, created);
    return created;
  });
}

/** A mediator not serving a 立案庭 chief's court is not found for them (its existence does not leak). */
export async function updateMediator(db: Db, actor: Actor, scope: MediationAdminScope, userId: number, patch: MediatorUpdate): Promise<MediatorRow> {
  const hash = patch.password ? await hashPassword(patch.password) : null;
  return db.transaction(async (tx) => {
    const locked = await tx.execute(sql`select 1 from mediators m join users u on u.id = m.user_id where m.user_id = ${userId} for update`);
    const before = locked.rows.length ? await loadMediator(tx, userId) : undefined;
    if (!before || (scope !== 'all' && !before.courtIds.includes(scope))) throw mediatorUnknown();
    const next = { organisationId: patch.organisationId ?? before.organisationId, courtIds: patch.courtIds ? unique(patch.courtIds) : before.courtIds };
    await checkLinks(tx, scope, next, before);
    const isActive = patch.isActive ?? before.isActive;
    await tx.execute(sql`
      update users set display_name = ${patch.displayName ?? before.displayName}, phone = ${patch.phone === undefined ? before.phone : patch.phone},
             is_active = ${isActive}, password_hash = coalesce(${hash}, password_hash)
       where id = ${userId}`);
    await tx.execute(sql`
      update mediators set organisation_id = ${next.organisationId}, specialties = ${textArray(patch.specialties ? unique(patch.specialties) : before.specialties)},
             is_active = ${isActive}
       where user_id = ${userId}`);
    if (patch.courtIds) await setCourts(tx, userId, next.courtIds);
    // A deactivated mediator or a new password ends the account's sessions, as for every account.
    if (hash || !isActive) await tx.execute(sql`delete from sessions where user_id = ${userId}`);
    const after = (await loadMediator(tx, userId))!;
    await audit(tx, actor.userId, 'update', 'mediator', userId, before, after);
    return after;
  });
}
