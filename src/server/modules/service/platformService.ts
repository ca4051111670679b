// Electronic service through the platform: the document goes into the recipient's portal inbox. A party who gave
// this address (the filer's own side) is served on arrival; anyone else when the inbox reports it read
// (CPL-Interp art 135; ONLINE-LIT arts 29, 31). Each starts the periods of its own service date.
import { and, eq, inArray, sql } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { Bilingual, ErrorBody, IdParams, Page, PageQuery } from '../../../contracts/common';
import { platformServiceDate } from '../../../domain/service/serviceRules';
import { documentLabel } from '../../../domain/service/serviceLabels';
import { requireActor } from '../../http/authenticate';
import { caseParties, serviceDeliveries, serviceTasks } from '../../db/schema';
import type { Tx } from '../../db/database';
import type { PlainDate } from '../../../domain/calendar/plainDate';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { pageOf } from '../../http/pagination';
import type { App } from '../../http/types';
import { appendCaseEvent, lockCase, type CaseRow } from '../cases/caseRecord';
import type { EffectHandler } from '../cases/effects/effectContext';
import { completeComplaintService, startServicePeriod } from '../cases/effects/serviceEffects';
import { clockEnv } from '../clock/periodStore';
import { effectiveConfirmation } from './addressConfirmations';
import { recordAttempt } from './serviceTasks';


export const serveOnPlatform: EffectHandler = async ({ tx, case: c, input, actor, actorRole, today, now }) => {
  const ids = [...new Set(input.partyIds as number[])];
  const parties = await tx.select().from(caseParties).where(and(eq(caseParties.caseId, c.id), inArray(caseParties.id, ids)));
  if (parties.length !== ids.length) throw new AppError(422, 'SERVICE_PARTY_UNKNOWN', '受送达人不是本案当事人。', 'A recipient is not a party to this case.');
  const without = parties.filter((p) => p.userId === null);
  if (without.length) {
    const names = without.map((p) => p.name).join('、');
    throw new AppError(422, 'SERVICE_NO_PLATFORM_ACCOUNT', `${names}没有平台账号，请以其他方式送达。`, `${names} has no platform account: serve another way.`);
  }
  const sent = [];
  for (const p of parties) {
    // The account is an address the party gave or confirmed (its filing, its signed confirmation): served on
    // arrival; otherwise it is served when it reads the document (ONLINE-LIT arts 29, 31).
    const conf = await effectiveConfirmation(tx, p, c);
    const addressConfirmed = !!conf?.addresses.electronicConsent && conf.addresses.platformAccount;
    const task = (
      await tx.insert(serviceTasks).values({ caseId: c.id, courtId: c.courtId, partyId: p.id, document: input.document, method: 'electronic', status: 'inProgress', address: '平台账号', createdOn: today, createdBy: actor.userId }).returning()
    )[0]!;
    await tx.insert(serviceDeliveries).values({ caseId: c.id, courtId: c.courtId, partyId: p.id, userId: p.userId!, document: input.document, addressConfirmed, sentOn: today, sentBy: actor.userId, deemedOn: null, taskId: task.id });
    const attempt = { method: 'electronic' as const, channel: 'platform', on: today };
    const done = addressConfirmed
      ? await recordAttempt(tx, task, c, { ...attempt, outcome: 'arrived' }, { by: actor.userId, actorRole, today, at: now })
      : await recordAttempt(tx, task, c, { ...attempt, outcome: 'sent' }, { by: actor.userId, actorRole, today, at: now, consentByConduct: true });
    if (done.deemedOn) await tx.execute(sql`update service_deliveries set deemed_on = ${done.deemedOn} where task_id = ${task.id}`);
    sent.push({ partyId: p.id, name: p.name, deemedOn: done.deemedOn, servedWhen: done.deemedOn ? 'arrival' : 'read', periodDueOn: done.periodDueOn });
  }
  return { document: input.document, sent };
};

const InboxItem = Type.Object({
  id: Type.Integer(),
  caseId: Type.Integer(),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  courtName: Type.String(),
  document: Type.String(),
  label: Bilingual,
  sentAt: Type.String(),
  readAt: Type.Union([Type.String(), Type.Null()]),
  deemedOn: Type.Union([Type.String(), Type.Null()]),
});

const INBOX_SELECT = sql`select d.*, k.case_number, ct.name as court_name from service_deliveries d join cases k on k.id = d.case_id join courts ct on ct.id = d.court_id`;

function inboxItem(d: Record<string, any>): Static<typeof InboxItem> {
  return {
    id: Number(d.id),
    caseId: Number(d.case_id),
    caseNumber: d.case_number,
    courtName: d.court_name,
    document: d.document,
    label: documentLabel(d.document),
    sentAt: new Date(d.sent_at).toISOString(),
    readAt: d.read_at ? new Date(d.read_at).toISOString() : null,
    deemedOn: d.deemed_on,
  };
}

/** A delivery sent before service tasks existed: served on reading, without a task (kept for data of earlier versions). */
async function serveUntrackedDelivery(tx: Tx, c: CaseRow, d: Record<string, any>, actorId: number, today: PlainDate, at: Date) {
  const deemed = platformServiceDate({ gaveThisAddress: d.address_confirmed, sentOn: d.sent_on, readOn: today });
  const deemedOn = deemed.on!;
  await tx.execute(sql`update service_deliveries set deemed_on = ${deemedOn} where id = ${d.id}`);
  const party = (await tx.select().from(caseParties).where(eq(caseParties.id, Number(d.party_id))))[0]!;
  const period = await startServicePeriod(tx, await clockEnv(tx, c.courtId, today), c, party, d.document, 'platform', deemedOn, deemed.source);
  if (d.document === 'complaintCopy') await completeComplaintService(tx, c.id, today);
  await appendCaseEvent(tx, { caseId: c.id, event: 'platformServiceRead', actorId, actorRole: 'party', nodeBefore: c.node, nodeAfter: c.node, payload: { document: d.document, party: party.name, deemedOn, periodDueOn: period?.dueOn ?? null }, at });
}

export function inboxRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/inbox',
    { config: { access: 'authenticated' }, schema: { tags: ['service'], summary: '我的送达 Documents served on me through the platform', querystring: Type.Object(PageQuery, { additionalProperties: false }), response: { 200: Page(InboxItem) } } },
    async (req) => {
      const cond = sql`d.user_id = ${requireActor(req).userId}`;
      return pageOf<Record<string, any>, Static<typeof InboxItem>>(
        deps.db,
        req.query,
        sql`${INBOX_SELECT} where ${cond} order by d.read_at is not null, d.sent_at desc, d.id desc`,
        sql`select count(*) as n from service_deliveries d where ${cond}`,
        inboxItem,
      );
    },
  );

  app.post(
    '/api/v1/inbox/:id/read',
    { config: { access: 'authenticated' }, schema: { tags: ['service'], summary: '阅读送达文书 Read a served document (recorded; may complete service)', params: IdParams, response: { 200: InboxItem, 404: ErrorBody } } },
    async (req) => {
      const actor = requireActor(req);
      const today = deps.clock.today();
      await deps.db.transaction(async (tx) => {
        const found = await tx.execute<Record<string, any>>(sql`select * from service_deliveries where id = ${req.params.id} and user_id = ${actor.userId}`);
        const d = found.rows[0];
        if (!d) throw new AppError(404, 'DELIVERY_NOT_FOUND', '送达记录不存在。', 'No such document.');
        const c = (await lockCase(tx, Number(d.case_id)))!;
        // Locked with the case: a second reading (another tab) finds it read and changes nothing.
        const again = (await tx.execute<Record<string, any>>(sql`select * from service_deliveries where id = ${d.id} for update`)).rows[0]!;
        if (again.read_at) return;
        await tx.execute(sql`update service_deliveries set read_at = now() where id = ${d.id}`);
        if (again.deemed_on) return;
        if (again.task_id === null) return serveUntrackedDelivery(tx, c, again, actor.userId, today, deps.clock.now());
        const task = (await tx.select().from(serviceTasks).where(eq(serviceTasks.id, Number(again.task_id))).for('update'))[0]!;
        if (task.status !== 'inProgress' && task.status !== 'pending') return;
        // Read in the recipient's own account: served that day (ONLINE-LIT art 31), and consent by conduct (art 29(4)).
        const done = await recordAttempt(tx, task, c, { method: 'electronic', channel: 'platform', outcome: 'read', on: today }, { by: actor.userId, actorRole: 'party', today, at: deps.clock.now(), event: 'platformServiceRead', consentByConduct: true });
        await tx.execute(sql`update service_deliveries set deemed_on = ${done.deemedOn} where id = ${d.id}`);
      });
      const r = await deps.db.execute<Record<string, any>>(sql`${INBOX_SELECT} where d.id = ${req.params.id}`);
      return inboxItem(r.rows[0]!);
    },
  );
}
