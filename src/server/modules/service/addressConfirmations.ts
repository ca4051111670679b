// 送达地址确认书 and the address book: the addresses a party confirmed (carried over from the first instance
// unless changed, CPL-Interp art 137), the consent they carry, and every address known for the person.
import { sql } from 'drizzle-orm';
import type { PlainDate } from '../../../domain/calendar/plainDate';
import { checkConfirmation, impliedByFiling, sourceInCase, type AddressEntry, type ConfirmedAddresses } from '../../../domain/service/addressConfirmation';
import type { AddressConfirmationInput } from '../../../contracts/service';
import type { Tx } from '../../db/database';
import { addressBook, addressConfirmations, type caseParties } from '../../db/schema';
import { appendCaseEvent, type CaseRow } from '../cases/caseRecord';

export type PartyRow = typeof caseParties.$inferSelect;

export interface EffectiveConfirmation {
  addresses: ConfirmedAddresses;
  /** 'confirmed': signed in this case; 'carriedOver': signed in an earlier instance; 'filing': implied by the filer's own papers. */
  basis: 'confirmed' | 'carriedOver' | 'filing';
  confirmationId: number | null;
  source: 'portal' | 'paper' | null;
  signedAt: string | null;
  fromCaseId: number | null;
  fromCaseNumber: string | null;
}

/** The key that follows a person or organisation across cases: its ID or unified social credit code. */
export function subjectKeyOf(p: Pick<PartyRow, 'idType' | 'idNumber' | 'creditCode'>): string | null {
  if (p.creditCode) return `org:${p.creditCode}`;
  if (p.idNumber) return `id:${p.idType ?? 'other'}:${p.idNumber}`;
  return null;
}

function fromRow(r: Record<string, any>): ConfirmedAddresses {
  return { mobile: r.mobile, email: r.email, postalAddress: r.postal_address, platformAccount: r.platform_account, electronicConsent: r.electronic_consent, consentScope: r.consent_scope };
}

/**
 * The confirmation in force for a party: its own, else its first-instance self's (CPL-Interp art 137: it carries
 * over to appeal, retrial and execution unless changed), else the consent implied by the filer's own filing.
 */
export async function effectiveConfirmation(tx: Tx, party: PartyRow, c: Pick<CaseRow, 'filedBy'>): Promise<EffectiveConfirmation | null> {
  const r = await tx.execute<Record<string, any>>(sql`
    with recursive chain(id, origin, depth) as (
      select id, origin_party_id, 0 from case_parties where id = ${party.id}
      union all
      select p.id, p.origin_party_id, chain.depth + 1 from case_parties p join chain on p.id = chain.origin where chain.depth < 10
    )
    select a.*, chain.depth, k.case_number from chain
      join address_confirmations a on a.party_id = chain.id and a.superseded_at is null
      join cases k on k.id = a.case_id
     order by chain.depth limit 1`);
  const row = r.rows[0];
  if (row) {
    const carried = Number(row.depth) > 0;
    return {
      addresses: fromRow(row),
      basis: carried ? 'carriedOver' : 'confirmed',
      confirmationId: Number(row.id),
      source: row.source,
      signedAt: new Date(row.signed_at).toISOString(),
      fromCaseId: carried ? Number(row.case_id) : null,
      fromCaseNumber: carried ? row.case_number : null,
    };
  }
  if (party.userId !== null && party.userId === c.filedBy) {
    return { addresses: impliedByFiling(), basis: 'filing', confirmationId: null, source: null, signedAt: null, fromCaseId: null, fromCaseNumber: null };
  }
  return null;
}

/** Signs a new confirmation for the party; the previous one stops being in force, and the address book learns it. */
export async function confirmAddresses(
  tx: Tx,
  o: { party: PartyRow; addresses: ConfirmedAddresses; signed: boolean; source: 'portal' | 'paper'; signedBy: number; today: PlainDate },
): Promise<number> {
  checkConfirmation(o.addresses, { hasAccount: o.party.userId !== null, signed: o.signed });
  await tx.execute(sql`update address_confirmations set superseded_at = now() where party_id = ${o.party.id} and superseded_at is null`);
  const a = o.addresses;
  const row = await tx
    .insert(addressConfirmations)
    .values({
      caseId: o.party.caseId,
      partyId: o.party.id,
      mobile: a.mobile,
      email: a.email,
      postalAddress: a.postalAddress,
      platformAccount: a.platformAccount,
      electronicConsent: a.electronicConsent,
      consentScope: a.consentScope,
      source: o.source,
      signedBy: o.signedBy,
    })
    .returning({ id: addressConfirmations.id });
  const key = subjectKeyOf(o.party);
  if (key) {
    const entries: [AddressEntry['kind'], string | null][] = [
      ['postal', a.postalAddress],
      ['mobile', a.mobile],
      ['email', a.email],
    ];
    for (const [kind, value] of entries) {
      if (value) await rememberAddress(tx, { subjectKey: key, kind, value, source: 'confirmed', caseId: o.party.caseId, recordedOn: o.today });
    }
  }
  return row[0]!.id;
}

/** A confirmation as signed on the portal (with the filing or later) or recorded from paper, with its timeline event. */
export async function signAddressConfirmation(
  tx: Tx,
  o: { case: Pick<CaseRow, 'id' | 'node'>; party: PartyRow; input: AddressConfirmationInput; source: 'portal' | 'paper'; actorId: number; actorRole: string; today: PlainDate; at: Date },
): Promise<void> {
  const clean = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  const b = o.input;
  const addresses = { mobile: clean(b.mobile), email: clean(b.email), postalAddress: clean(b.postalAddress), platformAccount: b.platformAccount, electronicConsent: b.electronicConsent, consentScope: b.consentScope };
  await confirmAddresses(tx, { party: o.party, addresses, signed: b.signed, source: o.source, signedBy: o.actorId, today: o.today });
  await appendCaseEvent(tx, {
    caseId: o.case.id,
    event: 'addressConfirmed',
    actorId: o.actorId,
    actorRole: o.actorRole,
    nodeBefore: o.case.node,
    nodeAfter: o.case.node,
    payload: { party: o.party.name, electronicConsent: addresses.electronicConsent, consentScope: addresses.consentScope, source: o.source },
    at: o.at,
  });
}

/** Adds (or refreshes the date of) an address of a person in the address book. */
export async function rememberAddress(tx: Tx, e: { subjectKey: string; kind: AddressEntry['kind']; value: string; source: string; caseId: number | null; recordedOn: PlainDate }) {
  await tx
    .insert(addressBook)
    .values(e)
    .onConflictDoUpdate({
      target: [addressBook.subjectKey, addressBook.kind, addressBook.value, addressBook.source],
      set: { recordedOn: sql`greatest(${addressBook.recordedOn}, excluded.recorded_on)`, caseId: sql`excluded.case_id` },
    });
}

/** Every address known for the party's person, with the ones the filing gave in this case. */
export async function knownAddresses(tx: Tx, party: PartyRow, c: Pick<CaseRow, 'filedBy' | 'receivedOn'>): Promise<(AddressEntry & { caseId: number | null; caseNumber: string | null })[]> {
  const own: (AddressEntry & { caseId: number | null; caseNumber: string | null })[] = [];
  // The filer's own papers are art 8(2) addresses; what the other side wrote about a party is only a lead.
  const source = party.userId !== null && party.userId === c.filedBy ? 'courtFiling' : 'givenByOtherParty';
  if (party.address) own.push({ kind: 'postal', value: party.address, source, recordedOn: c.receivedOn, caseId: party.caseId, caseNumber: null });
  if (party.phone) own.push({ kind: 'mobile', value: party.phone, source, recordedOn: c.receivedOn, caseId: party.caseId, caseNumber: null });
  const key = subjectKeyOf(party);
  if (!key) return own;
  const r = await tx.execute<Record<string, any>>(sql`
    select b.kind, b.value, b.source, b.recorded_on, b.case_id, k.case_number
      from address_book b left join cases k on k.id = b.case_id
     where b.subject_key = ${key}`);
  return [
    ...own,
    ...r.rows.map((x) => ({
      kind: x.kind,
      value: x.value,
      source: sourceInCase(x.source, x.case_id === null ? null : Number(x.case_id), party.caseId),
      recordedOn: x.recorded_on,
      caseId: x.case_id === null ? null : Number(x.case_id),
      caseNumber: x.case_number,
    })),
  ];
}
