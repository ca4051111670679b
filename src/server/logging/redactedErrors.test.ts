import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm';
import pg from 'pg';
import pino from 'pino';
import { describe, expect, test } from 'vitest';
import { redactedError, withRedaction } from './redactedErrors';

function pgError(fields: Partial<pg.DatabaseError> & { message: string }): pg.DatabaseError {
  const e = new pg.DatabaseError(fields.message, 0, 'error');
  return Object.assign(e, { severity: 'ERROR', ...fields });
}

/** A logger writing JSON lines into a string, as in production (pino to stdout). */
function capturedLogger() {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  return { log: withRedaction(pino({ level: 'info' }, sink)), output: () => out };
}

const insertParty = 'insert into "case_parties" ("case_id", "name", "id_number") values ($1, $2, $3)';

describe('failed queries are logged without their values', () => {
  test('a unique violation keeps SQLSTATE, constraint, table and statement; not the parameters or detail', () => {
    const cause = pgError({ message: 'duplicate key value violates unique constraint "case_parties_uq"', code: '23505', constraint: 'case_parties_uq', table: 'case_parties', schema: 'public', detail: 'Key (name)=(王五某) already exists.' });
    const { log, output } = capturedLogger();
    log.error({ err: new DrizzleQueryError(insertParty, [7, '王五某', '220102199001011234'], cause) }, 'request failed');
    const line = JSON.parse(output());
    expect(output()).not.toMatch(/王五某|220102199001011234|Key \(name\)/u);
    expect(line.err).toMatchObject({ type: 'DrizzleQueryError', message: `Failed query: ${insertParty}` });
    expect(line.err.cause).toMatchObject({ code: '23505', constraint: 'case_parties_uq', table: 'case_parties', schema: 'public' });
    expect(line.err.stack).toMatch(/^Error: Failed query: insert into/u);
    expect(line.err.stack).toMatch(/\n\s+at /u);
  });

  test('a data exception does not quote the input it refused', () => {
    const e = redactedError(pgError({ message: 'invalid input syntax for type integer: "张三丰"', code: '22P02' })) as Record<string, string>;
    expect(e.message).toBe('invalid input syntax for type integer: "…"');
    expect(e.stack).not.toMatch(/张三丰/u);
    const bytes = redactedError(pgError({ message: 'invalid byte sequence for encoding "UTF8": 0x00', code: '22021' })) as Record<string, string>;
    expect(bytes.message).toBe('invalid byte sequence for encoding "…": 0x…');
  });

  test('a check violation keeps the constraint and leaves out the failing row', () => {
    const cause = pgError({ message: 'new row for relation "case_parties" violates check constraint "no_test_names"', code: '23514', constraint: 'no_test_names', table: 'case_parties', detail: 'Failing row contains (1, 7, 王五某, …).', where: 'SQL statement', hint: 'x', internalQuery: 'y' });
    const e = redactedError(cause) as Record<string, unknown>;
    expect(e).toMatchObject({ code: '23514', constraint: 'no_test_names', table: 'case_parties' });
    expect(Object.keys(e)).not.toEqual(expect.arrayContaining(['detail']));
    expect(JSON.stringify(e)).not.toMatch(/王五某|Failing row/u);
  });

  test('socket errors keep their errno and syscall', () => {
    const e = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' });
    expect(redactedError(e)).toMatchObject({ type: 'Error', code: 'ECONNREFUSED', syscall: 'connect', message: 'connect ECONNREFUSED 127.0.0.1:5432' });
  });

  test('the request line at debug level has the path without the search terms', () => {
    const { log, output } = capturedLogger();
    log.info({ req: { method: 'GET', url: '/api/v1/cases?q=%E7%8E%8B%E4%BA%94%E6%9F%90', ip: '127.0.0.1' } }, 'incoming request');
    expect(JSON.parse(output()).req).toEqual({ method: 'GET', url: '/api/v1/cases', remoteAddress: '127.0.0.1' });
  });
});
