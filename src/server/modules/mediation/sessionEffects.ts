// Sessions and materials of a mediation: scheduled with a place or the configured meeting link, recorded once begun;
// the parties' materials join the matter (and follow the dispute to court if it fails).
import { sql } from 'drizzle-orm';
import { checkSessionPlan, checkSessionRecordable, meetingUrl } from '../../../domain/mediation/sessions';
import type { EffectHandler } from '../cases/effects/effectContext';
import { claimAttachments } from '../filings/filingContent';

export const scheduleMediationSession: EffectHandler = async ({ tx, deps, case: c, actor, input, now }) => {
  const template = deps.config.mediationMeetingUrl;
  checkSessionPlan(input, now.toISOString(), template);
  const r = await tx.execute<{ id: number }>(sql`
    insert into mediation_sessions (case_id, starts_at, ends_at, place, created_by)
    values (${c.id}, ${input.startsAt}, ${input.endsAt ?? null}, ${input.place?.trim() || null}, ${actor.userId}) returning id`);
  const id = Number(r.rows[0]!.id);
  const url = input.online && template ? meetingUrl(template, { caseNumber: c.caseNumber ?? String(c.id), session: id }) : null;
  if (url) await tx.execute(sql`update mediation_sessions set meeting_url = ${url} where id = ${id}`);
  return { sessionId: id, startsAt: input.startsAt, place: input.place?.trim() || null, meetingUrl: url };
};

export const recordMediationSession: EffectHandler = async ({ tx, case: c, input, now }) => {
  const s = (await tx.execute<{ status: string; starts_at: Date }>(sql`select status, starts_at from mediation_sessions where id = ${input.sessionId} and case_id = ${c.id} for update`)).rows[0];
  checkSessionRecordable(s && { status: s.status, startsAt: new Date(s.starts_at).toISOString() }, now.toISOString());
  await tx.execute(sql`update mediation_sessions set status = 'held', record = ${input.record}, recorded_at = ${now} where id = ${input.sessionId}`);
  return { sessionId: input.sessionId };
};

export const recordMediationMaterials: EffectHandler = async ({ tx, case: c, actor, input }) => {
  await claimAttachments(tx, c.id, actor, input.attachmentIds, { category: 'mediationMaterial' });
  return { attachmentIds: input.attachmentIds, note: input.note ?? null };
};
