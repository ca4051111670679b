// The criminal facts of a case as its page shows them: defendants with charges, detention, counsel and the sentence.
import { sql } from 'drizzle-orm';
import type { CriminalFacts } from '../../../contracts/criminal';
import { isJuvenileAt } from '../../../domain/criminal/defendants';
import { legalAidGrounds } from '../../../domain/criminal/legalAid';
import type { Queryable } from '../../db/database';
import { defendantsOf, intArray } from './criminalFacts';

export async function criminalFacts(q: Queryable, caseId: number, today: string): Promise<CriminalFacts | null> {
  const k = await q.execute<{ prosecution: string; procuratorate: string | null; protested_by: string | null; possible_sentence: string | null }>(sql`
    select k.prosecution, p.name as procuratorate, pp.name as protested_by, k.possible_sentence
      from criminal_cases k left join procuratorates p on p.id = k.procuratorate_id left join procuratorates pp on pp.id = k.protested_by
     where k.case_id = ${caseId}`);
  const row = k.rows[0];
  if (!row) return null;
  const defendants = await defendantsOf(q, caseId);
  const ids = [...new Set(defendants.flatMap((d) => [...d.chargeIds, ...(((d.verdict?.chargeIds as number[] | undefined) ?? []))]))];
  const names = new Map<number, string>();
  if (ids.length) {
    const r = await q.execute<{ id: number; name: string }>(sql`select id, name from criminal_charges where id = any(${intArray(ids)}::int[])`);
    for (const c of r.rows) names.set(Number(c.id), c.name);
  }
  return {
    prosecution: row.prosecution,
    procuratorate: row.procuratorate,
    protestedBy: row.protested_by,
    possibleSentence: row.possible_sentence,
    defendants: defendants.map((d) => {
      const isJuvenile = d.birthOn !== null && isJuvenileAt(d.birthOn, today);
      return {
        partyId: d.partyId,
        name: d.name,
        birthOn: d.birthOn,
        isJuvenile,
        detentionStatus: d.detentionStatus,
        custodyPlace: d.custodyPlace,
        custodyIntervals: d.custodyIntervals,
        charges: d.chargeIds.map((id) => ({ id, name: names.get(id) ?? String(id) })),
        legalAidGrounds: legalAidGrounds({ ...d.legalAidFacts, isJuvenile }),
        counsel: d.counsel,
        plea: d.plea as CriminalFacts['defendants'][number]['plea'],
        verdict: d.verdict as CriminalFacts['defendants'][number]['verdict'],
        sentenceDates: d.sentenceDates,
      };
    }),
  };
}
