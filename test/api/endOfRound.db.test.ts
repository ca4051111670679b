// 终结本次执行程序 (issue 18 item 4; ZHONGBEN arts 1–3, 5, 9): the officer's record of what the checklist reads — the
// execution notices served, the debtor's property report, the debtor's whereabouts, the interview of the applicant.
// Real HTTP and PostgreSQL.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { addMonthsClamped } from '../../src/domain/calendar/dayNumber';
import { runEndOfRoundRequeries } from '../../src/server/modules/execution/endOfRoundRequery';
import { ApiClient } from '../support/apiClient';
import { ANSWERING_AGENCIES, endCurrentRound } from '../support/endOfRoundScenario';
import { assignedExecutionCase } from '../support/executionScenario';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let officer: ApiClient;
let chief: ApiClient;
let president: ApiClient;
const sessions = new Map<string, Promise<ApiClient>>();
const as = (u: string) => {
  if (!sessions.has(u)) sessions.set(u, ApiClient.loggedIn(world.server.baseUrl, u));
  return sessions.get(u)!;
};
beforeAll(async () => {
  [officer, chief, president] = await Promise.all([as('ng-exec1'), as('ng-execchief'), as('ng-president')]);
});

type Checklist = { items: { condition: string; holds: boolean; evidence: { 'zh-CN': string }[]; missing: { 'zh-CN': string }[] }[]; allHold: boolean; pending: unknown };
const checklist = async (id: number): Promise<Checklist> => (await officer.get(`/api/v1/cases/${id}/execution/end-of-round`)).body;
const node = async (id: number) => (await officer.get(`/api/v1/cases/${id}`)).body.node as string;

type Event = { event: string; payload: Record<string, unknown> };
const timeline = async (id: number): Promise<Event[]> => (await officer.get(`/api/v1/cases/${id}/timeline`)).body;

describe('the record 终本 is checked from', () => {
  test('the notices are served like any document; the report, the search and the interview are recorded for debtors only', async () => {
    const e = await assignedExecutionCase(world.server.baseUrl, clock);
    expect((await officer.fire(e.id, 'issueExecutionNotice', {})).status).toBe(200);
    const served = await officer.fire(e.id, 'recordExecutionService', { document: 'propertyReportOrder', partyIds: [e.debtorId], servedOn: '2026-05-26', method: 'direct' });
    expect(served.status).toBe(200);
    const platform = await officer.fire(e.id, 'serveExecutionDocument', { document: 'executionNotice', partyIds: [e.debtorId] });
    expect(platform.status).toBe(200);
    const list = (await officer.get(`/api/v1/cases/${e.id}/service`)).body.tasks as { document: string; partyId: number; status: string }[];
    expect(list).toEqual(expect.arrayContaining([expect.objectContaining({ document: 'propertyReportOrder', partyId: e.debtorId, status: 'served' }), expect.objectContaining({ document: 'executionNotice', partyId: e.debtorId, method: 'electronic' })]));

    const wrongParty = await officer.fire(e.id, 'recordPropertyReport', { partyId: e.applicantId, reported: false, verified: false, measure: 'fine' });
    expect(wrongParty.status).toBe(422);
    expect(wrongParty.body.code).toBe('EXECUTION_DEBTOR_UNKNOWN');
    expect((await officer.fire(e.id, 'recordPropertyReport', { partyId: e.debtorId, reported: false, verified: false, measure: 'fine', note: '罚款一万元' })).status).toBe(200);
    expect((await officer.fire(e.id, 'recordDebtorSearch', { partyId: e.debtorId, whereabouts: 'known' })).status).toBe(200);
    const future = await officer.fire(e.id, 'interviewApplicant', { heldOn: '2099-01-01', bankruptcyRequested: false, opinion: '同意' });
    expect(future.status).toBe(422);
    expect(future.body.code).toBe('INTERVIEW_DATE_IN_FUTURE');
    expect((await officer.fire(e.id, 'interviewApplicant', { heldOn: clock.today(), bankruptcyRequested: true, opinion: '申请移送破产审查' })).status).toBe(200);
    expect((await chief.fire(e.id, 'interviewApplicant', { heldOn: clock.today(), bankruptcyRequested: false, opinion: 'x' })).status).toBe(403);

    const events = await timeline(e.id);
    const names = events.map((x) => x.event);
    expect(names).toEqual(expect.arrayContaining(['recordExecutionService', 'recordPropertyReport', 'recordDebtorSearch', 'interviewApplicant']));
    expect(names.filter((n) => n === 'recordPropertyReport')).toHaveLength(1);
    expect(events.find((x) => x.event === 'recordPropertyReport')!.payload).toEqual(expect.objectContaining({ partyName: '李四' }));
  });
});

describe('终本 by its five conditions and the president (ZHONGBEN arts 1–5; CPL-Interp art 517)', () => {
  test('with conditions missing the checklist names them and the proposal is refused, nothing saved; closing as 终本 is refused', async () => {
    const e = await assignedExecutionCase(world.server.baseUrl, clock);
    expect((await officer.fire(e.id, 'issueExecutionNotice', {})).status).toBe(200);
    const c = await checklist(e.id);
    expect(c.allHold).toBe(false);
    expect(c.items.map((i) => [i.condition, i.holds])).toEqual([
      ['noticeAndReport', false],
      ['consumptionRestricted', false],
      ['investigationExhausted', false],
      ['threeMonthsPassed', false],
      ['debtorSearched', false],
      ['applicantInterviewed', false],
    ]);
    expect(c.items[0]!.missing.map((m) => m['zh-CN'])).toContain('执行通知书尚未送达李四');
    // A party does not see the court's checklist.
    expect((await e.party.get(`/api/v1/cases/${e.id}/execution/end-of-round`)).status).toBe(404);
    const before = (await officer.get(`/api/v1/cases/${e.id}/timeline`)).body.length;
    const refused = await officer.fire(e.id, 'proposeEndOfRound', {});
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('END_OF_ROUND_CONDITIONS_UNMET');
    expect(refused.body.details.unmet).toEqual(['noticeAndReport', 'consumptionRestricted', 'investigationExhausted', 'threeMonthsPassed', 'debtorSearched', 'applicantInterviewed']);
    expect(refused.body.messages['zh-CN']).toContain('自立案之日起已超过三个月');
    expect(await node(e.id)).toBe('implementing');
    expect((await officer.get(`/api/v1/cases/${e.id}/timeline`)).body.length).toBe(before);
    const closing = await officer.fire(e.id, 'closeExecution', { method: 'currentRoundEnded' });
    expect([closing.status, closing.body.code]).toEqual([422, 'END_OF_ROUND_NEEDS_APPROVAL']);
  });

  test('every condition met: proposed and told to the president, who alone decides; returned; four months on the inquiries are stale', async () => {
    const e = await assignedExecutionCase(world.server.baseUrl, clock);
    await endCurrentRound(as, clock, e.id, { approve: false });
    expect(await node(e.id)).toBe('endOfRoundReview');
    const c = await checklist(e.id);
    expect(c.allHold).toBe(true);
    expect(c.pending).not.toBeNull();
    expect(c.items.find((i) => i.condition === 'consumptionRestricted')!.evidence[0]!['zh-CN']).toMatch(/对李四的限制消费令已于\d{4}-\d{2}-\d{2}签发/);
    expect(c.items.find((i) => i.condition === 'investigationExhausted')!.evidence.map((x) => x['zh-CN']).join()).toMatch(/总对总查询李四：1项已反馈.*均未发现财产/);
    // The president is told, and decides: the officer may not approve his own proposal.
    const inbox = (await president.get('/api/v1/notifications')).body;
    expect(JSON.stringify(inbox)).toContain('终本申请待审批');
    expect((await officer.fire(e.id, 'approveEndOfRound', {})).status).toBe(403);
    expect((await president.fire(e.id, 'returnEndOfRound', { reason: '补充约谈记录' })).status).toBe(200);
    expect(await node(e.id)).toBe('implementing');
    clock.set(addMonthsClamped(clock.today(), 4).date);
    const again = await officer.fire(e.id, 'proposeEndOfRound', {});
    // Four months on, the inquiries are older than the court's 90 days: the investigation must be brought up to date.
    expect([again.status, again.body.details?.unmet]).toEqual([422, ['investigationExhausted']]);
  });

  test('after 终本 a re-query every 6 months: a deposit found proposes 恢复执行, which the officer opens; two negative ones give the 失信 deletion ground', async () => {
    const deps = world.server.deps;
    // Only the 工商银行 answers in this world (the other national agencies have no staff here).
    await deps.db.execute(sql`update agencies set is_active = false where channel = 'national' and name <> ${ANSWERING_AGENCIES[0]!.name}`);
    const found = await assignedExecutionCase(world.server.baseUrl, clock);
    const empty = await assignedExecutionCase(world.server.baseUrl, clock);
    // A 失信 listing of the second debtor, signed, so that its deletion ground can be seen.
    const listing = await officer.post(`/api/v1/cases/${empty.id}/credit/listings`, { partyId: empty.debtorId, ground: 4, initiative: 'exOfficio', facts: '拒不报告财产' });
    expect(listing.status).toBe(201);
    expect((await president.post(`/api/v1/credit/listings/${listing.body.id}/decision`, { approve: true })).status).toBe(200);
    await endCurrentRound(as, clock, found.id);
    await endCurrentRound(as, clock, empty.id);
    expect(await node(found.id)).toBe('closed');
    const closedOn = (await officer.get(`/api/v1/cases/${found.id}`)).body.closedOn as string;
    expect((await officer.get(`/api/v1/cases/${found.id}`)).body.closingMethod).toBe('currentRoundEnded');

    // Nothing is due before six months; then the national inquiries go out, by the system.
    clock.set(addMonthsClamped(closedOn, 6).date);
    const first = await runEndOfRoundRequeries(deps);
    expect(first.sent).toBeGreaterThanOrEqual(2);
    const icbc = await as(ANSWERING_AGENCIES[0]!.user);
    const answerAll = async (caseNumber: string, assets: unknown[]) => {
      const list = (await icbc.get('/api/v1/agency/requests?status=sent&pageSize=100')).body.items as { id: number; caseNumber: string }[];
      const mine = list.filter((r) => r.caseNumber === caseNumber);
      expect(mine.length).toBeGreaterThan(0);
      for (const r of mine) expect((await icbc.post(`/api/v1/agency/requests/${r.id}/answer`, { assets })).status).toBe(200);
    };
    await answerAll(found.caseNumber, [{ kind: 'account', identifier: '6222020000001234', description: '活期存款', balanceFen: 5_000_000 }]);
    await answerAll(empty.caseNumber, []);
    expect((await runEndOfRoundRequeries(deps)).answered).toBe(2);
    // The applicant is told; on a find the officer is asked to restore.
    expect(JSON.stringify((await found.party.get('/api/v1/notifications')).body)).toContain('复查发现被执行人财产');
    expect(JSON.stringify((await officer.get('/api/v1/notifications')).body)).toContain('建议恢复执行');
    const restored = await officer.post(`/api/v1/cases/${found.id}/execution/restorations`, { reason: '终本后复查发现存款', assetClues: '工商银行账户6222020000001234', attachmentIds: [] });
    expect(restored.status).toBe(201);
    expect(restored.body.caseNumber).toMatch(/执恢\d+号$/);
    expect(restored.body.fee).toEqual(expect.objectContaining({ amount: '0.00' }));

    // Six months later only the empty case is queried again (the restored one is worked in its 执恢 case).
    clock.set(addMonthsClamped(closedOn, 12).date);
    expect((await runEndOfRoundRequeries(deps)).sent).toBe(1);
    await answerAll(empty.caseNumber, []);
    expect((await runEndOfRoundRequeries(deps)).answered).toBe(1);
    const credit = (await officer.get(`/api/v1/cases/${empty.id}/credit`)).body;
    expect(credit.listings[0]).toMatchObject({ deletionGround: 'negativeRequeries' });
    // Run again: nothing twice.
    expect(await runEndOfRoundRequeries(deps)).toEqual({ sent: 0, answered: 0 });
    await deps.db.execute(sql`update agencies set is_active = true where channel = 'national'`);
  });
});
