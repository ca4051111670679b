// The evidence exchange's lines for a hearing record's first draft: each party's items in order, to be shown and
// cross-examined at the hearing (a TranscriptSkeletonSource, listed by the composition root). Excluded late items are
// left out: they are not before the court.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import { itemLabel } from './evidenceQueries';

export async function evidenceTranscriptLines(q: Queryable, o: { caseId: number }): Promise<{ evidence?: string[] }> {
  const r = await q.execute<{ party_name: string; standing: string; seq: number; name: string; source: string; purpose: string; status: string }>(sql`
    select p.name as party_name, p.standing, i.seq, i.name, i.source, i.purpose, i.status
      from evidence_items i join case_parties p on p.id = i.party_id
     where i.case_id = ${o.caseId} and i.status <> 'excluded' order by p.ordinal, i.seq`);
  if (!r.rows.length) return {};
  const lines: string[] = [];
  let party = '';
  for (const x of r.rows) {
    if (x.party_name !== party) {
      party = x.party_name;
      lines.push(`审判员：${party}出示证据。`);
    }
    lines.push(`${itemLabel(x.standing, x.seq)['zh-CN']}：${x.name}（来源：${x.source}；证明目的：${x.purpose}）${x.status === 'latePending' ? '【逾期提交，待决定是否采纳】' : ''}`);
    lines.push('  对方质证意见：');
  }
  return { evidence: lines };
}
