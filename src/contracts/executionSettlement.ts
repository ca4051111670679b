// HTTP contracts of 执行和解 (CPL-2023 art 241; EXEC-SETTLE): the agreement with its instalments, payments, and the
// application to restore execution of the original title.
import Type, { type Static } from 'typebox';
import { PlainDate } from '../domain/casetypes/eventInputs';
import { RESTORATION_GROUNDS } from '../domain/execution/settlement';
import { YuanAmount } from './cases';
import { Bilingual, Id } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const SettlementInput = Type.Object(
  {
    agreedOn: PlainDate,
    instalments: Type.Array(Type.Object({ amount: YuanAmount, dueOn: PlainDate }, { additionalProperties: false }), { minItems: 1, maxItems: 120 }),
    /** What the agreement replaces of the title (EXEC-SETTLE art 1), e.g. "判决确定的本金10万元及迟延履行利息，改为分三期支付8万元". */
    replaces: Type.String({ minLength: 1, maxLength: 2000 }),
    /** The signed agreement, uploaded by the officer (EXEC-SETTLE art 2: in writing, or the record signed by the parties). */
    documentId: Id,
  },
  { additionalProperties: false },
);
export type SettlementInput = Static<typeof SettlementInput>;

export const SettlementPaymentInput = Type.Object({ paidOn: PlainDate, amount: YuanAmount, note: Type.Optional(Type.String({ maxLength: 1000 })) }, { additionalProperties: false });

export const SettlementRestorationInput = Type.Object(
  { ground: Type.Enum(RESTORATION_GROUNDS), reason: Type.String({ minLength: 1, maxLength: 2000 }), assetClues: Type.Optional(Type.String({ maxLength: 5000 })) },
  { additionalProperties: false },
);

export const Settlement = Type.Object({
  id: Id,
  caseId: Id,
  agreedOn: PlainDate,
  total: YuanAmount,
  paid: YuanAmount,
  replaces: Type.String(),
  documentId: Id,
  status: Type.Enum(['performing', 'performed', 'defaulted'] as const),
  statusLabel: Bilingual,
  lastDueOn: PlainDate,
  /** EXEC-SETTLE art 10: the last day to apply to restore the original title. */
  restorationDueOn: PlainDate,
  instalments: Type.Array(
    Type.Object({ seq: Type.Integer(), amount: YuanAmount, agreedDueOn: PlainDate, dueOn: PlainDate, paid: YuanAmount, state: Type.Enum(['paid', 'due', 'missed'] as const), warnedAt: Nullable(Type.String()) }),
  ),
  payments: Type.Array(Type.Object({ paidOn: PlainDate, amount: YuanAmount, source: Type.Enum(['direct', 'court'] as const), note: Nullable(Type.String()) })),
  restoration: Nullable(Type.Object({ restoredOn: PlainDate, ground: Type.Enum(RESTORATION_GROUNDS), groundLabel: Bilingual, reason: Type.String(), restoredCaseId: Nullable(Id) })),
});
export type Settlement = Static<typeof Settlement>;

export const CaseSettlement = Type.Object({ settlement: Nullable(Settlement) });
export type CaseSettlement = Static<typeof CaseSettlement>;
