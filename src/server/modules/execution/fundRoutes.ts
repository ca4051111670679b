// 执行案款 over HTTP: a case's funds, the officer's payout proposal, finance's and the 执行局长's approval, the list.
import type { Static } from 'typebox';
import { ErrorBody, IdParams, Page } from '../../../contracts/common';
import { AllocationInput, AllocationResult, CaseExecutionFunds, Payout, PayoutDecisionInput, PayoutProposalInput, PayoutQuery, PayoutRejectInput } from '../../../contracts/executionFunds';
import { fenToYuan, yuanToFen } from '../../../domain/money/yuan';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable, Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { registerListExport, zhEn, type ExportColumn } from '../../lists/excelExport';
import { loadCase } from '../cases/caseRecord';
import { EXECUTION_CASE_TYPES } from '../../../domain/casetypes/executionCase';
import { caseExecutionFunds, listPayouts, loadPayout, PAYOUT_STATUS_LABELS } from './fundsView';
import { allocateFunds, deductExecutionFee } from './fundDecisions';
import { approverRole, decidePayout, proposePayout, withdrawPayout } from './payouts';

export const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
export const APPROVERS = ['finance', 'divisionChief', 'president'] as const;

export function courtOf(actor: { courtId: number | null }): number {
  if (actor.courtId === null) throw new AppError(403, 'COURT_REQUIRED', '您的账号未关联法院。', 'Your account belongs to no court.');
  return actor.courtId;
}

/** The court whose payouts the actor approves: finance, the president, or the chief of the execution division. */
export async function approverCourt(q: Queryable, actor: Actor): Promise<number> {
  const courtId = courtOf(actor);
  if (!(await approverRole(q, actor))) throw new AppError(403, 'PAYOUT_APPROVER_WRONG', '只有财务人员和执行局长可以查看和审批案款发放。', 'Only finance and the head of execution see and approve payouts.');
  return courtId;
}

const PAYOUT_COLUMNS: readonly ExportColumn<Payout>[] = [
  { header: zhEn('案号', 'Case number'), width: 26, value: (r) => r.caseNumber },
  { header: zhEn('收款人', 'Payee'), width: 20, value: (r) => r.payeeName },
  { header: zhEn('金额（元）', 'Amount (yuan)'), width: 14, value: (r) => Number(r.amount) },
  { header: zhEn('开户行', 'Bank'), width: 22, value: (r) => r.bankName },
  { header: zhEn('账号', 'Account'), width: 24, value: (r) => r.accountNo },
  { header: zhEn('状态', 'Status'), width: 14, value: (r, lang) => PAYOUT_STATUS_LABELS[r.status]?.[lang] ?? r.status },
  { header: zhEn('申请人', 'Proposed by'), width: 12, value: (r) => r.proposedBy },
  { header: zhEn('申请时间', 'Proposed at'), width: 20, value: (r) => r.proposedAt },
  { header: zhEn('发放日期', 'Paid on'), width: 12, value: (r) => r.paidOn },
];

/** A 执 case of the actor's court that the actor may see, loaded in the transaction. */
export async function ownCourtCase(tx: Tx, actor: Actor, id: number) {
  const c = await loadCase(tx, id);
  if (!c || !EXECUTION_CASE_TYPES.includes(c.caseType) || c.courtId !== actor.courtId || !(await relationToCase(tx, actor, c)).canView) throw caseNotFound();
  return c;
}

export function executionFundRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/cases/:id/execution/funds',
    { config: { access: 'authenticated' }, schema: { tags: ['execution'], summary: '执行案款（一案一账户）A case\'s execution funds: received, held, paid out', params: IdParams, response: { 200: CaseExecutionFunds, ...errors } } },
    async (req) => {
      const c = await loadCase(deps.db, req.params.id);
      if (!c || !EXECUTION_CASE_TYPES.includes(c.caseType) || !(await relationToCase(deps.db, requireActor(req), c)).canView) throw caseNotFound();
      return caseExecutionFunds(deps.db, c, deps.clock.today(), deps.config.timeZone);
    },
  );

  app.post(
    '/api/v1/cases/:id/execution/payouts',
    { config: { access: ['judge'] }, schema: { tags: ['execution'], summary: '提出案款发放申请 The officer proposes a payout (moves nothing until approved)', params: IdParams, body: PayoutProposalInput, response: { 201: Payout, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const id = await deps.db.transaction(async (tx) => proposePayout(tx, actor, await ownCourtCase(tx, actor, req.params.id), { ...req.body, amountFen: Number(yuanToFen(req.body.amount)) }, deps.clock.today()));
      reply.status(201);
      return loadPayout(deps.db, id, deps.config.timeZone);
    },
  );

  app.post(
    '/api/v1/cases/:id/execution/allocations',
    { config: { access: ['judge'] }, schema: { tags: ['execution'], summary: '分配方案（参与分配）The officer allocates the unallocated funds among the applicants by rank and claim', params: IdParams, body: AllocationInput, response: { 200: AllocationResult, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const claims = req.body.claims.map((x) => ({ partyId: x.partyId, rank: x.rank, claimFen: yuanToFen(x.claim) }));
      const result = await deps.db.transaction(async (tx) => allocateFunds(tx, actor, await ownCourtCase(tx, actor, req.params.id), { claims, note: req.body.note.trim() }, { today: deps.clock.today(), now: deps.clock.now() }));
      return {
        shares: result.shares.map((x) => ({ partyId: Number(x.id), rank: x.rank, claim: fenToYuan(x.claimFen), share: fenToYuan(x.shareFen) })),
        surplus: fenToYuan(result.surplusFen),
        trace: result.trace,
      };
    },
  );

  app.post(
    '/api/v1/cases/:id/execution/fee-deduction',
    { config: { access: ['finance'] }, schema: { tags: ['execution'], summary: '扣收申请执行费 Finance takes the execution fee still owed from the case\'s unallocated funds', params: IdParams, response: { 200: CaseExecutionFunds, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      await deps.db.transaction(async (tx) => deductExecutionFee(tx, actor, await ownCourtCase(tx, actor, req.params.id), { today: deps.clock.today(), now: deps.clock.now() }));
      const c = await loadCase(deps.db, req.params.id);
      return caseExecutionFunds(deps.db, c!, deps.clock.today(), deps.config.timeZone);
    },
  );

  const decide = async (actor: Actor, id: number, approve: boolean, note: string | undefined) => {
    courtOf(actor);
    await deps.db.transaction((tx) => decidePayout(tx, actor, id, { approve, note: note?.trim() || null }, { today: deps.clock.today(), now: deps.clock.now() }));
    return loadPayout(deps.db, id, deps.config.timeZone);
  };
  app.post(
    '/api/v1/execution/payouts/:id/approve',
    { config: { access: [...APPROVERS] }, schema: { tags: ['execution'], summary: '审批案款发放 Finance (then the head of execution above the threshold) approves; the last approval pays', params: IdParams, body: PayoutDecisionInput, response: { 200: Payout, ...errors } } },
    async (req) => decide(requireActor(req), req.params.id, true, req.body.note),
  );
  app.post(
    '/api/v1/execution/payouts/:id/reject',
    { config: { access: [...APPROVERS] }, schema: { tags: ['execution'], summary: '退回案款发放申请 Reject a payout, with a reason', params: IdParams, body: PayoutRejectInput, response: { 200: Payout, ...errors } } },
    async (req) => decide(requireActor(req), req.params.id, false, req.body.note),
  );
  app.post(
    '/api/v1/execution/payouts/:id/withdraw',
    { config: { access: ['judge'] }, schema: { tags: ['execution'], summary: '撤回案款发放申请 The officer withdraws their proposal before approval', params: IdParams, response: { 200: Payout, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      courtOf(actor);
      await deps.db.transaction((tx) => withdrawPayout(tx, actor, req.params.id));
      return loadPayout(deps.db, req.params.id, deps.config.timeZone);
    },
  );

  app.get(
    '/api/v1/execution/payouts',
    { config: { access: [...APPROVERS] }, schema: { tags: ['execution'], summary: '案款发放审批列表 Payouts of my court (to approve first)', querystring: PayoutQuery, response: { 200: Page(Payout), ...errors } } },
    async (req) => listPayouts(deps.db, await approverCourt(deps.db, requireActor(req)), req.query, deps.config.timeZone),
  );
  registerListExport<Static<typeof PayoutQuery>, Payout>(app, {
    url: '/api/v1/execution/payouts',
    access: [...APPROVERS],
    tags: ['execution'],
    summary: '案款发放列表导出 Excel Export the payouts (the filter\'s rows)',
    querystring: PayoutQuery,
    title: zhEn('案款发放', 'Payouts'),
    columns: PAYOUT_COLUMNS,
    load: async (req, page) => listPayouts(deps.db, await approverCourt(deps.db, requireActor(req)), { ...req.query, ...page }, deps.config.timeZone),
  });
}
