// 民督: a creditor (or its lawyer) applies online for a payment order against the debtor (CPL-2023 art 225). The case
// waits at `submitted` for the filing clerk, who accepts it (art 226) and names the judge.
import { sql } from 'drizzle-orm';
import type { PaymentOrderApplication } from '../../../contracts/paymentOrders';
import { paymentOrderCase } from '../../../domain/casetypes/paymentOrderCase';
import { validateFilingParties, type FilingParty } from '../../../domain/filing/validateFiling';
import { yuanToFen } from '../../../domain/money/yuan';
import { checkPaymentOrderApplication, paymentOrderFee } from '../../../domain/paymentOrder/paymentOrderApplication';
import { hasRole, type Actor } from '../../access/actor';
import { paymentOrders } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { newCaseRow, type CaseRow } from '../cases/caseRecord';
import { startFilingReview } from '../clock/filingReview';
import { appendApplicationSubmitted, insertApplicationParties } from '../filings/applicationFiling';

export async function applyForPaymentOrder(deps: Deps, actor: Actor, a: PaymentOrderApplication): Promise<CaseRow> {
  if (!hasRole(actor, 'party', 'lawyer')) throw new AppError(403, 'PAYMENT_ORDER_FORBIDDEN', '支付令由债权人（或其代理律师）在线申请。', 'The creditor (or its lawyer) applies for a payment order online.');
  const today = deps.clock.today();
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const court = await tx.execute<{ level: string; filer_id: string | null; cause_ok: boolean }>(sql`
      select c.level, (select u.id_number from users u where u.id = ${actor.userId}) as filer_id,
             exists (select 1 from causes k where k.id = ${a.causeId} and k.is_active and k.level >= 2) as cause_ok
        from courts c where c.id = ${a.courtId}`);
    const k = court.rows[0];
    if (!k) throw new AppError(422, 'COURT_UNKNOWN', '所选法院不存在。', 'The chosen court does not exist.', { field: 'courtId' });
    if (!k.cause_ok) throw new AppError(422, 'CAUSE_UNKNOWN', '请从案由目录中选择具体的案由。', 'Choose a specific cause of action from the catalogue.', { field: 'causeId' });
    const checked = validateFilingParties(a.parties as FilingParty[], { role: hasRole(actor, 'lawyer') ? 'lawyer' : 'party', idNumber: k.filer_id }, today);
    const amountFen = yuanToFen(a.amount);
    checkPaymentOrderApplication({ claim: a.claim, amountFen, debtDueOn: a.debtDueOn, hasCounterObligation: a.hasCounterObligation, debtorAbroad: checked.some((p) => p.standing === 'defendant' && p.hasForeignDomicile), courtLevel: k.level, today });
    const row = await newCaseRow(tx, {
      caseType: paymentOrderCase.code,
      courtId: a.courtId,
      node: paymentOrderCase.initial,
      causeId: a.causeId,
      claims: [`请求向被申请人发出支付令，督促其给付${a.claim === 'money' ? '金钱' : '有价证券'}${a.amount}元`],
      facts: a.facts,
      amountFen,
      filedBy: actor.userId,
      filedAt: now,
      receivedOn: today,
      nodeEnteredAt: now,
    });
    await insertApplicationParties(tx, row.id, actor, checked, a.attachmentIds);
    await tx.insert(paymentOrders).values({ caseId: row.id, claim: a.claim, amountFen, debtDueOn: a.debtDueOn });
    // CPL-2023 art 226: the court tells the creditor within 5 days whether it accepts (clock: filingReview).
    await startFilingReview(tx, { id: row.id, courtId: row.courtId, caseType: row.caseType }, today, { trigger: { fact: { 'zh-CN': '收到支付令申请', en: 'application for a payment order received' }, source: 'CPL-2023 art 226' } });
    const fee = paymentOrderFee(amountFen);
    await appendApplicationSubmitted(tx, row, actor, { claim: a.claim, amount: a.amount, debtDueOn: a.debtDueOn, fee: fee.total, feeSource: 'FEE art 14(3)', attachmentIds: a.attachmentIds }, now);
    return row;
  });
}
