// Whole request parts from schemas: JSON bodies (mostly well-formed, some mutated, some not JSON at all), query
// strings (with repeated, unknown and undecodable parameters), path parameters and multipart uploads.
import fc from 'fast-check';
import type { FilePart, FuzzBody, TextPart } from './fuzzRequest';
import { HOSTILE_TEXT, percentEncode, RawJson } from './hostile';
import { arbitraryFor, type FuzzDates, type Hints, type JsonSchema } from './schemaArbitrary';

/** Bodies that are not what a JSON route expects at all. */
export const brokenBodies: fc.Arbitrary<FuzzBody> = fc.constantFrom<FuzzBody>(
  { kind: 'none' },
  { kind: 'raw', contentType: 'application/json', text: '' },
  { kind: 'raw', contentType: 'application/json', text: 'null' },
  { kind: 'raw', contentType: 'application/json', text: '[]' },
  { kind: 'raw', contentType: 'application/json', text: '"\\u0000"' },
  { kind: 'raw', contentType: 'application/json', text: '{' },
  { kind: 'raw', contentType: 'application/json', text: '{"a":1}{"b":2}' },
  { kind: 'raw', contentType: 'application/json', text: '{"__proto__":{"isAdmin":true}}' },
  { kind: 'raw', contentType: 'application/json', text: '{"constructor":{"prototype":{"x":1}}}' },
  { kind: 'raw', contentType: 'application/json', text: '[' .repeat(10_000) + ']'.repeat(10_000) },
  { kind: 'raw', contentType: 'application/json', text: `{"x":"${'a'.repeat(1_100_000)}"}` },
  { kind: 'raw', contentType: 'application/json; charset=utf-16', text: '{}' },
  { kind: 'raw', contentType: 'text/plain', text: '{}' },
  { kind: 'raw', contentType: 'application/x-www-form-urlencoded', text: 'a=1&b=%00' },
  { kind: 'raw', contentType: 'application/xml', text: '<a/>' },
  { kind: 'raw', contentType: null, text: '{}' },
  { kind: 'multipart', parts: [{ field: 'x', value: '1' }] },
);

/** A JSON body for `schema`: 6 parts accepted shapes with hostile leaves, 3 parts mutated shapes, 1 part broken. */
export function jsonBody(schema: JsonSchema, hints: Hints, dates: FuzzDates): fc.Arbitrary<FuzzBody> {
  const json = (mutate: boolean) => arbitraryFor(schema, { hints, mutate, dates }).map((value): FuzzBody => ({ kind: 'json', value }));
  return fc.oneof({ arbitrary: json(false), weight: 6 }, { arbitrary: json(true), weight: 3 }, { arbitrary: brokenBodies, weight: 1 });
}

export interface Parameter {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  schema: JsonSchema;
}

function queryValue(v: unknown): string {
  if (v instanceof RawJson) return v.text;
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Query-string garbage a hand-written URL or a scanner adds. */
const queryNoise = fc.constantFrom('', '&', '&&', '&=', '&page', '&page[]=1', '&%zz=1', '&x=%', '&x=%E4%B8', '&x=%00', '&x=%ED%A0%80', '&sort=__proto__', '&a=1&a=2');

/** A query string for the route's query parameters: values from the schemas (hostile too), repeats and noise. */
export function queryString(params: Parameter[], hints: Hints, dates: FuzzDates): fc.Arbitrary<string> {
  const query = params.filter((p) => p.in === 'query');
  if (!query.length) return fc.constant('');
  const properties = Object.fromEntries(query.map((p) => [p.name, p.schema]));
  const required = query.filter((p) => p.required).map((p) => p.name);
  const values = fc.oneof(
    { arbitrary: arbitraryFor({ type: 'object', properties, required, additionalProperties: false }, { hints, mutate: false, dates }), weight: 3 },
    { arbitrary: arbitraryFor({ type: 'object', properties, required, additionalProperties: false }, { hints, mutate: true, dates }), weight: 2 },
  );
  const repeats = fc.option(fc.tuple(fc.constantFrom(...query.map((p) => p.name)), fc.constantFrom(...HOSTILE_TEXT)), { freq: 4 });
  return fc.tuple(values, repeats, queryNoise).map(([v, repeat, noise]) => {
    const pairs = Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => (Array.isArray(x) ? x.map((e) => [k, e] as const) : [[k, x] as const]));
    if (repeat) pairs.push(repeat);
    const text = pairs.map(([k, x]) => `${percentEncode(k)}=${percentEncode(queryValue(x))}`).join('&') + noise;
    return text ? `?${text}` : '';
  });
}

const HOSTILE_PATH_SEGMENTS = ['0', '-1', '1.5', '1e3', 'abc', '%00', '%20', '99999999999999999999', '9007199254740993', '%E2%80%AE1', '%ED%A0%80', 'null', '__proto__', 'constructor'];

/** A path segment sent exactly as written (already percent-encoded, or deliberately not). */
export class RawSegment {
  constructor(readonly text: string) {}
}

/** A path parameter: mostly the realistic values given, sometimes a hostile segment. */
export function pathSegment<T>(realistic: fc.Arbitrary<T>): fc.Arbitrary<T | RawSegment> {
  return fc.oneof({ arbitrary: realistic, weight: 8 }, { arbitrary: fc.constantFrom(...HOSTILE_PATH_SEGMENTS).map((s) => new RawSegment(s)), weight: 1 });
}

/** The text of a path segment: raw ones as written, others percent-encoded. */
export function segmentText(v: unknown): string {
  return v instanceof RawSegment ? v.text : percentEncode(String(v));
}

const enc = new TextEncoder();
const PDF = enc.encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);

/** File names a client may send: ordinary, with the wrong extension, with quotes, control and bidi characters. */
const fileNames = fc.constantFrom(
  '证据.pdf',
  'scan.png',
  'photo.JPG',
  'a.jpeg',
  'complaint.png',
  'noextension',
  '',
  '.pdf',
  'a"b.pdf',
  'a\r\nContent-Type: text/html\r\n.pdf',
  'x\u0000.pdf',
  'invoice\u202Efdp.exe',
  '..%2F..%2Fetc%2Fpasswd.pdf',
  '../../secret.pdf',
  `${'长'.repeat(300)}.pdf`,
  'CON.pdf',
);

/** Contents: real PDF, PNG and JPEG heads, empty, text, bytes with NUL, a GBK CSV… */
export function fileContents(extra: readonly Uint8Array[] = []): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(PDF, PNG, JPEG, new Uint8Array(0), enc.encode('<html><script>alert(1)</script></html>'), ...extra), weight: 4 },
    { arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 1 },
  );
}

/** Multipart bodies: one file, two files, none, empty ones, wrong types, odd text fields and field names. */
export function multipartBody(fileField: string, textFields: Record<string, fc.Arbitrary<string>>, contents: fc.Arbitrary<Uint8Array>): fc.Arbitrary<FuzzBody> {
  const file: fc.Arbitrary<FilePart> = fc.record({
    field: fc.constantFrom(fileField, fileField, fileField, 'other', ''),
    fileName: fileNames,
    contentType: fc.constantFrom('application/pdf', 'image/png', 'text/csv', 'application/octet-stream', 'text/html', ''),
    data: contents,
  });
  const text: fc.Arbitrary<TextPart> = fc.oneof(
    ...Object.entries(textFields).map(([field, value]) => value.map((v) => ({ field, value: v }))),
    fc.constantFrom(...HOSTILE_TEXT).map((value) => ({ field: 'unexpected', value })),
  );
  const parts = fc.tuple(fc.array(text, { maxLength: 2 }), fc.oneof({ arbitrary: fc.array(file, { minLength: 1, maxLength: 1 }), weight: 6 }, { arbitrary: fc.array(file, { minLength: 0, maxLength: 3 }), weight: 2 }));
  return fc.oneof(
    { arbitrary: parts.map(([t, f]): FuzzBody => ({ kind: 'multipart', parts: [...t, ...f] })), weight: 9 },
    { arbitrary: brokenBodies, weight: 1 },
  );
}

/** Accept-Language as browsers and scripts send it (or not at all). */
export const acceptLanguage: fc.Arbitrary<string | undefined> = fc.constantFrom(undefined, undefined, 'en', 'en-US,en;q=0.9', 'zh-CN,zh;q=0.9', 'EN', '*', 'fr-FR', '');
