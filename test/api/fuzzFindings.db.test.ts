// What the API fuzz found (issue 14), each pinned by the smallest request that showed it.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
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
