// Hostile values a careless or malicious client sends: strings that trip encodings, databases and browsers,
// impossible dates, numbers at and past every boundary, and values of the wrong JSON type.
import fc from 'fast-check';

/** Text that is valid JSON but awkward everywhere behind it. */
export const HOSTILE_TEXT: readonly string[] = [
  'a\u0000b',
  '\u202Egpj.exe',
  '张三\u202E四李',
  '\u2066\u2067\u2068\u2069',
  '\u200B\uFEFF',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDBFF',
  "' OR 1=1 --",
  "'); drop table cases; --",
  '%_\\',
  '$1 $2::text',
  "E'\\\\x00'",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&#0;&lt;',
  '张三诉李四民间借贷纠纷',
  '𠀀𪚥𰻞',
  '　',
  ' ',
  '\t\r\n',
  '\u0001\u001f\u007f\u0085',
  'e\u0301\u0301\u0301\u0301',
  '👨‍👩‍👧‍👦',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x1F',
  '99999999999999999999',
  '../../etc/passwd',
  '%s%n%x',
  '${7*7}{{7*7}}',
  '=HYPERLINK("http://x")',
  '',
];

/** Calendar dates in YYYY-MM-DD that match the pattern but name no day, or lie at the ends of time. */
export const IMPOSSIBLE_DATES: readonly string[] = [
  '2026-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '0000-00-00',
  '0000-01-01',
  '9999-99-99',
  '9999-12-31',
  '1900-01-01',
  '2026-12-32',
];

/** Instants that look like ISO 8601 but are not, or are at the edges. */
export const HOSTILE_INSTANTS: readonly string[] = [
  '2026-02-30T09:00:00+08:00',
  '2026-13-01T09:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-01-01T10:00:00+25:00',
  '2016-12-31T23:59:60Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z',
  '2026-01-01T10:00:00',
  '2026-01-01',
];

/** Integers at the edges of JavaScript, PostgreSQL int4/int8 and the schemas' ranges. */
export const EDGE_INTEGERS: readonly number[] = [0, -1, 1, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 - 1, -(2 ** 53 - 1), 1e15];

/** Numbers written as raw JSON text: some parse to odd values (1e999 → Infinity), some are not JSON at all. */
export const RAW_NUMBER_TEXT: readonly string[] = ['1e999', '-1e999', '-0', '1.0', '1e2', '1.5', '00', '0x10', 'NaN', 'Infinity', '.5', '+1', '9007199254740993'];

/** A value spliced verbatim into the JSON text of a body (see toJsonText). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** Values of every JSON type, for a field that expects another one. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, '', '1', 'true', ' 1 ', [], {}, [null], { a: 1 }, ['x']),
  fc.constantFrom(...RAW_NUMBER_TEXT).map((t) => new RawJson(t)),
  fc.constantFrom(...HOSTILE_TEXT),
);

/** A string that is at most `max` UTF-16 units long (and padded up to `min`), hostile in content. */
export function hostileString(min: number, max: number): fc.Arbitrary<string> {
  const fit = (s: string) => {
    let t = s.slice(0, max);
    while (t.length < min) t += '中';
    return t;
  };
  return fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE_TEXT).map(fit), weight: 6 },
    // Long: exactly at the limit, in ASCII, CJK and astral characters (two UTF-16 units each).
    { arbitrary: fc.constantFrom('A', '中', '𠀀', '\u3000').map((c) => fit(c.repeat(Math.ceil(Math.min(max, 100_000) / c.length)))), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: Math.min(max, 60) }), weight: 2 },
    { arbitrary: fc.array(fc.constantFrom(...HOSTILE_TEXT), { minLength: 2, maxLength: 4 }).map((parts) => fit(parts.join(''))), weight: 2 },
  );
}

/** Lone surrogates cannot be percent-encoded by encodeURIComponent; send them as the bytes a WTF-8 client would. */
export function percentEncode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isHigh = c >= 0xd800 && c <= 0xdbff;
    const next = s.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(s.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(s[i]!);
    }
  }
  return out;
}

/** JSON text of a value in which RawJson pieces are spliced verbatim (lone surrogates are escaped by JSON.stringify). */
export function toJsonText(v: unknown): string {
  if (v instanceof RawJson) return v.text;
  if (Array.isArray(v)) return `[${v.map(toJsonText).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${JSON.stringify(k)}:${toJsonText(x)}`)
      .join(',')}}`;
  }
  return v === undefined ? 'null' : JSON.stringify(v);
}
