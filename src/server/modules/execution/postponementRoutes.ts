// 延期发放 and 冲销 over HTTP: the officer asks to postpone a case's payout deadline; finance and the 执行局长 approve or
// reject it (案款发放审批, next to the payouts); finance reverses an erroneous ledger entry of a case.
import Type, { type Static } from 'typebox';
import { Id, IdParams, Page } from '../../../contracts/common';
import { CaseExecutionFunds, PayoutDecisionInput, PayoutRejectInput } from '../../../contracts/executionFunds';
import { Postponement, PostponementInput, PostponementQuery, ReversalInput } from '../../../contracts/executionPostponements';
import type { Actor } from '../../access/actor';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { registerListExport, zhEn, type ExportColumn } from '../../lists/excelExport';
import { APPROVERS, approverCourt, courtOf, errors, ownCourtCase } from './fundRoutes';
import { reverseFundEntry } from './fundReversals';
import { caseExecutionFunds } from './fundsView';
import { listPostponements, loadPostponement, POSTPONEMENT_STATUS_LABELS } from './postponementView';
import { decidePostponement, requestPostponement, withdrawPostponement } from './postponements';

const EntryParams = Type.Object({ id: Id, entryId: Id }, { additionalProperties: false });

const POSTPONEMENT_COLUMNS: readonly ExportColumn<Postponement>[] = [
  { header: zhEn('案号', 'Case number'), width: 26, value: (r) => r.caseNumber },
  { header: zhEn('理由', 'Reason'), width: 20, value: (r, lang) => r.reasonLabel[lang] },
  { header: zhEn('具体理由', 'Details'), width: 30, value: (r) => r.reasonText },
  { header: zhEn('原发放期限', 'Deadline before'), width: 14, value: (r) => r.dueOnBefore },
  { header: zhEn('延期至', 'Postponed to'), width: 14, value: (r) => r.untilOn },
  { header: zhEn('待发放金额（元）', 'Held (yuan)'), width: 16, value: (r) => Number(r.held) },
  { header: zhEn('状态', 'Status'), width: 14, value: (r, lang) => POSTPONEMENT_STATUS_LABELS[r.status]?.[lang] ?? r.status },
  { header: zhEn('申请人', 'Requested by'), width: 12, value: (r) => r.requestedBy },
  { header: zhEn('申请时间', 'Requested at'), width: 20, value: (r) => r.requestedAt },
];

export function executionPostponementRoutes(app: App, deps: Deps) {
  const clock = () => ({ today: deps.clock.today(), now: deps.clock.now() });

  app.post(
    '/api/v1/cases/:id/execution/postponements',
    { config: { access: ['judge'] }, schema: { tags: ['execution'], summary: '申请延期发放 The officer asks to postpone the payout deadline of the funds the case holds, with a reason', params: IdParams, body: PostponementInput, response: { 201: Postponement, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const id = await deps.db.transaction(async (tx) => {
        await ownCourtCase(tx, actor, req.params.id);
        return requestPostponement(tx, actor, req.params.id, { reason: req.body.reason, reasonText: req.body.reasonText ?? null, untilOn: req.body.untilOn }, clock());
      });
      reply.status(201);
      return loadPostponement(deps.db, id, deps.config.timeZone);
    },
  );

  const decide = async (actor: Actor, id: number, approve: boolean, note: string | undefined) => {
    courtOf(actor);
    await deps.db.transaction((tx) => decidePostponement(tx, actor, id, { approve, note: note?.trim() || null }, clock()));
    return loadPostponement(deps.db, id, deps.config.timeZone);
  };
  app.post(
    '/api/v1/execution/postponements/:id/approve',
    { config: { access: [...APPROVERS] }, schema: { tags: ['execution'], summary: '批准延期发放 Finance (then the head of execution above the threshold) approves; the last approval moves the deadline', params: IdParams, body: PayoutDecisionInput, response: { 200: Postponement, ...errors } } },
    async (req) => decide(requireActor(req), req.params.id, true, req.body.note),
  );
  app.post(
    '/api/v1/execution/postponements/:id/reject',
    { config: { access: [...APPROVERS] }, schema: { tags: ['execution'], summary: '退回延期发放申请 Reject a postponement, with a reason', params: IdParams, body: PayoutRejectInput, response: { 200: Postponement, ...errors } } },
    async (req) => decide(requireActor(req), req.params.id, false, req.body.note),
  );
  app.post(
    '/api/v1/execution/postponements/:id/withdraw',
    { config: { access: ['judge'] }, schema: { tags: ['execution'], summary: '撤回延期发放申请 The officer withdraws their request while it awaits approval', params: IdParams, response: { 200: Postponement, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      courtOf(actor);
      await deps.db.transaction((tx) => withdrawPostponement(tx, actor, req.params.id, clock()));
      return loadPostponement(deps.db, req.params.id, deps.config.timeZone);
    },
  );

  app.get(
    '/api/v1/execution/postponements',
    { config: { access: [...APPROVERS] }, schema: { tags: ['execution'], summary: '延期发放审批列表 Postponements of my court (to approve first)', querystring: PostponementQuery, response: { 200: Page(Postponement), ...errors } } },
    async (req) => listPostponements(deps.db, await approverCourt(deps.db, requireActor(req)), req.query, deps.config.timeZone),
  );
  registerListExport<Static<typeof PostponementQuery>, Postponement>(app, {
    url: '/api/v1/execution/postponements',
    access: [...APPROVERS],
    tags: ['execution'],
    summary: '延期发放列表导出 Excel Export the postponements (the filter\'s rows)',
    querystring: PostponementQuery,
    title: zhEn('延期发放', 'Payout postponements'),
    columns: POSTPONEMENT_COLUMNS,
    load: async (req, page) => listPostponements(deps.db, await approverCourt(deps.db, requireActor(req)), { ...req.query, ...page }, deps.config.timeZone),
  });

  app.post(
    '/api/v1/cases/:id/execution/entries/:entryId/reverse',
    { config: { access: ['finance'] }, schema: { tags: ['execution'], summary: '冲销执行案款分录 Finance reverses an erroneous ledger entry of the case, with a reason (never editing it)', params: EntryParams, body: ReversalInput, response: { 200: CaseExecutionFunds, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const c = await deps.db.transaction(async (tx) => {
        const k = await ownCourtCase(tx, actor, req.params.id);
        await reverseFundEntry(tx, actor, k.id, req.params.entryId, req.body.reason.trim(), clock());
        return k;
      });
      return caseExecutionFunds(deps.db, c, deps.clock.today(), deps.config.timeZone);
    },
  );
}
