// 要素认定 as a case event's effect: the judge's findings are checked against the complaint and the earlier findings
// (together they must stay consistent) and stored per element; each finding event stays on the timeline.
import { sql } from 'drizzle-orm';
import { assertFindings, type ElementFindings } from '../../../domain/elements/elementFindings';
import { refuse } from '../../../domain/errors/domainError';
import type { EffectHandler } from '../cases/effects/effectContext';
import { loadComplaintElements, loadFindings } from './caseElements';

export const recordElementFindings: EffectHandler = async (ctx) => {
  const { tx, input, now, actor } = ctx;
  const stored = await loadComplaintElements(tx, ctx.case.id);
  if (!stored) refuse('ELEMENTS_NONE', 'invalid', '本案不是要素式起诉，没有可认定的要素。', 'The complaint was not filed in the element form: there are no elements to find.');
  const given = input.findings as ElementFindings;
  const earlier = await loadFindings(tx, ctx.case.id);
  assertFindings(stored.schema, stored.values, { ...earlier, ...given });
  for (const [element, f] of Object.entries(given)) {
    await tx.execute(sql`
      insert into case_element_findings (case_id, element, established, value, note, found_by, found_at)
      values (${ctx.case.id}, ${element}, ${f.established}, ${f.value === undefined ? null : JSON.stringify(f.value)}::jsonb, ${f.note?.trim() || null}, ${actor.userId}, ${now})
      on conflict (case_id, element) do update set established = excluded.established, value = excluded.value, note = excluded.note, found_by = excluded.found_by, found_at = excluded.found_at`);
  }
  const entries = Object.entries(given);
  return { elements: entries.map(([k]) => k), established: entries.filter(([, f]) => f.established).length, notEstablished: entries.filter(([, f]) => !f.established).length };
};
