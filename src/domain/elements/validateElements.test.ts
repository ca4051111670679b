// Element validation: types, bounds, conditions and the cross-element checks, from tables and generated values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applies, elementsOf, type ElementDef, type ElementSchema, type ElementValue, type ElementValues } from './elementSchema';
import { draftClaims, draftFacts } from './elementText';
import { ELEMENT_SCHEMAS, schemaByKey } from './registry';
import { assertElements, elementProblems } from './validateElements';
import { LENDING } from './elements.fixture';

const lending = schemaByKey('privateLending')!;


const codes = (s: ElementSchema, v: ElementValues) => elementProblems(s, v).map((p) => `${p.element}:${p.code}`);

describe('validating a complaint’s elements', () => {
  it('accepts a complete and consistent complaint', () => {
    expect(codes(lending, LENDING)).toEqual([]);
  });

  it.each<[string, ElementValues, string[]]>([
    ['an amount with three decimals', { principalAgreed: '1.234' }, ['principalAgreed:ELEMENT_AMOUNT_INVALID']],
    ['a negative amount', { repaidPrincipal: '-1' }, ['repaidPrincipal:ELEMENT_AMOUNT_INVALID']],
    ['a number for an amount', { principalAgreed: 100 }, ['principalAgreed:ELEMENT_AMOUNT_INVALID']],
    ['a zero principal', { principalAgreed: '0', principalDelivered: '0', repaidPrincipal: '0' }, ['principalAgreed:ELEMENT_BELOW_MINIMUM', 'principalDelivered:ELEMENT_BELOW_MINIMUM']],
    ['February 30th', { deliveryDate: '2024-02-30' }, ['deliveryDate:ELEMENT_DATE_INVALID']],
    ['a rate above 100%', { interestRate: '120' }, ['interestRate:ELEMENT_ABOVE_MAXIMUM']],
    ['a rate as a fraction', { interestRate: '6%' }, ['interestRate:ELEMENT_RATE_INVALID']],
    ['yes as a word (and the date it conditions)', { hasTerm: 'yes' }, ['hasTerm:ELEMENT_BOOLEAN_INVALID', 'dueDate:ELEMENT_NOT_APPLICABLE']],
    ['an unknown option', { deliveryMethod: 'cheque' }, ['deliveryMethod:ELEMENT_CHOICE_INVALID']],
    ['an unknown element', { favouriteColour: 'red' }, ['favouriteColour:ELEMENT_UNKNOWN']],
    ['a rate without agreed interest', { interestAgreed: false }, ['interestRate:ELEMENT_NOT_APPLICABLE']],
    ['a blank text', { deliveryNote: '  ' }, ['deliveryNote:ELEMENT_TEXT_INVALID']],
    ['a text too long', { deliveryNote: '借'.repeat(501) }, ['deliveryNote:ELEMENT_TEXT_TOO_LONG']],
  ])('refuses %s', (_name, patch, expected) => {
    expect(codes(lending, { ...LENDING, ...patch })).toEqual(expected);
  });

  it('asks for a required element, and for a conditional one only when it applies', () => {
    const { dueDate: _d, principalAgreed: _p, ...rest } = LENDING;
    expect(codes(lending, rest)).toEqual(['principalAgreed:ELEMENT_REQUIRED', 'dueDate:ELEMENT_REQUIRED']);
    const { dueDate: _x, ...noTerm } = LENDING;
    expect(codes(lending, { ...noTerm, hasTerm: false })).toEqual([]);
  });

  it.each<[string, ElementValues, string]>([
    ['more handed over than agreed', { principalDelivered: '100000.01' }, 'principalDelivered:ELEMENT_AMOUNT_EXCEEDS'],
    ['more repaid than lent', { repaidPrincipal: '100001' }, 'repaidPrincipal:ELEMENT_AMOUNT_EXCEEDS'],
    ['due before it was lent', { dueDate: '2024-01-31' }, 'dueDate:ELEMENT_DATE_ORDER'],
  ])('refuses a complaint with %s', (_name, patch, expected) => {
    expect(codes(lending, { ...LENDING, ...patch })).toEqual([expected]);
  });

  it('names the element in the refusal’s field, in both languages', () => {
    try {
      assertElements(lending, { ...LENDING, interestRate: 'six' });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ code: 'ELEMENT_INVALID', kind: 'invalid', details: { field: '/elements/values/interestRate', element: 'interestRate' } });
      expect((e as { messages: { 'zh-CN': string; en: string } }).messages['zh-CN']).toContain('约定的年利率');
    }
  });
});

/** An arbitrary value that fits the element's type and bounds. */
function valueOf(def: ElementDef): fc.Arbitrary<ElementValue> {
  switch (def.type) {
    case 'amount':
      return fc.integer({ min: Math.round((def.min ?? 0) * 100), max: 10_000_000_00 }).map((f) => `${Math.floor(f / 100)}${f % 100 ? `.${String(f % 100).padStart(2, '0')}` : ''}`);
    case 'rate':
      return fc.integer({ min: 0, max: (def.max ?? 100) * 10000 }).map((r) => `${Math.floor(r / 10000)}${r % 10000 ? `.${String(r % 10000).padStart(4, '0')}` : ''}`);
    case 'date':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...def.options!.map((o) => o.key));
    case 'integer':
      return fc.integer({ min: def.min ?? 0, max: def.max ?? 1000 });
    case 'text':
      return fc.string({ minLength: 1, maxLength: def.maxLength ?? 500 }).filter((s) => s.trim() !== '');
  }
}

/** Values for every element that applies (optional ones sometimes left out), in declaration order. */
function elementValues(schema: ElementSchema): fc.Arbitrary<ElementValues> {
  const defs = elementsOf(schema);
  return fc.tuple(...defs.map((d) => fc.tuple(valueOf(d), d.required ? fc.constant(true) : fc.boolean()))).map((picked) => {
    const values: Record<string, ElementValue> = {};
    defs.forEach((d, i) => {
      const [v, keep] = picked[i]!;
      if (keep && applies(d, values)) values[d.key] = v;
    });
    return values;
  });
}

const holds = (schema: ElementSchema, v: ElementValues) =>
  schema.checks.every((c) => {
    if (c.kind === 'dateNotBefore') return v[c.later] === undefined || v[c.earlier] === undefined || String(v[c.later]) >= String(v[c.earlier]);
    return v[c.part] === undefined || v[c.whole] === undefined || Number(v[c.part]) <= Number(v[c.whole]);
  });

describe('generated complaints', () => {
  it.each(ELEMENT_SCHEMAS.map((s) => [s.key, s] as const))('%s: values of the declared types are refused exactly when a cross-element check fails', (_k, schema) => {
    fc.assert(
      fc.property(elementValues(schema), (v) => {
        const problems = elementProblems(schema, v);
        expect(problems.every((p) => p.code === 'ELEMENT_DATE_ORDER' || p.code === 'ELEMENT_AMOUNT_EXCEEDS')).toBe(true);
        expect(problems.length === 0).toBe(holds(schema, v));
        // Drafts never print a missing value.
        for (const text of [...draftClaims(schema, v), draftFacts(schema, v), draftFacts(schema, v, 'en')]) expect(text).not.toMatch(/undefined|null|NaN/);
      }),
      { numRuns: 300 },
    );
  });
});
