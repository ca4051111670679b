// The five element schemas as declarations: each serves real causes of the 2020 catalogue, and its elements, claims
// and checks refer only to what it declares.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELEMENT_SCHEMAS, schemaForCause } from './registry';
import { elementOf, elementsOf } from './elementSchema';

interface Catalogue { parts: { level2: { causes: { number: number; name: string; level4?: { seq: number; name: string }[] }[] }[] }[] }
const catalogue = JSON.parse(readFileSync(new URL('../../../reference/civil-causes.json', import.meta.url), 'utf8')) as Catalogue;
const CAUSE_NAMES = new Map<string, string>();
for (const part of catalogue.parts) for (const l2 of part.level2) for (const c of l2.causes) {
  CAUSE_NAMES.set(String(c.number), c.name);
  for (const l4 of c.level4 ?? []) CAUSE_NAMES.set(`${c.number}-${l4.seq}`, l4.name);
}

describe('element schemas', () => {
  it('cover the five dispute kinds of issue 21', () => {
    expect(ELEMENT_SCHEMAS.map((s) => s.label['zh-CN'])).toEqual(['民间借贷纠纷', '信用卡纠纷', '金融借款合同纠纷', '机动车交通事故责任纠纷', '劳动争议（劳动合同纠纷）']);
  });

  it.each(ELEMENT_SCHEMAS.map((s) => [s.key, s] as const))('%s names causes of the 2020 catalogue by key and name', (_k, s) => {
    for (const c of s.causes) expect(CAUSE_NAMES.get(c.key)).toBe(c.name);
  });

  it.each([
    ['103-3', 'privateLending'],
    ['110-2', 'creditCard'],
    ['103-1', 'financialLoan'],
    ['374', 'trafficAccident'],
    ['186', 'labourDispute'],
    ['186-5', 'labourDispute'],
    ['103-2', undefined],
    ['375', undefined],
    ['1866', undefined],
  ])('cause %s → %s', (key, schema) => {
    expect(schemaForCause(key)?.key).toBe(schema);
  });

  it.each(ELEMENT_SCHEMAS.map((s) => [s.key, s] as const))('%s is consistent', (_k, s) => {
    const all = elementsOf(s);
    const claims = new Set(s.claims.map((c) => c.key));
    expect(new Set(all.map((e) => e.key)).size).toBe(all.length);
    expect(claims.size).toBe(s.claims.length);
    all.forEach((e, i) => {
      for (const lang of ['zh-CN', 'en'] as const) {
        expect(e.label[lang].length, `${e.key} label`).toBeGreaterThan(0);
        expect(e.help[lang].length, `${e.key} help`).toBeGreaterThan(0);
      }
      for (const c of e.supports) expect(claims.has(c), `${e.key} supports ${c}`).toBe(true);
      if (e.type === 'choice') expect(e.options?.length ?? 0).toBeGreaterThan(1);
      // A condition refers to an element asked before it, so the form can show it in order.
      if (e.when) expect(all.slice(0, i).some((x) => x.key === e.when!.element), `${e.key} when`).toBe(true);
    });
    for (const c of s.checks) {
      const [a, b] = c.kind === 'dateNotBefore' ? [c.later, c.earlier] : [c.part, c.whole];
      const type = c.kind === 'dateNotBefore' ? 'date' : 'amount';
      expect(elementOf(s, a)?.type).toBe(type);
      expect(elementOf(s, b)?.type).toBe(type);
    }
    for (const sec of s.sections) expect(sec.issue['zh-CN'].length).toBeGreaterThan(0);
  });
});
