// Case fee accounts, ledgers, bank statement import and the unidentified-receipts queue over HTTP.
import Type, { type Static } from 'typebox';
import { Bilingual, DateFilter, Id, SortParam } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Yuan = Type.String({ pattern: '^-?\\d+\\.\\d{2}$', description: 'amount in yuan, two decimals, e.g. "3300.00"' });

export const FeeNotice = Type.Object({
  id: Type.Integer(),
  basis: Type.String(),
  amount: Yuan,
  breakdown: Type.Array(Type.Record(Type.String(), Type.Unknown())),
  issuedOn: Type.String(),
  dueOn: Nullable(Type.String()),
});

export const LedgerEntry = Type.Object({
  id: Type.Integer(),
  kind: Type.Enum(['charge', 'relief', 'payment', 'refund']),
  label: Bilingual,
  amount: Yuan,
  entryOn: Type.String(),
  source: Type.String(),
  note: Nullable(Type.String()),
});

export const CaseFees = Type.Object({
  caseId: Type.Integer(),
  accountNo: Nullable(Type.String()),
  notices: Type.Array(FeeNotice),
  ledger: Type.Array(LedgerEntry),
  due: Yuan,
  paid: Yuan,
  outstanding: Yuan,
  refundable: Yuan,
  /** The fee is unpaid past its deadline: the judge should consider 按撤诉处理 (FEE art 22; CPL-Interp art 213). */
  unpaidPastDeadline: Type.Boolean(),
});
export type CaseFees = Static<typeof CaseFees>;

export const StatementLine = Type.Object({
  row: Type.Integer(),
  bankRef: Type.String(),
  date: Type.String(),
  amount: Yuan,
  payerName: Type.String(),
  payerAccount: Type.String(),
  memo: Type.String(),
  outcome: Type.Enum(['post', 'unidentified', 'duplicate']),
  reason: Nullable(Type.String()),
  caseId: Nullable(Type.Integer()),
  caseNumber: Nullable(Type.String()),
});

/** The court account a statement is of: 诉讼费 or 执行案款 (kept apart, rules.md §5.7). */
export const FundAccount = Type.Enum(['fees', 'execution']);

export const StatementUploadQuery = Type.Object({ account: Type.Optional(FundAccount) }, { additionalProperties: false });

export const StatementPreview = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  encoding: Type.String(),
  status: Type.String(),
  account: FundAccount,
  columns: Type.Record(Type.String(), Type.String()),
  lines: Type.Array(StatementLine),
  skipped: Type.Array(Type.Object({ row: Type.Integer(), reason: Type.String(), text: Type.String() })),
  totals: Type.Object({ post: Type.Integer(), unidentified: Type.Integer(), duplicate: Type.Integer(), skipped: Type.Integer(), amountToPost: Yuan }),
});
export type StatementPreview = Static<typeof StatementPreview>;

/** What posting a statement did (the job's result and the statement's stored summary): counts and integer fen. */
export const StatementPostResult = Type.Object({
  statementId: Type.Integer(),
  /** Receipts posted to their case. */
  post: Type.Integer(),
  /** Receipts put in the unidentified queue. */
  unidentified: Type.Integer(),
  /** Lines whose bank reference another statement had already posted. */
  duplicate: Type.Integer(),
  /** Rows of the file that are not credits (see the preview). */
  skipped: Type.Integer(),
  amountPostedFen: Type.Integer(),
});
export type StatementPostResult = Static<typeof StatementPostResult>;

export const Receipt = Type.Object({
  id: Type.Integer(),
  bankRef: Type.String(),
  receivedOn: Type.String(),
  amount: Yuan,
  payerName: Type.String(),
  payerAccount: Type.String(),
  memo: Type.String(),
  account: FundAccount,
  status: Type.String(),
  match: Type.String(),
  /** An unidentified receipt's claim deadline (3 days by default, court-settable). */
  claimDueOn: Nullable(Type.String()),
  caseId: Nullable(Type.Integer()),
  caseNumber: Nullable(Type.String()),
  claimReason: Nullable(Type.String()),
});

/** The columns the receipts list sorts by (allow-list). */
export const RECEIPT_SORT_COLUMNS = ['receivedOn', 'bankRef', 'amount', 'payerName', 'status', 'caseNumber'] as const;

export const ReceiptQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(['unidentified', 'posted', 'claimed'])),
    account: Type.Optional(FundAccount),
    /** 付款人, 流水号 or 附言 containing this text. */
    q: Type.Optional(Type.String({ maxLength: 100 })),
    receivedFrom: DateFilter,
    receivedTo: DateFilter,
    sort: SortParam(RECEIPT_SORT_COLUMNS),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);

export const ClaimInput = Type.Object(
  {
    caseNumber: Type.String({ minLength: 6, maxLength: 60, description: '案号 of a case of this court' }),
    reason: Type.String({ minLength: 2, maxLength: 500 }),
  },
  { additionalProperties: false },
);

export const StatementIdParams = Type.Object({ id: Id }, { additionalProperties: false });

const Amount = Type.String({ maxLength: 20, description: 'yuan as a decimal string, e.g. "150000" or "150000.50"' });

export const FeeCalcRequest = Type.Object(
  {
    kind: Type.String({ maxLength: 40, description: 'property, appeal, divorce, personality, other_non_property, ip_no_amount, labor, administrative, administrative_ip, jurisdiction_objection, execution, execution_no_amount, preservation, payment_order, public_summons, set_aside_award, bankruptcy, maritime_*, special_procedure, appeal_against_ruling, administrative_compensation, retrial' }),
    amount: Type.Optional(Amount),
    propertyAmount: Type.Optional(Amount),
    damages: Type.Optional(Amount),
    reduction: Type.Optional(Type.String({ maxLength: 20, description: 'simple | mediation | withdrawal (halved once)' })),
    counterclaim: Type.Optional(Type.Boolean()),
    exchangeRate: Type.Optional(Type.String({ maxLength: 20, description: 'yuan per unit of the claim currency on the day of acceptance' })),
    retrialCharged: Type.Optional(Type.Boolean({ description: 'retrial on new evidence, or sought without appealing (FEE arts 9, 19)' })),
  },
  { additionalProperties: false },
);

export const FeeCalcResponse = Type.Object({
  kind: Type.String(),
  total: Type.String({ description: 'yuan, rounded once by the configured rule' }),
  exact: Type.String(),
  breakdown: Type.Array(
    Type.Object({
      component: Type.String(),
      label: Bilingual,
      base: Type.Optional(Type.String()),
      rate: Type.Optional(Type.String()),
      amount: Type.String(),
      source: Type.String(),
    }),
  ),
});

export const FeeScheduleSettings = Type.Object(
  {
    divorceBase: Type.Integer(),
    personalityBase: Type.Integer(),
    otherNonPropertyBase: Type.Integer(),
    ipNoAmountBase: Type.Integer(),
    jurisdictionObjectionBase: Type.Integer(),
    executionNoAmountBase: Type.Integer(),
    maritime: Type.Object(
      { limitationFund: Type.Integer(), injunction: Type.Integer(), shipLienNotice: Type.Integer(), claimRegistration: Type.Integer(), generalAverage: Type.Integer() },
      { additionalProperties: false },
    ),
    rounding: Type.Object({ unit: Type.Enum(['fen', 'jiao', 'yuan']), mode: Type.Enum(['halfUp', 'down']) }, { additionalProperties: false }),
  },
  { additionalProperties: false, description: 'amounts each province sets within the ranges of FEE arts 13–14 ([U]), and the rounding rule' },
);
