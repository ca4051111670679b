// The execution ledger's audit from the postings up (rules.md §5.7; issue 17: "the balance of every case, and of the
// court's execution account, always equals the sum of its entries"): every entry sums to zero, no balance inside a
// court's account is negative, an entry's amount matches its postings, and each court's inside balances equal what it
// received less what it paid out. `courtflow audit-funds` runs it; an empty list means the books are sound.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';

export type FundViolation =
  | { kind: 'entryUnbalanced'; entryId: number; sumFen: string }
  | { kind: 'entryWithoutPostings'; entryId: number }
  | { kind: 'negativeBalance'; courtId: number; account: string; caseId: number | null; applicantPartyId: number | null; balanceFen: string }
  | { kind: 'courtAccountMismatch'; courtId: number; insideFen: string; receivedLessPaidFen: string };

export async function auditExecutionFunds(q: Queryable): Promise<FundViolation[]> {
  const out: FundViolation[] = [];
  const unbalanced = await q.execute<{ entry_id: string; s: string }>(sql`
    select entry_id, sum(amount_fen)::text as s from execution_ledger_postings group by entry_id having sum(amount_fen) <> 0 order by entry_id`);
  for (const r of unbalanced.rows) out.push({ kind: 'entryUnbalanced', entryId: Number(r.entry_id), sumFen: r.s });
  const bare = await q.execute<{ id: string }>(sql`
    select e.id from execution_ledger_entries e where not exists (select 1 from execution_ledger_postings p where p.entry_id = e.id) order by e.id`);
  for (const r of bare.rows) out.push({ kind: 'entryWithoutPostings', entryId: Number(r.id) });
  const negative = await q.execute<{ court_id: number; account: string; case_id: string | null; applicant_party_id: string | null; s: string }>(sql`
    select court_id, account, case_id, applicant_party_id, sum(amount_fen)::text as s from execution_ledger_postings
     where account <> 'outside' group by court_id, account, case_id, applicant_party_id having sum(amount_fen) < 0`);
  for (const r of negative.rows) {
    out.push({ kind: 'negativeBalance', courtId: r.court_id, account: r.account, caseId: r.case_id === null ? null : Number(r.case_id), applicantPartyId: r.applicant_party_id === null ? null : Number(r.applicant_party_id), balanceFen: r.s });
  }
  const courts = await q.execute<{ court_id: number; inside: string; net: string }>(sql`
    select court_id, coalesce(sum(amount_fen) filter (where account <> 'outside'), 0)::text as inside,
           coalesce(-sum(amount_fen) filter (where account = 'outside'), 0)::text as net
      from execution_ledger_postings group by court_id`);
  for (const r of courts.rows) if (r.inside !== r.net) out.push({ kind: 'courtAccountMismatch', courtId: r.court_id, insideFen: r.inside, receivedLessPaidFen: r.net });
  return out;
}
