// 要素式答辩 as a case event's effect: the party's answers are checked against the complaint's elements and stored
// (a later answer within the period replaces the earlier one; each stays on the timeline).
import { sql } from 'drizzle-orm';
import { elementAnswerTiming } from '../../../domain/elements/answerTiming';
import { assertAnswers, type ElementAnswers } from '../../../domain/elements/elementDisputes';
import { refuse } from '../../../domain/errors/domainError';
import type { EffectHandler } from '../cases/effects/effectContext';
import { latestPeriod, partyOfCase } from '../cases/effects/pleadingEffects';
import { loadComplaintElements } from './caseElements';

export const recordElementAnswers: EffectHandler = async (ctx) => {
  const { tx, input, today, now, actor } = ctx;
  const party = await partyOfCase(ctx, input.partyId, ['defendant', 'thirdParty']);
  const stored = await loadComplaintElements(tx, ctx.case.id);
  if (!stored) refuse('ELEMENTS_NONE', 'invalid', '本案不是要素式起诉，请以“提交答辩状”答辩。', 'The complaint was not filed in the element form; answer it with a defence.');
  const answers = input.answers as ElementAnswers;
  assertAnswers(stored.schema, stored.values, answers);
  const timing = elementAnswerTiming(await latestPeriod(tx, ctx.case.id, 'defence', party.id), today);
  await tx.execute(sql`
    insert into case_element_answers (case_id, party_id, schema_version, answers, answered_by, timing, answered_at)
    values (${ctx.case.id}, ${party.id}, ${stored.schema.version}, ${JSON.stringify(answers)}::jsonb, ${actor.userId}, ${timing}, ${now})
    on conflict (case_id, party_id) do update set schema_version = excluded.schema_version, answers = excluded.answers, answered_by = excluded.answered_by, timing = excluded.timing, answered_at = excluded.answered_at`);
  const count = (s: string) => Object.values(answers).filter((a) => a.stance === s).length;
  return { partyId: party.id, name: party.name, timing, admitted: count('admit'), denied: count('deny'), explained: count('explain') };
};
