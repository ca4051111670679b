// The element schemas CourtFlow offers, and which civil cause (2020 catalogue key) each serves.
import type { ElementSchema } from './elementSchema';
import { creditCard } from './schemas/creditCard';
import { financialLoan } from './schemas/financialLoan';
import { labourDispute } from './schemas/labourDispute';
import { privateLending } from './schemas/privateLending';
import { trafficAccident } from './schemas/trafficAccident';

export const ELEMENT_SCHEMAS: readonly ElementSchema[] = [privateLending, creditCard, financialLoan, trafficAccident, labourDispute];

export function schemaByKey(key: string): ElementSchema | undefined {
  return ELEMENT_SCHEMAS.find((s) => s.key === key);
}

/** The schema for a cause of the 2020 catalogue by its key ('103-3', '186-5'), or undefined when there is none. */
export function schemaForCause(causeKey: string): ElementSchema | undefined {
  return ELEMENT_SCHEMAS.find((s) => s.causes.some((c) => c.key === causeKey || (c.withChildren === true && causeKey.startsWith(`${c.key}-`))));
}
