// Issue 15 item 8: 延期开庭 never moves earlier, a hearing is recorded once begun, the parties' running 答辩期 and
// 举证期限 are warned about at scheduling and block a judgment unless waived, 结束扣除期间 only while one runs.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { courtId } from '../support/fixtures';
import { assignedCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

// The test clock's instant is 10:00 in Beijing on its day.
const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let judge: ApiClient;
let chief: ApiClient;
let lisi: ApiClient;
let rooms: { id: number }[];
beforeAll(async () => {
  judge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1');
  chief = await ApiClient.loggedIn(world.server.baseUrl, 'ng-chief');
  lisi = await ApiClient.loggedIn(world.server.baseUrl, 'lisi');
  rooms = (await judge.get(`/api/v1/courts/${await courtId(judge, '吉0102')}/rooms`)).body;
});

const at = (day: string, time: string) => `${day}T${time}:00+08:00`;
const slot = (day: string, from: string, to: string, room = 0) => ({ startsAt: at(day, from), endsAt: at(day, to), roomId: rooms[room]!.id });
const events = async (api: ApiClient, id: number): Promise<string[]> => (await api.get(`/api/v1/cases/${id}`)).body.allowedEvents.map((e: { name: string }) => e.name);
type Period = { id: number; kind: string; status: string; dueOn: string; partyName: string | null; completedOn: string | null };
const periods = async (id: number): Promise<Period[]> => (await judge.get(`/api/v1/cases/${id}/clock`)).body.periods;

/** An assigned case (filed and served on 2026-03-02) whose defendant 李四 was served the complaint that day. */
async function servedCase() {
  clock.set('2026-03-02');
  const c = await assignedCase(world.server.baseUrl);
  const liSi = c.detail.parties.find((p: { name: string }) => p.name === '李四').id as number;
  const served = await judge.fire(c.id, 'recordService', { document: 'complaintCopy', partyIds: [liSi], servedOn: '2026-03-02', method: 'direct' });
  expect(served.status).toBe(200);
  const defence = (await periods(c.id)).find((p) => p.kind === 'defence')!;
  expect(defence).toMatchObject({ status: 'running', partyName: '李四' });
  return { ...c, liSi, defence };
}

describe('延期开庭 and recording a hearing', () => {
  test('a postponement must move the hearing later; an earlier or equal time is refused and changes nothing', async () => {
    clock.set('2026-03-02');
    const c = await assignedCase(world.server.baseUrl);
    expect((await judge.fire(c.id, 'scheduleHearing', slot('2026-04-20', '09:00', '10:00'))).status).toBe(200);
    const before = (await judge.get(`/api/v1/cases/${c.id}`)).body;
    for (const [from, to] of [['08:00', '09:00'], ['09:00', '10:00']] as const) {
      const r = await judge.fire(c.id, 'postponeHearing', { ...slot('2026-04-20', from, to, 1), reason: '当事人申请' });
      expect(r.status).toBe(422);
      expect(r.body.code).toBe('HEARING_POSTPONEMENT_NOT_LATER');
      expect(r.body.message).toContain('2026-04-20 09:00');
    }
    const earlierDay = await judge.fire(c.id, 'postponeHearing', { ...slot('2026-04-13', '09:00', '10:00', 1), reason: '当事人申请' });
    expect(earlierDay.body.code).toBe('HEARING_POSTPONEMENT_NOT_LATER');
    const after = (await judge.get(`/api/v1/cases/${c.id}`)).body;
    expect(after).toMatchObject({ version: before.version, hearings: before.hearings });
    const later = await judge.fire(c.id, 'postponeHearing', { ...slot('2026-04-27', '09:00', '10:00', 1), reason: '当事人申请' });
    expect(later.status).toBe(200);
    expect(later.body.hearings.map((h: { status: string }) => h.status)).toEqual(['postponed', 'scheduled']);
  });

  test('a hearing later today cannot be recorded as held yet; once begun it can', async () => {
    clock.set('2026-03-03');
    const c = await assignedCase(world.server.baseUrl);
    // The clock says 10:00; the hearing starts at 14:00 the same day.
    expect((await judge.fire(c.id, 'scheduleHearing', slot('2026-03-03', '14:00', '15:00', 2))).status).toBe(200);
    const early = await judge.fire(c.id, 'recordHearing', {});
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'HEARING_NOT_YET' });
    expect(early.body.message).toContain('2026-03-03 14:00');
    clock.set('2026-03-04');
    expect((await judge.fire(c.id, 'recordHearing', { summary: '双方到庭' })).status).toBe(200);
  });
});

describe("the parties' running periods (CPL-2023 art 128; CPL-Interp arts 99, 266)", () => {
  test('scheduling inside the defence period warns; confirming goes ahead and the timeline keeps the confirmation', async () => {
    const c = await servedCase();
    const inside = await judge.fire(c.id, 'scheduleHearing', slot(c.defence.dueOn, '09:00', '10:00'));
    expect(inside.status).toBe(409);
    expect(inside.body).toMatchObject({ code: 'HEARING_WITHIN_PARTY_PERIOD', details: { acknowledgeable: true, periods: [expect.objectContaining({ id: c.defence.id, kind: 'defence', dueOn: c.defence.dueOn })] } });
    expect(inside.body.message).toContain(`李四的答辩期至 ${c.defence.dueOn} 届满`);
    expect((await judge.get(`/api/v1/cases/${c.id}`)).body.hearings).toEqual([]);

    const confirmed = await judge.fire(c.id, 'scheduleHearing', { ...slot(c.defence.dueOn, '09:00', '10:00'), acknowledgeWarnings: true });
    expect(confirmed.status).toBe(200);
    const t = await judge.get(`/api/v1/cases/${c.id}/timeline`);
    expect(t.body.at(-1)).toMatchObject({ event: 'scheduleHearing', payload: { input: expect.objectContaining({ acknowledgeWarnings: true }) } });
  });

  test('a hearing after the last day of the defence period needs no confirmation', async () => {
    const c = await servedCase();
    const next = new Date(Date.parse(`${c.defence.dueOn}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect((await judge.fire(c.id, 'scheduleHearing', slot(next, '11:00', '12:00', 1))).status).toBe(200);
  });

  test('no judgment while the defence period runs; the defendant waives it online and the judgment follows', async () => {
    const c = await servedCase();
    await judge.fire(c.id, 'scheduleHearing', { ...slot('2026-03-05', '09:00', '10:00', 2), acknowledgeWarnings: true });
    clock.set('2026-03-05');
    expect((await judge.fire(c.id, 'recordHearing', {})).status).toBe(200);
    const refused = await judge.fire(c.id, 'close', { method: 'judgment', closedOn: '2026-03-05' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('JUDGMENT_WITHIN_PARTY_PERIOD');
    expect(refused.body.message).toContain('李四的答辩期');

    // 李四 is offered the waiver of his own period; 张三 (the plaintiff) is not, and cannot fire it.
    expect(await events(lisi, c.id)).toContain('waivePeriod');
    expect(await events(c.party, c.id)).not.toContain('waivePeriod');
    const notHis = await c.party.fire(c.id, 'waivePeriod', { periodId: c.defence.id });
    expect(notHis.body.code).toBe('CASE_EVENT_NOT_AVAILABLE');
    const waived = await lisi.fire(c.id, 'waivePeriod', { periodId: c.defence.id });
    expect(waived.status).toBe(200);
    expect((await periods(c.id)).find((p) => p.id === c.defence.id)).toMatchObject({ status: 'completed', completedOn: '2026-03-05' });
    const again = await lisi.fire(c.id, 'waivePeriod', { periodId: c.defence.id });
    expect(again.body.code).toBe('CASE_EVENT_NOT_AVAILABLE');

    const judged = await judge.fire(c.id, 'close', { method: 'judgment', closedOn: '2026-03-05' });
    expect(judged.status).toBe(200);
    const t = await judge.get(`/api/v1/cases/${c.id}/timeline`);
    expect(t.body.find((e: { event: string }) => e.event === 'waivePeriod')).toMatchObject({ actorRole: 'party', payload: expect.objectContaining({ periodId: c.defence.id, kind: 'defence', waivedOn: '2026-03-05' }) });
  });

  test("the judge records a party's waiver only with the party's statement; mediation needs no waiver", async () => {
    const c = await servedCase();
    const bare = await judge.fire(c.id, 'waivePeriod', { periodId: c.defence.id });
    expect(bare.body.code).toBe('WAIVER_STATEMENT_REQUIRED');
    expect((await periods(c.id)).find((p) => p.id === c.defence.id)!.status).toBe('running');
    const recorded = await judge.fire(c.id, 'waivePeriod', { periodId: c.defence.id, statement: '被告李四书面声明放弃答辩期' });
    expect(recorded.status).toBe(200);
    expect(await events(judge, c.id)).not.toContain('waivePeriod');

    const other = await servedCase();
    expect((await judge.fire(other.id, 'close', { method: 'mediation', closedOn: '2026-03-02' })).status).toBe(200);
  });
});

describe('结束扣除期间 is offered only while a deduction runs', () => {
  test('offered after a deduction starts, gone once it ends; fired without one it is refused', async () => {
    clock.set('2026-03-02');
    const c = await assignedCase(world.server.baseUrl);
    expect(await events(chief, c.id)).not.toContain('endDeduction');
    const none = await chief.fire(c.id, 'endDeduction', { deductionId: 1, endsOn: '2026-03-02' });
    expect(none.status).toBe(409);
    expect(none.body.code).toBe('CASE_EVENT_NOT_AVAILABLE');

    clock.set('2026-03-10');
    const started = await chief.fire(c.id, 'recordDeduction', { kind: 'appraisal', startsOn: '2026-03-05', documentNo: '（2026）吉0102司鉴1号' });
    expect(started.status).toBe(200);
    expect(await events(chief, c.id)).toContain('endDeduction');
    expect(await events(judge, c.id)).toContain('endDeduction');
    const deductionId = (await judge.get(`/api/v1/cases/${c.id}/clock`)).body.deductions[0].id;
    expect((await judge.fire(c.id, 'endDeduction', { deductionId, endsOn: '2026-03-09' })).status).toBe(200);
    expect(await events(chief, c.id)).not.toContain('endDeduction');
  });
});
