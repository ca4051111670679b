// CPL-2023 art 174: the appeal file goes up within 5 days of the last appellee's defence or the end of its period;
// the period ends when the second-instance court registers the appeal.
import { describe, expect, test } from 'vitest';
import { sweepPeriods } from '../../src/server/jobs/periodSweep';
import { ApiClient } from '../support/apiClient';
import { courtId, divisionId } from '../support/fixtures';
import { assignedCase, closeInput } from '../support/scenarios';
import { testClock } from '../support/testClock';
import { serverForSpec } from '../support/serverForSpec';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });

type P = { kind: string; status: string; dueOn: string | null; triggerOn: string; partyName: string | null; completedOn: string | null; trace: { 'zh-CN': string }[] };
const periodsOf = async (api: ApiClient, id: number): Promise<P[]> => (await api.get(`/api/v1/cases/${id}/clock`)).body.periods;

/** A case closed by an appealable ruling, appealed by 张三, with the appeal served on 李四 on `servedOn`. */
async function appealedCase(servedOn: string) {
  clock.set('2026-03-02');
  const c = await assignedCase(world.server.baseUrl);
  const judge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1');
  const closed = await judge.fire(c.id, 'close', await closeInput(judge, { method: 'ruling', rulingKind: 'dismissal', closedOn: '2026-03-02' }));
  expect(closed.status).toBe(200);
  const zhang = closed.body.parties.find((p: { name: string }) => p.name === '张三');
  const li = closed.body.parties.find((p: { name: string }) => p.name === '李四');
  const appealed = await c.party.fire(c.id, 'appeal', { partyIds: [zhang.id], reasons: '驳回起诉错误' });
  expect(appealed.status).toBe(200);
  clock.set(servedOn);
  const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
  // 李四 never consented to electronic service (CPL-2023 art 90): the clerk records service in person.
  const served = await clerk.fire(c.id, 'recordService', { document: 'appealCopy', partyIds: [li.id], servedOn, method: 'direct' });
  expect(served.status).toBe(200);
  return { id: c.id, appealId: appealed.body.continuations[0].id as number, li, judge, clerk };
}

describe('sending the appeal file', () => {
  test('the sweep starts the 5-day transfer when the defence period runs out, and registration at second instance ends it', async () => {
    const c = await appealedCase('2026-03-03');
    const defence = (await periodsOf(c.judge, c.id)).find((p) => p.kind === 'appelleeDefence')!;
    expect(defence).toMatchObject({ status: 'running', partyName: '李四' });
    expect((await periodsOf(c.judge, c.id)).some((p) => p.kind === 'appealFileTransfer')).toBe(false);

    // The day after the defence period's last day: it has elapsed, and the transfer runs from that last day.
    const after = new Date(`${defence.dueOn}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    clock.set(after.toISOString().slice(0, 10));
    await Promise.all([sweepPeriods(world.server.deps, { today: clock.today() }), sweepPeriods(world.server.deps, { today: clock.today() })]);
    const periods = await periodsOf(c.judge, c.id);
    const transfers = periods.filter((p) => p.kind === 'appealFileTransfer');
    expect(transfers).toHaveLength(1);
    expect(transfers[0]).toMatchObject({ status: 'running', triggerOn: defence.dueOn });
    expect(transfers[0]!.dueOn! > defence.dueOn!).toBe(true);
    expect(transfers[0]!.trace.map((s) => s['zh-CN']).join(' ')).toContain('《民事诉讼法》第一百七十四条');

    const ccClerk = await ApiClient.loggedIn(world.server.baseUrl, 'cc-filing');
    const court = await courtId(ccClerk, '吉01');
    const accepted = await ccClerk.fire(c.appealId, 'accept', { divisionId: await divisionId(ccClerk, court) });
    expect(accepted.status).toBe(200);
    // An appeal against a 驳回起诉 ruling pays no case fee (FEE art 8(3)): no notice, no fee period.
    expect((await ccClerk.get(`/api/v1/cases/${c.appealId}/fees`)).body.notices).toEqual([]);
    expect((await periodsOf(ccClerk, c.appealId)).find((p) => p.kind === 'feePayment')).toBeUndefined();
    const registered = (await ccClerk.get(`/api/v1/cases/${c.appealId}/timeline`)).body.find((e: { event: string }) => e.event === 'accept');
    expect(registered.payload).toMatchObject({ fee: '0.00', feeExemptBy: 'FEE art 8(3)' });
    const done = (await periodsOf(c.judge, c.id)).find((p) => p.kind === 'appealFileTransfer')!;
    expect(done).toMatchObject({ status: 'completed', completedOn: clock.today() });
  });

  test("the appellee's defence ends its period at once and starts the transfer from the day it arrived", async () => {
    const c = await appealedCase('2026-03-03');
    clock.set('2026-03-06');
    const future = await c.clerk.fire(c.id, 'receiveAppealDefence', { partyId: c.li.id, receivedOn: '2026-03-07' });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('DATE_IN_FUTURE');
    const r = await c.clerk.fire(c.id, 'receiveAppealDefence', { partyId: c.li.id, receivedOn: '2026-03-05' });
    expect(r.status).toBe(200);
    const periods = await periodsOf(c.judge, c.id);
    expect(periods.find((p) => p.kind === 'appelleeDefence')).toMatchObject({ status: 'completed', completedOn: '2026-03-05' });
    // 2026-03-05 + 5 days = 2026-03-10, a Tuesday.
    expect(periods.find((p) => p.kind === 'appealFileTransfer')).toMatchObject({ status: 'running', triggerOn: '2026-03-05', dueOn: '2026-03-10' });
    // A second defence for the same party has no period left to end; nothing changes.
    const again = await c.clerk.fire(c.id, 'receiveAppealDefence', { partyId: c.li.id, receivedOn: '2026-03-05' });
    expect(again.body.code).toBe('NO_DEFENCE_PERIOD');
    expect((await periodsOf(c.judge, c.id)).filter((p) => p.kind === 'appealFileTransfer')).toHaveLength(1);
  });
});
