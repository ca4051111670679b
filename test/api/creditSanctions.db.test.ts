// Issue 18 item 5: 限制消费令 signed by the 院长 (CONSUME-2010 arts 5, 9), 失信 listings (DISHONEST arts 1–5, 10–12)
// with their exclusions, 失信预告 and grace period, deletion on the clock, term expiry, corrections, and the public page.
// Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { creditFacts, recordDeletionGround } from '../../src/server/modules/creditSanctions/creditFacts';
import { sweepCreditSanctions } from '../../src/server/modules/creditSanctions/deletion';
import { ApiClient } from '../support/apiClient';
import { assignedExecutionCase } from '../support/executionScenario';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let officer: ApiClient;
let otherOfficer: ApiClient;
let president: ApiClient;
let lisi: ApiClient;
let anonymous: ApiClient;
beforeAll(async () => {
  const login = (u: string) => ApiClient.loggedIn(world.server.baseUrl, u);
  [officer, otherOfficer, president, lisi] = await Promise.all([login('ng-exec1'), login('ng-exec2'), login('ng-president'), login('lisi')]);
  anonymous = new ApiClient(world.server.baseUrl);
});

const sql = async (text: string, params: unknown[] = []) => (await world.server.database.pool.query(text, params)).rows;
type Case = Awaited<ReturnType<typeof assignedExecutionCase>>;
const ADULT_ID = '220104199001010021';
/** A debtor with this ID number, linked to 李四's portal account (the listed person who applies for correction). */
async function executionCaseWithDebtor(idNumber: string, today: string): Promise<Case> {
  const c = await assignedExecutionCase(world.server.baseUrl, clock); // moves the clock to 2026-05-25
  clock.set(today);
  const [u] = await sql(`select id from users where username = 'lisi'`);
  await sql('update case_parties set id_number = $1, user_id = $2 where id = $3', [idNumber, u.id, c.debtorId]);
  return c;
}
const propose = (c: Case, body: Record<string, unknown> = {}) => officer.post(`/api/v1/cases/${c.id}/credit/listings`, { partyId: c.debtorId, ground: 2, initiative: 'exOfficio', facts: '被执行人以暴力方法抗拒执行。', ...body });
const sign = (id: number, approve = true) => president.post(`/api/v1/credit/listings/${id}/decision`, { approve, note: '同意' });
const publicPage = async (q = '') => (await anonymous.get(`/api/v1/public/dishonest-debtors${q}`)).body;
const onPublicPage = async (c: Case) => (await publicPage(`?caseNumber=${encodeURIComponent(c.caseNumber)}`)).items as any[];

describe('限制消费令: the officer proposes, the president signs, the officer lifts', () => {
  let c: Case;
  beforeAll(async () => {
    c = await executionCaseWithDebtor(ADULT_ID, '2026-05-25');
  });

  test('proposal → approval queue → signed with the order generated; another officer may not; lifted on consent', async () => {
    const stranger = await otherOfficer.post(`/api/v1/cases/${c.id}/credit/restrictions`, { partyId: c.debtorId });
    expect(stranger.status).toBe(403);
    const notDebtor = await officer.post(`/api/v1/cases/${c.id}/credit/restrictions`, { partyId: c.applicantId });
    expect([notDebtor.status, notDebtor.body.code]).toEqual([422, 'CREDIT_NOT_A_DEBTOR']);
    const r = await officer.post(`/api/v1/cases/${c.id}/credit/restrictions`, { partyId: c.debtorId, items: ['trains', 'travel'] });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'proposed', inForce: false, items: ['travel', 'trains'], untilOn: null });
    const again = await officer.post(`/api/v1/cases/${c.id}/credit/restrictions`, { partyId: c.debtorId });
    expect([again.status, again.body.code]).toEqual([409, 'CONSUME_ALREADY_OPEN']);
    expect((await president.get('/api/v1/credit/approvals')).body).toContainEqual(expect.objectContaining({ kind: 'restriction', id: r.body.id, caseId: c.id }));
    // Only the president signs (CONSUME-2010 art 5).
    expect((await officer.post(`/api/v1/credit/restrictions/${r.body.id}/decision`, { approve: true })).status).toBe(403);
    const signed = await president.post(`/api/v1/credit/restrictions/${r.body.id}/decision`, { approve: true });
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ status: 'signed', inForce: true, signedOn: clock.today(), signedBy: expect.any(String) });
    const [doc] = await sql('select kind, party_id, title, paragraphs from generated_documents where attachment_id = $1', [signed.body.documentId]);
    expect(doc).toMatchObject({ kind: 'consumptionRestrictionOrder', party_id: String(c.debtorId), title: '限制消费令' });
    expect(doc.paragraphs.join('\n')).toContain('乘坐G字头动车组列车全部座位');
    expect(await creditFacts(world.server.deps.db, c.id)).toEqual({ restrictionOrders: [{ partyId: c.debtorId, signedOn: clock.today(), inForce: true }], listings: [] });
    const lifted = await officer.post(`/api/v1/credit/restrictions/${r.body.id}/lift`, { reason: 'applicantConsent' });
    expect(lifted.body).toMatchObject({ status: 'lifted', inForce: false, liftReason: 'applicantConsent' });
    expect((await creditFacts(world.server.deps.db, c.id)).restrictionOrders).toEqual([{ partyId: c.debtorId, signedOn: clock.today(), inForce: false }]);
  });
});

describe('失信 listing: exclusions refused with nothing saved', () => {
  test('a minor (by the ID number on the decision day) → 422 naming it; nothing saved, no restriction proposed', async () => {
    const c = await executionCaseWithDebtor('220104200805260012', '2026-05-25'); // 18 on 2026-05-26
    const r = await propose(c);
    expect([r.status, r.body.code]).toEqual([422, 'CREDIT_MINOR_EXCLUDED']);
    expect(r.body.message).toContain('未成年人');
    expect(await sql('select id from dishonest_listings where case_id = $1', [c.id])).toEqual([]);
    expect(await sql('select id from consumption_restrictions where case_id = $1', [c.id])).toEqual([]);
  });

  test('ground 1 with an adequate guarantee or sufficient seized property → 422; ground 1 with aggravation → 422', async () => {
    const c = await executionCaseWithDebtor(ADULT_ID, '2026-05-25');
    const g = await propose(c, { ground: 1, adequateGuarantee: true });
    expect([g.status, g.body.code]).toEqual([422, 'CREDIT_GUARANTEE_EXCLUDES']);
    const s = await propose(c, { ground: 1, seizedPropertySufficient: true });
    expect([s.status, s.body.code]).toEqual([422, 'CREDIT_SEIZED_PROPERTY_EXCLUDES']);
    const a = await propose(c, { ground: 1, aggravationYears: 1 });
    expect([a.status, a.body.code]).toEqual([422, 'CREDIT_AGGRAVATION_NOT_APPLICABLE']);
    expect(await sql('select id from dishonest_listings where case_id = $1', [c.id])).toEqual([]);
  });
});

describe('失信 listing: signed by the president, public at once, deleted at once', () => {
  let c: Case;
  let id: number;
  beforeAll(async () => {
    c = await executionCaseWithDebtor(ADULT_ID, '2026-06-01');
  });

  test('a proposal is not public; it brings the restriction order it requires (CONSUME art 1)', async () => {
    const r = await propose(c, { aggravationYears: 1 });
    expect(r.status).toBe(201);
    id = r.body.id;
    expect(r.body).toMatchObject({ status: 'proposed', termYears: 3, maskedIdNumber: '2201**********0021' });
    expect(await onPublicPage(c)).toEqual([]);
    const [order] = await sql('select status, from_listing_id from consumption_restrictions where case_id = $1', [c.id]);
    expect(order).toEqual({ status: 'proposed', from_listing_id: String(id) });
    expect((await officer.post(`/api/v1/credit/listings/${id}/decision`, { approve: true })).status).toBe(403);
  });

  test('signed → on the public page with no login, the ID number masked; term 3 years', async () => {
    const s = await sign(id);
    expect(s.status, JSON.stringify(s.body)).toBe(200);
    expect(s.body).toMatchObject({ status: 'listed', effectiveOn: '2026-06-01', expiresOn: '2029-06-01' });
    const raw = await anonymous.get(`/api/v1/public/dishonest-debtors?name=${encodeURIComponent('李四')}&court=${encodeURIComponent('南关')}`);
    expect(raw.status).toBe(200);
    expect(raw.body.items).toContainEqual({ name: '李四', maskedIdNumber: '2201**********0021', caseNumber: c.caseNumber, courtName: expect.stringContaining('南关'), ground: expect.objectContaining({ 'zh-CN': expect.stringContaining('暴力') }), termYears: 3, listedOn: '2026-06-01', expiresOn: '2029-06-01' });
    expect(JSON.stringify(raw.body)).not.toContain(ADULT_ID);
    expect((await creditFacts(world.server.deps.db, c.id)).listings).toEqual([{ partyId: c.debtorId, status: 'listed', listedOn: '2026-06-01' }]);
  });

  test('a deletion ground starts 3 working days on the clock (over National Day and its 调休); deletion takes it off at once', async () => {
    clock.set('2026-09-30');
    const g = await officer.post(`/api/v1/credit/listings/${id}/deletion-ground`, { ground: 'applicantRequest' });
    expect(g.status).toBe(200);
    expect(g.body).toMatchObject({ status: 'listed', deletionGround: 'applicantRequest', deletionGroundOn: '2026-09-30', deletionDueOn: '2026-10-10' });
    expect(await sql(`select due_on::text, status from case_periods where case_id = $1 and kind = 'dishonestDeletion'`, [c.id])).toEqual([{ due_on: '2026-10-10', status: 'running' }]);
    expect(await onPublicPage(c)).toHaveLength(1);
    const d = await officer.post(`/api/v1/credit/listings/${id}/delete`, { ground: 'applicantRequest' });
    expect(d.body).toMatchObject({ status: 'deleted', deletedOn: '2026-09-30', deletionGround: 'applicantRequest' });
    expect(await onPublicPage(c)).toEqual([]);
    expect(await sql(`select status from case_periods where case_id = $1 and kind = 'dishonestDeletion'`, [c.id])).toEqual([{ status: 'completed' }]);
  });
});

describe('失信预告 and the grace period; term expiry; the closing follower', () => {
  test('a forewarned listing is public only after the grace period (10 days [U]); the sweep then marks it listed', async () => {
    const c = await executionCaseWithDebtor(ADULT_ID, '2026-07-01');
    const r = await propose(c, { forewarn: true, ground: 4 });
    const s = await sign(r.body.id);
    expect(s.body).toMatchObject({ status: 'forewarned', graceDays: 10, effectiveOn: '2026-07-11', expiresOn: '2028-07-11' });
    expect(await onPublicPage(c)).toEqual([]);
    clock.set('2026-07-11');
    expect(await onPublicPage(c)).toHaveLength(1);
    await sweepCreditSanctions(world.server.deps);
    expect((await sql('select status from dishonest_listings where id = $1', [r.body.id]))[0].status).toBe('listed');
  });

  test('term expiry: off the public page the day after its last day; the sweep deletes it once even when two run at once', async () => {
    const c = await executionCaseWithDebtor(ADULT_ID, '2026-08-03');
    const r = await propose(c, { ground: 3 });
    await sign(r.body.id);
    clock.set('2028-08-03');
    expect(await onPublicPage(c)).toHaveLength(1);
    clock.set('2028-08-04');
    expect(await onPublicPage(c)).toEqual([]);
    const runs = await Promise.all([sweepCreditSanctions(world.server.deps), sweepCreditSanctions(world.server.deps)]);
    expect(runs.reduce((n, x) => n + x.expired, 0)).toBeGreaterThanOrEqual(1);
    expect(await sql(`select status, deletion_ground, deleted_on::text from dishonest_listings where id = $1`, [r.body.id])).toEqual([{ status: 'deleted', deletion_ground: 'termExpired', deleted_on: '2028-08-04' }]);
    expect(await sql(`select count(*)::int as n from case_events where case_id = $1 and event = 'deleteDishonestListing'`, [c.id])).toEqual([{ n: 1 }]);
  });

  test('closing the case as 执行完毕 records the deletion ground and lifts the orders; the re-query job records its own', async () => {
    const c = await executionCaseWithDebtor(ADULT_ID, '2026-08-03');
    const r = await propose(c, { ground: 5 });
    await sign(r.body.id);
    const [order] = await sql('select id from consumption_restrictions where case_id = $1', [c.id]);
    await president.post(`/api/v1/credit/restrictions/${order.id}/decision`, { approve: true });
    const closed = await officer.fire(c.id, 'closeExecution', { method: 'completed' });
    expect(closed.status).toBe(200);
    expect(await sql(`select deletion_ground, deletion_due_on::text from dishonest_listings where id = $1`, [r.body.id])).toEqual([{ deletion_ground: 'performed', deletion_due_on: '2026-08-06' }]);
    expect(await sql(`select status, lift_reason from consumption_restrictions where id = $1`, [order.id])).toEqual([{ status: 'lifted', lift_reason: 'performed' }]);

    const other = await executionCaseWithDebtor(ADULT_ID, '2026-08-03');
    const l = await propose(other, { ground: 2 });
    await sign(l.body.id);
    await world.server.deps.db.transaction((tx) => recordDeletionGround(tx, world.server.deps, other.id, 'negativeRequeries', '2026-08-03'));
    expect(await sql(`select deletion_ground, deletion_due_on::text from dishonest_listings where id = $1`, [l.body.id])).toEqual([{ deletion_ground: 'negativeRequeries', deletion_due_on: '2026-08-06' }]);
  });
});

describe('correction applications (DISHONEST arts 11–12)', () => {
  test('review 15 days; rejected → reconsideration within 10 days (late refused); upheld → corrected: deleted at once', async () => {
    const c = await executionCaseWithDebtor(ADULT_ID, '2026-06-01');
    const r = await propose(c, { ground: 2 });
    await sign(r.body.id);
    const stranger = await officer.post(`/api/v1/credit/listings/${r.body.id}/corrections`, { reason: 'x' });
    expect(stranger.status).toBe(403);
    const proof = await lisi.upload('履行凭证.pdf', new TextEncoder().encode('%PDF-1.4 receipt'), 'application/pdf', 'other');
    const applied = await lisi.post(`/api/v1/credit/listings/${r.body.id}/corrections`, { reason: '我已履行完毕，不应纳入。', attachmentIds: [proof.body.id] });
    expect(applied.status).toBe(201);
    // The applicant sees the 15-day review on its own case page, and its document is filed with the case.
    expect(applied.body.currentPeriod).toEqual({ kind: 'dishonestCorrectionReview', dueOn: '2026-06-16', level: expect.any(String) });
    expect((await lisi.get(`/api/v1/cases/${c.id}/credit`)).body.corrections[0].currentPeriod.dueOn).toBe('2026-06-16');
    expect((await sql('select case_id from attachments where id = $1', [proof.body.id]))[0].case_id).toBe(String(c.id));
    const periods = async () => Object.fromEntries((await sql(`select kind, due_on::text, status from case_periods where case_id = $1 and kind like 'dishonest%' order by id`, [c.id])).map((p) => [p.kind, `${p.due_on} ${p.status}`]));
    expect(await periods()).toEqual({ dishonestCorrectionReview: '2026-06-16 running' });
    const rejected = await officer.post(`/api/v1/credit/corrections/${applied.body.id}/decision`, { justified: false, note: '未履行' });
    expect(rejected.body.status).toBe('rejected');
    expect(rejected.body.currentPeriod).toMatchObject({ kind: 'dishonestReconsiderationApplication', dueOn: '2026-06-11' });
    expect(await periods()).toEqual({ dishonestCorrectionReview: '2026-06-16 completed', dishonestReconsiderationApplication: '2026-06-11 running' });
    clock.set('2026-06-12');
    const late = await lisi.post(`/api/v1/credit/corrections/${applied.body.id}/reconsideration`, { reason: '不服' });
    expect([late.status, late.body.code]).toEqual([422, 'RECONSIDERATION_LATE']);
    clock.set('2026-06-11');
    const recon = await lisi.post(`/api/v1/credit/corrections/${applied.body.id}/reconsideration`, { reason: '不服' });
    expect(recon.body.status).toBe('reconsidering');
    expect((await periods()).dishonestReconsiderationDecision).toBe('2026-06-26 running');
    const upheld = await officer.post(`/api/v1/credit/corrections/${applied.body.id}/reconsideration-decision`, { upheld: true });
    expect(upheld.body.status).toBe('justified');
    expect((await periods()).dishonestCorrection).toBe('2026-06-16 running');
    expect(await onPublicPage(c)).toHaveLength(1);
    const corrected = await officer.post(`/api/v1/credit/corrections/${applied.body.id}/correct`);
    expect(corrected.body.status).toBe('corrected');
    expect(corrected.body.currentPeriod).toBeNull();
    expect(await onPublicPage(c)).toEqual([]);
    expect((await lisi.get(`/api/v1/cases/${c.id}/credit`)).body.listings).toEqual([expect.objectContaining({ status: 'deleted', deletionGround: 'corrected' })]);
  });
});
