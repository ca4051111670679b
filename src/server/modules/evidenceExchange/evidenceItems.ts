// Every line of a submitted 证据清单 becomes an evidence item, numbered per party (原告证据1, 2…), in the submission's
// transaction; late items wait for the court (CPL-2023 art 68).
import { sql } from 'drizzle-orm';
import { caseTypeOf } from '../../../domain/casetypes/registry';
import { initialStatus, sideOf, type EvidenceStatus } from '../../../domain/evidence/exchange';
import type { Tx } from '../../db/database';
import { evidenceItems } from '../../db/schema';

export interface SubmittedItem {
  name: string;
  source: string;
  purpose: string;
  pages: number;
  attachmentIds?: number[];
}

export interface Submission {
  caseId: number;
  caseType: string;
  party: { id: number; standing: string };
  items: readonly SubmittedItem[];
  isLate: boolean;
  lateReason: string | null;
  submittedBy: number;
  now: Date;
}

/** Inserts the items (the caller holds the case lock, so the per-party numbering is stable); returns their ids. */
export async function insertEvidenceItems(tx: Tx, s: Submission): Promise<number[]> {
  // Only case types that exchange evidence (民初, 民终) keep items: elsewhere (行初…) nothing would ever release them.
  if (!Object.hasOwn(caseTypeOf(s.caseType).events, 'exchangeEvidence')) return [];
  const last = await tx.execute<{ seq: number | null }>(sql`select max(seq) as seq from evidence_items where case_id = ${s.caseId} and party_id = ${s.party.id}`);
  const from = Number(last.rows[0]?.seq ?? 0);
  const status: EvidenceStatus = initialStatus(s.isLate);
  const rows = await tx
    .insert(evidenceItems)
    .values(
      s.items.map((i, n) => ({
        caseId: s.caseId,
        partyId: s.party.id,
        side: sideOf(s.party.standing, s.party.id),
        seq: from + n + 1,
        name: i.name,
        source: i.source,
        purpose: i.purpose,
        pages: i.pages,
        attachmentIds: [...new Set(i.attachmentIds ?? [])],
        submittedAt: s.now,
        submittedBy: s.submittedBy,
        isLate: s.isLate,
        lateReason: s.isLate ? s.lateReason : null,
        status,
      })),
    )
    .returning({ id: evidenceItems.id });
  return rows.map((r) => Number(r.id));
}
