// Uploads are size- and type-checked by content and stored by SHA-256; reference data is searchable and editable.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { loanComplaint, TINY_PDF } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
let party: ApiClient;
const LIMIT = 64 * 1024;
beforeAll(async () => {
  server = await startTestServer({ config: { uploadMaxBytes: LIMIT } });
  party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
});
afterAll(async () => {
  await server?.close();
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

describe('uploads', () => {
  test('a PDF is stored with its SHA-256 and read back unchanged by its owner', async () => {
    const r = await party.upload('借条.pdf', TINY_PDF, 'application/pdf');
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ fileName: '借条.pdf', mimeType: 'application/pdf', sizeBytes: TINY_PDF.length, sha256: createHash('sha256').update(TINY_PDF).digest('hex') });
    const back = await party.get(`/api/v1/attachments/${r.body.id}/content`);
    expect(back.status).toBe(200);
    expect(back.headers.get('content-type')).toBe('application/pdf');
    expect(back.body).toBe(new TextDecoder().decode(TINY_PDF));
  });

  test('the type comes from the content, not the name or the browser', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(100)]);
    const disguised = await party.upload('证据.pdf', exe, 'application/pdf');
    expect(disguised.status).toBe(415);
    expect(disguised.body.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    const mismatched = await party.upload('照片.png', TINY_PDF, 'image/png');
    expect(mismatched.body.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    const png = await party.upload('照片.PNG', PNG, 'image/png');
    expect(png.status).toBe(201);
    expect(png.body.mimeType).toBe('image/png');
  });

  test('an empty (0-byte) file is refused with its own reason and nothing is kept', async () => {
    const before = await server.database.pool.query('select count(*) as n from attachments');
    const r = await party.upload('空白.pdf', Buffer.alloc(0), 'application/pdf');
    expect([r.status, r.body.code]).toEqual([422, 'UPLOAD_EMPTY']);
    expect(r.body.messages['zh-CN']).toMatch(/0 字节/u);
    expect(r.body.messages.en).toMatch(/empty/u);
    const after = await server.database.pool.query('select count(*) as n from attachments');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  test('an oversized file is refused and nothing is kept', async () => {
    const before = await server.database.pool.query('select count(*) as n from attachments');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(LIMIT + 10, 0x20)]);
    const r = await party.upload('大文件.pdf', big, 'application/pdf');
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('UPLOAD_TOO_LARGE');
    const after = await server.database.pool.query('select count(*) as n from attachments');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  test('an upload needs a file and the CSRF token', async () => {
    const form = new FormData();
    form.append('category', 'evidence');
    const empty = await party.request('POST', '/api/v1/uploads', undefined, { rawBody: form });
    expect(empty.body.code).toBe('UPLOAD_MISSING_FILE');
    const noToken = await party.request('POST', '/api/v1/uploads', undefined, { rawBody: new FormData(), headers: { 'x-csrf-token': '' } });
    expect(noToken.body.code).toBe('CSRF_TOKEN_INVALID');
  });
});

describe('reference data', () => {
  test('causes of action are searched by name, exact names first, with their place in the catalogue', async () => {
    const r = await party.get(`/api/v1/causes?q=${encodeURIComponent('借款')}`);
    expect(r.body.items[0].name).toBe('借款合同纠纷');
    const loan = await party.get(`/api/v1/causes?q=${encodeURIComponent('民间借贷纠纷')}`);
    expect(loan.body.items[0]).toMatchObject({ name: '民间借贷纠纷', level: 4 });
    expect(loan.body.items[0].path).toContain('合同');
    const parts = await party.get('/api/v1/causes?level=1&pageSize=20');
    expect(parts.body.total).toBe(11);
    const level3 = await party.get('/api/v1/causes?level=3&pageSize=1');
    expect(level3.body.total).toBe(473);
  });

  test('courts carry their code basis; the demo province hangs together', async () => {
    const courts = (await party.get('/api/v1/courts')).body as { id: number; code: string; parentId: number | null; codeBasis: string; level: string }[];
    const byCode = new Map(courts.map((c) => [c.code, c]));
    expect(byCode.get('鲁02')?.codeBasis).toBe('attested');
    expect(byCode.get('吉01')).toMatchObject({ level: 'intermediate', codeBasis: 'derived', parentId: byCode.get('吉')!.id });
    for (const code of ['吉0102', '吉0103', '吉0104']) expect(byCode.get(code)?.parentId).toBe(byCode.get('吉01')!.id);
  });

  test('an administrator edits a cause and a court, with an audit entry; a retired cause cannot be filed', async () => {
    const admin = await ApiClient.loggedIn(server.baseUrl, 'admin');
    const found = await admin.get(`/api/v1/causes?q=${encodeURIComponent('名称权纠纷')}`);
    const cause = found.body.items[0];
    const off = await admin.patch(`/api/v1/admin/causes/${cause.id}`, { isActive: false });
    expect(off.body.isActive).toBe(false);
    expect((await party.get(`/api/v1/causes?q=${encodeURIComponent('名称权纠纷')}`)).body.total).toBe(0);
    const audit = await server.database.pool.query(`select action, before->>'isActive' as was from audit_log where entity = 'cause' and entity_id = $1`, [String(cause.id)]);
    expect(audit.rows).toEqual([{ action: 'update', was: 'true' }]);
    const filing = await party.post('/api/v1/filings', await loanComplaint(party, { causeId: cause.id }));
    expect(filing.body.code).toBe('CAUSE_UNKNOWN');

    const courts = (await admin.get('/api/v1/courts')).body;
    const c = courts.find((x: { code: string }) => x.code === '吉0104');
    const withId = await admin.put(`/api/v1/admin/courts/${c.id}`, { ...c, codeBasis: 'attested' });
    expect(withId.status).toBe(400);
    const { id: _id, ...input } = c;
    const ok = await admin.put(`/api/v1/admin/courts/${c.id}`, { ...input, codeEvidence: '已与本院公开案号核对', codeBasis: 'attested' });
    expect(ok.body).toMatchObject({ codeBasis: 'attested', codeEvidence: '已与本院公开案号核对' });
    const dup = await admin.post('/api/v1/admin/courts', { ...input, name: '重复代字法院' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('COURT_CODE_TAKEN');
  });

  test('accounts: staff need a court, ID numbers are checked, a new account can log in', async () => {
    const admin = await ApiClient.loggedIn(server.baseUrl, 'admin');
    const noCourt = await admin.post('/api/v1/admin/users', { username: 'new-judge', displayName: '新法官', password: 'a-long-password', roles: ['judge'], courtId: null, divisionId: null });
    expect(noCourt.body.code).toBe('ACCOUNT_COURT_REQUIRED');
    const badId = await admin.post('/api/v1/admin/users', { username: 'new-party', displayName: '新当事人', password: 'a-long-password', roles: ['party'], courtId: null, divisionId: null, idNumber: '110105194912310021' });
    expect(badId.body.code).toBe('ID_NUMBER_BAD_CHECKSUM');
    const created = await admin.post('/api/v1/admin/users', { username: 'new-party', displayName: '新当事人', password: 'a-long-password', roles: ['party'], courtId: null, divisionId: null, idNumber: '11010519491231002x' });
    expect(created.status).toBe(201);
    expect(created.body.idNumber).toBe('11010519491231002X');
    expect((await new ApiClient(server.baseUrl).login('new-party', 'a-long-password')).status).toBe(200);
  });
});
