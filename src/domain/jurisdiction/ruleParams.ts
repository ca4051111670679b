// The shape of each rule kind's parameters, checked when an administrator adds a rule version.
import Type, { type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { refuse } from '../errors/domainError';
import { ADMIN_ORGAN_KINDS, ADMIN_PLACE_BASES, type JurisdictionRule, type JurisdictionRuleKind } from './rules';

const Keys = Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { maxItems: 200 });
const Codes = Type.Array(Type.String({ pattern: '^\\d{2,6}$' }), { maxItems: 100 });
const strict = { additionalProperties: false } as const;

const PARAMS: Record<JurisdictionRuleKind, TSchema> = {
  levelThreshold: Type.Object(
    {
      level: Type.Enum(['intermediate', 'high']),
      domicileScope: Type.Enum(['sameProvince', 'oneOutside']),
      minAmountFen: Type.String({ pattern: '^(0|[1-9]\\d{0,17})$' }),
      provinces: Type.Array(Type.String({ pattern: '^\\d{2}$' }), { maxItems: 40 }),
      excludedCauseKeys: Keys,
      excludesForeignRelated: Type.Boolean(),
    },
    strict,
  ),
  designated: Type.Object({ causeKeys: Keys, regions: Codes, courtCodes: Type.Array(Type.String({ minLength: 1, maxLength: 20 }), { minItems: 1, maxItems: 50 }), pattern: Type.String({ maxLength: 50 }) }, strict),
  exclusive: Type.Object({ causeKeys: Keys }, strict),
  territorial: Type.Object({ contractCauseKeys: Keys }, strict),
  adminTerritorial: Type.Object({ basis: Type.Enum([...ADMIN_PLACE_BASES]) }, strict),
  adminLevel: Type.Object({ level: Type.Enum(['intermediate', 'high']), organKinds: Type.Array(Type.Enum([...ADMIN_ORGAN_KINDS]), { maxItems: 10 }), majorComplex: Type.Boolean() }, strict),
};

export interface RuleDraft {
  key: string;
  version: number;
  kind: JurisdictionRuleKind;
  label: { 'zh-CN': string; en: string };
  source: string;
  params: unknown;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** The rule as the engine reads it, or the refusal naming what is wrong with its parameters or dates. */
export function checkRule(d: RuleDraft): JurisdictionRule {
  const schema = PARAMS[d.kind];
  if (!Value.Check(schema, d.params)) {
    const first = [...Value.Errors(schema, d.params)][0];
    refuse('JURISDICTION_RULE_INVALID', 'invalid', `规则参数不符合“${d.kind}”的格式：${first?.instancePath ?? ''} ${first?.message ?? ''}`, `The parameters do not fit kind "${d.kind}": ${first?.instancePath ?? ''} ${first?.message ?? ''}`, { field: `/params${first?.instancePath ?? ''}` });
  }
  if (d.effectiveTo !== null && d.effectiveTo < d.effectiveFrom) {
    refuse('JURISDICTION_RULE_DATES', 'invalid', '失效日期不能早于生效日期。', 'The rule cannot end before it starts.', { field: '/effectiveTo' });
  }
  return { ...d, params: d.params } as JurisdictionRule;
}
