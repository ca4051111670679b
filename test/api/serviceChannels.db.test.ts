// Electronic service through e-mail against a local SMTP server (what it received is asserted), the SMS log
// transport that never counts as sent, and the service centre's queue and statistics.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { TINY_PDF } from '../support/fixtures';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

interface Received {
  from: string;
  to: string[];
  raw: string;
}
const received: Received[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, session, done) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
      done();
    });
  },
});
let smtpPort = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock, config: () => ({ smtpUrl: `smtp://127.0.0.1:${smtpPort}` }) });

/** The decoded text of MIME encoded-words (=?UTF-8?B?…?=) in a header line. */
const decodeHeader = (raw: string, name: string) => {
  const unfolded = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`)) ?? '';
  return line.replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
};
const base64Parts = (raw: string) => [...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/g)].map((m) => Buffer.from(m[1]!.replace(/\s/g, ''), 'base64'));

async function caseAgainstLisi(procedure = 'ordinary') {
  const { id, party } = await fileLoanCase(world.server.baseUrl);
  // The complaint itself, which goes to the defendant with the complaint copy.
  const complaint = await party.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint');
  await world.server.database.pool.query(`update attachments set case_id = $1 where id = $2`, [id, complaint.body.id]);
  await acceptCase(world.server.baseUrl, id, procedure);
  const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
  const detail = (await clerk.get(`/api/v1/cases/${id}`)).body;
  return { id, clerk, caseNumber: detail.caseNumber as string, li: detail.parties.find((p: { name: string }) => p.name === '李四').id as number };
}

describe('electronic channels', () => {
  test('e-mail: the SMTP server receives the complaint copy with the complaint attached; arrival serves it and starts the defence period', async () => {
    clock.set('2026-03-02');
    const { id, clerk, caseNumber, li } = await caseAgainstLisi();
    const lisi = await ApiClient.loggedIn(world.server.baseUrl, 'lisi');
    const c = await lisi.put(`/api/v1/cases/${id}/parties/${li}/address-confirmation`, { email: 'lisi@example.test', platformAccount: false, electronicConsent: true, consentScope: 'all', signed: true });
    expect(c.body.confirmation.channels).toEqual(['email']);

    clock.set('2026-03-03');
    const [task] = (await clerk.post(`/api/v1/cases/${id}/service-tasks`, { document: 'complaintCopy', partyIds: [li] })).body;
    expect(task).toMatchObject({ method: 'electronic', address: 'lisi@example.test' });
    const sent = await clerk.post(`/api/v1/service-tasks/${task.id}/send`);
    expect(sent.status).toBe(200);
    expect(sent.body.channels).toMatchObject([{ channel: 'email', outcome: 'arrived' }]);
    expect(sent.body.task).toMatchObject({ status: 'served', deemedOn: '2026-03-03', periodDueOn: '2026-03-18' });
    expect(sent.body.task.attempts[0]).toMatchObject({ channel: 'email', outcome: 'arrived' });
    expect(String(sent.body.task.attempts[0].detail.response)).toMatch(/^250/);

    const mail = received.find((m) => m.to.includes('lisi@example.test'));
    expect(mail).toBeDefined();
    expect(decodeHeader(mail!.raw, 'Subject')).toContain(`${caseNumber} 起诉状副本送达`);
    const parts = base64Parts(mail!.raw);
    expect(parts.some((p) => p.equals(Buffer.from(TINY_PDF)))).toBe(true);
    expect(parts.map((p) => p.toString('utf8')).join('')).toContain('李四');
  });

  test('SMS through the log transport is recorded as logged, not sent, and does not serve; the centre shows the task still open', async () => {
    clock.set('2026-03-02');
    const { id, clerk, li } = await caseAgainstLisi();
    await clerk.put(`/api/v1/cases/${id}/parties/${li}/address-confirmation`, { mobile: '13900000002', platformAccount: false, electronicConsent: true, consentScope: 'all', signed: true });
    const [task] = (await clerk.post(`/api/v1/cases/${id}/service-tasks`, { document: 'complaintCopy', partyIds: [li] })).body;
    const before = received.length;
    const sent = await clerk.post(`/api/v1/service-tasks/${task.id}/send`);
    expect(sent.body.channels).toEqual([{ channel: 'sms', outcome: 'logged', detail: 'log transport: not sent' }]);
    expect(sent.body.task).toMatchObject({ status: 'inProgress', deemedOn: null });
    expect(received.length).toBe(before);
    const defence = (await clerk.get(`/api/v1/cases/${id}/clock`)).body.periods.filter((p: { kind: string }) => p.kind === 'defence');
    expect(defence).toHaveLength(0);

    const queue = await clerk.get('/api/v1/service-centre/tasks?method=electronic&status=open');
    expect(queue.body.items.map((t: { id: number }) => t.id)).toContain(task.id);
    expect(queue.body.items.every((t: { method: string; status: string }) => t.method === 'electronic' && ['pending', 'inProgress'].includes(t.status))).toBe(true);
    // Batch: the same task again (still open) and one that is not this court's are reported one by one.
    const batch = await clerk.post('/api/v1/service-centre/send-electronic', { taskIds: [task.id, 999999] });
    expect(batch.body.results).toMatchObject([
      { taskId: task.id, ok: true, status: 'inProgress' },
      { taskId: 999999, ok: false, code: 'SERVICE_TASK_NOT_FOUND' },
    ]);
  });

  test('statistics: success rate, average days and cost by method, judge and month', async () => {
    clock.set('2026-06-01');
    const { id, clerk, li } = await caseAgainstLisi();
    await clerk.put(`/api/v1/cases/${id}/parties/${li}/address-confirmation`, { postalAddress: '长春市朝阳区红旗街1号', platformAccount: false, electronicConsent: false, consentScope: 'all', signed: true });
    const [task] = (await clerk.post(`/api/v1/cases/${id}/service-tasks`, { document: 'complaintCopy', partyIds: [li] })).body;
    const list = await clerk.post('/api/v1/service-centre/mail-list', { taskIds: [task.id] });
    clock.set('2026-06-04');
    await clerk.post('/api/v1/service-centre/receipts', { items: [{ trackingNo: list.body.rows[0].trackingNo, outcome: 'signed', on: '2026-06-04' }] });
    const stats = (await clerk.get('/api/v1/service-centre/stats?from=2026-06-01&to=2026-06-30')).body;
    expect(stats.byMethod).toEqual([{ method: 'mail', tasks: 1, served: 1, successRate: 1, averageDays: 3, cost: '20.00' }]);
    expect(stats.byMonth).toEqual([{ month: '2026-06', tasks: 1, served: 1, successRate: 1, averageDays: 3, cost: '20.00' }]);
    expect(stats.total).toMatchObject({ tasks: 1, served: 1 });

    // Filters: by the case's judge; 长春中院's president sees 南关 (a court under it), 南关 cannot see 长春中院.
    const scope = (await clerk.get('/api/v1/service-centre/scope')).body;
    expect(scope.courts).toEqual([expect.objectContaining({ name: '长春市南关区人民法院', own: true })]);
    expect(scope.judges.map((j: { name: string }) => j.name)).toEqual(expect.arrayContaining(['南关法院法官甲', '南关法院民一庭庭长']));
    const chief = await ApiClient.loggedIn(world.server.baseUrl, 'ng-chief');
    const judgeId = (name: string) => scope.judges.find((j: { name: string }) => j.name === name).id as number;
    const assigned = await chief.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judgeId('南关法院法官甲'), reason: '测试分案' });
    expect(assigned.status).toBe(200);
    const all = (q: string) => clerk.get(`/api/v1/service-centre/tasks?status=all&${q}`).then((r) => r.body.items.map((x: { id: number }) => x.id));
    expect(await all(`judgeId=${judgeId('南关法院法官甲')}`)).toContain(task.id);
    expect(await all(`judgeId=${judgeId('南关法院法官乙')}`)).not.toContain(task.id);
    const president = await ApiClient.loggedIn(world.server.baseUrl, 'cc-president');
    const ccScope = (await president.get('/api/v1/service-centre/scope')).body;
    expect(ccScope.courts.map((c: { name: string; own: boolean }) => [c.name, c.own])).toEqual([
      ['吉林省长春市中级人民法院', true],
      ['长春市南关区人民法院', false],
      ['长春市宽城区人民法院', false],
      ['长春市朝阳区人民法院', false],
    ]);
    const nanguan = ccScope.courts[1].id as number;
    expect((await president.get(`/api/v1/service-centre/stats?from=2026-06-01&to=2026-06-30&courtId=${nanguan}`)).body.byMethod).toEqual(stats.byMethod);
    expect((await president.get('/api/v1/service-centre/stats?from=2026-06-01&to=2026-06-30')).body.total.tasks).toBe(0);
    const ccId = ccScope.courts[0].id as number;
    const out = await clerk.get(`/api/v1/service-centre/tasks?courtId=${ccId}`);
    expect([out.status, out.body.code]).toEqual([403, 'COURT_OUT_OF_SCOPE']);
    // A mail list that includes a task not sent by post is refused whole.
    clock.set('2026-06-05');
    const other = await caseAgainstLisi();
    const [direct] = (await other.clerk.post(`/api/v1/cases/${other.id}/service-tasks`, { document: 'complaintCopy', partyIds: [other.li], method: 'direct' })).body;
    const refused = await clerk.post('/api/v1/service-centre/mail-list', { taskIds: [direct.id] });
    expect([refused.status, refused.body.code]).toEqual([422, 'SERVICE_NOT_MAIL']);
    const bad = await clerk.get('/api/v1/service-centre/stats?from=2026-07-01&to=2026-06-01');
    expect(bad.body.code).toBe('STATS_RANGE_INVALID');
    expect((await (await ApiClient.loggedIn(world.server.baseUrl, 'lisi')).get('/api/v1/service-centre/stats')).status).toBe(403);
  });
});
