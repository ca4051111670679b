// The events of a 自诉 before judgment (CrPL arts 212, 213): mediation and the approved settlement or withdrawal close
// the case; the defendant's counterclaim against the 自诉人 is recorded on the timeline.
import { sql } from 'drizzle-orm';
import type { PrivateProsecutionGround } from '../../../domain/criminal/privateProsecution';
import { checkCounterclaim, checkPrivateProsecutionEvent, type PrivateCaseFacts } from '../../../domain/criminal/privateProsecutionEvents';
import type { Queryable } from '../../db/database';
import { AppError } from '../../http/appError';
import { recordClosing } from '../cases/effects/closing';
import type { EffectHandler } from '../cases/effects/effectContext';
import { intArray } from './criminalFacts';

/** The prosecution and, for a 自诉, the ground it was filed on (kept in its `submit` event, filePrivateProsecution.ts). */
async function privateFacts(q: Queryable, caseId: number): Promise<PrivateCaseFacts> {
  const r = await q.execute<{ prosecution: 'public' | 'private'; ground: PrivateProsecutionGround | null }>(sql`
    select k.prosecution, (select e.payload->>'ground' from case_events e where e.case_id = k.case_id and e.event = 'submit' order by e.seq limit 1) as ground
      from criminal_cases k where k.case_id = ${caseId}`);
  return r.rows[0] ?? { prosecution: 'public', ground: null };
}

// CrPL art 212: mediation closes by the 调解书; a settlement or withdrawal the court approves closes as withdrawn.
export const recordPrivateProsecutionEnding: EffectHandler = async (ctx) => {
  const isMediation = ctx.event === 'mediatePrivateProsecution';
  checkPrivateProsecutionEvent(isMediation ? 'mediatePrivateProsecution' : 'approvePrivateEnding', await privateFacts(ctx.tx, ctx.case.id));
  const closing = await recordClosing({ ...ctx, input: { ...ctx.input, method: isMediation ? 'mediation' : 'withdrawal', summary: ctx.input.summary ?? ctx.input.reason } });
  return { ...closing, ending: isMediation ? 'mediation' : ctx.input.kind, source: 'CrPL art 212' };
};

// CrPL art 213: a defendant counterclaims against the 自诉人; the court, the defendant or the defender records it.
export const recordCriminalCounterclaim: EffectHandler = async (ctx) => {
  const { tx, case: c, input } = ctx;
  checkPrivateProsecutionEvent('fileCriminalCounterclaim', await privateFacts(tx, c.id));
  const parties = await tx.execute<{ id: number; standing: string }>(sql`select id, standing from case_parties where case_id = ${c.id}`);
  const party = parties.rows.find((p) => Number(p.id) === input.partyId);
  if (!party || party.standing !== 'defendant') throw new AppError(422, 'COUNTERCLAIMANT_NOT_DEFENDANT', '反诉应当由本案被告人提起。', 'A counterclaim is brought by a defendant of the case.');
  if ((ctx.actorRole === 'party' || ctx.actorRole === 'lawyer') && !ctx.actorPartyIds.includes(input.partyId)) {
    throw new AppError(403, 'COUNTERCLAIM_PARTY_NOT_REPRESENTED', '只能以本人或所辩护的被告人名义提起反诉。', 'You can counterclaim only for yourself or the defendant you defend.');
  }
  const ids = [...new Set(input.chargeIds as number[])];
  const names = await tx.execute<{ name: string }>(sql`select name from criminal_charges where id = any(${intArray(ids)}::int[])`);
  if (names.rows.length !== ids.length) throw new AppError(422, 'CHARGE_UNKNOWN', '所选罪名不在罪名目录中。', 'A charge chosen is not in the catalogue of charges.');
  checkCounterclaim({ ground: input.ground, chargeNames: names.rows.map((n) => n.name) });
  const against = parties.rows.filter((p) => p.standing === 'privateProsecutor').map((p) => Number(p.id));
  return { counterclaimantPartyId: input.partyId, againstPartyIds: against, ground: input.ground, chargeIds: ids, source: 'CrPL art 213' };
};
