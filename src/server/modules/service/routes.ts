// Service of documents over HTTP: a case's addresses and tasks, address confirmation, tasks and attempts,
// electronic sending, and the court's service centre (queue, batch actions, statistics).
import { and, eq, sql } from 'drizzle-orm';
import Type, { type Static } from 'typebox';
import { ErrorBody, IdParams, Page } from '../../../contracts/common';
import {
  AddressConfirmationInput,
  AttemptInput,
  BatchResult,
  CaseService,
  CentreScope,
  CentreScopeQuery,
  CaseServiceParty,
  CreateTasksInput,
  KnownAddress,
  MailList,
  PartyParams,
  QueueQuery,
  ReceiptsInput,
  SendResult,
  ServiceStats,
  ServiceTask,
  StatsQuery,
  TaskIds,
} from '../../../contracts/service';
import { addDays } from '../../../domain/calendar/plainDate';
import { DomainError } from '../../../domain/errors/domainError';
import { addressesForEvasion, electronicChannels } from '../../../domain/service/addressConfirmation';
import type { Role } from '../../../domain/roles/roles';
import { hasRole, type Actor } from '../../access/actor';
import { supervisedCourts } from '../../access/supervisedCourts';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable, Tx } from '../../db/database';
import { caseParties } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError, fromDomainError } from '../../http/appError';
import { requestLanguage } from '../../http/language';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { lockCase, loadCase } from '../cases/caseRecord';
import { effectiveConfirmation, signAddressConfirmation, knownAddresses, type EffectiveConfirmation, type PartyRow } from './addressConfirmations';
import { sendElectronically } from './electronicService';
import { serviceQueueExportRoute } from './serviceQueueExport';
import { makeMailList, recordReceipts, serviceQueue, serviceStats, taskViews } from './serviceCentre';
import { createServiceTasks, lockOpenTask, recordAttempt } from './serviceTasks';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

/** Who serves documents: the filing and court clerks, assistants and judges of the court (the centre is court-wide). */
const SERVICE_STAFF: Role[] = ['filingClerk', 'courtClerk', 'judgeAssistant', 'judge'];
const CENTRE_VIEWERS: Role[] = [...SERVICE_STAFF, 'divisionChief', 'president'];

function serviceCourtOf(actor: Actor, roles: Role[] = SERVICE_STAFF): number {
  if (actor.courtId === null || !hasRole(actor, ...roles)) throw new AppError(403, 'ROLE_FORBIDDEN', '您的角色无权办理送达。', 'Your role may not handle service.');
  return actor.courtId;
}

/** 院庭长 supervise the courts under their own; the centre's other staff serve in their own court only. */
const SUPERVISORS: Role[] = ['divisionChief', 'president'];

/** The courts a viewer may choose in the centre: their own, and for 院庭长 every court under it. */
async function courtsInView(q: Queryable, actor: Actor) {
  const courts = await supervisedCourts(q, serviceCourtOf(actor, CENTRE_VIEWERS));
  return hasRole(actor, ...SUPERVISORS) ? courts : courts.filter((c) => c.own);
}

/** The court a centre view is about: the viewer's own unless a 院庭长 asks for one under it. */
async function viewedCourtOf(q: Queryable, actor: Actor, requested: number | undefined): Promise<number> {
  const own = serviceCourtOf(actor, CENTRE_VIEWERS);
  if (requested === undefined || requested === own) return own;
  if ((await courtsInView(q, actor)).some((c) => c.id === requested)) return requested;
  throw new AppError(403, 'COURT_OUT_OF_SCOPE', '只能查看本院的送达情况；院长、庭长还可查看下级法院。', 'You may view service only for your own court (presidents and division chiefs also for the courts under it).');
}

function actorRoleOf(actor: Actor): string {
  return SERVICE_STAFF.find((r) => actor.roles.includes(r)) ?? actor.roles[0] ?? 'staff';
}

async function partyOfCase(tx: Tx, caseId: number, partyId: number): Promise<PartyRow> {
  const party = (await tx.select().from(caseParties).where(and(eq(caseParties.caseId, caseId), eq(caseParties.id, partyId))))[0];
  if (!party) throw new AppError(404, 'PARTY_NOT_FOUND', '当事人不存在。', 'No such party.');
  return party;
}

/** A party's service addresses as the case page shows them: the confirmation in force and the channels it opens. */
function partyView(p: PartyRow, conf: EffectiveConfirmation | null, mayConfirm: boolean): Static<typeof CaseServiceParty> {
  return {
    partyId: p.id,
    name: p.name,
    standing: p.standing,
    hasAccount: p.userId !== null,
    mayConfirm,
    confirmation: conf && {
      basis: conf.basis,
      ...conf.addresses,
      channels: conf.addresses.electronicConsent ? electronicChannels(conf.addresses) : [],
      source: conf.source,
      signedAt: conf.signedAt,
      fromCaseNumber: conf.fromCaseNumber,
    },
  };
}

export function serviceRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/cases/:id/service',
    { config: { access: 'authenticated' }, schema: { tags: ['service'], summary: '案件送达（地址确认与送达任务）A case\'s service: confirmations and tasks', params: IdParams, response: { 200: CaseService, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      return deps.db.transaction(async (tx) => {
        const c = await loadCase(tx, req.params.id);
        const rel = c ? await relationToCase(tx, actor, c) : null;
        if (!c || !rel?.canView) throw caseNotFound();
        const staff = rel.isStaffOfCourt;
        // A litigant sees its own addresses and the services on itself, never the other side's.
        const visible = (await tx.select().from(caseParties).where(eq(caseParties.caseId, c.id)).orderBy(caseParties.ordinal)).filter((p) => staff || rel.partyIds.includes(p.id));
        const parties = [];
        for (const p of visible) {
          const conf = await effectiveConfirmation(tx, p, c);
          parties.push(partyView(p, conf, rel.partyIds.includes(p.id) || (staff && hasRole(actor, ...SERVICE_STAFF))));
        }
        const ids = visible.map((p) => p.id);
        const tasks = ids.length ? await taskViews(tx, sql`t.case_id = ${c.id} and t.party_id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`) : [];
        return { parties, tasks, mayServe: staff && hasRole(actor, ...SERVICE_STAFF) };
      });
    },
  );

  app.put(
    '/api/v1/cases/:id/parties/:partyId/address-confirmation',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['service'], summary: '签署送达地址确认书 Sign (party, lawyer) or record (court) the address confirmation', params: PartyParams, body: AddressConfirmationInput, response: { 200: CaseServiceParty, ...errors } },
    },
    async (req) => {
      const actor = requireActor(req);
      return deps.db.transaction(async (tx) => {
        const c = await lockCase(tx, req.params.id);
        const rel = c ? await relationToCase(tx, actor, c) : null;
        if (!c || !rel?.canView) throw caseNotFound();
        const own = rel.partyIds.includes(req.params.partyId);
        const clerk = rel.isStaffOfCourt && hasRole(actor, ...SERVICE_STAFF);
        if (!own && !clerk) throw new AppError(403, 'ADDRESS_NOT_YOURS', '只能确认本人（或被代理人）的送达地址。', 'You may confirm only your own (or your client\'s) addresses.');
        const party = await partyOfCase(tx, c.id, req.params.partyId);
        const source = own ? 'portal' : 'paper';
        const actorRole = own ? (rel.roles[0] ?? 'party') : actorRoleOf(actor);
        await signAddressConfirmation(tx, { case: c, party, input: req.body, source, actorId: actor.userId, actorRole, today: deps.clock.today(), at: deps.clock.now() });
        return partyView(party, await effectiveConfirmation(tx, party, c), true);
      });
    },
  );

  app.get(
    '/api/v1/cases/:id/parties/:partyId/addresses',
    { config: { access: 'authenticated' }, schema: { tags: ['service'], summary: '地址库：当事人拒不提供地址时的可用地址（按送达意见第8–9条排序）Known addresses, best first (SERVICE-2017 arts 8–9)', params: PartyParams, response: { 200: Type.Array(KnownAddress), ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const courtId = serviceCourtOf(actor);
      return deps.db.transaction(async (tx) => {
        const c = await loadCase(tx, req.params.id);
        if (!c || c.courtId !== courtId) throw caseNotFound();
        const party = await partyOfCase(tx, c.id, req.params.partyId);
        const today = deps.clock.today();
        return addressesForEvasion(await knownAddresses(tx, party, c), today).map((e) => ({ kind: e.kind, value: e.value, source: e.source, recordedOn: e.recordedOn, caseNumber: e.caseNumber }));
      });
    },
  );

  app.post(
    '/api/v1/cases/:id/service-tasks',
    { config: { access: SERVICE_STAFF }, schema: { tags: ['service'], summary: '新建送达任务（方式按策略选择）Open service tasks, the method chosen by policy', params: IdParams, body: CreateTasksInput, response: { 201: Type.Array(ServiceTask), ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const courtId = serviceCourtOf(actor);
      const tasks = await deps.db.transaction(async (tx) => {
        const c = await lockCase(tx, req.params.id);
        if (!c || c.courtId !== courtId) throw caseNotFound();
        const created = await createServiceTasks(tx, c, { ...req.body, by: actor.userId, actorRole: actorRoleOf(actor), today: deps.clock.today(), at: deps.clock.now() });
        return taskViews(tx, sql`t.id in (${sql.join(created.map((t) => sql`${t.id}`), sql`, `)})`);
      });
      reply.status(201);
      return tasks;
    },
  );

  app.post(
    '/api/v1/service-tasks/:id/attempts',
    { config: { access: SERVICE_STAFF }, schema: { tags: ['service'], summary: '登记送达情况（签收、退回、留置、拒签、公告…）Record an attempt and its result', params: IdParams, body: AttemptInput, response: { 200: ServiceTask, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const courtId = serviceCourtOf(actor);
      return deps.db.transaction(async (tx) => {
        const { task, c } = await lockOpenTask(tx, req.params.id, courtId);
        const { proofAttachmentId, note, publicNoticeReason, method, channel, ...rest } = req.body;
        await recordAttempt(
          tx,
          task,
          c,
          { ...rest, ...(method ? { method } : {}), ...(channel ? { channel } : {}), ...(proofAttachmentId ? { proofAttachmentId } : {}), ...(note ? { note } : {}), ...(publicNoticeReason ? { publicNoticeReason } : {}) },
          { by: actor.userId, actorRole: actorRoleOf(actor), today: deps.clock.today(), at: deps.clock.now() },
        );
        return (await taskViews(tx, sql`t.id = ${task.id}`))[0]!;
      });
    },
  );

  app.post(
    '/api/v1/service-tasks/:id/send',
    { config: { access: SERVICE_STAFF }, schema: { tags: ['service'], summary: '电子送达（平台、邮件、短信，按当事人确认的渠道）Serve electronically through the consented channels', params: IdParams, response: { 200: SendResult, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const courtId = serviceCourtOf(actor);
      return deps.db.transaction(async (tx) => {
        const { task, c } = await lockOpenTask(tx, req.params.id, courtId);
        const r = await sendElectronically(tx, deps, task, c, { by: actor.userId, actorRole: actorRoleOf(actor), today: deps.clock.today(), at: deps.clock.now() });
        return { task: (await taskViews(tx, sql`t.id = ${task.id}`))[0]!, channels: r.channels };
      });
    },
  );

  app.post(
    '/api/v1/service-tasks/:id/cancel',
    { config: { access: SERVICE_STAFF }, schema: { tags: ['service'], summary: '撤销送达任务 Cancel an open task (e.g. opened for the wrong recipient)', params: IdParams, response: { 200: ServiceTask, ...errors } } },
    async (req) => {
      const courtId = serviceCourtOf(requireActor(req));
      return deps.db.transaction(async (tx) => {
        const { task } = await lockOpenTask(tx, req.params.id, courtId);
        await tx.execute(sql`update service_tasks set status = 'cancelled', finished_at = now() where id = ${task.id}`);
        return (await taskViews(tx, sql`t.id = ${task.id}`))[0]!;
      });
    },
  );

  app.get(
    '/api/v1/service-centre/tasks',
    { config: { access: CENTRE_VIEWERS }, schema: { tags: ['service'], summary: '集约送达中心：本院送达队列 The court\'s service queue', querystring: QueueQuery, response: { 200: Page(ServiceTask), ...errors } } },
    async (req) => serviceQueue(deps.db, await viewedCourtOf(deps.db, requireActor(req), req.query.courtId), req.query, deps.clock.today()),
  );
  serviceQueueExportRoute(app, deps, CENTRE_VIEWERS, viewedCourtOf);

  app.get(
    '/api/v1/service-centre/scope',
    { config: { access: CENTRE_VIEWERS }, schema: { tags: ['service'], summary: '送达中心筛选项：本院及下级法院、所查看法院的法官 The centre\'s courts and judges to filter by', querystring: CentreScopeQuery, response: { 200: CentreScope, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const courtId = await viewedCourtOf(deps.db, actor, req.query.courtId);
      const judges = await deps.db.execute<{ id: number; display_name: string }>(
        sql`select id, display_name from users where court_id = ${courtId} and 'judge' = any(roles) and is_active order by display_name`,
      );
      return { courts: await courtsInView(deps.db, actor), judges: judges.rows.map((j) => ({ id: Number(j.id), name: j.display_name })) };
    },
  );

  app.post(
    '/api/v1/service-centre/send-electronic',
    { config: { access: SERVICE_STAFF }, schema: { tags: ['service'], summary: '批量电子送达（已同意电子送达的）Serve the chosen tasks electronically, each on its own', body: TaskIds, response: { 200: BatchResult, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const courtId = serviceCourtOf(actor);
      const results = [];
      // Each task is its own transaction: one recipient without consent does not hold back the others.
      for (const id of [...new Set(req.body.taskIds)]) {
        try {
          const r = await deps.db.transaction(async (tx) => {
            const { task, c } = await lockOpenTask(tx, id, courtId);
            return sendElectronically(tx, deps, task, c, { by: actor.userId, actorRole: actorRoleOf(actor), today: deps.clock.today(), at: deps.clock.now() });
          });
          results.push({ taskId: id, ok: true, status: r.task.status, channels: r.channels });
        } catch (e) {
          if (!(e instanceof AppError) && !(e instanceof DomainError)) throw e;
          const err = e instanceof DomainError ? fromDomainError(e) : e;
          results.push({ taskId: id, ok: false, code: err.code, message: requestLanguage(req) === 'en' ? err.en : err.zh });
        }
      }
      return { results };
    },
  );

  app.post(
    '/api/v1/service-centre/mail-list',
    { config: { access: SERVICE_STAFF }, schema: { tags: ['service'], summary: '生成邮寄清单并编法院专递号（全部成功或全部不成）Mail list with 法院专递 numbers (all or nothing)', body: TaskIds, response: { 200: MailList, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const courtId = serviceCourtOf(actor);
      return deps.db.transaction((tx) => makeMailList(tx, courtId, req.body.taskIds, { by: actor.userId, today: deps.clock.today(), at: deps.clock.now() }));
    },
  );

  app.post(
    '/api/v1/service-centre/receipts',
    { config: { access: SERVICE_STAFF }, schema: { tags: ['service'], summary: '批量登记回执（按邮件号；全部成功或全部不成）Record mail receipts in bulk (all or nothing)', body: ReceiptsInput, response: { 200: BatchResult, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const courtId = serviceCourtOf(actor);
      return deps.db.transaction((tx) => recordReceipts(tx, courtId, req.body.items, { by: actor.userId, today: deps.clock.today(), at: deps.clock.now() }));
    },
  );

  app.get(
    '/api/v1/service-centre/stats',
    { config: { access: CENTRE_VIEWERS }, schema: { tags: ['service'], summary: '送达统计：各方式成功率、平均送达天数、成本，按法官、按月 Service statistics', querystring: StatsQuery, response: { 200: ServiceStats, ...errors } } },
    async (req) => {
      const courtId = await viewedCourtOf(deps.db, requireActor(req), req.query.courtId);
      const to = req.query.to ?? deps.clock.today();
      const from = req.query.from ?? addDays(to, -364);
      if (from > to) throw new AppError(422, 'STATS_RANGE_INVALID', '开始日期不能晚于结束日期。', 'The start date is after the end date.');
      return serviceStats(deps.db, courtId, from, to);
    },
  );
}
