// Issue 17 (执行 1/2), the titles: who may apply (the side the title entitles, not merely the plaintiff side), and
// applications on an uploaded external title (arbitral award, notarised debt instrument, another court's judgment).
// Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { TINY_PDF } from '../support/fixtures';
import { decidedCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let lisi: ApiClient;
beforeAll(async () => {
  lisi = await ApiClient.loggedIn(world.server.baseUrl, 'lisi');
});

const upload = async (api: ApiClient, name: string, category = 'evidence') => {
  const r = await api.upload(name, TINY_PDF, 'application/pdf', category);
  expect(r.status).toBe(201);
  return r.body.id as number;
};

const items = [{ kind: 'principal', label: '借款本金', amount: '50000.00', dueOn: '2026-04-25' }];
const application = (titleCaseId: number, debtor: number) => ({ titleCaseId, items, interestTo: '2026-05-25', debtorPartyIds: [debtor], assetClues: '', attachmentIds: [] });

/** A judgment served on both parties on 2026-03-31 (effective 2026-04-16); `counterclaim`: 李四 counterclaimed first. */
async function judgment(o: { counterclaim?: boolean; method?: string } = {}) {
  const c = await decidedCase(world.server.baseUrl, clock, {
    ...(o.method ? { method: o.method } : {}),
    afterAssign: async (id) => {
      if (!o.counterclaim) return;
      const parties = (await lisi.get(`/api/v1/cases/${id}`)).body.parties as { id: number; name: string }[];
      const li = parties.find((p) => p.name === '李四')!.id;
      const r = await lisi.fire(id, 'fileCounterclaim', { partyId: li, claims: ['判令原告返还多收利息5万元'], facts: '原告多收利息。', amount: '50000', attachmentIds: [await upload(lisi, '反诉状.pdf', 'counterclaim')] });
      expect(r.status).toBe(200);
    },
  });
  if (o.method !== 'mediation') {
    const served = await c.judge.fire(c.id, 'recordService', { document: 'judgment', partyIds: [c.byName['张三'], c.byName['李四']], servedOn: '2026-03-31', method: 'direct' });
    expect(served.status).toBe(200);
  }
  clock.set('2026-05-25');
  return c;
}

describe('the applicant is the side the title entitles (CPL-2023 art 247)', () => {
  test('a defendant without a counterclaim may not apply: 422 EXECUTION_APPLICANT_NOT_CREDITOR, nothing saved', async () => {
    const c = await judgment();
    const r = await lisi.post('/api/v1/execution/applications', application(c.id, c.byName['张三']));
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('EXECUTION_APPLICANT_NOT_CREDITOR');
    expect((await lisi.get(`/api/v1/cases/${c.id}`)).body.continuations).toEqual([]);
  });

  test('a defendant who counterclaimed applies against the plaintiff, and the plaintiff still may against the defendant', async () => {
    const c = await judgment({ counterclaim: true });
    const r = await lisi.post('/api/v1/execution/applications', application(c.id, c.byName['张三']));
    expect(r.status).toBe(201);
    const detail = (await lisi.get(`/api/v1/cases/${r.body.caseId}`)).body;
    expect(detail.parties.map((p: { standing: string; name: string }) => `${p.standing}:${p.name}`)).toEqual(['executionDebtor:张三', 'executionApplicant:李四']);
    const plaintiff = await c.party.post('/api/v1/execution/applications', application(c.id, c.byName['李四']));
    expect(plaintiff.status).toBe(201);
  });

  test('a 调解书 entitles either side', async () => {
    const c = await judgment({ method: 'mediation' });
    const r = await lisi.post('/api/v1/execution/applications', application(c.id, c.byName['张三']));
    expect(r.status).toBe(201);
  });
});
