// Jurisdiction: the competent-court proposal at filing, the rules administrators keep, 移送管辖 and 跨域立案.
import Type, { type Static } from 'typebox';
import { ADMIN_ORGAN_KINDS, JURISDICTION_RULE_KINDS } from '../domain/jurisdiction/rules';
import { Bilingual, DateFilter, Id } from './common';

/** A GB/T 2260 division code (six digits): a party's domicile, the place of performance, the property's location. */
export const DivisionCode = Type.String({ pattern: '^\\d{6}$', description: 'GB/T 2260 code, e.g. "220104"' });
const PlainDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });
const YuanText = Type.String({ pattern: '^(0|[1-9]\\d{0,12})(\\.\\d{1,2})?$' });

/** 行政起诉 (ALL arts 15, 18–20): the organ that first acted and where it sits, a reconsideration organ, a restriction of personal freedom. */
export const AdministrativePlaces = Type.Object(
  {
    actingOrganPlace: Type.Optional(DivisionCode),
    reconsiderationOrganPlace: Type.Optional(DivisionCode),
    restrictsPersonalFreedom: Type.Optional(Type.Boolean()),
    organKind: Type.Optional(Type.Enum([...ADMIN_ORGAN_KINDS])),
    isMajorComplex: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** The places jurisdiction turns on, as the filer gives them (with the filing or to ask for a proposal). */
export const JurisdictionPlaces = Type.Object(
  {
    plaintiffDomiciles: Type.Array(DivisionCode, { maxItems: 50 }),
    defendantDomiciles: Type.Array(DivisionCode, { maxItems: 50 }),
    performancePlace: Type.Optional(DivisionCode),
    realEstateLocation: Type.Optional(DivisionCode),
    isForeignRelated: Type.Optional(Type.Boolean()),
    /** 行政起诉: what ALL arts 15 and 18–20 turn on. */
    administrative: Type.Optional(AdministrativePlaces),
  },
  { additionalProperties: false },
);
export type JurisdictionPlaces = Static<typeof JurisdictionPlaces>;

export const ProposalRequest = Type.Object(
  {
    /** 民初 (default) needs the cause; 行初 is proposed from `places.administrative` (ALL arts 14–20). */
    caseType: Type.Optional(Type.Enum(['民初', '行初'])),
    causeId: Type.Optional(Id),
    amount: Type.Optional(YuanText),
    places: JurisdictionPlaces,
    /** The court the filer chose: the answer warns when it is not competent. */
    courtId: Type.Optional(Id),
    /** The day to apply the rules of (default today). */
    onDate: DateFilter,
  },
  { additionalProperties: false },
);
export type ProposalRequest = Static<typeof ProposalRequest>;

export const JurisdictionReason = Type.Object({
  ruleKey: Type.Union([Type.String(), Type.Null()]),
  version: Type.Union([Type.Integer(), Type.Null()]),
  kind: Type.String(),
  source: Type.String(),
  explanation: Bilingual,
});

export const JurisdictionWarning = Type.Object({ code: Type.String(), message: Bilingual, proposedCourtIds: Type.Array(Type.Integer()) });
export type JurisdictionWarning = Static<typeof JurisdictionWarning>;

export const CourtProposal = Type.Object({
  onDate: Type.String(),
  courts: Type.Array(Type.Object({ courtId: Type.Integer(), code: Type.String(), name: Type.String(), level: Type.String(), place: Type.String(), reasons: Type.Array(JurisdictionReason) })),
  missing: Type.Array(Type.String()),
  warnings: Type.Array(JurisdictionWarning),
});
export type CourtProposal = Static<typeof CourtProposal>;

/** The proposal a case was filed with (kept as it was, whatever the rules became). */
export const CaseJurisdiction = Type.Object({
  caseId: Type.Integer(),
  proposedOn: Type.String(),
  chosenCourtId: Type.Integer(),
  facts: Type.Record(Type.String(), Type.Unknown()),
  proposal: CourtProposal,
});

export const JurisdictionRuleInput = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9+._-]+$' }),
    kind: Type.Enum([...JURISDICTION_RULE_KINDS]),
    label: Type.Object({ 'zh-CN': Type.String({ minLength: 1, maxLength: 200 }), en: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
    source: Type.String({ minLength: 1, maxLength: 200 }),
    params: Type.Record(Type.String({ maxLength: 50 }), Type.Unknown(), { maxProperties: 20 }),
    effectiveFrom: PlainDate,
    effectiveTo: Type.Optional(Type.Union([PlainDate, Type.Null()])),
  },
  { additionalProperties: false },
);
export type JurisdictionRuleInput = Static<typeof JurisdictionRuleInput>;

export const JurisdictionRuleRow = Type.Object({
  id: Type.Integer(),
  key: Type.String(),
  version: Type.Integer(),
  kind: Type.String(),
  label: Bilingual,
  source: Type.String(),
  params: Type.Record(Type.String(), Type.Unknown()),
  effectiveFrom: Type.String(),
  effectiveTo: Type.Union([Type.String(), Type.Null()]),
});
export type JurisdictionRuleRow = Static<typeof JurisdictionRuleRow>;

export const EndRuleInput = Type.Object({ effectiveTo: PlainDate }, { additionalProperties: false });

/** [U] A court's filing settings: the working days it has to forward a 跨域立案 filing (default 1). */
export const CourtFilingSettings = Type.Object(
  { crossRegionForwardingDays: Type.Integer({ minimum: 1, maximum: 10 }) },
  { additionalProperties: false },
);
export type CourtFilingSettings = Static<typeof CourtFilingSettings>;

