// Electronic service through the platform: the document's file goes into the recipient's portal inbox. A party who
// gave this address (the filer's own side) is served on arrival; anyone else when it opens the file in its inbox
// (CPL-Interp art 135; ONLINE-LIT arts 29, 31). Each starts the periods of its own service date.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { caseParties, serviceDeliveries, serviceTasks } from '../../db/schema';
import { AppError } from '../../http/appError';
import type { EffectHandler } from '../cases/effects/effectContext';
import { effectiveConfirmation } from './addressConfirmations';
import { servedFile } from './servedFile';
import { recordAttempt } from './serviceTasks';

export const serveOnPlatform: EffectHandler = async ({ tx, deps, case: c, input, actor, actorRole, today, now }) => {
  const ids = [...new Set(input.partyIds as number[])];
  const parties = await tx.select().from(caseParties).where(and(eq(caseParties.caseId, c.id), inArray(caseParties.id, ids)));
  if (parties.length !== ids.length) throw new AppError(422, 'SERVICE_PARTY_UNKNOWN', '受送达人不是本案当事人。', 'A recipient is not a party to this case.');
  const without = parties.filter((p) => p.userId === null);
  if (without.length) {
    const names = without.map((p) => p.name).join('、');
    throw new AppError(422, 'SERVICE_NO_PLATFORM_ACCOUNT', `${names}没有平台账号，请以其他方式送达。`, `${names} has no platform account: serve another way.`);
  }
  const attachmentId = await servedFile(tx, deps, c, input.document, { attachmentId: input.attachmentId, by: actor.userId, today });
  const sent = [];
  for (const p of parties) {
    // The account is an address the party gave or confirmed (its filing, its signed confirmation): served on
    // arrival; otherwise it is served when it reads the document (ONLINE-LIT arts 29, 31).
    const conf = await effectiveConfirmation(tx, p, c);
    const addressConfirmed = !!conf?.addresses.electronicConsent && conf.addresses.platformAccount;
    const task = (
      await tx.insert(serviceTasks).values({ caseId: c.id, courtId: c.courtId, partyId: p.id, document: input.document, method: 'electronic', status: 'inProgress', address: '平台账号', createdOn: today, createdBy: actor.userId }).returning()
    )[0]!;
    await tx.insert(serviceDeliveries).values({ caseId: c.id, courtId: c.courtId, partyId: p.id, userId: p.userId!, document: input.document, addressConfirmed, sentOn: today, sentBy: actor.userId, deemedOn: null, taskId: task.id, attachmentId });
    const attempt = { method: 'electronic' as const, channel: 'platform', on: today };
    const done = addressConfirmed
      ? await recordAttempt(tx, task, c, { ...attempt, outcome: 'arrived' }, { by: actor.userId, actorRole, today, at: now })
      : await recordAttempt(tx, task, c, { ...attempt, outcome: 'sent' }, { by: actor.userId, actorRole, today, at: now, consentByConduct: true });
    if (done.deemedOn) await tx.execute(sql`update service_deliveries set deemed_on = ${done.deemedOn} where task_id = ${task.id}`);
    sent.push({ partyId: p.id, name: p.name, deemedOn: done.deemedOn, servedWhen: done.deemedOn ? 'arrival' : 'read', periodDueOn: done.periodDueOn });
  }
  return { document: input.document, attachmentId, sent };
};

