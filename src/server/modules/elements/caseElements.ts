// A case's elements as the court and the parties read them: the complaint's values, each party's answers, the
// dispute list and the hearing outline (computed by the domain from what is stored, never stored twice).
import { sql } from 'drizzle-orm';
import type { CaseElements, CaseElementsResponse, ElementSchemaView } from '../../../contracts/elements';
import { elementDisputes, hearingOutline, type ElementAnswers, type PartyAnswers } from '../../../domain/elements/elementDisputes';
import { factsFound, type ElementFindings } from '../../../domain/elements/elementFindings';
import { elementOf, type ElementSchema, type ElementValues } from '../../../domain/elements/elementSchema';
import { formatElementValue } from '../../../domain/elements/elementText';
import { schemaByKey } from '../../../domain/elements/registry';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable, Tx } from '../../db/database';
import { loadCase } from '../cases/caseRecord';

export function schemaView(s: ElementSchema): ElementSchemaView {
  return {
    key: s.key,
    version: s.version,
    label: s.label,
    causes: s.causes.map((c) => ({ key: c.key, name: c.name, withChildren: c.withChildren === true })),
    sections: s.sections.map((sec) => ({
      key: sec.key,
      label: sec.label,
      issue: sec.issue,
      elements: sec.elements.map((e) => ({
        key: e.key,
        type: e.type,
        label: e.label,
        help: e.help,
        required: e.required === true,
        when: e.when ?? null,
        options: [...(e.options ?? [])],
        min: e.min ?? null,
        max: e.max ?? null,
        rateBasis: e.rateBasis ?? null,
        maxLength: e.maxLength ?? null,
        supports: [...e.supports],
      })),
    })),
    claims: s.claims.map((c) => ({ key: c.key, label: c.label })),
  };
}

export async function loadComplaintElements(tx: Queryable, caseId: number): Promise<{ schema: ElementSchema; values: ElementValues } | null> {
  const r = await tx.execute<{ schema_key: string; values: ElementValues }>(sql`select schema_key, values from case_elements where case_id = ${caseId}`);
  const row = r.rows[0];
  const schema = row && schemaByKey(row.schema_key);
  return row && schema ? { schema, values: row.values } : null;
}

export async function loadFindings(tx: Queryable, caseId: number): Promise<Record<string, ElementFindings[string] & { foundAt: string }>> {
  const r = await tx.execute<{ element: string; established: boolean; value: string | number | boolean | null; note: string | null; found_at: Date }>(sql`
    select element, established, value, note, found_at from case_element_findings where case_id = ${caseId}`);
  return Object.fromEntries(r.rows.map((x) => [x.element, { established: x.established, ...(x.value !== null ? { value: x.value } : {}), ...(x.note ? { note: x.note } : {}), foundAt: new Date(x.found_at).toISOString() }]));
}

/** The parties' answers, in the order of the parties. */
export async function loadAnswers(tx: Queryable, caseId: number): Promise<(PartyAnswers & { answeredAt: string; timing: string })[]> {
  const r = await tx.execute<{ party_id: string; name: string; answers: ElementAnswers; answered_at: Date; timing: string }>(sql`
    select a.party_id, p.name, a.answers, a.answered_at, a.timing
      from case_element_answers a join case_parties p on p.id = a.party_id
     where a.case_id = ${caseId} order by p.id`);
  return r.rows.map((x) => ({ partyId: Number(x.party_id), partyName: x.name, answers: x.answers, answeredAt: new Date(x.answered_at).toISOString(), timing: x.timing }));
}

export function elementsOfCase(schema: ElementSchema, values: ElementValues, answered: Awaited<ReturnType<typeof loadAnswers>>, toAnswer: CaseElements['toAnswer'], findings: Awaited<ReturnType<typeof loadFindings>>): CaseElements {
  const disputes = elementDisputes(schema, values, answered);
  const text = (key: string, v: ElementValues[string]) => {
    const def = elementOf(schema, key)!;
    return { 'zh-CN': formatElementValue(def, v, 'zh-CN'), en: formatElementValue(def, v, 'en') };
  };
  return {
    schema: schemaView(schema),
    values,
    valueText: Object.fromEntries(Object.entries(values).filter(([k]) => elementOf(schema, k)).map(([k, v]) => [k, text(k, v)])),
    answers: answered.map((a) => ({ partyId: a.partyId, partyName: a.partyName, answers: a.answers as CaseElements['answers'][number]['answers'], answeredAt: a.answeredAt, timing: a.timing })),
    toAnswer,
    disputes: disputes.map((d) => ({ ...d, claimedText: text(d.element, d.claimed), supports: [...d.supports] })),
    outline: hearingOutline(schema, disputes),
    findings: Object.entries(findings).map(([element, f]) => ({ element, established: f.established, value: f.value ?? null, valueText: f.value !== undefined ? text(element, f.value) : null, note: f.note ?? null, foundAt: f.foundAt })),
    ...factsFound(schema, values, disputes, findings),
  };
}

export async function caseElements(tx: Tx, actor: Actor, caseId: number): Promise<CaseElementsResponse> {
  const c = await loadCase(tx, caseId);
  if (!c) throw caseNotFound();
  if (!(await relationToCase(tx, actor, c)).canView) throw caseNotFound();
  const stored = await loadComplaintElements(tx, caseId);
  if (!stored) return { elements: null };
  const answered = await loadAnswers(tx, caseId);
  const open = await tx.execute<{ id: string; name: string; due_on: string | null }>(sql`
    select p.id, p.name, (select d.due_on::text from case_periods d where d.case_id = p.case_id and d.party_id = p.id and d.kind = 'defence' and d.status <> 'cancelled' order by d.id desc limit 1) as due_on
      from case_parties p where p.case_id = ${caseId} and p.standing in ('defendant', 'thirdParty') order by p.id`);
  const done = new Set(answered.map((a) => a.partyId));
  const toAnswer = open.rows.filter((p) => !done.has(Number(p.id))).map((p) => ({ partyId: Number(p.id), partyName: p.name, dueOn: p.due_on }));
  return { elements: elementsOfCase(stored.schema, stored.values, answered, toAnswer, await loadFindings(tx, caseId)) };
}
