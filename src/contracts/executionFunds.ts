// HTTP contracts of 执行案款: a case's funds (一案一账户) and the payouts the officer proposes and finance approves.
import Type, { type Static } from 'typebox';
import { YuanAmount } from './cases';
import { DateFilter, Id, PageQuery, SortParam } from './common';
import { Postponement } from './executionPostponements';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

export const PAYOUT_STATUSES = ['proposed', 'awaitingDirector', 'paid', 'rejected', 'withdrawn'] as const;

export const PayoutProposalInput = Type.Object(
  {
    payeePartyId: Id,
    amount: YuanAmount,
    /** 户名: must be the applicant's own name. */
    accountName: Text(100),
    accountNo: Type.String({ pattern: '^[0-9 ]{6,40}$' }),
    bankName: Text(100),
    reason: Text(500),
  },
  { additionalProperties: false },
);

/** 分配方案 (参与分配): each applicant's rank (1 first; equal ranks share pro rata) and claim. */
export const AllocationInput = Type.Object(
  {
    claims: Type.Array(Type.Object({ partyId: Id, rank: Type.Integer({ minimum: 1, maximum: 20 }), claim: YuanAmount }, { additionalProperties: false }), { minItems: 1, maxItems: 50 }),
    note: Text(500),
  },
  { additionalProperties: false },
);

export const AllocationResult = Type.Object({
  shares: Type.Array(Type.Object({ partyId: Type.Integer(), rank: Type.Integer(), claim: Type.String(), share: Type.String() })),
  surplus: Type.String(),
  trace: Type.Array(Type.Object({ 'zh-CN': Type.String(), en: Type.String(), source: Type.Optional(Type.String()) })),
});

export const PayoutDecisionInput = Type.Object({ note: Type.Optional(Type.String({ maxLength: 500 })) }, { additionalProperties: false });
export const PayoutRejectInput = Type.Object({ note: Text(500) }, { additionalProperties: false });

export const Payout = Type.Object({
  id: Type.Integer(),
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  payeePartyId: Type.Integer(),
  payeeName: Type.String(),
  amount: Type.String(),
  accountName: Type.String(),
  accountNo: Type.String(),
  bankName: Type.String(),
  reason: Type.String(),
  status: Type.Enum(PAYOUT_STATUSES),
  needsDirector: Type.Boolean(),
  proposedBy: Type.String(),
  /** Court-local time of the proposal, 'YYYY-MM-DD HH:mm' (Asia/Shanghai). */
  proposedAt: Type.String(),
  financeBy: Nullable(Type.String()),
  directorBy: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
  paidOn: Nullable(Type.String()),
});
export type Payout = Static<typeof Payout>;

export const PAYOUT_SORT_COLUMNS = ['proposedAt', 'amount', 'status', 'caseNumber'] as const;

export const PayoutQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(PAYOUT_STATUSES)),
    /** 案号 or payee containing this text. */
    q: Type.Optional(Type.String({ maxLength: 100 })),
    proposedFrom: DateFilter,
    proposedTo: DateFilter,
    sort: SortParam(PAYOUT_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const FundEntry = Type.Object({
  id: Type.Integer(),
  kind: Type.String(),
  label: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }),
  amount: Type.String(),
  entryOn: Type.String(),
  payoutDueOn: Nullable(Type.String()),
  payeeName: Nullable(Type.String()),
  note: Nullable(Type.String()),
  reversed: Type.Boolean(),
});

export const CaseExecutionFunds = Type.Object({
  caseId: Type.Integer(),
  /** 一案一账号: the case's own sub-account in the court's execution account. */
  accountNo: Type.String(),
  received: Type.String(),
  paidOut: Type.String(),
  fees: Type.String(),
  /** What the case holds: received less fees less paid out. */
  balance: Type.String(),
  unallocated: Type.String(),
  allocated: Type.Array(Type.Object({ partyId: Type.Integer(), name: Type.String(), amount: Type.String() })),
  /** The earliest payout deadline of money still held (FUNDS: 30 days from arrival, or an approved postponement's day), null when nothing is held. */
  payoutDueOn: Nullable(Type.String()),
  payoutOverdue: Type.Boolean(),
  entries: Type.Array(FundEntry),
  payouts: Type.Array(Payout),
  /** 延期发放 requests, the latest first; only an approved one moves `payoutDueOn`. */
  postponements: Type.Array(Postponement),
});
export type CaseExecutionFunds = Static<typeof CaseExecutionFunds>;

export const UnclaimedRow = Type.Object({ receiptId: Type.Integer(), bankRef: Type.String(), receivedOn: Type.String(), amount: Type.String(), payerName: Type.String(), memo: Type.String(), claimDueOn: Nullable(Type.String()), overdue: Type.Boolean() });
export const HeldFundsRow = Type.Object({
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  judgeId: Nullable(Type.Integer()),
  judgeName: Nullable(Type.String()),
  teamId: Nullable(Type.Integer()),
  teamName: Nullable(Type.String()),
  balance: Type.String(),
  payoutDueOn: Type.String(),
  state: Type.Enum(['overdue', 'near']),
});
export const PaidRow = Type.Object({ caseId: Type.Integer(), caseNumber: Nullable(Type.String()), judgeId: Nullable(Type.Integer()), judgeName: Nullable(Type.String()), teamId: Nullable(Type.Integer()), teamName: Nullable(Type.String()), payeeName: Type.String(), amount: Type.String(), paidOn: Type.String() });

/** 一日三通报: unclaimed receipts, funds near or past their payout deadline, funds paid since the last report. */
export const FundReport = Type.Object({
  id: Type.Integer(),
  courtId: Type.Integer(),
  /** Court-local 'YYYY-MM-DD HH:mm' of the report time it stands for. */
  slot: Type.String(),
  since: Type.String(),
  unclaimed: Type.Array(UnclaimedRow),
  held: Type.Array(HeldFundsRow),
  paid: Type.Array(PaidRow),
  totals: Type.Object({
    unclaimedCount: Type.Integer(),
    unclaimedAmount: Type.String(),
    unclaimedOverdue: Type.Integer(),
    heldNear: Type.Integer(),
    heldOverdue: Type.Integer(),
    paidCount: Type.Integer(),
    paidAmount: Type.String(),
    /** 不明款 and 超期发放 both at zero: the goal the page shows. */
    goalMet: Type.Boolean(),
  }),
  /** Whether the rows are only the viewer's own cases (a judge sees the report of their cases). */
  ownCasesOnly: Type.Boolean(),
});
export type FundReport = Static<typeof FundReport>;
export type FundReportContent = Omit<FundReport, 'id' | 'courtId' | 'slot' | 'since' | 'ownCasesOnly'>;

export const FundReportSummary = Type.Object({ id: Type.Integer(), slot: Type.String(), totals: FundReport.properties.totals });
export type FundReportSummary = Static<typeof FundReportSummary>;
