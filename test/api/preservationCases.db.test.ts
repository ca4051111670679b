// Issue 19 (财保): 张三 applies online for property preservation before suing 李四; the filing clerk registers it and the
// 48 hours to rule run from that instant (CPL-2023 art 104); the judge grants it and the 30 days to sue run; without a
// suit they lapse, the case shows 应当解除保全 and the judge lifts it. A 民初 of 张三 against 李四 registered in time ends
// the 30 days instead. Real HTTP and PostgreSQL; refusals change nothing.
import { beforeAll, describe, expect, test } from 'vitest';
import { sweepPeriods } from '../../src/server/jobs/periodSweep';
import { ApiClient } from '../support/apiClient';
import { courtId, demoUser, divisionId, TINY_PDF } from '../support/fixtures';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

// The test clock's instant is 10:00 in Shanghai on its day.
const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let clerk: ApiClient;
let judge: ApiClient;
let zhangsan: ApiClient;
let lisi: ApiClient;
let court: number;
beforeAll(async () => {
  const base = world.server.baseUrl;
  [clerk, judge, zhangsan, lisi] = await Promise.all([ApiClient.loggedIn(base, 'ng-filing'), ApiClient.loggedIn(base, 'ng-judge1'), ApiClient.loggedIn(base, 'zhangsan'), ApiClient.loggedIn(base, 'lisi')]);
  court = await courtId(clerk, '吉0102');
});

const application = (o: Record<string, unknown> = {}) => ({
  courtId: court,
  stage: 'preSuit',
  parties: [
    { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: demoUser('zhangsan').idNumber, phone: '13800000001', isSelf: true },
    { standing: 'defendant', kind: 'person', name: '李四', idType: 'residentId', idNumber: demoUser('lisi').idNumber, address: '长春市朝阳区' },
  ],
  amount: '100000.00',
  propertyClues: '李四名下工商银行账户尾号1234；长春市南关区某小区住房一套。',
  security: { kind: 'guarantee', amount: '100000.00', description: '某担保公司出具的保函' },
  attachmentIds: [],
  ...o,
});

type Period = { kind: string; status: string; dueOn: string; dueAt?: string | null; level: string };
const periods = async (id: number): Promise<Period[]> => (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods;
const period = async (id: number, kind: string) => (await periods(id)).find((p) => p.kind === kind);
const record = async (id: number) => (await zhangsan.get(`/api/v1/cases/${id}/preservation`)).body;

async function registered(on: string) {
  clock.set(on);
  const applied = await zhangsan.post('/api/v1/preservation/applications', application());
  expect(applied.status).toBe(201);
  const id = applied.body.caseId as number;
  const r = await clerk.fire(id, 'registerPreservation', { divisionId: await divisionId(clerk, court), judgeId: judge.user.id });
  expect(r.status).toBe(200);
  return id;
}

async function granted(on: string) {
  const id = await registered(on);
  const r = await judge.fire(id, 'grantPreservation', { measures: '冻结被申请人李四名下银行存款100000元', amount: '100000.00' });
  expect(r.status).toBe(200);
  return id;
}

describe('applying', () => {
  test('without security a pre-suit application is refused (CPL-2023 art 104): 422 with its code, nothing saved', async () => {
    const before = (await zhangsan.get(`/api/v1/cases?view=mine&caseType=${encodeURIComponent('财保')}`)).body;
    const { security: _s, ...noSecurity } = application();
    const r = await zhangsan.post('/api/v1/preservation/applications', noSecurity);
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('PRESERVATION_SECURITY_REQUIRED');
    const low = await zhangsan.post('/api/v1/preservation/applications', application({ security: { kind: 'cash', amount: '5000.00', description: '现金' } }));
    expect(low.body.code).toBe('PRESERVATION_SECURITY_INSUFFICIENT');
    expect((await zhangsan.get(`/api/v1/cases?view=mine&caseType=${encodeURIComponent('财保')}`)).body).toEqual(before);
  });

  test('the application waits for registration with its fee (FEE art 14(2): 0.01 × 100,000 + 20 = 1,020)', async () => {
    clock.set('2026-03-02');
    const r = await zhangsan.post('/api/v1/preservation/applications', application());
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ node: 'submitted', caseNumber: null, stage: 'preSuit', amount: '100000.00', fee: '1020.00', rulingDueAt: null, mustBeLifted: false });
    // The respondent is not told of an application before the ruling.
    expect((await lisi.get(`/api/v1/cases/${r.body.caseId}/preservation`)).status).toBe(404);
  });
});

describe('the 48 hours to rule', () => {
  test('run in hours from the registration instant: registered 10:00 on 03-02, the hour not counted, due 11:00 on 03-04', async () => {
    const id = await registered('2026-03-02');
    const rec = await record(id);
    expect(rec.caseNumber).toMatch(/^（2026）吉0102财保\d+号$/);
    expect(rec.rulingDueAt).toBe('2026-03-04T03:00:00.000Z');
    const p = await period(id, 'preservationRuling');
    expect(p).toMatchObject({ status: 'running', dueOn: '2026-03-04', dueAt: '2026-03-04T03:00:00.000Z' });
  });

  test('the sweep warns on an overdue ruling; a ruling after the 48 hours is recorded as late', async () => {
    const id = await registered('2026-03-02');
    await sweepPeriods(world.server.deps, { today: '2026-03-05' });
    expect((await period(id, 'preservationRuling'))?.level).toBe('overdue');
    clock.set('2026-03-05');
    const r = await judge.fire(id, 'dismissPreservation', { reasons: '申请人未能说明情况紧急' });
    expect(r.status).toBe(200);
    const timeline: { event: string; payload: Record<string, unknown> }[] = (await clerk.get(`/api/v1/cases/${id}/timeline`)).body;
    expect(timeline.find((e) => e.event === 'dismissPreservation')?.payload).toMatchObject({ decision: 'dismissed', late: true });
    expect((await period(id, 'preservationRuling'))?.status).toBe('completed');
    expect((await record(id)).decision).toBe('dismissed');
  });

  test('overdue at the hour: past 11:00 on the due day the sweep marks it overdue and reminds the judge once', async () => {
    const id = await registered('2026-03-02');
    const at = (time: string) => new Date(`2026-03-04T${time}:00+08:00`);
    await sweepPeriods(world.server.deps, { today: '2026-03-04', now: at('10:30') });
    expect((await period(id, 'preservationRuling'))?.level).toBe('red');
    // Same day, the minute after the 48 hours: overdue without waiting for the next day.
    await sweepPeriods(world.server.deps, { today: '2026-03-04', now: at('11:01') });
    expect((await period(id, 'preservationRuling'))).toMatchObject({ level: 'overdue', status: 'running' });
    const reminders: { caseId: number; periodKind: string; level: string }[] = (await judge.get('/api/v1/reminders?level=overdue&pageSize=100')).body.items;
    expect(reminders.filter((r) => r.caseId === id && r.periodKind === 'preservationRuling' && r.level === 'overdue')).toHaveLength(1);
    await sweepPeriods(world.server.deps, { today: '2026-03-04', now: at('12:00') });
    const again: { caseId: number; level: string }[] = (await judge.get('/api/v1/reminders?level=overdue&pageSize=100')).body.items;
    expect(again.filter((r) => r.caseId === id && r.level === 'overdue')).toHaveLength(1);
  });

  test('the sweep looks again at the instant the level rises: 05:00 on the due day, 6 hours left', async () => {
    const id = await registered('2026-03-02');
    await sweepPeriods(world.server.deps, { today: '2026-03-03', now: new Date('2026-03-03T12:00:00+08:00') });
    // 23 hours left: yellow; the next look is at 05:00 on 03-04 (6 hours left → red).
    expect((await period(id, 'preservationRuling'))?.level).toBe('yellow');
    const alertAt = (await world.server.database.pool.query(`select alert_at from case_periods where case_id = $1 and kind = 'preservationRuling'`, [id])).rows[0].alert_at as Date;
    expect(alertAt.toISOString()).toBe(new Date('2026-03-04T05:00:00+08:00').toISOString());
  });

  test('the hour thresholds are clock settings ([U]): red with 40 hours left warns the same evening', async () => {
    const admin = await ApiClient.loggedIn(world.server.baseUrl, 'admin');
    const settings = (await admin.get('/api/v1/admin/settings/clock')).body;
    expect(settings.hourThresholds).toEqual({ yellowHours: 24, redHours: 6 });
    expect((await admin.put('/api/v1/admin/settings/clock', { ...settings, hourThresholds: { yellowHours: 10, redHours: 20 } })).body.code).toBe('THRESHOLDS_INVALID');
    expect((await admin.put('/api/v1/admin/settings/clock', { ...settings, hourThresholds: { yellowHours: 48, redHours: 40 } })).status).toBe(200);
    try {
      const id = await registered('2026-03-02');
      await sweepPeriods(world.server.deps, { today: '2026-03-02', now: new Date('2026-03-02T19:30:00+08:00') });
      expect((await period(id, 'preservationRuling'))?.level).toBe('red');
    } finally {
      expect((await admin.put('/api/v1/admin/settings/clock', settings)).status).toBe(200);
    }
  });

  test('the judge may not preserve more than was applied for: 422 and the case stays registered', async () => {
    const id = await registered('2026-03-02');
    const r = await judge.fire(id, 'grantPreservation', { measures: '冻结存款', amount: '200000.00' });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('PRESERVATION_AMOUNT_EXCEEDED');
    expect((await record(id)).node).toBe('registered');
    expect((await period(id, 'preservationRuling'))?.status).toBe('running');
  });
});

describe('the ruling document', () => {
  test('the judge’s uploaded ruling joins the dossier; a file that is not the judge’s is refused and nothing is ruled', async () => {
    const id = await registered('2026-03-02');
    const foreign = (await zhangsan.upload('他人文件.pdf', TINY_PDF, 'application/pdf', 'other')).body.id as number;
    const refused = await judge.fire(id, 'grantPreservation', { measures: '冻结存款', amount: '100000.00', rulingAttachmentId: foreign });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('ATTACHMENT_INVALID');
    expect((await record(id)).node).toBe('registered');
    const mine = (await judge.upload('保全裁定书.pdf', TINY_PDF, 'application/pdf', 'other')).body.id as number;
    expect((await judge.fire(id, 'grantPreservation', { measures: '冻结存款', amount: '100000.00', rulingAttachmentId: mine })).status).toBe(200);
    const detail = (await clerk.get(`/api/v1/cases/${id}`)).body;
    expect(detail.attachments.map((a: { id: number }) => a.id)).toContain(mine);
  });
});

describe('the 30 days to sue', () => {
  test('lapse without a suit: 应当解除保全, and the judge lifts it', async () => {
    const id = await granted('2026-03-02');
    const suit = await period(id, 'preservationSuit');
    // CPL-2023 art 104: from the day after 03-02, 30 days end on 04-01 (a Wednesday).
    expect(suit).toMatchObject({ status: 'running', dueOn: '2026-04-01' });
    // Before the end, lifting for want of a suit is refused and nothing changes.
    clock.set('2026-03-20');
    const early = await judge.fire(id, 'liftPreservation', { reason: 'noSuit' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('PRESERVATION_PERIOD_RUNNING');
    expect((await record(id)).node).toBe('granted');
    clock.set('2026-04-02');
    const rec = await record(id);
    expect(rec).toMatchObject({ mustBeLifted: true, suitDueOn: '2026-04-01' });
    expect(rec.notice['zh-CN']).toContain('应当解除保全');
    const lifted = await judge.fire(id, 'liftPreservation', { reason: 'noSuit' });
    expect(lifted.status).toBe(200);
    expect(await record(id)).toMatchObject({ node: 'lifted', liftedOn: '2026-04-02', mustBeLifted: false });
  });

  test('a 民初 of the applicant against the respondent registered in time ends them; the case can then be closed', async () => {
    const id = await granted('2026-03-02');
    const closeEarly = await judge.fire(id, 'closePreservation', {});
    expect(closeEarly.status).toBe(409);
    clock.set('2026-03-10');
    const { id: suitId } = await fileLoanCase(world.server.baseUrl);
    await acceptCase(world.server.baseUrl, suitId);
    const rec = await record(id);
    expect(rec).toMatchObject({ suitCaseId: suitId, mustBeLifted: false });
    expect((await period(id, 'preservationSuit'))?.status).toBe('completed');
    clock.set('2026-04-10');
    expect((await record(id)).mustBeLifted).toBe(false);
    expect((await judge.fire(id, 'closePreservation', {})).status).toBe(200);
  });

  test('a suit or an arbitration after the 30 days does not keep the preservation: it must still be lifted', async () => {
    const id = await granted('2026-03-02');
    clock.set('2026-04-03');
    const late = await zhangsan.fire(id, 'recordArbitration', { institution: '长春仲裁委员会', appliedOn: '2026-04-02' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('PRESERVATION_SUIT_LATE');
    const { id: suitId } = await fileLoanCase(world.server.baseUrl);
    await acceptCase(world.server.baseUrl, suitId);
    expect(await record(id)).toMatchObject({ suitCaseId: null, mustBeLifted: true });
  });

  test('the applicant records its arbitration; the respondent may not', async () => {
    const id = await granted('2026-03-02');
    clock.set('2026-03-12');
    const hand = await judge.fire(id, 'recordPreservationExecution', { executionCaseNumber: '（2026）吉0102执保12号', transferredOn: '2026-03-02' });
    expect(hand.status).toBe(200);
    const byLisi = await lisi.fire(id, 'recordArbitration', { institution: '长春仲裁委员会', appliedOn: '2026-03-11' });
    expect([403, 404]).toContain(byLisi.status);
    const r = await zhangsan.fire(id, 'recordArbitration', { institution: '长春仲裁委员会', appliedOn: '2026-03-11', reference: '长仲字〔2026〕88号' });
    expect(r.status).toBe(200);
    expect(await record(id)).toMatchObject({ arbitration: { institution: '长春仲裁委员会', appliedOn: '2026-03-11' }, executionCaseNumber: '（2026）吉0102执保12号' });
    expect((await period(id, 'preservationSuit'))?.status).toBe('completed');
  });
});
