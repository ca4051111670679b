// Which failures mean "PostgreSQL cannot be reached right now" (an outage, a restart, a failover) rather than a
// fault in the request or the code: those are answered 503 and recover by themselves once the server is back.

interface ErrorFields {
  code?: unknown;
  syscall?: unknown;
  message?: unknown;
  cause?: unknown;
}

// SQLSTATE (PostgreSQL appendix A): class 08 connection exception; 57P01 admin shutdown, 57P02 crash shutdown,
// 57P03 cannot connect now (starting up, shutting down, in recovery); 53300 too many connections.
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

// Socket errors from node-postgres while it connects to or talks with the server (ENOENT: the Unix socket file is
// gone because the server is stopped).
const SOCKET_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'EAI_AGAIN']);

// node-postgres and pg-pool report a lost or unobtainable connection with these messages and no code.
const DRIVER_MESSAGES = [
  /^Connection terminated/u, // "… unexpectedly", "… due to connection timeout"
  /^timeout exceeded when trying to connect/u, // pg-pool: no connection within connectionTimeoutMillis
  /^timeout expired$/u, // pg's client: the connect did not complete within its connectionTimeoutMillis
  /^Client has encountered a connection error and is not queryable/u,
  /^Client was closed and is not queryable/u,
];

function isUnavailableItself(e: ErrorFields): boolean {
  const code = typeof e.code === 'string' ? e.code : '';
  if (/^08[0-9A-Z]{3}$/u.test(code) || UNAVAILABLE_SQLSTATES.has(code)) return true;
  if (SOCKET_ERRNOS.has(code)) return true;
  if (code === 'ENOENT' && e.syscall === 'connect') return true;
  return typeof e.message === 'string' && !code && DRIVER_MESSAGES.some((m) => m.test(e.message as string));
}

/** True when `err` (or what it wraps: drizzle puts the driver's error in `cause`) says the database is unreachable. */
export function isDatabaseUnavailable(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth++) {
    if (isUnavailableItself(e as ErrorFields)) return true;
    e = (e as ErrorFields).cause;
  }
  return false;
}
