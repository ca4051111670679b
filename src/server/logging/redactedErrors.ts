// What the logs keep of a failure: enough to find the fault (SQLSTATE, constraint, table, the statement's text with
// its $n placeholders, the stack), never the values in it. A failed query's parameters and PostgreSQL's `detail`
// ("Key (name)=(张三) already exists", "Failing row contains (…)") are party names, ID numbers and search terms.
import { DrizzleQueryError } from 'drizzle-orm';
import type { Logger } from 'pino';

/** Fields of driver and socket errors that never carry a request's values. */
const SAFE_FIELDS = ['code', 'severity', 'constraint', 'table', 'column', 'schema', 'dataType', 'routine', 'errno', 'syscall', 'status', 'statusCode'] as const;

const QUERY_TEXT_LIMIT = 4000;

function isPgDatabaseError(e: Record<string, unknown>): boolean {
  return typeof e.code === 'string' && /^[0-9A-Z]{5}$/u.test(e.code) && typeof e.severity === 'string';
}

function safeMessage(e: Record<string, unknown>): string {
  if (e instanceof DrizzleQueryError) return `Failed query: ${e.query.slice(0, QUERY_TEXT_LIMIT)}`;
  const message = typeof e.message === 'string' ? e.message : String(e.message ?? '');
  // SQLSTATE class 22 (data exception) quotes the offending input: 'invalid input syntax for type integer: "…"'.
  if (isPgDatabaseError(e) && (e.code as string).startsWith('22')) return message.replace(/"[^"]*"/gu, '"…"').replace(/0x[0-9a-f ]+/giu, '0x…');
  return message;
}

/** The stack's frames under a first line rebuilt from the redacted message (the original first line repeats the message). */
function safeStack(stack: string, header: string): string {
  const frames = stack.split('\n').filter((line) => /^\s+at /u.test(line));
  return [header, ...frames].join('\n');
}

/** The pino `err` serialiser: an error and its causes with their values left out. */
export function redactedError(err: unknown, depth = 0): unknown {
  if (!err || typeof err !== 'object') return err;
  const e = err as Record<string, unknown>;
  const type = (e.constructor as { name?: string } | undefined)?.name ?? 'Error';
  const message = safeMessage(e);
  const out: Record<string, unknown> = { type, message };
  for (const key of SAFE_FIELDS) {
    const v = e[key];
    if (typeof v === 'string' || typeof v === 'number') out[key] = v;
  }
  if (typeof e.stack === 'string') out.stack = safeStack(e.stack, `${typeof e.name === 'string' ? e.name : type}: ${message}`);
  if (e.cause !== undefined && depth < 4) out.cause = redactedError(e.cause, depth + 1);
  return out;
}

/** Request lines at debug level: the path without its query string (search terms are in it). */
function requestWithoutQuery(req: { method?: string; url?: string; ip?: string }) {
  return { method: req.method, url: req.url?.split('?')[0], remoteAddress: req.ip };
}

/** The logger every part of the server writes through: errors and requests serialised without their values. */
export function withRedaction(log: Logger): Logger {
  return log.child({}, { serializers: { err: redactedError, req: requestWithoutQuery } });
}
