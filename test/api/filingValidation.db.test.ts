// Bad filings get a 4xx with a stable code and a message in both languages, and nothing is written.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { loanComplaint, TINY_PDF } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
let party: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  party = await ApiClient.loggedIn(server.baseUrl, 'zhangsan');
});
afterAll(async () => {
  await server?.close();
});

async function counts() {
  const r = await server.database.pool.query(
    `select (select count(*) from cases) as cases, (select count(*) from case_parties) as parties,
            (select count(*) from case_events) as events, (select count(*) from attachments where case_id is not null) as attached`,
  );
  return r.rows[0];
}

async function expectRefused(body: unknown, status: number, code: string) {
  const before = await counts();
  const r = await party.post('/api/v1/filings', body);
  expect(r.status).toBe(status);
  expect(r.body.code).toBe(code);
  expect(r.body.messages['zh-CN']).toMatch(/\p{Script=Han}/u);
  expect(r.body.messages.en).toMatch(/[a-z]/);
  // Citations in English read 'Civil Procedure Law, art. 122', never the key 'CPL-2023 art 122'.
  expect(r.body.messages.en).not.toMatch(/\b[A-Z]{2,}[-A-Za-z0-9]* arts? \d/);
  expect(await counts()).toEqual(before);
  return r;
}

describe('a filing that breaks the rules is refused whole', () => {
  test('malformed JSON', async () => {
    const r = await party.request('POST', '/api/v1/filings', undefined, { headers: { 'content-type': 'application/json' }, rawBody: '{"caseType": "民初",' });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('MALFORMED_JSON');
  });

  test.each([
    // (A missing causeId is the server's CAUSE_REQUIRED: an administrative complaint has none — administrativeCases.db.test.ts.)
    ['a missing field', (f: any) => ({ ...f, facts: undefined })],
    ['an extra field', (f: any) => ({ ...f, hack: true })],
    ['an over-long field', (f: any) => ({ ...f, facts: '事'.repeat(20001) })],
    ['a wrong type', (f: any) => ({ ...f, courtId: 'abc' })],
    ['a negative amount', (f: any) => ({ ...f, amount: '-100' })],
    ['an absurd amount', (f: any) => ({ ...f, amount: '99999999999999999' })],
    ['a float amount with three decimals', (f: any) => ({ ...f, amount: '1.005' })],
    ['no claims', (f: any) => ({ ...f, claims: [] })],
    ['an extra field in a party', (f: any) => ({ ...f, parties: [{ ...f.parties[0], role: 'x' }, f.parties[1]] })],
  ])('%s → 400 VALIDATION_FAILED', async (_what, change) => {
    const r = await expectRefused(change(await loanComplaint(party)), 400, 'VALIDATION_FAILED');
    expect(r.body.details.fields.length).toBeGreaterThan(0);
  });

  test('an unknown cause of action', async () => {
    await expectRefused(await loanComplaint(party, { causeId: 987654 }), 422, 'CAUSE_UNKNOWN');
  });

  test('a part heading is too general for a cause', async () => {
    const parts = await party.get('/api/v1/causes?level=1');
    await expectRefused(await loanComplaint(party, { causeId: parts.body.items[0].id }), 422, 'CAUSE_TOO_GENERAL');
  });

  test('an unknown court', async () => {
    await expectRefused(await loanComplaint(party, { courtId: 987654 }), 422, 'COURT_UNKNOWN');
  });

  test('an ID number with a wrong check digit names the party', async () => {
    const f = await loanComplaint(party);
    const bad = f.parties[1].idNumber.slice(0, 17) + (f.parties[1].idNumber.endsWith('1') ? '2' : '1');
    const r = await expectRefused({ ...f, parties: [f.parties[0], { ...f.parties[1], idNumber: bad }] }, 422, 'ID_NUMBER_BAD_CHECKSUM');
    expect(r.body.message).toContain('李四');
    // The field at fault, as a path into the request, so the wizard can mark it.
    expect(r.body.details).toMatchObject({ partyIndex: 1, field: '/parties/1/idNumber' });
  });

  test('a unified social credit code with a wrong check character', async () => {
    const f = await loanComplaint(party);
    const org = { standing: 'defendant', kind: 'organization', name: '长春某贸易有限公司', creditCode: '91350100M000100Y44' };
    const r = await expectRefused({ ...f, parties: [f.parties[0], org] }, 422, 'CREDIT_CODE_BAD_CHECKSUM');
    expect(r.body.details).toMatchObject({ partyIndex: 1, field: '/parties/1/creditCode' });
  });

  test("a malformed e-mail in the filer's address confirmation says what is wrong and names the field", async () => {
    const f = await loanComplaint(party);
    const addressConfirmation = { email: 'zhangsan.example.test', platformAccount: true, electronicConsent: true, consentScope: 'all', signed: true };
    const r = await expectRefused({ ...f, addressConfirmation }, 422, 'ADDRESS_EMAIL_INVALID');
    expect(r.body.messages['zh-CN']).toContain('缺少“@”');
    expect(r.body.details).toEqual({ field: '/addressConfirmation/email' });
  });

  test('a complaint without a defendant', async () => {
    const f = await loanComplaint(party);
    await expectRefused({ ...f, parties: [f.parties[0], { ...f.parties[1], standing: 'thirdParty' }] }, 422, 'FILING_NO_DEFENDANT');
  });

  test('a party marking someone else as themself', async () => {
    const f = await loanComplaint(party);
    const r = await expectRefused({ ...f, parties: [{ ...f.parties[0], isSelf: false }, { ...f.parties[1], standing: 'plaintiff', isSelf: true }, { standing: 'defendant', kind: 'person', name: '王五' }] }, 422, 'FILING_SELF_PARTY_MISMATCH');
    expect(r.body.details).toMatchObject({ partyIndex: 1, field: '/parties/1/idNumber' });
  });

  test("another user's upload cannot be attached, and the filing is not half-saved", async () => {
    const lisi = await ApiClient.loggedIn(server.baseUrl, 'lisi');
    const theirs = await lisi.upload('证据.pdf', TINY_PDF, 'application/pdf');
    expect(theirs.status).toBe(201);
    const mine = await party.upload('起诉状.pdf', TINY_PDF, 'application/pdf');
    await expectRefused(await loanComplaint(party, { attachmentIds: [mine.body.id, theirs.body.id] }), 422, 'ATTACHMENT_INVALID');
    const stillFree = await server.database.pool.query('select count(*) as n from attachments where id = $1 and case_id is null', [mine.body.id]);
    expect(Number(stillFree.rows[0].n)).toBe(1);
  });

  test('the message follows Accept-Language', async () => {
    const f = await loanComplaint(party, { causeId: 987654 });
    const r = await party.request('POST', '/api/v1/filings', f, { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(r.body.message).toBe(r.body.messages.en);
    const zh = await party.post('/api/v1/filings', f);
    expect(zh.body.message).toBe(zh.body.messages['zh-CN']);
  });

  test('a lawyer files for a client, who then sees the case too', async () => {
    const lawyer = await ApiClient.loggedIn(server.baseUrl, 'lawyer-wang');
    const f = await loanComplaint(lawyer);
    const parties = [{ ...f.parties[0], isSelf: undefined, isClient: true }, f.parties[1]];
    const r = await lawyer.post('/api/v1/filings', { ...f, parties });
    expect(r.status).toBe(201);
    expect(r.body.parties[0].agents).toEqual([expect.objectContaining({ name: '王律师', kind: 'lawyer' })]);
    const seenByClient = await party.get(`/api/v1/cases/${r.body.id}`);
    expect(seenByClient.status).toBe(200);
    const noClient = await lawyer.post('/api/v1/filings', { ...f, parties: [{ ...f.parties[0], isSelf: undefined }, f.parties[1]] });
    expect(noClient.body.code).toBe('FILING_CLIENT_REQUIRED');
  });
});
