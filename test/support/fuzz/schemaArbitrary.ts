// fast-check arbitraries derived from a route's JSON Schema (TypeBox's output, as the OpenAPI document carries it):
// mostly values the schema accepts, with hostile values in place of some leaves and, when mutating, wrong types,
// extra fields and missing ones.
import fc from 'fast-check';
import { EDGE_INTEGERS, HOSTILE_INSTANTS, hostileString, IMPOSSIBLE_DATES, wrongType } from './hostile';

export interface JsonSchema {
  type?: string;
  enum?: readonly unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
  /** OpenAPI 3.0's way of writing `anyOf: [T, null]`. */
  nullable?: boolean;
}

/** Realistic values by property name (ids that exist, the case's parties…): what gets a request past "not found". */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

export interface SchemaArbitraryOptions {
  hints?: Hints;
  /** Also wrong types, extra fields and missing required fields (the request should then be refused). */
  mutate: boolean;
  dates: FuzzDates;
}

export interface FuzzDates {
  /** Calendar dates that matter for the rules (today, the days around it), to get past the guards. */
  near: readonly string[];
  /** Days for instants (hearings): around today but not today, which the case supply's hearings keep. */
  instants: readonly string[];
}

const PLAIN_DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const EXTRA_KEYS = ['extra', '__proto__', 'constructor', 'id', 'caseId', 'courtId', 'isAdmin', 'roles', ''];

function plainDates(near: readonly string[]): fc.Arbitrary<string> {
  const anyDay = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  return fc.oneof({ arbitrary: fc.constantFrom(...near), weight: 4 }, { arbitrary: anyDay, weight: 1 });
}

/** Instants on a few days at office hours, so that a start and an end drawn apart often make a sane slot. */
function instants(near: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...near), fc.constantFrom(8, 9, 10, 14, 16, 23), fc.constantFrom(0, 30), fc.constantFrom('+08:00', '+08:00', 'Z'))
    .map(([d, h, m, z]) => `${d}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00${z}`);
}

/**
 * Leaves: 6 parts ordinary values the schema wants, 3 parts hostile values it still accepts (they reach the rules
 * and the database), and when mutating 1 part values it refuses (`refused`, or any of the wrong type).
 */
function leaf(valid: fc.Arbitrary<unknown>, hostile: fc.Arbitrary<unknown> | null, o: SchemaArbitraryOptions, refused?: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const wrong = refused ? fc.oneof(refused, wrongType) : wrongType;
  return fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: hostile ?? valid, weight: 3 }, { arbitrary: wrong, weight: o.mutate ? 1 : 0 });
}

function stringOf(s: JsonSchema, o: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  const min = s.minLength ?? 0;
  const max = s.maxLength ?? 10_000;
  // Impossible dates match the pattern: they are hostile values the schema may (wrongly) accept.
  if (s.format === 'date' || s.pattern === PLAIN_DATE) return leaf(plainDates(o.dates.near), fc.constantFrom(...IMPOSSIBLE_DATES), o);
  if (s.format === 'date-time') return leaf(instants(o.dates.instants), fc.constantFrom(...HOSTILE_INSTANTS), o);
  if (s.pattern) {
    const matching = fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length >= min && x.length <= max);
    return leaf(matching, null, o, hostileString(min, max));
  }
  const fits = (x: string) => x.length >= min && x.length <= max;
  const span = { minLength: min, maxLength: Math.min(max, Math.max(min, 30)) };
  const samples = ['张三', '李四', '民间借贷纠纷', '原告请求被告偿还借款', 'Zhang San', '长春市朝阳区人民大街1号', 'x'].filter(fits);
  const ordinary = fc.oneof(
    ...(samples.length ? [fc.constantFrom(...samples)] : []),
    // Graphemes are one to many UTF-16 units: only where short strings fit (an 18-character 身份证号 field rejected
    // nearly every grapheme string, and fast-check's filter spent seconds a value finding one).
    ...(min <= 2 ? [fc.string({ unit: 'grapheme', ...span }).filter(fits)] : []),
    // Characters of one UTF-16 unit each always fit the range.
    fc.string({ unit: fc.constantFrom(...'0123456789X张李王中院号路 abc'), ...span }),
  );
  return leaf(ordinary, hostileString(min, max), o);
}

function integerOf(s: JsonSchema, o: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  const min = s.minimum ?? -(2 ** 53 - 1);
  const max = s.maximum ?? 2 ** 53 - 1;
  // Ids and counts are mostly small: sample near the lower bound, and the bounds themselves.
  const typical = fc.integer({ min, max: Math.min(max, Math.max(min, 0) + 400) });
  const edges = [...new Set([min, max, ...EDGE_INTEGERS])].filter((n) => n >= min && n <= max);
  return leaf(typical, fc.constantFrom(...edges), o);
}

function objectOf(s: JsonSchema, o: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  const props = s.properties ?? {};
  const keys = Object.keys(props);
  if (keys.length === 0) {
    if (s.additionalProperties === false) return fc.constant({});
    return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
  }
  const record = fc.record(Object.fromEntries(keys.map((k) => [k, arbitraryFor(props[k]!, o, k)])), { requiredKeys: s.required ?? [] });
  if (!o.mutate) return record;
  const required = s.required ?? [];
  return fc
    .tuple(
      record,
      // Now and then (one in four) a required field goes missing, or a field nobody asked for comes along.
      required.length ? fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.constantFrom(...required), weight: 1 }) : fc.constant(null),
      fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.tuple(fc.constantFrom(...EXTRA_KEYS), wrongType), weight: 1 }),
    )
    .map(([r, drop, extra]) => {
      // Object.fromEntries makes "__proto__" an own field, as JSON.parse would on the server.
      const entries = Object.entries(r as Record<string, unknown>).filter(([k]) => k !== drop);
      return Object.fromEntries(extra ? [...entries, extra] : entries);
    });
}

function arrayOf(s: JsonSchema, o: SchemaArbitraryOptions): fc.Arbitrary<unknown> {
  const item = arbitraryFor(s.items ?? {}, o);
  const min = s.minItems ?? 0;
  const max = s.maxItems ?? 1000;
  const usual = fc.array(item, { minLength: min, maxLength: Math.max(min, Math.min(max, 4)) });
  // At the limit (the same item repeated, as a script would send it) and, when mutating, one past it.
  const full = item.map((x) => Array.from({ length: Math.min(max, 500) }, () => x));
  const over = item.map((x) => Array.from({ length: Math.min(max + 1, 2000) }, () => x));
  return fc.oneof({ arbitrary: usual, weight: 8 }, { arbitrary: full, weight: 1 }, { arbitrary: over, weight: o.mutate ? 1 : 0 }, { arbitrary: wrongType, weight: o.mutate ? 1 : 0 });
}

/** An arbitrary for values of `schema`; `name` is the property it fills, to look up hints. */
export function arbitraryFor(schema: JsonSchema, o: SchemaArbitraryOptions, name?: string): fc.Arbitrary<unknown> {
  const hint = name !== undefined ? o.hints?.[name] : undefined;
  if (hint) {
    const { hints: _hints, ...unhinted } = o;
    return fc.oneof({ arbitrary: hint, weight: 4 }, { arbitrary: arbitraryFor(schema, unhinted), weight: 1 });
  }
  if (schema.nullable) {
    const { nullable: _n, ...plain } = schema;
    return fc.oneof({ arbitrary: arbitraryFor(plain, o, name), weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });
  }
  if (schema.enum) return leaf(fc.constantFrom(...schema.enum), null, o, hostileString(0, 40));
  if (schema.const !== undefined) return leaf(fc.constant(schema.const), null, o, hostileString(0, 40));
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => arbitraryFor(s, o, name)));
  switch (schema.type) {
    case 'string':
      return stringOf(schema, o);
    case 'integer':
      return integerOf(schema, o);
    case 'number':
      return leaf(fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum ?? -1e12, max: schema.maximum ?? 1e12 }), fc.constantFrom(...EDGE_INTEGERS, 1e308, -1e308, 5e-324), o);
    case 'boolean':
      return leaf(fc.boolean(), null, o);
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayOf(schema, o);
    case 'object':
      return objectOf(schema, o);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
