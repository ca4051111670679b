// Service tasks on real PostgreSQL: the method chosen by policy from each party's address confirmation, attempts
// and their deemed dates starting each party's own period, the mail list and receipts of the service centre,
// the prohibitions (public notice without grounds or in simple procedure, 留置 of a 调解书, no consent — also when a
// service is recorded after the fact), a
// finished task that takes no more attempts, carry-over to appeal and the address book's order.
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { loanComplaint } from '../support/fixtures';
import { acceptCase, decidedCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });

const periods = async (api: ApiClient, id: number, kind: string) => (await api.get(`/api/v1/cases/${id}/clock`)).body.periods.filter((p: { kind: string }) => p.kind === kind);
const paperConfirmation = { postalAddress: '长春市朝阳区红旗街1号', platformAccount: false, electronicConsent: false, consentScope: 'procedural', signed: true };
const counts = async (id: number) => {
  const r = await world.server.database.pool.query(
    `select (select count(*) from service_tasks where case_id = $1)::int as tasks, (select count(*) from service_attempts a join service_tasks t on t.id = a.task_id where t.case_id = $1)::int as attempts`,
    [id],
  );
  return r.rows[0] as { tasks: number; attempts: number };
};

describe('service tasks', () => {
  test('a judgment served on two parties on different dates gives each its own appeal period', async () => {
    const { id, judge, byName } = await decidedCase(world.server.baseUrl, clock);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
    // 李四 signed a paper confirmation: a postal address, no electronic service.
    const confirmed = await clerk.put(`/api/v1/cases/${id}/parties/${byName['李四']}/address-confirmation`, paperConfirmation);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.confirmation).toMatchObject({ basis: 'confirmed', source: 'paper', postalAddress: '长春市朝阳区红旗街1号', channels: [] });

    const created = await clerk.post(`/api/v1/cases/${id}/service-tasks`, { document: 'judgment', partyIds: [byName['张三'], byName['李四']] });
    expect(created.status).toBe(201);
    const task = (name: string) => created.body.find((t: { recipient: string }) => t.recipient === name);
    // The filer's own account is consent (ONLINE-LIT art 29(3)); 李四 gets the post at the confirmed address.
    expect(task('张三')).toMatchObject({ method: 'electronic', status: 'pending' });
    expect(task('李四')).toMatchObject({ method: 'mail', status: 'pending', address: '长春市朝阳区红旗街1号' });
    // A second task for the same document and person is refused.
    expect((await clerk.post(`/api/v1/cases/${id}/service-tasks`, { document: 'judgment', partyIds: [byName['李四']] })).body.code).toBe('SERVICE_TASK_EXISTS');

    clock.set('2026-04-01');
    const sent = await clerk.post(`/api/v1/service-tasks/${task('张三').id}/send`);
    expect(sent.status).toBe(200);
    expect(sent.body.channels).toEqual([{ channel: 'platform', outcome: 'arrived' }]);
    expect(sent.body.task).toMatchObject({ status: 'served', deemedOn: '2026-04-01' });

    const list = await clerk.post('/api/v1/service-centre/mail-list', { taskIds: [task('李四').id] });
    expect(list.status).toBe(200);
    expect(list.body.rows).toHaveLength(1);
    const trackingNo = list.body.rows[0].trackingNo as string;
    expect(trackingNo).toMatch(/^FY20260401\d{4}\d{5}$/);
    expect(list.body.totalCost).toBe('20.00');
    // Mailed is not served: no appeal period for 李四 yet.
    expect((await periods(judge, id, 'appealJudgment')).map((p: { partyName: string }) => p.partyName)).toEqual(['张三']);

    clock.set('2026-04-03');
    const receipts = await clerk.post('/api/v1/service-centre/receipts', { items: [{ trackingNo, outcome: 'signed', on: '2026-04-03' }] });
    expect(receipts.body.results).toEqual([{ taskId: task('李四').id, ok: true, status: 'served' }]);
    const appeal = await periods(judge, id, 'appealJudgment');
    const of = (name: string) => appeal.find((p: { partyName: string }) => p.partyName === name);
    // CPL-2023 art 171: 15 days from each party's own service; 04-16 and 04-18 (a Saturday → Monday 04-20).
    expect(of('张三')).toMatchObject({ triggerOn: '2026-04-01', dueOn: '2026-04-16' });
    expect(of('李四')).toMatchObject({ triggerOn: '2026-04-03', dueOn: '2026-04-20' });

    // A finished task takes no more attempts, and nothing is saved.
    const before = await counts(id);
    const again = await clerk.post(`/api/v1/service-tasks/${task('李四').id}/attempts`, { outcome: 'returned', on: '2026-04-03' });
    expect([again.status, again.body.code]).toEqual([409, 'SERVICE_TASK_FINISHED']);
    expect(again.body.messages['zh-CN']).toContain('已于 2026-04-03 完成送达');
    const receiptAgain = await clerk.post('/api/v1/service-centre/receipts', { items: [{ trackingNo, outcome: 'signed', on: '2026-04-03' }] });
    expect(receiptAgain.status).toBe(409);
    expect(await counts(id)).toEqual(before);

    const detail = (await clerk.get(`/api/v1/cases/${id}/service`)).body;
    expect(detail.mayServe).toBe(true);
    expect(detail.tasks.find((t: { recipient: string }) => t.recipient === '李四').attempts.map((a: { outcome: string }) => a.outcome)).toEqual(['sent', 'signed']);
    const timeline = (await clerk.get(`/api/v1/cases/${id}/timeline`)).body.map((e: { event: string }) => e.event);
    expect(timeline).toEqual(expect.arrayContaining(['addressConfirmed', 'serviceTasksCreated', 'serviceCompleted']));
  });

  test('unlawful methods are refused with nothing saved: no consent, public notice without grounds or in simple procedure, 留置 of a 调解书', async () => {
    clock.set('2026-03-02');
    const { id } = await fileLoanCase(world.server.baseUrl);
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
    const li = (await clerk.get(`/api/v1/cases/${id}`)).body.parties.find((p: { name: string }) => p.name === '李四').id;
    const early = await clerk.post(`/api/v1/cases/${id}/service-tasks`, { document: 'complaintCopy', partyIds: [li] });
    expect([early.status, early.body.code]).toEqual([422, 'SERVICE_BEFORE_ACCEPTANCE']);
    // The filer signs its confirmation with the filing, before registration.
    const zhangsan = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
    const zhang = (await zhangsan.get(`/api/v1/cases/${id}`)).body.parties.find((p: { name: string }) => p.name === '张三').id;
    const atFiling = await zhangsan.put(`/api/v1/cases/${id}/parties/${zhang}/address-confirmation`, { platformAccount: true, electronicConsent: true, consentScope: 'all', signed: true, email: 'zhangsan@example.test' });
    expect(atFiling.body.confirmation).toMatchObject({ basis: 'confirmed', source: 'portal', channels: ['platform', 'email'] });
    await acceptCase(world.server.baseUrl, id, 'simple');
    const refused = async (body: Record<string, unknown>) => {
      const r = await clerk.post(`/api/v1/cases/${id}/service-tasks`, body);
      return [r.status, r.body.code];
    };
    expect(await refused({ document: 'complaintCopy', partyIds: [li], method: 'electronic' })).toEqual([422, 'SERVICE_NO_CONSENT']);
    expect(await refused({ document: 'complaintCopy', partyIds: [li], method: 'publicNotice', publicNoticeReason: '下落不明' })).toEqual([422, 'SERVICE_PUBLIC_NOTICE_SIMPLE']);
    expect(await refused({ document: 'judgment', partyIds: [li] })).toEqual([422, 'SERVICE_DOCUMENT_NOT_AVAILABLE']);
    // Recording a service after the fact follows the same rules (CPL-2023 art 90).
    const recorded = await clerk.fire(id, 'recordService', { document: 'complaintCopy', partyIds: [li], servedOn: '2026-03-02', method: 'electronic' });
    expect([recorded.status, recorded.body.code]).toEqual([422, 'SERVICE_NO_CONSENT']);
    expect(await counts(id)).toEqual({ tasks: 0, attempts: 0 });

    // With no confirmation and no grounds the policy sends someone in person; public notice needs the grounds.
    const direct = await clerk.post(`/api/v1/cases/${id}/service-tasks`, { document: 'complaintCopy', partyIds: [li] });
    expect(direct.body[0]).toMatchObject({ method: 'direct', address: '长春市朝阳区' });
    const noGrounds = await clerk.post(`/api/v1/service-tasks/${direct.body[0].id}/attempts`, { method: 'publicNotice', outcome: 'posted', on: '2026-03-02' });
    expect([noGrounds.status, noGrounds.body.code]).toEqual([422, 'SERVICE_PUBLIC_NOTICE_SIMPLE']);
    const wrongOutcome = await clerk.post(`/api/v1/service-tasks/${direct.body[0].id}/attempts`, { outcome: 'posted', on: '2026-03-02' });
    expect([wrongOutcome.status, wrongOutcome.body.code]).toEqual([422, 'SERVICE_OUTCOME_INVALID']);
    const future = await clerk.post(`/api/v1/service-tasks/${direct.body[0].id}/attempts`, { outcome: 'signed', on: '2026-03-03' });
    expect([future.status, future.body.code]).toEqual([422, 'SERVICE_DATE_IN_FUTURE']);
    expect(await counts(id)).toEqual({ tasks: 1, attempts: 0 });

    // A failed visit keeps the task open; the signature the next day serves it and starts the defence period.
    clock.set('2026-03-04');
    expect((await clerk.post(`/api/v1/service-tasks/${direct.body[0].id}/attempts`, { outcome: 'failed', on: '2026-03-03', note: '无人在家' })).body.status).toBe('inProgress');
    const signed = await clerk.post(`/api/v1/service-tasks/${direct.body[0].id}/attempts`, { outcome: 'signed', on: '2026-03-04' });
    expect(signed.body).toMatchObject({ status: 'served', deemedOn: '2026-03-04', deemedSource: 'CPL-2023 art 87', periodDueOn: '2026-03-19' });

    // 调解书: served in person; never left at the residence (CPL-Interp art 133).
    const mediated = await decidedCase(world.server.baseUrl, clock, { method: 'mediation' });
    const mclerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
    const leftAtHome = await mclerk.post(`/api/v1/cases/${mediated.id}/service-tasks`, { document: 'mediationAgreement', partyIds: [mediated.byName['李四']], method: 'leftAtResidence' });
    expect([leftAtHome.status, leftAtHome.body.code]).toEqual([422, 'SERVICE_MEDIATION_IN_PERSON']);
    const task = await mclerk.post(`/api/v1/cases/${mediated.id}/service-tasks`, { document: 'mediationAgreement', partyIds: [mediated.byName['李四']], method: 'direct' });
    expect(task.status).toBe(201);
    const left = await mclerk.post(`/api/v1/service-tasks/${task.body[0].id}/attempts`, { method: 'leftAtResidence', outcome: 'left', on: '2026-03-31' });
    expect([left.status, left.body.code]).toEqual([422, 'SERVICE_MEDIATION_IN_PERSON']);
    const recordedLeft = await mclerk.fire(mediated.id, 'recordService', { document: 'mediationAgreement', partyIds: [mediated.byName['李四']], servedOn: '2026-03-31', method: 'leftAtResidence' });
    expect([recordedLeft.status, recordedLeft.body.code]).toEqual([422, 'SERVICE_MEDIATION_IN_PERSON']);
    expect(await counts(mediated.id)).toEqual({ tasks: 1, attempts: 0 });
  });

  test('addresses: each party signs its own, consent needs an electronic address, litigants see only their own, confirmation carries over to appeal', async () => {
    const { id, byName } = await decidedCase(world.server.baseUrl, clock);
    const lisi = await ApiClient.loggedIn(world.server.baseUrl, 'lisi');
    const url = (party: number) => `/api/v1/cases/${id}/parties/${party}/address-confirmation`;
    const noAddress = await lisi.put(url(byName['李四']), { platformAccount: false, electronicConsent: true, consentScope: 'all', signed: true, postalAddress: '长春市' });
    expect([noAddress.status, noAddress.body.code]).toEqual([422, 'ADDRESS_CONSENT_WITHOUT_ADDRESS']);
    const unsigned = await lisi.put(url(byName['李四']), { platformAccount: true, electronicConsent: true, consentScope: 'all', signed: false });
    expect(unsigned.body.code).toBe('ADDRESS_NOT_SIGNED');
    const badMail = await lisi.put(url(byName['李四']), { platformAccount: true, electronicConsent: true, consentScope: 'all', signed: true, email: 'not-an-address' });
    expect(badMail.body.code).toBe('ADDRESS_EMAIL_INVALID');
    // It says what is wrong, and names the field of this request's body.
    expect([badMail.body.messages['zh-CN'], badMail.body.details]).toEqual(['电子邮箱“not-an-address”格式不正确：电子邮箱缺少“@”，应形如 name@example.com。', { field: '/email' }]);
    expect((await lisi.put(url(byName['张三']), { ...paperConfirmation })).status).toBe(403);

    const ok = await lisi.put(url(byName['李四']), { platformAccount: true, electronicConsent: true, consentScope: 'procedural', signed: true, mobile: '13900000002', postalAddress: '长春市朝阳区红旗街1号' });
    expect(ok.status).toBe(200);
    expect(ok.body.confirmation).toMatchObject({ basis: 'confirmed', source: 'portal', channels: ['platform', 'sms'], consentScope: 'procedural' });
    const seen = (await lisi.get(`/api/v1/cases/${id}/service`)).body;
    expect(seen.parties.map((p: { name: string }) => p.name)).toEqual(['李四']);
    expect(seen.mayServe).toBe(false);

    // Consent for procedural documents only: the judgment goes by post, not electronically (CPL-2023 art 90).
    const clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-clerk');
    const forced = await clerk.post(`/api/v1/cases/${id}/service-tasks`, { document: 'judgment', partyIds: [byName['李四']], method: 'electronic' });
    expect(forced.body.code).toBe('SERVICE_CONSENT_SCOPE');
    expect((await clerk.post(`/api/v1/cases/${id}/service-tasks`, { document: 'judgment', partyIds: [byName['李四']] })).body[0].method).toBe('mail');

    // Appeal: 李四's confirmation is in force in the 民终 case until changed (CPL-Interp art 137).
    clock.set('2026-04-01');
    const appealed = await lisi.fire(id, 'appeal', { partyIds: [byName['李四']], reasons: '一审认定事实不清。' });
    expect(appealed.status).toBe(200);
    const appealId = appealed.body.continuations[0].id;
    const onAppeal = (await lisi.get(`/api/v1/cases/${appealId}/service`)).body.parties[0];
    expect(onAppeal.confirmation).toMatchObject({ basis: 'carriedOver', mobile: '13900000002', fromCaseNumber: appealed.body.caseNumber });

    // The address book: in a new case against 李四 the confirmed address is one used in another suit within a year,
    // after anything 李四 itself filed and before what the other side wrote (SERVICE-2017 arts 8–9).
    clock.set('2026-05-01');
    const next = await fileLoanCase(world.server.baseUrl);
    await acceptCase(world.server.baseUrl, next.id, 'simple');
    const filing = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
    const li2 = (await filing.get(`/api/v1/cases/${next.id}`)).body.parties.find((p: { name: string }) => p.name === '李四').id;
    const book = (await filing.get(`/api/v1/cases/${next.id}/parties/${li2}/addresses`)).body;
    expect(book.map((a: { source: string; value: string }) => [a.source, a.value])).toEqual([
      ['otherCase', '长春市朝阳区红旗街1号'],
      ['otherCase', '13900000002'],
      ['givenByOtherParty', '长春市朝阳区'],
    ]);
    expect((await lisi.get(`/api/v1/cases/${next.id}/parties/${li2}/addresses`)).status).toBe(403);
  });

  test('the filer signs the confirmation with the filing; an unsigned one refuses the whole filing; a correction keeps it', async () => {
    clock.set('2026-03-02');
    const zhangsan = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
    const signed = { email: 'zhangsan@example.test', mobile: '13900000001', postalAddress: '长春市南关区人民大街1号', platformAccount: true, electronicConsent: true, consentScope: 'all', signed: true };
    const casesBefore = Number((await world.server.database.pool.query('select count(*) from cases')).rows[0].count);
    const unsigned = await zhangsan.post('/api/v1/filings', await loanComplaint(zhangsan, { addressConfirmation: { ...signed, signed: false } }));
    expect([unsigned.status, unsigned.body.code]).toEqual([422, 'ADDRESS_NOT_SIGNED']);
    expect(Number((await world.server.database.pool.query('select count(*) from cases')).rows[0].count)).toBe(casesBefore);

    const { id } = await fileLoanCase(world.server.baseUrl, { addressConfirmation: signed });
    const mine = (await zhangsan.get(`/api/v1/cases/${id}/service`)).body.parties;
    expect(mine.map((p: { name: string }) => p.name)).toEqual(['张三']);
    expect(mine[0].confirmation).toMatchObject({ basis: 'confirmed', source: 'portal', email: 'zhangsan@example.test', channels: ['platform', 'email', 'sms'] });

    // 一次性告知补正: the corrected filing replaces the parties, and the signature follows 张三 to the new row.
    const filing = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
    const asked = await filing.fire(id, 'requestCorrection', { items: ['写明借款利率'] });
    const { caseType: _t, courtId: _c, ...content } = await loanComplaint(zhangsan);
    // A refusal of the correction names the field under `filing`, where the request carries the content.
    const badId = content.parties[1].idNumber.slice(0, 17) + (content.parties[1].idNumber.endsWith('1') ? '2' : '1');
    const refused = await zhangsan.put(`/api/v1/filings/${id}`, { expectedVersion: asked.body.version, filing: { ...content, parties: [content.parties[0], { ...content.parties[1], idNumber: badId }] } });
    expect([refused.status, refused.body.code, refused.body.details?.field]).toEqual([422, 'ID_NUMBER_BAD_CHECKSUM', '/filing/parties/1/idNumber']);
    const mistyped = await zhangsan.put(`/api/v1/filings/${id}`, { expectedVersion: asked.body.version, filing: { ...content, addressConfirmation: { ...signed, email: 'zhangsan@' } } });
    expect([mistyped.status, mistyped.body.code, mistyped.body.details?.field]).toEqual([422, 'ADDRESS_EMAIL_INVALID', '/filing/addressConfirmation/email']);
    const corrected = await zhangsan.put(`/api/v1/filings/${id}`, { expectedVersion: asked.body.version, filing: { ...content, facts: '补正后的事实与理由。' } });
    expect(corrected.status).toBe(200);
    const after = (await zhangsan.get(`/api/v1/cases/${id}/service`)).body.parties[0];
    expect(after.confirmation).toMatchObject({ basis: 'confirmed', email: 'zhangsan@example.test' });
    const events = (await zhangsan.get(`/api/v1/cases/${id}/timeline`)).body.map((e: { event: string }) => e.event);
    expect(events.filter((e: string) => e === 'addressConfirmed')).toHaveLength(1);
  });
});
