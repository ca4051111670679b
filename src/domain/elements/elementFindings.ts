// The judge's finding per element (认定) at or after the hearing: an element in dispute, or unanswered, is found as
// the plaintiff stated, found with another value, or not established. With the undisputed elements the findings make
// the facts the judgment states (本院查明); what is neither undisputed nor found is still pending.
import { DomainError } from '../errors/domainError';
import type { ElementDispute } from './elementDisputes';
import { applies, bi, elementOf, type Bi, type ElementSchema, type ElementValue, type ElementValues } from './elementSchema';
import { formatElementValue } from './elementText';
import { elementProblems, valueProblem } from './validateElements';

export interface ElementFinding {
  established: boolean;
  /** The value found, where it differs from the plaintiff's statement (or the complaint did not state it). */
  value?: ElementValue;
  note?: string;
}
export type ElementFindings = Readonly<Record<string, ElementFinding>>;

/** The values the findings leave in force: the complaint's, replaced or removed by each finding. */
export function foundValues(complaint: ElementValues, findings: ElementFindings): Record<string, ElementValue> {
  const out: Record<string, ElementValue> = { ...complaint };
  for (const [key, f] of Object.entries(findings)) {
    if (!f.established) delete out[key];
    else if (f.value !== undefined) out[key] = f.value;
  }
  return out;
}

/**
 * Refuses a finding of an element the schema does not have, an established finding without a value where the
 * complaint stated none, a value of the wrong type, a finding without reasons that departs from the statement, and
 * findings that together break a cross-element check (more found repaid than lent).
 */
export function assertFindings(schema: ElementSchema, complaint: ElementValues, findings: ElementFindings): void {
  for (const [key, f] of Object.entries(findings)) {
    const def = elementOf(schema, key);
    const field = `/findings/${key}`;
    if (!def) throw new DomainError('ELEMENT_FINDING_UNKNOWN', 'invalid', bi(`“${schema.label['zh-CN']}”没有要素“${key}”。`, `"${schema.label.en}" has no element "${key}".`), { field, element: key });
    if (f.established && f.value === undefined && complaint[key] === undefined) {
      throw new DomainError('ELEMENT_FINDING_VALUE_REQUIRED', 'invalid', bi(`原告未陈述“${def.label['zh-CN']}”，认定时请写明认定的内容。`, `The plaintiff stated no "${def.label.en}": give the value found.`), { field: `${field}/value`, element: key });
    }
    if (f.value !== undefined) {
      if (!f.established) throw new DomainError('ELEMENT_FINDING_VALUE_WITHOUT_ESTABLISHMENT', 'invalid', bi(`“${def.label['zh-CN']}”不予认定的，不应填写认定值。`, `"${def.label.en}" is not established: give no value.`), { field: `${field}/value`, element: key });
      const p = valueProblem(def, f.value);
      if (p) throw new DomainError('ELEMENT_INVALID', 'invalid', p.message, { field: `${field}/value`, element: key, problems: [p] });
    }
    const departs = !f.established || (f.value !== undefined && f.value !== complaint[key]);
    if (departs && !f.note?.trim()) {
      throw new DomainError('ELEMENT_FINDING_REASON_REQUIRED', 'invalid', bi(`对“${def.label['zh-CN']}”的认定与原告主张不同，请写明理由（证据或当庭陈述）。`, `The finding on "${def.label.en}" departs from the plaintiff's statement: give the reason (the evidence or what was said at the hearing).`), { field: `${field}/note`, element: key });
    }
  }
  const problems = elementProblems(schema, foundValues(complaint, findings)).filter((p) => p.code === 'ELEMENT_DATE_ORDER' || p.code === 'ELEMENT_AMOUNT_EXCEEDS');
  const first = problems[0];
  if (first) throw new DomainError('ELEMENT_INVALID', 'invalid', first.message, { field: `/findings/${first.element}`, element: first.element, problems });
}

export interface FactFound {
  element: string;
  section: string;
  label: Bi;
  value: ElementValue;
  text: Bi;
  /** undisputed: admitted by every answering party; found: the judge's finding. */
  source: 'undisputed' | 'found';
  note: string | null;
}

/** The facts found (本院查明), part by part, and the elements still to be found. */
export function factsFound(schema: ElementSchema, complaint: ElementValues, disputes: readonly ElementDispute[], findings: ElementFindings): { facts: FactFound[]; pending: string[]; notEstablished: string[] } {
  const values = foundValues(complaint, findings);
  const status = new Map(disputes.map((d) => [d.element, d.status]));
  const facts: FactFound[] = [];
  const pending: string[] = [];
  const notEstablished: string[] = [];
  for (const section of schema.sections) {
    for (const def of section.elements) {
      const f = findings[def.key];
      if (f && !f.established) {
        notEstablished.push(def.key);
        continue;
      }
      const v = values[def.key];
      if (v === undefined || !applies(def, values)) continue;
      const source = f ? 'found' : status.get(def.key) === 'undisputed' ? 'undisputed' : null;
      if (!source) {
        pending.push(def.key);
        continue;
      }
      facts.push({ element: def.key, section: section.key, label: def.label, value: v, text: bi(formatElementValue(def, v), formatElementValue(def, v, 'en')), source, note: f?.note?.trim() || null });
    }
  }
  return { facts, pending, notEstablished };
}
