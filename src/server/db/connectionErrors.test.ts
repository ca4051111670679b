import { DrizzleQueryError } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { toAppError } from '../http/errorHandler';
import { isDatabaseUnavailable } from './connectionErrors';

function pgError(code: string, message: string): Error {
  const e = new pg.DatabaseError(message, 0, 'error');
  e.code = code;
  e.severity = 'FATAL';
  return e;
}

function socketError(code: string, syscall: string, address: string): Error {
  return Object.assign(new Error(`${syscall} ${code} ${address}`), { code, syscall, address, errno: -1 });
}

const wrapped = (cause: Error) => new DrizzleQueryError('select 1 from sessions where id = $1', ['token'], cause);

// Shapes seen from node-postgres and pg-pool while the embedded server was stopped and started under load.
describe('the database is unavailable', () => {
  test.each([
    ['connection refused', socketError('ECONNREFUSED', 'connect', '127.0.0.1:5432')],
    ['the Unix socket is gone (server stopped)', socketError('ENOENT', 'connect', '/tmp/.s.PGSQL.5432')],
    ['reset while reading', socketError('ECONNRESET', 'read', '')],
    ['admin shutdown 57P01', pgError('57P01', 'terminating connection due to administrator command')],
    ['crash shutdown 57P02', pgError('57P02', 'terminating connection because of crash of another server process')],
    ['shutting down 57P03', pgError('57P03', 'the database system is shutting down')],
    ['starting up 57P03', pgError('57P03', 'the database system is starting up')],
    ['class 08 (connection failure)', pgError('08006', 'connection failure')],
    ['too many connections 53300', pgError('53300', 'sorry, too many clients already')],
    ['connection terminated', new Error('Connection terminated unexpectedly')],
    ['connect timeout', new Error('Connection terminated due to connection timeout')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['client connect timeout', new Error('timeout expired')],
    ['a broken pooled client', new Error('Client has encountered a connection error and is not queryable')],
  ])('%s, also when drizzle wraps it, is a 503 DATABASE_UNAVAILABLE', (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
    expect(isDatabaseUnavailable(wrapped(err))).toBe(true);
    const e = toAppError(wrapped(err));
    expect([e.status, e.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
    expect(e.zh).toMatch(/数据库/u);
    expect(e.en).toMatch(/database/u);
  });
});

describe('other failures are not an outage', () => {
  test.each([
    ['a unique violation', pgError('23505', 'duplicate key value violates unique constraint "x"')],
    ['a missing file', socketError('ENOENT', 'open', '/data/blobs/ab/cd/abcd')],
    ['a syntax error', pgError('42601', 'syntax error at or near "selec"')],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])('%s', (_, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
    expect(isDatabaseUnavailable(wrapped(err))).toBe(false);
    expect(toAppError(wrapped(err)).status).not.toBe(503);
  });
});
