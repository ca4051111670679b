// Issue 16: 诉前调解 from a filing — routed by the clerk, entrusted, accepted on the clock, an agreement signed by every
// party (its SHA-256 on the log) or a failure that sends the same filing back to registration. Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { demoIdNumber } from '../../src/server/db/seed/demoProvince';
import { courtId, loanComplaint, TINY_PDF } from '../support/fixtures';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
// Online sessions get their link from the court's configured meeting address.
const world = serverForSpec({ clock, config: () => ({ mediationMeetingUrl: 'https://meet.court.example/room/{caseNumber}/{session}' }) });
let clerk: ApiClient;
let mediator: ApiClient;
let zhang: ApiClient;
let lisi: ApiClient;
let organisation: { id: number; mediators: { userId: number; displayName: string }[] };
let finance: { id: number; mediators: { userId: number }[] };
beforeAll(async () => {
  const base = world.server.baseUrl;
  [clerk, mediator, zhang, lisi] = await Promise.all([
    ApiClient.loggedIn(base, 'ng-filing'),
    ApiClient.loggedIn(base, 'ng-mediator'),
    ApiClient.loggedIn(base, 'zhangsan'),
    ApiClient.loggedIn(base, 'lisi'),
  ]);
  const orgs = (await clerk.get(`/api/v1/mediation/organisations?courtId=${await courtId(clerk, '吉0102')}`)).body;
  organisation = orgs.find((o: { name: string }) => o.name === '南关区人民调解委员会');
  finance = orgs.find((o: { name: string }) => o.name === '长春市金融纠纷调解中心');
});

type Period = { kind: string; status: string; dueOn: string; triggerOn?: string };
const periods = async (api: ApiClient, id: number): Promise<Period[]> => (await api.get(`/api/v1/cases/${id}/clock`)).body.periods;
const running = async (api: ApiClient, id: number, kind: string) => (await periods(api, id)).find((p) => p.kind === kind && p.status === 'running');

/** A complaint filed with consent to mediation and routed to the centre: the filing and the new 民诉前调 matter. */
async function routedMatter(consent = true) {
  clock.set('2026-03-02');
  const filing = await fileLoanCase(world.server.baseUrl, { mediationConsent: consent });
  const routed = await clerk.fire(filing.id, 'routeToMediation', { note: '适宜调解' });
  expect(routed.status).toBe(200);
  expect(routed.body.node).toBe('inMediation');
  const timeline = (await clerk.get(`/api/v1/cases/${filing.id}/timeline`)).body;
  const matterId = timeline.at(-1).payload.mediationCaseId as number;
  return { filingId: filing.id, matterId };
}

describe('a filing routed to pre-litigation mediation', () => {
  test('the matter gets a 民诉前调 number, the same parties and files, and the court 3 working days to entrust it', async () => {
    const { filingId, matterId } = await routedMatter();
    const [filing, matter] = await Promise.all([clerk.get(`/api/v1/cases/${filingId}`), clerk.get(`/api/v1/cases/${matterId}`)]);
    expect(matter.body).toMatchObject({ caseType: '民诉前调', node: 'received' });
    expect(matter.body.caseNumber).toMatch(/^（2026）吉0102民诉前调\d+号$/);
    const names = (d: { parties: { name: string; standing: string }[] }) => d.parties.map((p) => `${p.standing}:${p.name}`);
    expect(names(matter.body)).toEqual(names(filing.body));
    expect(matter.body.claims).toEqual(filing.body.claims);
    const shas = (d: { attachments: { sha256: string }[] }) => d.attachments.map((a) => a.sha256).sort();
    expect(shas(matter.body)).toEqual(shas(filing.body));
    // ONLINE-MED art 10: 3 working days from 2026-03-02 (a Monday) = Thursday 2026-03-05.
    expect(await running(clerk, matterId, 'mediatorDesignation')).toMatchObject({ dueOn: '2026-03-05' });
    // The filing waits: its review period no longer runs.
    expect(await running(clerk, filingId, 'filingReview')).toBeUndefined();
    // The parties see the matter in their own list.
    const mine = (await lisi.get('/api/v1/cases?view=mine&pageSize=100')).body.items.map((c: { id: number }) => c.id);
    expect(mine).toContain(matterId);
  });

  test('a party who refused mediation at filing cannot be routed to it (CPL-2023 art 125); nothing changes', async () => {
    const filing = await fileLoanCase(world.server.baseUrl, { mediationConsent: false });
    const before = (await clerk.get(`/api/v1/cases/${filing.id}`)).body;
    const r = await clerk.fire(filing.id, 'routeToMediation', {});
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('MEDIATION_REFUSED_BY_PARTY');
    expect(r.body.message).toContain('《民事诉讼法》第一百二十五条');
    expect((await clerk.get(`/api/v1/cases/${filing.id}`)).body).toMatchObject({ node: 'submitted', version: before.version });
  });
});

describe('agreement: entrusted, accepted, drafted, signed by every party, settled', () => {
  test('the whole path, with the rules each step enforces', async () => {
    const { filingId, matterId } = await routedMatter();
    const ng = organisation.mediators.find((m) => m.displayName === '南关法院特邀调解员')!;
    // A mediator of another organisation is refused, and so is one that does not serve the court.
    const wrong = await clerk.fire(matterId, 'designateMediator', { organisationId: organisation.id, mediatorId: finance.mediators[0]!.userId, acknowledgeWarnings: true });
    expect(wrong.body.code).toBe('MEDIATOR_UNAVAILABLE');
    expect((await clerk.fire(matterId, 'designateMediator', { organisationId: organisation.id, mediatorId: ng.userId, acknowledgeWarnings: true })).status).toBe(200);
    expect(await running(clerk, matterId, 'entrustmentConfirmation')).toMatchObject({ dueOn: '2026-03-05' });

    // Mediators of other organisations do not see it at all.
    for (const other of ['kc-mediator', 'fin-mediator']) {
      const api = await ApiClient.loggedIn(world.server.baseUrl, other);
      expect((await api.get(`/api/v1/cases/${matterId}`)).status).toBe(404);
      expect((await api.fire(matterId, 'acceptEntrustment', {})).status).toBe(404);
    }
    expect((await mediator.get('/api/v1/cases?view=mine&pageSize=100')).body.items.map((c: { id: number }) => c.id)).toContain(matterId);

    clock.set('2026-03-03');
    expect((await mediator.fire(matterId, 'acceptEntrustment', {})).status).toBe(200);
    // ONLINE-MED art 24: 30 days from the confirmation.
    expect(await running(mediator, matterId, 'preFilingMediation')).toMatchObject({ dueOn: '2026-04-02' });

    const parties = (await mediator.get(`/api/v1/cases/${matterId}`)).body.parties as { id: number; name: string }[];
    const one = await mediator.fire(matterId, 'extendMediation', { days: 15, consentingPartyIds: [parties[0]!.id] });
    expect(one.status).toBe(422);
    expect(one.body.code).toBe('MEDIATION_EXTENSION_NEEDS_EVERY_PARTY');
    expect((await mediator.fire(matterId, 'extendMediation', { days: 15, consentingPartyIds: parties.map((p) => p.id) })).status).toBe(200);
    expect(await running(mediator, matterId, 'preFilingMediation')).toMatchObject({ dueOn: '2026-04-17' });

    const drafted = await mediator.fire(matterId, 'draftAgreement', { terms: ['李四于2026年4月30日前向张三偿还借款本金120000元', '张三放弃其余诉讼请求'], performance: '银行转账' });
    expect(drafted.status).toBe(200);
    expect(drafted.body.node).toBe('agreementDrafted');
    const record = (await zhang.get(`/api/v1/cases/${matterId}/mediation`)).body;
    expect(record.entrustment).toMatchObject({ organisationName: '南关区人民调解委员会', mediatorName: '南关法院特邀调解员' });
    const sha = record.agreement.sha256 as string;
    // The document a party downloads is the one whose hash it signs.
    const file = await zhang.request('GET', `/api/v1/attachments/${record.agreement.attachmentId}/content`);
    expect(file.status).toBe(200);

    const early = await mediator.fire(matterId, 'concludeAgreement', {});
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('AGREEMENT_NOT_SIGNED_BY_ALL');
    const stale = await zhang.fire(matterId, 'signAgreement', { sha256: '0'.repeat(64) });
    expect(stale.body.code).toBe('AGREEMENT_CHANGED');
    expect((await zhang.fire(matterId, 'signAgreement', { sha256: sha })).status).toBe(200);
    expect((await mediator.fire(matterId, 'concludeAgreement', {})).body.code).toBe('AGREEMENT_NOT_SIGNED_BY_ALL');
    expect((await lisi.fire(matterId, 'signAgreement', { sha256: sha })).status).toBe(200);
    const signed = (await lisi.get(`/api/v1/cases/${matterId}/mediation`)).body.signatures;
    expect(signed.map((s: { partyName: string; signedAt: string | null }) => [s.partyName, s.signedAt !== null])).toEqual([['张三', true], ['李四', true]]);
    // The signature's hash is in the event the transparency log records.
    const timeline = (await zhang.get(`/api/v1/cases/${matterId}/timeline`)).body as { event: string; payload: { input?: { sha256?: string } } }[];
    expect(timeline.filter((e) => e.event === 'signAgreement').map((e) => e.payload.input?.sha256)).toEqual([sha, sha]);

    const done = await mediator.fire(matterId, 'concludeAgreement', {});
    expect(done.status).toBe(200);
    expect(done.body.node).toBe('agreed');
    expect((await clerk.get(`/api/v1/cases/${matterId}/mediation`)).body.entrustment).toMatchObject({ endGround: 'agreement', endedOn: '2026-03-03' });
    expect(await running(clerk, matterId, 'preFilingMediation')).toBeUndefined();
    // The complaint is not pursued: the filing closes with the settlement on its timeline.
    expect((await clerk.get(`/api/v1/cases/${filingId}`)).body.node).toBe('withdrawn');
    const filingTimeline = (await clerk.get(`/api/v1/cases/${filingId}/timeline`)).body.map((e: { event: string }) => e.event);
    expect(filingTimeline).toEqual(['submit', 'routeToMediation', 'mediationSettled']);
  });
});

describe('failure: the same filing goes back to registration', () => {
  test('entrusted to the organisation, ended on a ground of art 25; the filing is reviewed within 7 days and registered with its parties', async () => {
    const { filingId, matterId } = await routedMatter();
    // ONLINE-MED art 12: a mediator who declines hands the matter back; the court has 3 working days again.
    const named = organisation.mediators[0]!.userId;
    expect((await clerk.fire(matterId, 'designateMediator', { organisationId: organisation.id, mediatorId: named, acknowledgeWarnings: true })).status).toBe(200);
    const declined = await mediator.fire(matterId, 'declineEntrustment', { reason: '与当事人有利害关系' });
    expect(declined.status).toBe(200);
    expect(declined.body.node).toBe('received');
    expect((await mediator.get(`/api/v1/cases/${matterId}/mediation`)).body.entrustment.declinedAt).not.toBeNull();
    expect((await mediator.fire(matterId, 'acceptEntrustment', {})).status).toBe(409);
    expect(await running(clerk, matterId, 'mediatorDesignation')).toMatchObject({ dueOn: '2026-03-05' });
    expect((await clerk.fire(matterId, 'designateMediator', { organisationId: organisation.id, acknowledgeWarnings: true })).status).toBe(200);
    // The organisation has no named mediator yet: its mediator may take the matter.
    expect((await mediator.fire(matterId, 'acceptEntrustment', {})).status).toBe(200);
    expect((await mediator.get(`/api/v1/cases/${matterId}/mediation`)).body.entrustment.mediatorName).toBe('南关法院特邀调解员');
    clock.set('2026-03-10');
    const ended = await mediator.fire(matterId, 'endMediation', { ground: 'wideDivergence', note: '双方对利息分歧较大' });
    expect(ended.status).toBe(200);
    expect(ended.body.node).toBe('failed');
    const filing = (await clerk.get(`/api/v1/cases/${filingId}`)).body;
    expect(filing.node).toBe('submitted');
    expect(await running(clerk, filingId, 'filingReview')).toMatchObject({ dueOn: '2026-03-17' });
    const accepted = await acceptCase(world.server.baseUrl, filingId);
    expect(accepted.caseNumber).toMatch(/^（2026）吉0102民初\d+号$/);
    expect(accepted.parties.map((p: { name: string }) => p.name)).toEqual(['张三', '李四']);
    // The mediation days are not in the 审限: it starts at registration.
    expect(await running(clerk, filingId, 'trialLimit')).toMatchObject({ status: 'running' });
    expect((await mediator.fire(matterId, 'draftAgreement', { terms: ['x'] })).status).toBe(409);
  });

  test('the applicant withdraws; the waiting filing is withdrawn with it', async () => {
    const { filingId, matterId } = await routedMatter();
    expect((await lisi.fire(matterId, 'withdrawMediation', {})).status).toBe(403);
    const r = await zhang.fire(matterId, 'withdrawMediation', { reason: '已自行和解', settled: true });
    expect(r.status).toBe(200);
    expect(r.body.node).toBe('withdrawn');
    expect((await clerk.get(`/api/v1/cases/${filingId}`)).body.node).toBe('withdrawn');
    expect(await running(clerk, matterId, 'mediatorDesignation')).toBeUndefined();
  });
});

/** A matter settled on 2026-03-03: entrusted, accepted, drafted, signed by 张三 and 李四, concluded. */
async function settledMatter() {
  const { matterId } = await routedMatter();
  expect((await clerk.fire(matterId, 'designateMediator', { organisationId: organisation.id, mediatorId: organisation.mediators[0]!.userId, acknowledgeWarnings: true })).status).toBe(200);
  clock.set('2026-03-03');
  expect((await mediator.fire(matterId, 'acceptEntrustment', {})).status).toBe(200);
  expect((await mediator.fire(matterId, 'draftAgreement', { terms: ['李四于2026年4月30日前向张三偿还借款本金120000元'] })).status).toBe(200);
  const sha = (await zhang.get(`/api/v1/cases/${matterId}/mediation`)).body.agreement.sha256 as string;
  for (const party of [zhang, lisi]) expect((await party.fire(matterId, 'signAgreement', { sha256: sha })).status).toBe(200);
  expect((await mediator.fire(matterId, 'concludeAgreement', {})).status).toBe(200);
  return matterId;
}

describe('司法确认 (民特): from the agreement to an enforceable ruling', () => {
  test('both parties apply; the clerk registers it before one judge; the judge confirms; the ruling is served; no fee', async () => {
    const matterId = await settledMatter();
    // CPL-2023 art 205: 30 days from the agreement's effect, on the parties' clock.
    expect(await running(zhang, matterId, 'confirmationApplication')).toMatchObject({ dueOn: '2026-04-02' });
    clock.set('2026-03-10');
    const first = await zhang.fire(matterId, 'applyForConfirmation', {});
    expect(first.status).toBe(200);
    expect((await zhang.get(`/api/v1/cases/${matterId}`)).body.continuations).toEqual([]);
    expect((await lisi.fire(matterId, 'applyForConfirmation', {})).status).toBe(200);
    const continuation = (await zhang.get(`/api/v1/cases/${matterId}`)).body.continuations as { id: number; caseType: string }[];
    expect(continuation.map((c) => c.caseType)).toEqual(['民特']);
    const id = continuation[0]!.id;
    const filed = (await clerk.get(`/api/v1/cases/${id}`)).body;
    expect(filed).toMatchObject({ caseType: '民特', node: 'submitted', courtName: '长春市南关区人民法院' });
    expect(filed.parties.map((p: { name: string; standing: string }) => `${p.standing}:${p.name}`)).toEqual(['applicant:张三', 'applicant:李四']);
    expect(filed.attachments.map((a: { category: string }) => a.category)).toContain('mediationAgreement');
    expect(await running(clerk, matterId, 'confirmationApplication')).toBeUndefined();
    expect((await lisi.fire(matterId, 'applyForConfirmation', {})).body.code).toBe('CONFIRMATION_ALREADY_APPLIED');

    const division = (await clerk.get(`/api/v1/courts/${filed.courtId}/divisions`)).body.find((d: { name: string }) => d.name === '民事审判第一庭');
    const eligible = (await clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${division.id}`)).body as { id: number; displayName: string }[];
    const judge1 = eligible.find((j) => j.displayName === '南关法院法官甲')!.id;
    const registered = await clerk.fire(id, 'acceptConfirmation', { divisionId: division.id, judgeId: judge1 });
    expect(registered.status).toBe(200);
    expect(registered.body.caseNumber).toMatch(/^（2026）吉0102民特\d+号$/);
    // CPL-2023 art 187: 30 days; FEE art 8: no fee.
    expect(await running(clerk, id, 'trialLimit')).toMatchObject({ dueOn: '2026-04-09' });
    expect(await running(clerk, id, 'feePayment')).toBeUndefined();

    const judge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1');
    const noGrounds = await judge.fire(id, 'ruleOnConfirmation', { decision: 'dismiss' });
    expect(noGrounds.body.code).toBe('CONFIRMATION_DISMISSAL_GROUNDS_REQUIRED');
    const ruled = await judge.fire(id, 'ruleOnConfirmation', { decision: 'confirm' });
    expect(ruled.status).toBe(200);
    expect(ruled.body).toMatchObject({ node: 'closed', closingMethod: 'ruling' });
    const ruling = ruled.body.attachments.find((a: { category: string }) => a.category === 'confirmationRuling');
    expect(ruling.fileName).toContain('确认调解协议效力裁定书');
    const served = await judge.fire(id, 'serveOnPlatform', { document: 'ruling', partyIds: ruled.body.parties.map((p: { id: number }) => p.id) });
    expect(served.status).toBe(200);
    const inbox = (await lisi.get('/api/v1/inbox')).body.items as { caseNumber: string }[];
    expect(inbox.map((i) => i.caseNumber)).toContain(registered.body.caseNumber);
  });

  test('on day 31 the application is refused with art 205, and nothing is saved', async () => {
    const matterId = await settledMatter();
    clock.set('2026-04-03');
    const before = (await zhang.get(`/api/v1/cases/${matterId}/timeline`)).body.length;
    const late = await zhang.fire(matterId, 'applyForConfirmation', {});
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('CONFIRMATION_OUT_OF_TIME');
    expect(late.body.message).toContain('《民事诉讼法》第二百零五条');
    expect(late.body.message).toContain('2026-04-02');
    expect((await zhang.get(`/api/v1/cases/${matterId}/timeline`)).body.length).toBe(before);
  });

  test('an agreement signed by one party only cannot be sent for confirmation', async () => {
    const { matterId } = await routedMatter();
    expect((await clerk.fire(matterId, 'designateMediator', { organisationId: organisation.id, mediatorId: organisation.mediators[0]!.userId, acknowledgeWarnings: true })).status).toBe(200);
    expect((await mediator.fire(matterId, 'acceptEntrustment', {})).status).toBe(200);
    expect((await mediator.fire(matterId, 'draftAgreement', { terms: ['李四偿还借款'] })).status).toBe(200);
    const sha = (await zhang.get(`/api/v1/cases/${matterId}/mediation`)).body.agreement.sha256 as string;
    expect((await zhang.fire(matterId, 'signAgreement', { sha256: sha })).status).toBe(200);
    const r = await zhang.fire(matterId, 'applyForConfirmation', {});
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('CASE_EVENT_NOT_ALLOWED');
  });

  test('the clerk refuses an application on a status relation, citing CPL-Interp art 355', async () => {
    const matterId = await settledMatter();
    expect((await zhang.fire(matterId, 'applyForConfirmation', {})).status).toBe(200);
    // 李四 applies orally at the court: the filing clerk records it for him (CPL-Interp art 353).
    expect((await clerk.fire(matterId, 'applyForConfirmation', {})).body.code).toBe('CONFIRMATION_APPLICANTS_INVALID');
    const liSi = (await clerk.get(`/api/v1/cases/${matterId}`)).body.parties.find((p: { name: string }) => p.name === '李四').id as number;
    expect((await clerk.fire(matterId, 'applyForConfirmation', { partyIds: [liSi] })).status).toBe(200);
    const id = (await zhang.get(`/api/v1/cases/${matterId}`)).body.continuations[0].id as number;
    const r = await clerk.fire(id, 'rejectConfirmation', { subjects: ['statusRelation'] });
    expect(r.status).toBe(200);
    expect(r.body.node).toBe('rejected');
    expect(r.body.rejection.reason).toContain('第三百五十五条');
  });
});


describe('a party without an account signs on paper before the mediator', () => {
  test('the mediator files the signed scan against the current text; the record says how each party signed', async () => {
    clock.set('2026-03-02');
    const third = { standing: 'thirdParty', kind: 'person', name: '赵某某', idType: 'residentId', idNumber: demoIdNumber('22010219700101123'), address: '长春市南关区' };
    const base = await loanComplaint(zhang, { mediationConsent: true });
    const filed = await zhang.post('/api/v1/filings', { ...base, parties: [...base.parties, third] });
    expect(filed.status).toBe(201);
    expect((await clerk.fire(filed.body.id, 'routeToMediation', {})).status).toBe(200);
    const matterId = (await clerk.get(`/api/v1/cases/${filed.body.id}/timeline`)).body.at(-1).payload.mediationCaseId as number;
    expect((await clerk.fire(matterId, 'designateMediator', { organisationId: organisation.id, mediatorId: organisation.mediators[0]!.userId, acknowledgeWarnings: true })).status).toBe(200);
    expect((await mediator.fire(matterId, 'acceptEntrustment', {})).status).toBe(200);
    expect((await mediator.fire(matterId, 'draftAgreement', { terms: ['李四偿还借款120000元'] })).status).toBe(200);
    const record = (await mediator.get(`/api/v1/cases/${matterId}/mediation`)).body;
    const sha = record.agreement.sha256 as string;
    for (const party of [zhang, lisi]) expect((await party.fire(matterId, 'signAgreement', { sha256: sha })).status).toBe(200);
    expect((await mediator.fire(matterId, 'concludeAgreement', {})).body.code).toBe('AGREEMENT_NOT_SIGNED_BY_ALL');
    const zhao = record.signatures.find((s: { partyName: string }) => s.partyName === '赵某某').partyId as number;
    const scan = await mediator.upload('赵某某签署件.pdf', TINY_PDF, 'application/pdf', 'other');
    expect(scan.status).toBe(201);
    const stale = await mediator.fire(matterId, 'recordSignature', { partyId: zhao, sha256: 'f'.repeat(64), signedCopyId: scan.body.id });
    expect(stale.body.code).toBe('AGREEMENT_CHANGED');
    const paper = await mediator.fire(matterId, 'recordSignature', { partyId: zhao, sha256: sha, signedCopyId: scan.body.id });
    expect(paper.status).toBe(200);
    // The scan is one of the matter's files, under its category, with its leaf in the transparency log.
    expect(paper.body.attachments.find((a: { id: number }) => a.id === scan.body.id)).toMatchObject({ category: 'signedAgreement' });
    const leaf = await world.server.database.pool.query(`select 1 from tlog_entries where kind = 'caseFile' and ref_id = $1`, [scan.body.id]);
    expect(leaf.rowCount).toBe(1);
    // Someone else's upload is not a scan the mediator can file.
    const othersUpload = await zhang.upload('张三上传.pdf', TINY_PDF, 'application/pdf', 'other');
    const foreign = await mediator.fire(matterId, 'recordSignature', { partyId: zhao, sha256: sha, signedCopyId: othersUpload.body.id });
    expect([foreign.status, foreign.body.code]).toEqual([422, 'ATTACHMENT_INVALID']);
    const signed = (await zhang.get(`/api/v1/cases/${matterId}/mediation`)).body.signatures as { partyName: string; method: string; signedBy: string }[];
    expect(signed.map((s) => [s.partyName, s.method, s.signedBy])).toEqual([
      ['张三', 'portal', '张三'],
      ['李四', 'portal', '李四'],
      ['赵某某', 'inPerson', '南关法院特邀调解员'],
    ]);
    expect((await mediator.fire(matterId, 'concludeAgreement', {})).status).toBe(200);
  });
});

describe('an application for mediation without a complaint', () => {
  test('numbered on receipt; when it fails, a 民初 filing is made from it — same parties, claims and files — and registered', async () => {
    clock.set('2026-03-02');
    const { caseType: _t, mediationConsent: _m, ...application } = await loanComplaint(zhang, {});
    const applied = await zhang.post('/api/v1/mediation/applications', application);
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ caseType: '民诉前调', node: 'received' });
    expect(applied.body.caseNumber).toMatch(/^（2026）吉0102民诉前调\d+号$/);
    const matterId = applied.body.id as number;
    expect(await running(clerk, matterId, 'mediatorDesignation')).toMatchObject({ dueOn: '2026-03-05' });
    expect((await clerk.get('/api/v1/cases?view=mediationCentre&pageSize=100')).body.items.map((c: { id: number }) => c.id)).toContain(matterId);
    // A bad application changes nothing: the court must exist.
    const bad = await zhang.post('/api/v1/mediation/applications', { ...application, courtId: 999_999 });
    expect(bad.status).toBe(422);
    expect(bad.body.code).toBe('COURT_UNKNOWN');

    expect((await clerk.fire(matterId, 'designateMediator', { organisationId: organisation.id, mediatorId: organisation.mediators[0]!.userId, acknowledgeWarnings: true })).status).toBe(200);
    expect((await mediator.fire(matterId, 'acceptEntrustment', {})).status).toBe(200);
    const ended = await mediator.fire(matterId, 'endMediation', { ground: 'partyRefusesToContinue' });
    expect(ended.status).toBe(200);
    const filingId = ended.body.continuations.find((c: { caseType: string }) => c.caseType === '民初').id as number;
    const [matter, filing] = [(await clerk.get(`/api/v1/cases/${matterId}`)).body, (await clerk.get(`/api/v1/cases/${filingId}`)).body];
    expect(filing.node).toBe('submitted');
    expect(filing.parties.map((p: { name: string; standing: string }) => `${p.standing}:${p.name}`)).toEqual(matter.parties.map((p: { name: string; standing: string }) => `${p.standing}:${p.name}`));
    expect(filing.claims).toEqual(matter.claims);
    expect(filing.attachments.map((a: { sha256: string }) => a.sha256).sort()).toEqual(matter.attachments.map((a: { sha256: string }) => a.sha256).sort());
    expect(await running(clerk, filingId, 'filingReview')).toMatchObject({ dueOn: '2026-03-09' });
    // 张三 sees the filing made for him among his cases, and the clerk registers it.
    expect((await zhang.get(`/api/v1/cases/${filingId}`)).status).toBe(200);
    expect((await acceptCase(world.server.baseUrl, filingId)).caseNumber).toMatch(/民初/);
  });
});

describe('sessions and materials', () => {
  test('the mediator schedules a session online and one at a place, records the one that began; the parties add materials', async () => {
    clock.set('2026-03-02');
    const { matterId } = await routedMatter();
    expect((await clerk.fire(matterId, 'designateMediator', { organisationId: organisation.id, mediatorId: organisation.mediators[0]!.userId, acknowledgeWarnings: true })).status).toBe(200);
    expect((await mediator.fire(matterId, 'acceptEntrustment', {})).status).toBe(200);
    const noPlace = await mediator.fire(matterId, 'scheduleSession', { startsAt: '2026-03-04T09:00:00+08:00' });
    expect(noPlace.body.code).toBe('MEDIATION_SESSION_PLACE_REQUIRED');
    const past = await mediator.fire(matterId, 'scheduleSession', { startsAt: '2026-03-01T09:00:00+08:00', place: '调解室' });
    expect(past.body.code).toBe('MEDIATION_SESSION_IN_PAST');
    expect((await mediator.fire(matterId, 'scheduleSession', { startsAt: '2026-03-04T09:00:00+08:00', online: true })).status).toBe(200);
    expect((await mediator.fire(matterId, 'scheduleSession', { startsAt: '2026-03-06T14:00:00+08:00', endsAt: '2026-03-06T16:00:00+08:00', place: '南关区人民调解委员会第一调解室' })).status).toBe(200);
    const record = (await zhang.get(`/api/v1/cases/${matterId}/mediation`)).body;
    const caseNumber = (await zhang.get(`/api/v1/cases/${matterId}`)).body.caseNumber as string;
    const [online, offline] = record.sessions as { id: number; meetingUrl: string | null; place: string | null; status: string }[];
    expect(online!.meetingUrl).toBe(`https://meet.court.example/room/${encodeURIComponent(caseNumber)}/${online!.id}`);
    expect(offline).toMatchObject({ place: '南关区人民调解委员会第一调解室', meetingUrl: null, status: 'scheduled' });

    expect((await mediator.fire(matterId, 'recordSession', { sessionId: online!.id, record: '双方就还款期限交换意见' })).body.code).toBe('MEDIATION_SESSION_NOT_BEGUN');
    clock.set('2026-03-05');
    expect((await mediator.fire(matterId, 'recordSession', { sessionId: online!.id, record: '双方就还款期限交换意见' })).status).toBe(200);
    expect((await mediator.fire(matterId, 'recordSession', { sessionId: online!.id, record: '再次记录' })).body.code).toBe('MEDIATION_SESSION_NOT_SCHEDULED');
    expect((await zhang.get(`/api/v1/cases/${matterId}/mediation`)).body.sessions[0]).toMatchObject({ status: 'held', record: '双方就还款期限交换意见' });

    const proposal = await lisi.upload('还款方案.pdf', TINY_PDF, 'application/pdf');
    expect((await lisi.fire(matterId, 'submitMediationMaterials', { attachmentIds: [proposal.body.id], note: '分期还款方案' })).status).toBe(200);
    const files = (await mediator.get(`/api/v1/cases/${matterId}`)).body.attachments as { id: number; category: string }[];
    expect(files.find((f) => f.id === proposal.body.id)?.category).toBe('mediationMaterial');
  });
});
