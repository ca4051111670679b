// Fee decisions as case events: judicial aid (缓交/减交/免交) and refunds, each a decision row and its ledger entries.
import { and, eq } from 'drizzle-orm';
import { refuse } from '../../../domain/errors/domainError';
import { judicialAidRelief, refundDueOn } from '../../../domain/payments/feeRelief';
import { fenFromText, fenToYuanText } from '../../../domain/payments/moneyText';
import { caseParties, feeDecisions } from '../../db/schema';
import { AppError } from '../../http/appError';
import type { EffectHandler } from '../cases/effects/effectContext';
import { addLedgerEntry, balanceOf } from './caseFees';

const fen = (yuan: string | undefined) => (yuan === undefined ? undefined : (fenFromText(yuan) ?? undefined));

export const grantJudicialAid: EffectHandler = async ({ tx, case: c, input, actor, today }) => {
  const party = (await tx.select().from(caseParties).where(and(eq(caseParties.caseId, c.id), eq(caseParties.id, input.partyId))))[0];
  if (!party) throw new AppError(422, 'PARTY_UNKNOWN', '申请人不是本案当事人。', 'The applicant is not a party to the case.');
  const b = await balanceOf(tx, c.id);
  const relief = judicialAidRelief({ kind: input.kind, partyKind: party.kind, registered: c.acceptedOn !== null, dueFen: b.outstandingFen, amountFen: fen(input.amount), deferUntil: input.deferUntil, today });
  const row = await tx
    .insert(feeDecisions)
    .values({ caseId: c.id, kind: input.kind, amountFen: relief || null, dueOn: input.deferUntil ?? null, reason: input.reason, ground: `party:${party.id}`, decidedBy: actor.userId, decidedOn: today })
    .returning({ id: feeDecisions.id });
  if (relief > 0) await addLedgerEntry(tx, { caseId: c.id, kind: 'relief', amountFen: relief, entryOn: today, source: 'decision', sourceId: row[0]!.id, note: `司法救助：${input.reason}`, createdBy: actor.userId });
  return { kind: input.kind, party: party.name, amount: relief ? fenToYuanText(relief) : null, deferUntil: input.deferUntil ?? null };
};

export const decideRefund: EffectHandler = async ({ tx, case: c, input, actor, today }) => {
  const amount = fen(input.amount)!;
  const b = await balanceOf(tx, c.id);
  const dueOn = refundDueOn(amount, b.paidFen, today);
  // Overpayment refunds what was paid beyond the fee; every other ground also lowers the fee itself (FEE arts 15, 27).
  if (input.ground === 'overpaid' && amount > b.refundableFen) {
    refuse('REFUND_EXCEEDS_OVERPAYMENT', 'invalid', `多交的金额只有 ${fenToYuanText(b.refundableFen)} 元。`, `Only ${fenToYuanText(b.refundableFen)} yuan was overpaid.`);
  }
  if (input.ground !== 'overpaid' && amount > b.dueFen) {
    refuse('REFUND_EXCEEDS_FEE', 'invalid', `退费不能超过应交的 ${fenToYuanText(b.dueFen)} 元。`, `A refund cannot exceed the ${fenToYuanText(b.dueFen)} yuan fee.`);
  }
  const row = await tx
    .insert(feeDecisions)
    .values({ caseId: c.id, kind: 'refund', amountFen: amount, dueOn, reason: input.reason, ground: input.ground, decidedBy: actor.userId, decidedOn: today })
    .returning({ id: feeDecisions.id });
  const id = row[0]!.id;
  if (input.ground !== 'overpaid') await addLedgerEntry(tx, { caseId: c.id, kind: 'relief', amountFen: amount, entryOn: today, source: 'decision', sourceId: id, note: input.reason, createdBy: actor.userId });
  await addLedgerEntry(tx, { caseId: c.id, kind: 'refund', amountFen: amount, entryOn: today, source: 'decision', sourceId: id, note: `${input.reason}（${dueOn}前退还）`, createdBy: actor.userId });
  return { ground: input.ground, amount: fenToYuanText(amount), refundBy: dueOn };
};
