// What an operator relies on: /healthz names each dependency, a failure mid-download still answers in the API's error
// format, and a failed query's log line says where it failed without the party's data that was in it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { demoUser, loanComplaint, TINY_PDF } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/testServer';

describe('health checks and failure logs', () => {
  let server: TestServer;
  let logged = '';
  beforeAll(async () => {
    // The server's real logger (pino, JSON lines) writing into a string this test reads.
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logged += chunk.toString();
        done();
      },
    });
    server = await startTestServer({ log: pino({ level: 'info' }, sink) });
  });
  afterAll(async () => {
    await server?.close();
  });

  test('/healthz answers 200 with the status of the database and of the file store', async () => {
    const r = await new ApiClient(server.baseUrl).get('/healthz');
    expect([r.status, r.body]).toEqual([200, { status: 'ok', database: 'ok', blobStore: 'ok' }]);
  });

  test('a file store that cannot be written makes /healthz 503, naming it, until it is repaired', async () => {
    const blobs = path.join(server.dataDir, 'blobs');
    rmSync(blobs, { recursive: true, force: true });
    writeFileSync(blobs, 'not a directory'); // e.g. a volume that failed to mount in its place
    let r;
    try {
      r = await new ApiClient(server.baseUrl).request('GET', '/healthz', undefined, { headers: { 'accept-language': 'en' } });
    } finally {
      rmSync(blobs);
    }
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('5');
    expect(r.body).toMatchObject({ status: 'unavailable', database: 'ok', blobStore: 'unavailable', code: 'BLOB_STORE_UNAVAILABLE', message: 'The file store directory cannot be written.' });
    expect(r.body.messages['zh-CN']).toMatch(/存储/u);
    expect((await new ApiClient(server.baseUrl).get('/healthz')).status).toBe(200);
  });

  test('a stored file that fails while it is being streamed is a 500 in the API error format, not a broken download', async () => {
    const party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
    const up = await party.upload('借条.pdf', TINY_PDF, 'application/pdf');
    expect(up.status).toBe(201);
    const file = path.join(server.dataDir, 'blobs', up.body.sha256.slice(0, 2), up.body.sha256.slice(2, 4), up.body.sha256);
    // It opens, and its first read fails (EISDIR here; a failing disk gives EIO): the file's headers are already set.
    rmSync(file);
    mkdirSync(file);
    try {
      const r = await party.get(`/api/v1/attachments/${up.body.id}/content`);
      expect(r.status).toBe(500);
      expect(r.headers.get('content-type')).toMatch(/^application\/json/u);
      expect(r.headers.get('content-disposition')).toBeNull();
      expect(r.body).toMatchObject({ code: 'INTERNAL_ERROR', messages: { 'zh-CN': expect.any(String), en: expect.any(String) } });
    } finally {
      rmSync(file, { recursive: true });
    }
  });

  test("a failed filing's log line has SQLSTATE, constraint, table and statement, and not the parties' names", async () => {
    const name = '欧阳测试甲';
    const address = '长春市南关区测试街道九十九号';
    // A fault the database raises on this party's row, as a trigger or an extension might, with the row's values in
    // its detail like PostgreSQL's own constraint errors: the application maps no such SQLSTATE, so it is a 500.
    await server.database.pool.query(`
      create function fault_test_refuse_party() returns trigger language plpgsql as $$
      begin
        if new.name = '${name}' then
          raise exception 'fault injected by the test' using errcode = 'XX001', detail = 'Failing row contains (' || new.name || ', ' || new.address || ').', table = 'case_parties', constraint = 'fault_test_refuse_party';
        end if;
        return new;
      end $$;
      create trigger fault_test_refuse_party before insert on case_parties for each row execute function fault_test_refuse_party();`);
    try {
      const party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
      const complaint = await loanComplaint(party);
      complaint.parties[1] = { standing: 'defendant', kind: 'person', name, idType: 'residentId', idNumber: demoUser('lisi').idNumber, address };
      const before = logged.length;
      const r = await party.post('/api/v1/filings', complaint);
      expect([r.status, r.body.code]).toEqual([500, 'INTERNAL_ERROR']);
      const output = logged.slice(before);
      expect(output).not.toContain(name);
      expect(output).not.toContain(address);
      expect(output).not.toContain(demoUser('lisi').idNumber);
      const failed = output.trim().split('\n').map((l) => JSON.parse(l)).find((l) => l.msg === 'request failed');
      expect(failed.err.message).toMatch(/^Failed query: insert into "case_parties" \(.*\) values \(default, \$1, \$2/u);
      expect(failed.err.cause).toMatchObject({ code: 'XX001', constraint: 'fault_test_refuse_party', table: 'case_parties', message: 'fault injected by the test' });
    } finally {
      await server.database.pool.query('drop trigger fault_test_refuse_party on case_parties; drop function fault_test_refuse_party()');
    }
  });
});
