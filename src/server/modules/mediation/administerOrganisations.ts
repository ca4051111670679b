// Registering a court's mediation organisations and changing them (rename, kind, contact, active). One transaction
// each, with an audit entry.
import { sql } from 'drizzle-orm';
import type { OrganisationInput, OrganisationRow, OrganisationUpdate } from '../../../contracts/mediation';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { audit } from '../admin/audit';
import { loadOrganisation } from './adminLists';
import { courtInScope, type MediationAdminScope, organisationUnknown } from './adminScope';

/**
 * Locks the court's row against another registration or rename at the same time (there is no unique index on the
 * names), then refuses a name the court's other organisations already have.
 */
async function checkNameFree(tx: Tx, courtId: number, name: string, exceptId: number | null) {
  const court = await tx.execute(sql`select id from courts where id = ${courtId} for no key update`);
  if (!court.rows.length) throw new AppError(422, 'MEDIATION_COURT_UNKNOWN', '所选法院不存在。', 'No such court.', { field: '/courtId' });
  const taken = await tx.execute(sql`select 1 from mediation_organisations where court_id = ${courtId} and name = ${name} and id <> ${exceptId ?? 0}`);
  if (taken.rows.length) {
    throw new AppError(409, 'MEDIATION_ORGANISATION_NAME_TAKEN', '本院已登记同名的调解组织，请换一个名称。', 'This court already has a mediation organisation with that name; choose another.', { field: '/name' });
  }
}

export async function createOrganisation(tx: Tx, actor: Actor, scope: MediationAdminScope, input: OrganisationInput): Promise<OrganisationRow> {
  courtInScope(scope, input.courtId);
  await checkNameFree(tx, input.courtId, input.name, null);
  const r = await tx.execute<{ id: number }>(sql`
    insert into mediation_organisations (court_id, name, kind, contact, is_active)
    values (${input.courtId}, ${input.name}, ${input.kind}, ${input.contact ?? null}, ${input.isActive ?? true}) returning id`);
  const created = (await loadOrganisation(tx, Number(r.rows[0]!.id)))!;
  await audit(tx, actor.userId, 'create', 'mediationOrganisation', created.id, null, created);
  return created;
}

/** Another court's organisation is not found for a 立案庭 chief (its existence does not leak). */
export async function updateOrganisation(tx: Tx, actor: Actor, scope: MediationAdminScope, id: number, patch: OrganisationUpdate): Promise<OrganisationRow> {
  const locked = await tx.execute(sql`select id from mediation_organisations where id = ${id} for update`);
  const before = locked.rows.length ? await loadOrganisation(tx, id) : undefined;
  if (!before || (scope !== 'all' && before.courtId !== scope)) throw organisationUnknown();
  const name = patch.name ?? before.name;
  if (name !== before.name) await checkNameFree(tx, before.courtId, name, id);
  await tx.execute(sql`
    update mediation_organisations set name = ${name}, kind = ${patch.kind ?? before.kind},
           contact = ${patch.contact === undefined ? before.contact : patch.contact}, is_active = ${patch.isActive ?? before.isActive}
     where id = ${id}`);
  const after = (await loadOrganisation(tx, id))!;
  await audit(tx, actor.userId, 'update', 'mediationOrganisation', id, before, after);
  return after;
}
