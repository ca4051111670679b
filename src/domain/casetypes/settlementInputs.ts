// Input schemas of the 执前调 routing event (TypeBox); the settlement's own requests are in contracts/executionSettlement.ts.
import Type from 'typebox';

/** 执前调 needs the applicant's consent (issue 18; CPL-2023 art 125 by analogy: mediation only unless a party refuses). */
export const RouteToPreExecutionMediationInput = Type.Object(
  { applicantConsents: Type.Literal(true, { description: 'the applicant agreed to pre-execution mediation' }), note: Type.Optional(Type.String({ maxLength: 1000 })) },
  { additionalProperties: false },
);
