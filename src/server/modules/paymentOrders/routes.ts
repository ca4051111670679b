// 民督 over HTTP: the creditor's online application and one payment-order case's record (the 15 days to issue, each
// debtor's 15 days, the outcome). Every change after the application goes through the case events of 民督
// (src/domain/casetypes/paymentOrderCase.ts).
import { sql } from 'drizzle-orm';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { PaymentOrderApplication, PaymentOrderRecord } from '../../../contracts/paymentOrders';
import { paymentOrderCase } from '../../../domain/casetypes/paymentOrderCase';
import { fenToYuan } from '../../../domain/money/yuan';
import { paymentOrderEffectiveOn, paymentOrderFee, type PaymentOrderClaim } from '../../../domain/paymentOrder/paymentOrderApplication';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable } from '../../db/database';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { loadCase } from '../cases/caseRecord';
import { applyForPaymentOrder } from './applyForPaymentOrder';
import { objectionDues } from './paymentOrderEffects';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

async function paymentOrderRecord(q: Queryable, caseId: number, today: string): Promise<PaymentOrderRecord> {
  const r = await q.execute<Record<string, any>>(sql`
    select o.claim, o.amount_fen::text as amount, o.debt_due_on::text as debt_due_on, o.issued_on::text as issued_on, o.objected_on::text as objected_on,
           o.terminated_on::text as terminated_on, o.applicant_choice, o.litigation_case_id, o.effective_on::text as effective_on, c.case_number, c.node,
           (select due_on::text from case_periods where case_id = o.case_id and kind = 'paymentOrderIssue' order by id desc limit 1) as issue_due_on
      from payment_orders o join cases c on c.id = o.case_id where o.case_id = ${caseId}`);
  const o = r.rows[0];
  if (!o) throw caseNotFound();
  const dues = await objectionDues(q, caseId);
  return {
    caseId,
    caseNumber: o.case_number,
    node: o.node,
    claim: o.claim as PaymentOrderClaim,
    amount: fenToYuan(BigInt(o.amount)),
    debtDueOn: o.debt_due_on,
    fee: paymentOrderFee(BigInt(o.amount)).total,
    issueDueOn: o.issue_due_on,
    issuedOn: o.issued_on,
    objectionDue: dues,
    objectedOn: o.objected_on,
    terminatedOn: o.terminated_on,
    applicantChoice: o.applicant_choice,
    litigationCaseId: o.litigation_case_id === null ? null : Number(o.litigation_case_id),
    effectiveOn: o.effective_on,
    canTakeEffect: o.node === 'orderIssued' && paymentOrderEffectiveOn(dues.map((d) => d.dueOn), o.objected_on !== null, today) !== null,
  };
}

export function paymentOrderRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/payment-orders/applications',
    {
      config: { access: ['party', 'lawyer'] },
      schema: { tags: ['paymentOrders'], summary: '在线申请支付令 Apply online for a payment order', body: PaymentOrderApplication, response: { 201: PaymentOrderRecord, ...errors, 422: ErrorBody } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const row = await applyForPaymentOrder(deps, actor, req.body);
      reply.status(201);
      return paymentOrderRecord(deps.db, row.id, deps.clock.today());
    },
  );

  app.get(
    '/api/v1/cases/:id/payment-order',
    { config: { access: 'authenticated' }, schema: { tags: ['paymentOrders'], summary: '支付令案件记录（15日发出、15日异议期间、结果）A payment-order case: the periods and the outcome', params: IdParams, response: { 200: PaymentOrderRecord, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCase(deps.db, req.params.id);
      if (!c || c.caseType !== paymentOrderCase.code || !(await relationToCase(deps.db, actor, c)).canView) throw caseNotFound();
      return paymentOrderRecord(deps.db, c.id, deps.clock.today());
    },
  );
}
