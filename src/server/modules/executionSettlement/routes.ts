// 执行和解 over HTTP: the case's settlement (read by anyone who may see the case), recorded and its payments entered by
// the officer, and the application to restore execution of the original title (the applicant, or the officer for them).
import Type from 'typebox';
import { CaseSettlement, Settlement, SettlementInput, SettlementPaymentInput, SettlementRestorationInput } from '../../../contracts/executionSettlement';
import { IdParams } from '../../../contracts/common';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { errors } from '../execution/fundRoutes';
import { EXECUTION_CASE_TYPES } from '../../../domain/casetypes/executionCase';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import { loadCase } from '../cases/caseRecord';
import { recordSettlement, recordSettlementPayment } from './recordSettlement';
import { restoreAfterSettlement } from './restoreAfterSettlement';
import { loadSettlement, presentSettlement } from './settlementStore';

export function executionSettlementRoutes(app: App, deps: Deps) {
  const clock = () => ({ today: deps.clock.today(), now: deps.clock.now() });
  const view = async (caseId: number) => {
    const s = await loadSettlement(deps.db, caseId);
    return { settlement: s ? await presentSettlement(deps.db, s, deps.clock.today()) : null };
  };

  app.get(
    '/api/v1/cases/:id/execution/settlement',
    { config: { access: 'authenticated' }, schema: { tags: ['execution'], summary: '执行和解 The case’s settlement agreement, its instalments, payments and restoration', params: IdParams, response: { 200: CaseSettlement, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCase(deps.db, req.params.id);
      if (!c || !EXECUTION_CASE_TYPES.includes(c.caseType) || !(await relationToCase(deps.db, actor, c)).canView) throw caseNotFound();
      return view(req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/execution/settlement',
    { config: { access: ['judge'] }, schema: { tags: ['execution'], summary: '登记执行和解协议 The officer records the signed agreement with its instalment schedule (CPL-2023 art 241; EXEC-SETTLE arts 1–2)', params: IdParams, body: SettlementInput, response: { 201: Settlement, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      await deps.db.transaction((tx) => recordSettlement(tx, actor, req.params.id, req.body, clock()));
      reply.status(201);
      return (await view(req.params.id)).settlement!;
    },
  );

  app.post(
    '/api/v1/cases/:id/execution/settlement/payments',
    { config: { access: ['judge'] }, schema: { tags: ['execution'], summary: '登记和解履行 The officer records a payment the debtor made to the applicant directly (money through the court is read from the ledger)', params: IdParams, body: SettlementPaymentInput, response: { 200: Settlement, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      await deps.db.transaction((tx) => recordSettlementPayment(tx, actor, req.params.id, req.body, clock()));
      return (await view(req.params.id)).settlement!;
    },
  );

  app.post(
    '/api/v1/cases/:id/execution/settlement/restoration',
    {
      config: { access: ['party', 'lawyer', 'judge'] },
      schema: {
        tags: ['execution'],
        summary: '申请恢复执行原生效法律文书 Default, fraud or duress: within 2 years of the last instalment (EXEC-SETTLE arts 9–11); resumes the case or opens 执恢',
        params: IdParams,
        body: SettlementRestorationInput,
        response: { 200: Type.Object({ settlement: Settlement, restoredCaseId: Type.Union([Type.Integer(), Type.Null()]) }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const r = await deps.db.transaction((tx) => restoreAfterSettlement(tx, actor, req.params.id, req.body, clock()));
      return { settlement: (await view(req.params.id)).settlement!, restoredCaseId: r.restoredCaseId };
    },
  );
}
