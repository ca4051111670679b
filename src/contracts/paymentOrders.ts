// HTTP contracts of 民督: the creditor's online application for a payment order, and one payment-order case's record.
import Type, { type Static } from 'typebox';
import { PlainDate } from '../domain/casetypes/eventInputs';
import { PAYMENT_ORDER_CLAIMS } from '../domain/paymentOrder/paymentOrderApplication';
import { PartyInput, YuanAmount } from './cases';
import { Id } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const PaymentOrderApplication = Type.Object(
  {
    courtId: Id,
    causeId: Id,
    /** The creditor as `plaintiff`, the debtor as `defendant`. */
    parties: Type.Array(PartyInput, { minItems: 2, maxItems: 20 }),
    claim: Type.Enum(PAYMENT_ORDER_CLAIMS),
    amount: YuanAmount,
    debtDueOn: PlainDate,
    hasCounterObligation: Type.Boolean(),
    facts: Type.String({ minLength: 1, maxLength: 5000 }),
    attachmentIds: Type.Array(Id, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type PaymentOrderApplication = Static<typeof PaymentOrderApplication>;

export const PaymentOrderRecord = Type.Object({
  caseId: Id,
  caseNumber: Nullable(Type.String()),
  node: Type.String(),
  claim: Type.Enum(PAYMENT_ORDER_CLAIMS),
  amount: Type.String(),
  debtDueOn: Type.String(),
  fee: Type.String(),
  issueDueOn: Nullable(Type.String()),
  issuedOn: Nullable(Type.String()),
  /** Each debtor's 15 days to pay or object (CPL-2023 art 227), from service. */
  objectionDue: Type.Array(Type.Object({ partyId: Id, partyName: Type.String(), dueOn: Nullable(Type.String()) })),
  objectedOn: Nullable(Type.String()),
  terminatedOn: Nullable(Type.String()),
  applicantChoice: Nullable(Type.String()),
  litigationCaseId: Nullable(Id),
  effectiveOn: Nullable(Type.String()),
  /** The 15 days passed without objection: the order may be recorded as effective. */
  canTakeEffect: Type.Boolean(),
});
export type PaymentOrderRecord = Static<typeof PaymentOrderRecord>;
