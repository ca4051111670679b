// HTTP contracts of 失信与限消 (rules.md §5.5–5.6): 限制消费令, 失信名单 with its corrections, and the public page.
import Type, { type Static } from 'typebox';
import { PlainDate } from '../domain/casetypes/eventInputs';
import { LIFT_REASONS, RESTRICTED_PERSON_ROLES, RESTRICTION_ITEMS } from '../domain/creditSanctions/consumptionRestriction';
import { DELETION_GROUNDS } from '../domain/creditSanctions/dishonestListing';
import { Bilingual, DateFilter, PageQuery, SortParam } from './common';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });
const Note = Type.Optional(Type.String({ maxLength: 500 }));

export const RESTRICTION_STATUSES = ['proposed', 'signed', 'rejected', 'lifted'] as const;
export const LISTING_STATUSES = ['proposed', 'forewarned', 'listed', 'deleted', 'rejected'] as const;
export const CORRECTION_STATUSES = ['pending', 'justified', 'corrected', 'rejected', 'reconsidering', 'reconsiderationUpheld', 'reconsiderationDismissed'] as const;

export const RestrictionInput = Type.Object(
  {
    partyId: Type.Integer({ minimum: 1 }),
    /** CONSUME art 3 items; all when omitted or empty. */
    items: Type.Optional(Type.Array(Type.Enum(RESTRICTION_ITEMS), { maxItems: RESTRICTION_ITEMS.length, uniqueItems: true })),
    /** An entity's persons named in the order (CONSUME art 3 para 2). */
    persons: Type.Optional(Type.Array(Type.Object({ role: Type.Enum(RESTRICTED_PERSON_ROLES), name: Type.String({ maxLength: 100 }) }, { additionalProperties: false }), { maxItems: 20 })),
    /** The order's last day; omitted or null: until the obligation is performed. */
    untilOn: Type.Optional(Nullable(PlainDate)),
  },
  { additionalProperties: false },
);

export const DecisionInput = Type.Object({ approve: Type.Boolean(), note: Note }, { additionalProperties: false });
export const LiftInput = Type.Object({ reason: Type.Enum(LIFT_REASONS), note: Note }, { additionalProperties: false });

export const Restriction = Type.Object({
  id: Type.Integer(),
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  partyId: Type.Integer(),
  partyName: Type.String(),
  items: Type.Array(Type.String()),
  itemLabels: Type.Array(Bilingual),
  persons: Type.Array(Type.Object({ role: Type.String(), name: Type.String() })),
  untilOn: Nullable(Type.String()),
  status: Type.Enum(RESTRICTION_STATUSES),
  inForce: Type.Boolean(),
  fromListingId: Nullable(Type.Integer()),
  proposedBy: Nullable(Type.String()),
  signedBy: Nullable(Type.String()),
  signedOn: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
  documentId: Nullable(Type.Integer()),
  liftReason: Nullable(Type.String()),
  liftedOn: Nullable(Type.String()),
});
export type Restriction = Static<typeof Restriction>;

export const ListingInput = Type.Object(
  {
    partyId: Type.Integer({ minimum: 1 }),
    /** DISHONEST art 1 item (1)–(6). */
    ground: Type.Integer({ minimum: 1, maximum: 6 }),
    initiative: Type.Union([Type.Literal('application'), Type.Literal('exOfficio')]),
    /** 1–3 more years for aggravation (grounds 2–6, DISHONEST art 2). */
    aggravationYears: Type.Optional(Type.Integer({ minimum: 0, maximum: 3 })),
    facts: Text(2000),
    /** A 失信预告 first: the listing takes effect after the court's grace period. */
    forewarn: Type.Optional(Type.Boolean()),
    /** The debtor's birth date when the ID number does not carry it (a minor is never listed). */
    birthDate: Type.Optional(PlainDate),
    /** DISHONEST art 3: recorded in the case — an adequate guarantee, or seized property covering the debt. */
    adequateGuarantee: Type.Optional(Type.Boolean()),
    seizedPropertySufficient: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const DeletionGroundInput = Type.Object({ ground: Type.Enum(DELETION_GROUNDS.filter((g) => g !== 'termExpired')), on: Type.Optional(PlainDate), note: Note }, { additionalProperties: false });

export const Listing = Type.Object({
  id: Type.Integer(),
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  courtName: Type.String(),
  partyId: Type.Integer(),
  partyName: Type.String(),
  maskedIdNumber: Nullable(Type.String()),
  ground: Type.Integer(),
  groundLabel: Bilingual,
  initiative: Type.String(),
  aggravationYears: Type.Integer(),
  termYears: Nullable(Type.Integer()),
  facts: Type.String(),
  forewarn: Type.Boolean(),
  graceDays: Type.Integer(),
  status: Type.Enum(LISTING_STATUSES),
  proposedBy: Type.String(),
  signedBy: Nullable(Type.String()),
  decidedOn: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
  effectiveOn: Nullable(Type.String()),
  expiresOn: Nullable(Type.String()),
  deletionGround: Nullable(Type.String()),
  deletionGroundLabel: Nullable(Bilingual),
  deletionGroundOn: Nullable(Type.String()),
  deletionDueOn: Nullable(Type.String()),
  deletedOn: Nullable(Type.String()),
});
export type Listing = Static<typeof Listing>;

export const CorrectionInput = Type.Object(
  {
    reason: Text(2000),
    /** The applicant's supporting documents, uploaded first (POST /uploads); filed with the case. */
    attachmentIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 2 ** 53 - 1 }), { maxItems: 10 })),
  },
  { additionalProperties: false },
);
export const CorrectionDecisionInput = Type.Object({ justified: Type.Boolean(), note: Note }, { additionalProperties: false });
export const ReconsiderationInput = Type.Object({ reason: Text(2000) }, { additionalProperties: false });
export const ReconsiderationDecisionInput = Type.Object({ upheld: Type.Boolean(), note: Note }, { additionalProperties: false });

export const Correction = Type.Object({
  id: Type.Integer(),
  listingId: Type.Integer(),
  reason: Type.String(),
  appliedOn: Type.String(),
  status: Type.Enum(CORRECTION_STATUSES),
  decidedOn: Nullable(Type.String()),
  decisionNote: Nullable(Type.String()),
  correctedOn: Nullable(Type.String()),
  reconsiderationOn: Nullable(Type.String()),
  reconsiderationDecidedOn: Nullable(Type.String()),
  /** The period running for the current step (the 15-day review, the 3 working days to correct, …) with its last day. */
  currentPeriod: Nullable(Type.Object({ kind: Type.String(), dueOn: Nullable(Type.String()), level: Type.String() })),
});
export type Correction = Static<typeof Correction>;

export const CaseCredit = Type.Object({
  restrictions: Type.Array(Restriction),
  listings: Type.Array(Listing),
  corrections: Type.Array(Correction),
  /** The court's 宽限期 after a 失信预告 [U setting]. */
  graceDays: Type.Integer(),
});

export const LISTING_SORT_COLUMNS = ['effectiveOn', 'expiresOn', 'caseNumber', 'partyName', 'status'] as const;
export const ListingQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(LISTING_STATUSES)),
    /** 案号 or name containing this text. */
    q: Type.Optional(Type.String({ maxLength: 100 })),
    ground: Type.Optional(Type.Integer({ minimum: 1, maximum: 6 })),
    effectiveFrom: DateFilter,
    effectiveTo: DateFilter,
    sort: SortParam(LISTING_SORT_COLUMNS),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const ApprovalItem = Type.Object({
  kind: Type.Union([Type.Literal('restriction'), Type.Literal('listing')]),
  id: Type.Integer(),
  caseId: Type.Integer(),
  caseNumber: Nullable(Type.String()),
  partyName: Type.String(),
  summary: Bilingual,
  proposedBy: Nullable(Type.String()),
  proposedAt: Type.String(),
});

export const PublicListingQuery = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 100 })),
    caseNumber: Type.Optional(Type.String({ maxLength: 100 })),
    court: Type.Optional(Type.String({ maxLength: 100 })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export const PublicListing = Type.Object({
  name: Type.String(),
  maskedIdNumber: Nullable(Type.String()),
  caseNumber: Nullable(Type.String()),
  courtName: Type.String(),
  ground: Bilingual,
  /** Term in years; null: no fixed term (ground 1). */
  termYears: Nullable(Type.Integer()),
  listedOn: Type.String(),
  expiresOn: Nullable(Type.String()),
});
