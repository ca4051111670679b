// What the API fuzz found (issue 14), each pinned by the smallest request that showed it.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { loanComplaint } from '../support/fixtures';
import { fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';

const world = serverForSpec();

const expectApiError = (body: any, code: string) => {
  expect(body).toMatchObject({ code, message: expect.any(String), messages: { 'zh-CN': expect.any(String), en: expect.any(String) } });
};

describe('requests the router cannot read are refused in the API format', () => {
  test('a path with an undecodable percent-encoding (a lone surrogate as WTF-8) is 400 URL_INVALID', async () => {
    const judge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1');
    const r = await judge.get('/api/v1/cases/1/parties/%ED%A0%80/addresses');
    expect(r.status).toBe(400);
    expectApiError(r.body, 'URL_INVALID');
  });
});

describe('case events', () => {
  test('an event named like a member of every JS object ("toString") is unknown, not a 500', async () => {
    const { id } = await fileLoanCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
    for (const name of ['toString', 'constructor', 'hasOwnProperty']) {
      const r = await clerk.fire(id, name, {});
      expect(r.status, name).toBe(422);
      expectApiError(r.body, 'CASE_EVENT_UNKNOWN');
    }
  });
});

describe('bank statements', () => {
  test('a payer\'s memo or name with a bidirectional override is shown without it', async () => {
    const finance = await ApiClient.loggedIn(world.server.baseUrl, 'ng-finance');
    const csv = new TextEncoder().encode('bank_ref,date,amount,payer_name,payer_account,memo\r\nRLO1,2026-03-05,100.00,张三\u202E四李,,\u202E号1初民2010吉）6202（\r\n');
    const r = await finance.uploadTo('/api/v1/finance/statements', '流水.csv', csv, 'text/csv');
    expect(r.status).toBe(201);
    expect(r.body.lines[0]).toMatchObject({ payerName: '张三四李', memo: '号1初民2010吉）6202（' });
    expect(JSON.stringify(r.body)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
  });
});

describe('text that is not Unicode', () => {
  test('a lone surrogate in a login name is 400 TEXT_INVALID_UNICODE, not a 500 from the login counters', async () => {
    const anonymous = new ApiClient(world.server.baseUrl);
    const r = await anonymous.post('/api/v1/auth/login', { username: '\uD800', password: 'courtflow-demo' });
    expect(r.status).toBe(400);
    expectApiError(r.body, 'TEXT_INVALID_UNICODE');
  });

  test('nor is it stored as U+FFFD in a complaint', async () => {
    const party = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
    const r = await party.post('/api/v1/filings', await loanComplaint(party, { facts: '借款15万元\uDC00' }));
    expect(r.status).toBe(400);
    expectApiError(r.body, 'TEXT_INVALID_UNICODE');
  });
});
