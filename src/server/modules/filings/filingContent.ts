// The parts of a filing shared by submission and correction: checks against reference data, parties, attachments.
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { FilingInput } from '../../../contracts/cases';
import type { AddressConfirmationInput } from '../../../contracts/service';
import { fileEntry } from '../../../domain/transparency/logEntries';
import { checkRequiredMaterials, requiredFilingMaterials } from '../../../domain/filing/materials';
import { validateFilingParties, type FilingParty } from '../../../domain/filing/validateFiling';
import { refusalUnder } from '../../../domain/errors/domainError';
import { yuanToFen } from '../../../domain/money/yuan';
import { hasRole, type Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { addressConfirmations, attachments, caseAgents, caseParties, causes } from '../../db/schema';
import { AppError } from '../../http/appError';
import type { CaseRow } from '../cases/caseRecord';
import { queueEntry } from '../transparency/transparencyLog';
import { signAddressConfirmation, subjectKeyOf, type PartyRow } from '../service/addressConfirmations';
import { checkChallengedAct } from '../administrative/challengedActs';

export interface CheckedFiling {
  causeId: number | null;
  causeName: string | null;
  amountFen: bigint | null;
  claims: string[];
  facts: string;
  parties: FilingParty[];
  /** 行初: the challenged act to store, with its lawsuit-deadline check. */
  administrativeAct: ReturnType<typeof checkChallengedAct> | null;
}

type FilingContent = Omit<FilingInput, 'caseType' | 'courtId'>;

/** The civil cause (民初), or the administrative act (行初: no civil cause), and the parties, checked. */
export async function checkFilingContent(tx: Tx, actor: Actor, caseType: string, f: FilingContent, today: string): Promise<CheckedFiling> {
  const isAdministrative = caseType === '行初';
  if (isAdministrative && f.causeId !== undefined) {
    throw new AppError(422, 'CAUSE_NOT_APPLICABLE', '行政起诉不选择民事案由，请填写被诉行政行为。', 'An administrative complaint has no civil cause of action; state the challenged act instead.', { field: '/causeId' });
  }
  if (!isAdministrative && f.causeId === undefined) throw new AppError(422, 'CAUSE_REQUIRED', '请选择案由。', 'Choose the cause of action.', { field: '/causeId' });
  if (!isAdministrative && f.administrativeAct) {
    throw new AppError(422, 'ADMIN_ACT_NOT_APPLICABLE', '民事起诉无需填写被诉行政行为。', 'A civil complaint challenges no administrative act.', { field: '/administrativeAct' });
  }
  // The cause and the filer's verified identity in one round trip.
  const cause = await tx
    .select({ cause: causes, filerIdNumber: sql<string | null>`(select u.id_number from users u where u.id = ${actor.userId})` })
    .from(causes)
    .where(eq(causes.id, f.causeId ?? 0));
  const filerIdNumber = cause[0]?.filerIdNumber ?? (await tx.execute<{ id_number: string | null }>(sql`select id_number from users where id = ${actor.userId}`)).rows[0]?.id_number ?? null;
  const c = cause[0]?.cause;
  if (!isAdministrative) {
    if (!c || !c.isActive) throw new AppError(422, 'CAUSE_UNKNOWN', '所选案由不存在或已停用，请从案由目录中重新选择。', 'The cause of action does not exist or is retired; pick one from the catalogue.');
    if (c.level < 2) throw new AppError(422, 'CAUSE_TOO_GENERAL', `“${c.name}”是案由目录的部分名称，请选择更具体的案由。`, `"${c.name}" is a part heading; choose a more specific cause of action.`);
  }
  // A filing clerk recording a filing at the counter (跨域立案) files for no party of their own.
  const filer = hasRole(actor, 'party', 'lawyer') ? { role: hasRole(actor, 'lawyer') ? ('lawyer' as const) : ('party' as const), idNumber: filerIdNumber } : null;
  const parties = validateFilingParties(f.parties, filer, today);
  if (!isAdministrative && parties.some((p) => p.kind === 'organ' && p.standing === 'defendant')) {
    // [U] an organ sued in a civil dispute (as a contracting party) is entered as an organisation.
    throw new AppError(422, 'ORGAN_IN_CIVIL_CASE', '民事案件中的机关当事人请登记为“法人或其他组织”；起诉行政行为请选择行政起诉。', 'In a civil case enter an organ as an organisation; to challenge an administrative act file an administrative complaint.');
  }
  return {
    administrativeAct: isAdministrative ? checkChallengedAct(f.administrativeAct, parties, today) : null,
    causeId: c && !isAdministrative ? c.id : null,
    causeName: c && !isAdministrative ? c.name : null,
    amountFen: f.amount !== undefined ? yuanToFen(f.amount) : null,
    claims: f.claims.map((x) => x.trim()).filter(Boolean),
    facts: f.facts.trim(),
    parties,
  };
}

/** Inserts the parties, linking portal accounts by verified identity and the filing lawyer to the clients; returns the filer's own parties. */
export async function insertFilingParties(tx: Tx, caseId: number, actor: Actor, parties: FilingParty[]): Promise<PartyRow[]> {
  if (!parties.length) return [];
  // A party with a portal account of the same verified identity is linked to it, looked up inside the insert.
  const accountOf = (idNumber: string) => sql`(select u.id from users u where u.is_active and 'party' = any(u.roles) and u.id_number = ${idNumber} order by u.id limit 1)`;
  // All parties in one statement; rows come back matched to the input by their ordinal.
  const rows = await tx
    .insert(caseParties)
    .values(
      parties.map((p, i) => ({
        caseId,
        standing: p.standing,
        kind: p.kind,
        name: p.name,
        idType: p.idType ?? null,
        idNumber: p.idNumber ?? null,
        creditCode: p.creditCode ?? null,
        legalRepresentative: (p as { legalRepresentative?: string }).legalRepresentative ?? null,
        address: (p as { address?: string }).address ?? null,
        phone: (p as { phone?: string }).phone ?? null,
        hasForeignDomicile: p.hasForeignDomicile ?? false,
        // A legal person's (an organ's) account carries its credit code as its identity number.
        userId: p.isSelf ? actor.userId : p.idNumber ? accountOf(p.idNumber) : p.creditCode ? accountOf(p.creditCode) : null,
        ordinal: i + 1,
      })),
    )
    .returning();
  const byOrdinal = new Map(rows.map((r) => [r.ordinal, r]));
  const rowOf = (i: number) => byOrdinal.get(i + 1)!;
  const clients = parties.flatMap((p, i) => (p.isClient ? [rowOf(i)] : []));
  if (clients.length) await tx.insert(caseAgents).values(clients.map((row) => ({ caseId, partyId: row.id, userId: actor.userId, kind: 'lawyer' as const })));
  return parties.flatMap((p, i) => (p.isSelf || p.isClient ? [rowOf(i)] : []));
}

/**
 * A corrected filing's parties replace the old ones; an address confirmation already signed follows its party to
 * the new row (same identity, else same standing and name) so a correction never loses a signature.
 */
export async function replaceFilingParties(tx: Tx, caseId: number, actor: Actor, parties: FilingParty[]): Promise<PartyRow[]> {
  const old = await tx.select().from(caseParties).where(eq(caseParties.caseId, caseId));
  await tx.delete(caseAgents).where(eq(caseAgents.caseId, caseId));
  const own = await insertFilingParties(tx, caseId, actor, parties);
  const oldIds = new Set(old.map((p) => p.id));
  const fresh = (await tx.select().from(caseParties).where(eq(caseParties.caseId, caseId))).filter((p) => !oldIds.has(p.id));
  for (const p of old) {
    const key = subjectKeyOf(p);
    const heir = fresh.find((n) => key !== null && subjectKeyOf(n) === key) ?? fresh.find((n) => n.standing === p.standing && n.name === p.name);
    if (heir) await tx.update(addressConfirmations).set({ partyId: heir.id }).where(eq(addressConfirmations.partyId, p.id));
    else await tx.delete(addressConfirmations).where(eq(addressConfirmations.partyId, p.id));
  }
  if (old.length) await tx.delete(caseParties).where(inArray(caseParties.id, [...oldIds]));
  return own;
}

/** Signs the filer's 送达地址确认书 for its own parties (the clients, for a lawyer) as part of the filing. */
export async function confirmFilersAddresses(tx: Tx, c: Pick<CaseRow, 'id' | 'node'>, actor: Actor, own: PartyRow[], input: AddressConfirmationInput | undefined, today: string, at: Date) {
  if (!input) return;
  const actorRole = hasRole(actor, 'lawyer') ? 'lawyer' : 'party';
  try {
    for (const party of own) await signAddressConfirmation(tx, { case: c, party, input, source: 'portal', actorId: actor.userId, actorRole, today, at });
  } catch (e) {
    throw refusalUnder(e, '/addressConfirmation');
  }
}

/** Attaches the actor's own uploads to the case (those already on it stay), filed under `category` when given. */
export async function claimAttachments(tx: Tx, caseId: number, actor: Actor, ids: number[], opts: { category?: string } = {}): Promise<void> {
  if (!ids.length) return;
  const unique = [...new Set(ids)];
  const claimed = await tx
    .update(attachments)
    .set({ caseId, ...(opts.category ? { category: opts.category } : {}) })
    .where(and(inArray(attachments.id, unique), eq(attachments.uploadedBy, actor.userId), or(isNull(attachments.caseId), eq(attachments.caseId, caseId))))
    .returning();
  for (const a of claimed) await queueEntry(tx, 'caseFile', a.id, fileEntry({ ...a, caseId }));
  if (claimed.length !== unique.length) {
    const got = new Set(claimed.map((c) => c.id));
    throw new AppError(422, 'ATTACHMENT_INVALID', '部分附件不存在、不是您上传的或已用于其他案件，请重新上传。', 'Some attachments do not exist, are not yours, or belong to another case; upload them again.', {
      attachmentIds: unique.filter((id) => !got.has(id)),
    });
  }
}

/** The complaint's required materials (the 起诉状; a lawyer's 授权委托书 and 律师执业证) are among the case's files. */
export async function checkFilingMaterials(tx: Tx, caseId: number, actor: Actor): Promise<void> {
  const rows = await tx.selectDistinct({ category: attachments.category }).from(attachments).where(eq(attachments.caseId, caseId));
  checkRequiredMaterials(requiredFilingMaterials(hasRole(actor, 'lawyer') ? 'lawyer' : 'party'), rows.map((r) => r.category));
}
