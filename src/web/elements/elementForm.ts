// The element complaint as the filing wizard holds it, and its translation to the API's ElementsInput: only the
// elements that apply and were filled, under the schema of the chosen cause.
import type { ElementsInput } from '../../contracts/elements';
import { applies, elementsOf, type ElementSchema, type ElementValue } from '../../domain/elements/elementSchema';
import { schemaForCause } from '../../domain/elements/registry';

export interface ElementFormValues {
  enabled?: boolean;
  values?: Record<string, unknown>;
}

/** The schema the chosen cause has, if any. */
export const schemaOfCause = (cause: { key?: string } | undefined): ElementSchema | undefined => (cause?.key ? schemaForCause(cause.key) : undefined);

/** The filled values of the elements that apply, in declaration order (empty inputs left out). */
export function filledValues(schema: ElementSchema, raw: Record<string, unknown> | undefined): Record<string, ElementValue> {
  const out: Record<string, ElementValue> = {};
  for (const def of elementsOf(schema)) {
    const v = raw?.[def.key];
    if (v === undefined || v === null || v === '') continue;
    if (!applies(def, out)) continue;
    out[def.key] = v as ElementValue;
  }
  return out;
}

export function elementsInputOf(v: { causeId?: { key?: string }; elements?: ElementFormValues }): { elements?: ElementsInput } {
  const schema = schemaOfCause(v.causeId);
  if (!schema || !v.elements?.enabled) return {};
  return { elements: { schema: schema.key as ElementsInput['schema'], values: filledValues(schema, v.elements.values) } };
}
