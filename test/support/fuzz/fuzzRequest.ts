// One fuzzed HTTP request: how it goes on the wire, how it is logged so that it can be sent again, and what every
// answer to it must look like.
import type { ApiResponse } from '../apiClient';
import { toJsonText } from './hostile';

export interface FilePart {
  field: string;
  /** Absent: a part without a filename (a plain field that carries bytes). */
  fileName?: string;
  contentType?: string;
  data: Uint8Array;
}

export interface TextPart {
  field: string;
  value: string;
}

export type FuzzBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; contentType: string | null; text: string }
  | { kind: 'multipart'; parts: (FilePart | TextPart)[] };

export interface FuzzRequest {
  /** Demo username whose session sends it; null: anonymous. */
  actor: string | null;
  method: string;
  /** Path with its query string, already encoded. */
  path: string;
  body: FuzzBody;
  /** Accept-Language, when sent: refusals answer `message` in English for "en…", else in Chinese. */
  language?: string;
}

export interface Wire {
  headers: Record<string, string>;
  payload?: Uint8Array | string;
}

const BOUNDARY = '----courtflow-fuzz-7MA4YWxkTrZu0gW';

function multipartBytes(parts: (FilePart | TextPart)[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const p of parts) {
    // Names go out raw (UTF-8, quotes and all), as a careless client would write them.
    const disposition = `form-data; name="${p.field}"${'data' in p && p.fileName !== undefined ? `; filename="${p.fileName}"` : ''}`;
    const type = 'data' in p && p.contentType ? `\r\nContent-Type: ${p.contentType}` : '';
    chunks.push(enc.encode(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`));
    chunks.push('data' in p ? p.data : enc.encode(p.value));
    chunks.push(enc.encode('\r\n'));
  }
  chunks.push(enc.encode(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

export function toWire(body: FuzzBody): Wire {
  switch (body.kind) {
    case 'none':
      return { headers: {} };
    case 'json':
      return { headers: { 'content-type': 'application/json' }, payload: toJsonText(body.value) };
    case 'raw':
      return { headers: body.contentType === null ? {} : { 'content-type': body.contentType }, payload: body.text };
    case 'multipart':
      return { headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` }, payload: multipartBytes(body.parts) };
  }
}

export function fileCount(body: FuzzBody): number {
  return body.kind === 'multipart' ? body.parts.filter((p) => 'data' in p && p.fileName !== undefined).length : 0;
}

/** JSON in plain ASCII (every other character escaped), so that U+0000, U+202E and lone surrogates survive a log. */
export function asciiJson(v: unknown): string {
  return JSON.stringify(v).replace(/[^\x20-\x7e]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The request as it went out: actor, method, path, headers and the exact body (text, or base64 for bytes). */
export function replayForm(req: FuzzRequest, wire: Wire): string {
  const payload = wire.payload;
  const body = payload === undefined ? {} : typeof payload === 'string' ? { body: payload } : { bodyBase64: Buffer.from(payload).toString('base64') };
  return asciiJson({ actor: req.actor, method: req.method, path: req.path, headers: wire.headers, ...body });
}

/** What is wrong with an error answer, or null: every refusal carries a code and a message in both languages. */
export function errorBodyProblem(body: unknown, language?: string): string | null {
  if (body === null || typeof body !== 'object') return 'the error body is not a JSON object';
  const b = body as { code?: unknown; message?: unknown; messages?: Record<string, unknown> };
  if (typeof b.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(b.code)) return 'the error has no stable code';
  if (typeof b.message !== 'string' || !b.message) return 'the error has no message';
  if (typeof b.messages?.['zh-CN'] !== 'string' || !b.messages['zh-CN']) return 'the error has no zh-CN message';
  if (typeof b.messages.en !== 'string' || !b.messages.en) return 'the error has no en message';
  const asked = language?.trim().toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  if (b.message !== b.messages[asked]) return `the error's message is not the ${asked} one the request asked for`;
  return null;
}

// U+202A–U+202E and U+2066–U+2069: a name carrying one reads differently on screen from what it is (defect 8).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** Whether an answer shows text with a bidirectional override, which input must never get into a stored name. */
export function showsBidiControl(body: unknown): boolean {
  return BIDI_CONTROL.test(typeof body === 'string' ? body : JSON.stringify(body) ?? '');
}

/** A short form of a response body for the failure report. */
export function shortBody(body: unknown): string {
  const s = typeof body === 'string' ? body : asciiJson(body);
  return s.length > 600 ? `${s.slice(0, 600)}…` : s;
}

/** The body of a setup request that must succeed; a failure stops the target as a broken setup, not a finding. */
export function must(r: ApiResponse, what: string): any {
  if (r.status >= 300) throw new Error(`fuzz setup: ${what} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}
