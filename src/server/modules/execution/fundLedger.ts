// The execution-fund ledger in the database (一案一账户, rules.md §5.7): the domain's `postEntry` decides every entry
// against the case's entries read under the case's row lock, and the entry and its postings are written in the same
// transaction — so no balance inside the court's execution account can go below zero, and entries are never edited.
import { sql } from 'drizzle-orm';
import { emptyLedger, postEntry, type LedgerEntry, type LedgerState, type Posting } from '../../../domain/execution/ledger';
import type { Queryable, Tx } from '../../db/database';
import { AppError } from '../../http/appError';

/** The court account key of the domain ledger: one execution account per court. */
const courtAccountOf = (courtId: number) => String(courtId);

type EntryRow = {
  id: string;
  kind: LedgerEntry['kind'];
  case_id: string | null;
  receipt_id: string | null;
  applicant_party_id: string | null;
  amount_fen: string;
  shares: { applicantId: string; amountFen: string }[] | null;
  reverses_id: string | null;
};

function domainEntry(courtId: number, r: EntryRow, receiptEntryOf: Map<string, string>): LedgerEntry {
  const base = { id: r.id, courtAccount: courtAccountOf(courtId) };
  switch (r.kind) {
    case 'receipt':
      return { ...base, kind: 'receipt', amountFen: BigInt(r.amount_fen), caseId: r.case_id };
    case 'claim':
      return { ...base, kind: 'claim', receiptId: receiptEntryOf.get(r.receipt_id!) ?? `receipt:${r.receipt_id}`, caseId: r.case_id! };
    case 'feeDeduction':
      return { ...base, kind: 'feeDeduction', caseId: r.case_id!, amountFen: BigInt(r.amount_fen) };
    case 'allocation':
      return { ...base, kind: 'allocation', caseId: r.case_id!, shares: (r.shares ?? []).map((s) => ({ applicantId: s.applicantId, amountFen: BigInt(s.amountFen) })) };
    case 'disbursement':
      return { ...base, kind: 'disbursement', caseId: r.case_id!, applicantId: r.applicant_party_id!, amountFen: BigInt(r.amount_fen) };
    case 'reversal':
      return { ...base, kind: 'reversal', reversesId: r.reverses_id! };
  }
}

/**
 * The ledger of one case (its entries, and the receipts its claims took), folded by the domain. The caller holds the
 * case's lock (`lockCaseFunds`) when it is about to post.
 */
export async function loadCaseLedger(q: Queryable, courtId: number, caseId: number, claimReceiptIds: readonly number[] = []): Promise<LedgerState> {
  const r = await q.execute<EntryRow>(sql`
    select id, kind, case_id, receipt_id, applicant_party_id, amount_fen, shares, reverses_id from execution_ledger_entries
     where court_id = ${courtId}
       and (case_id = ${caseId}
            or (kind = 'receipt' and case_id is null and receipt_id in (
                  select receipt_id from execution_ledger_entries where case_id = ${caseId} and kind = 'claim'
                  union all select unnest(${sql.param([...claimReceiptIds])}::bigint[])))
            or id in (select reverses_id from execution_ledger_entries where case_id = ${caseId} and kind = 'reversal'))
     order by id`);
  const receiptEntryOf = new Map(r.rows.filter((e) => e.kind === 'receipt' && e.receipt_id !== null).map((e) => [e.receipt_id!, e.id]));
  const state = emptyLedger();
  for (const row of r.rows) postEntry(state, domainEntry(courtId, row, receiptEntryOf));
  return state;
}

/** Serialises every movement of one case's money (the row of its execution record). */
export async function lockCaseFunds(tx: Tx, caseId: number): Promise<void> {
  const r = await tx.execute(sql`select case_id from execution_cases where case_id = ${caseId} for update`);
  if (!r.rows.length) throw new AppError(404, 'CASE_NOT_FOUND', '案件不存在。', 'No such case.');
}

export interface EntryFacts {
  caseId: number | null;
  receiptId?: number | null;
  applicantPartyId?: number | null;
  payoutId?: number | null;
  entryOn: string;
  payoutDueOn?: string | null;
  note?: string | null;
  createdBy: number | null;
  /** When it was booked, by the application's clock (the reports' "since the last report"); default the database's now. */
  at?: Date;
}

const postingRows = (entryId: number, courtId: number, postings: readonly Posting[]) =>
  postings.map((p) => ({
    entryId,
    courtId,
    account: p.account.type,
    caseId: 'caseId' in p.account ? Number(p.account.caseId) : null,
    applicantPartyId: 'applicantId' in p.account ? Number(p.account.applicantId) : null,
    amountFen: Number(p.amountFen),
  }));

async function insertPostings(tx: Tx, rows: ReturnType<typeof postingRows>): Promise<void> {
  if (!rows.length) return;
  const col = <T>(f: (p: (typeof rows)[number]) => T) => sql.param(rows.map(f));
  await tx.execute(sql`
    insert into execution_ledger_postings (entry_id, court_id, account, case_id, applicant_party_id, amount_fen)
    select * from unnest(${col((p) => p.entryId)}::bigint[], ${col((p) => p.courtId)}::int[], ${col((p) => p.account)}::text[],
                         ${col((p) => p.caseId)}::bigint[], ${col((p) => p.applicantPartyId)}::bigint[], ${col((p) => p.amountFen)}::bigint[])`);
}

const amountOf = (e: LedgerEntry, postings: readonly Posting[]): bigint => {
  if ('amountFen' in e) return e.amountFen;
  if (e.kind === 'allocation') return e.shares.reduce((s, x) => s + x.amountFen, 0n);
  return postings.filter((p) => p.amountFen > 0n).reduce((s, p) => s + p.amountFen, 0n);
};

/**
 * Posts one entry on the loaded ledger: the domain refuses it (nothing written) or returns its postings, which are
 * written with the entry. `entry.id` is a placeholder; the database assigns the id, returned here.
 */
export async function postLedgerEntry(tx: Tx, courtId: number, state: LedgerState, entry: LedgerEntry, facts: EntryFacts): Promise<number> {
  const posted = postEntry(state, entry);
  const shares = entry.kind === 'allocation' ? JSON.stringify(entry.shares.map((s) => ({ applicantId: s.applicantId, amountFen: String(s.amountFen) }))) : null;
  const r = await tx.execute<{ id: string }>(sql`
    insert into execution_ledger_entries (court_id, kind, case_id, receipt_id, applicant_party_id, amount_fen, shares, reverses_id, payout_id, entry_on, payout_due_on, note, created_by, created_at)
    values (${courtId}, ${entry.kind}, ${facts.caseId}, ${facts.receiptId ?? null}, ${facts.applicantPartyId ?? null}, ${Number(amountOf(entry, posted.postings))}, ${shares}::jsonb,
            ${entry.kind === 'reversal' ? Number(entry.reversesId) : null}, ${facts.payoutId ?? null}, ${facts.entryOn}::date, ${facts.payoutDueOn ?? null}::date, ${facts.note ?? null}, ${facts.createdBy},
            coalesce(${facts.at?.toISOString() ?? null}::timestamptz, now()))
    returning id`);
  const id = Number(r.rows[0]!.id);
  if (entry.kind === 'reversal') await tx.execute(sql`update execution_ledger_entries set reversed_by = ${id} where id = ${Number(entry.reversesId)}`);
  await insertPostings(tx, postingRows(id, courtId, posted.postings));
  // The domain keyed the entry by its placeholder; later entries in this transaction refer to the real id.
  state.entries.set(String(id), { ...state.entries.get(entry.id)!, entry: { ...entry, id: String(id) } });
  state.entries.delete(entry.id);
  return id;
}

/** A receipt entry for each booked line (a receipt never fails: amounts are positive), entries and postings in two statements. */
export async function postReceiptEntries(
  tx: Tx,
  courtId: number,
  receipts: readonly { receiptId: number; caseId: number | null; amountFen: number; receivedOn: string; payoutDueOn: string | null; note: string }[],
  userId: number | null,
): Promise<void> {
  if (!receipts.length) return;
  const col = <T>(f: (x: (typeof receipts)[number]) => T) => sql.param(receipts.map(f));
  const ids = await tx.execute<{ id: string; receipt_id: string }>(sql`
    insert into execution_ledger_entries (court_id, kind, case_id, receipt_id, amount_fen, entry_on, payout_due_on, note, created_by)
    select ${courtId}, 'receipt', r.case_id, r.receipt_id, r.amount_fen, r.entry_on, r.payout_due_on, r.note, ${userId}
      from unnest(${col((x) => x.caseId)}::bigint[], ${col((x) => x.receiptId)}::bigint[], ${col((x) => x.amountFen)}::bigint[],
                  ${col((x) => x.receivedOn)}::date[], ${col((x) => x.payoutDueOn)}::date[], ${col((x) => x.note)}::text[])
           as r(case_id, receipt_id, amount_fen, entry_on, payout_due_on, note)
    returning id, receipt_id`);
  const entryOf = new Map(ids.rows.map((r) => [Number(r.receipt_id), Number(r.id)]));
  const state = emptyLedger();
  const rows = receipts.flatMap((x) => {
    const posted = postEntry(state, { id: String(x.receiptId), courtAccount: courtAccountOf(courtId), kind: 'receipt', amountFen: BigInt(x.amountFen), caseId: x.caseId === null ? null : String(x.caseId) });
    return postingRows(entryOf.get(x.receiptId)!, courtId, posted.postings);
  });
  await insertPostings(tx, rows);
}

export { courtAccountOf };
