// Issue 18 (执行 2/2), 执行和解: an agreement with instalments on the clock, a missed instalment warned once, and
// restoration of the original title within the 2 years of EXEC-SETTLE art 10 — refused after them and after full
// performance (art 11). Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { warnMissedInstalments } from '../../src/server/modules/executionSettlement/missedInstalments';
import { ApiClient } from '../support/apiClient';
import { assignedExecutionCase } from '../support/executionScenario';
import { TINY_PDF } from '../support/fixtures';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let officer: ApiClient;
let otherOfficer: ApiClient;
beforeAll(async () => {
  officer = await ApiClient.loggedIn(world.server.baseUrl, 'ng-exec1');
  otherOfficer = await ApiClient.loggedIn(world.server.baseUrl, 'ng-exec2');
});

const agreement = async () => {
  const r = await officer.upload('执行和解协议.pdf', TINY_PDF, 'application/pdf', 'settlementAgreement');
  expect(r.status).toBe(201);
  return r.body.id as number;
};

/** An assigned 执 case (2026-05-25) with a settlement of three instalments: 3万 by 06-30, 3万 by 07-31, 4万 by 08-31. */
async function settled() {
  clock.set('2026-03-02');
  const e = await assignedExecutionCase(world.server.baseUrl, clock);
  const body = {
    agreedOn: '2026-05-25',
    replaces: '判决确定的借款本金10万元及迟延履行期间的债务利息，改为分三期支付10万元，申请执行人放弃迟延履行利息',
    instalments: [
      { amount: '30000.00', dueOn: '2026-06-30' },
      { amount: '30000.00', dueOn: '2026-07-31' },
      { amount: '40000.00', dueOn: '2026-08-31' },
    ],
    documentId: await agreement(),
  };
  const r = await officer.post(`/api/v1/cases/${e.id}/execution/settlement`, body);
  expect(r.status).toBe(201);
  return { ...e, settlement: r.body, body };
}

const settlementOf = async (api: ApiClient, id: number) => (await api.get(`/api/v1/cases/${id}/execution/settlement`)).body.settlement;
const warnings = async (api: ApiClient) => ((await api.get('/api/v1/notifications?pageSize=50')).body.items as { kind: string; caseId: number; title: { 'zh-CN': string } }[]).filter((n) => n.kind === 'settlementInstalmentMissed');

describe('the settlement agreement (CPL-2023 art 241; EXEC-SETTLE arts 1–2)', () => {
  test('the officer records it: instalments on the clock, the total, the last day to restore (2 years after the last instalment)', async () => {
    const e = await settled();
    expect(e.settlement).toMatchObject({ total: '100000.00', paid: '0.00', status: 'performing', lastDueOn: '2026-08-31', restorationDueOn: '2028-08-31' });
    expect(e.settlement.instalments.map((i: { seq: number; dueOn: string; state: string }) => [i.seq, i.dueOn, i.state])).toEqual([
      [1, '2026-06-30', 'due'],
      [2, '2026-07-31', 'due'],
      [3, '2026-08-31', 'due'],
    ]);
    const clockView = (await officer.get(`/api/v1/cases/${e.id}/clock`)).body;
    const kinds = JSON.stringify(clockView);
    expect(kinds.match(/settlementInstalment/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    // The applicant sees it too; a second agreement while one is in force is refused.
    expect((await settlementOf(e.party, e.id)).total).toBe('100000.00');
    const again = await officer.post(`/api/v1/cases/${e.id}/execution/settlement`, { ...e.body, documentId: await agreement() });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SETTLEMENT_EXISTS');
  });

  test('refusals: another officer 403, an unordered schedule 422, nothing saved', async () => {
    clock.set('2026-03-02');
    const e = await assignedExecutionCase(world.server.baseUrl, clock);
    const body = { agreedOn: '2026-05-25', replaces: '分期', instalments: [{ amount: '1.00', dueOn: '2026-07-01' }, { amount: '1.00', dueOn: '2026-06-01' }], documentId: await agreement() };
    const other = await otherOfficer.post(`/api/v1/cases/${e.id}/execution/settlement`, body);
    expect([403, 404]).toContain(other.status);
    const bad = await officer.post(`/api/v1/cases/${e.id}/execution/settlement`, body);
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('SETTLEMENT_SCHEDULE_NOT_IN_ORDER');
    expect(await settlementOf(officer, e.id)).toBeNull();
  });
});

describe('missed instalments and restoration (EXEC-SETTLE arts 9–11)', () => {
  test('a missed instalment warns the officer and the applicant once; default → execution resumes in the suspended case', async () => {
    const e = await settled();
    expect((await officer.fire(e.id, 'suspendExecution', { ground: 'applicantAgreesToDefer' })).status).toBe(200);
    clock.set('2026-06-29');
    const paid = await officer.post(`/api/v1/cases/${e.id}/execution/settlement/payments`, { paidOn: '2026-06-29', amount: '30000.00' });
    expect(paid.status).toBe(200);
    expect(paid.body.instalments.map((i: { state: string }) => i.state)).toEqual(['paid', 'due', 'due']);
    // Before the second's day is over: the debtor keeps to the schedule, no warning, and default is not yet a ground.
    clock.set('2026-07-31');
    await warnMissedInstalments(world.server.deps);
    expect((await warnings(officer)).filter((n) => n.caseId === e.id)).toEqual([]);
    const early = await e.party.post(`/api/v1/cases/${e.id}/execution/settlement/restoration`, { ground: 'default', reason: '被执行人未按期履行' });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('SETTLEMENT_BEING_PERFORMED');
    // 2026-08-01: the second instalment is missed; two sweeps (two processes, or a rerun) warn once.
    clock.set('2026-08-01');
    const [a, b] = await Promise.all([warnMissedInstalments(world.server.deps), warnMissedInstalments(world.server.deps)]);
    expect(a.warned + b.warned).toBeGreaterThanOrEqual(2); // the officer and 张三 (and earlier cases' officers)
    await warnMissedInstalments(world.server.deps);
    for (const who of [officer, e.party]) {
      const mine = (await warnings(who)).filter((n) => n.caseId === e.id);
      expect(mine.map((n) => n.title['zh-CN'])).toEqual(['执行和解第2期未按期履行']);
    }
    expect((await settlementOf(officer, e.id)).status).toBe('defaulted');
    const restored = await e.party.post(`/api/v1/cases/${e.id}/execution/settlement/restoration`, { ground: 'default', reason: '被执行人未按期履行第二期' });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ restoredCaseId: null, settlement: { restoration: { restoredOn: '2026-08-01', ground: 'default' } } });
    const detail = (await officer.get(`/api/v1/cases/${e.id}`)).body;
    expect(detail.node).toBe('implementing');
    const twice = await e.party.post(`/api/v1/cases/${e.id}/execution/settlement/restoration`, { ground: 'default', reason: '再次申请' });
    expect(twice.status).toBe(409);
  });

  test('after 2 years from the last instalment: 422 naming the limit, nothing saved', async () => {
    const e = await settled();
    clock.set('2028-09-01');
    const late = await e.party.post(`/api/v1/cases/${e.id}/execution/settlement/restoration`, { ground: 'default', reason: '被执行人未履行' });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('SETTLEMENT_RESTORATION_LATE');
    expect(late.body.message['zh-CN'] ?? JSON.stringify(late.body)).toContain('2028-08-31');
    expect((await settlementOf(officer, e.id)).restoration).toBeNull();
    expect((await officer.get(`/api/v1/cases/${e.id}`)).body.node).toBe('assigned');
  });

  test('on the last day of the 2 years a closed case is restored as a 执恢, no fee', async () => {
    const e = await settled();
    clock.set('2026-09-10');
    // The applicant withdrew the application on the settlement: 终结执行 (CPL-2023 art 268(1)); 终本 has its own conditions.
    expect((await officer.fire(e.id, 'closeExecution', { method: 'terminated', terminationGround: 'applicationWithdrawn' })).status).toBe(200);
    clock.set('2028-08-31');
    const r = await e.party.post(`/api/v1/cases/${e.id}/execution/settlement/restoration`, { ground: 'default', reason: '和解协议未履行', assetClues: '被执行人名下车辆' });
    expect(r.status).toBe(200);
    const restoredId = r.body.restoredCaseId as number;
    const restoredCase = (await officer.get(`/api/v1/cases/${restoredId}`)).body;
    expect(restoredCase.caseType).toBe('执恢');
    expect(restoredCase.node).toBe('submitted');
    const record = (await officer.get(`/api/v1/cases/${restoredId}/execution`)).body;
    expect(record.fee.amount).toMatch(/^0(\.00)?$/);
  });

  test('performed in full: restoration refused (art 11(1)), the case closed as 执行完毕 by the existing closing event', async () => {
    const e = await settled();
    clock.set('2026-06-10');
    const paid = await officer.post(`/api/v1/cases/${e.id}/execution/settlement/payments`, { paidOn: '2026-06-10', amount: '100000.00' });
    expect(paid.body.status).toBe('performed');
    const r = await e.party.post(`/api/v1/cases/${e.id}/execution/settlement/restoration`, { ground: 'fraud', reason: '受欺诈' });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('SETTLEMENT_PERFORMED');
    expect((await officer.fire(e.id, 'closeExecution', { method: 'completed', note: '执行和解协议履行完毕' })).status).toBe(200);
  });
});

describe('the figures (GET /statistics/execution)', () => {
  test('settlements made, performed and defaulted over the months', async () => {
    clock.set('2026-08-02');
    await warnMissedInstalments(world.server.deps);
    const president = await ApiClient.loggedIn(world.server.baseUrl, 'ng-president');
    const r = await president.get('/api/v1/statistics/execution?months=12');
    expect(r.status).toBe(200);
    // Five agreements above: one performed in full, the others defaulted by 2026-08-02 (the restored one kept its status).
    expect(r.body.settlements.total).toMatchObject({ settlementsMade: 5, settlementsPerformed: 1, settlementsDefaulted: 4 });
  });
});
