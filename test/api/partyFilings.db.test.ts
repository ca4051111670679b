// The parties' side of a case online: the materials a complaint cannot do without, the defence within the 答辩期,
// evidence lists, a counterclaim with its fee, an appeal charged on the appealed part with a real deadline (and a side
// joining it after registration charged on its own part), and the lawyer's power of attorney for an appeal.
import { describe, expect, test } from 'vitest';
import type { ApiClient } from '../support/apiClient';
import { docxText } from '../support/docxText';
import { courtId, divisionId, loanComplaint, TINY_PDF } from '../support/fixtures';
import { acceptCase, decidedCase, fileLoanCase } from '../support/scenarios';
import { openSession } from '../support/sessions';
import { testClock } from '../support/testClock';
import { serverForSpec } from '../support/serverForSpec';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
const sessions = new Map<string, Promise<ApiClient>>();
const as = (username: string) => {
  if (!sessions.has(username)) sessions.set(username, openSession(world.server, username));
  return sessions.get(username)!;
};

async function upload(api: ApiClient, category: string): Promise<number> {
  const r = await api.upload(`${category}.pdf`, TINY_PDF, 'application/pdf', category);
  expect(r.status).toBe(201);
  return r.body.id;
}

function expectRefused(r: { status: number; body: any }, status: number, code: string) {
  expect([r.status, r.body.code]).toEqual([status, code]);
  expect(r.body.messages['zh-CN']).toMatch(/\p{Script=Han}/u);
  expect(r.body.messages.en).toBeTruthy();
  // Citations in English read 'Civil Procedure Law, art. 122', never the key 'CPL-2023 art 122'.
  expect(r.body.messages.en).not.toMatch(/\b[A-Z]{2,}[-A-Za-z0-9]* arts? \d/);
}

/** Filed on 2026-03-02 and registered (ordinary procedure); the complaint served on 李四 on 2026-03-03. */
async function servedCase() {
  clock.set('2026-03-02');
  const { id } = await fileLoanCase(world.server.baseUrl);
  const accepted = await acceptCase(world.server.baseUrl, id, 'ordinary');
  const li = accepted.parties.find((p: { name: string }) => p.name === '李四').id as number;
  const zhang = accepted.parties.find((p: { name: string }) => p.name === '张三').id as number;
  clock.set('2026-03-03');
  const served = await (await as('ng-filing')).fire(id, 'recordService', { document: 'complaintCopy', partyIds: [li], servedOn: '2026-03-03', method: 'direct' });
  expect(served.status).toBe(200);
  return { id, li, zhang };
}

const periodOf = async (id: number, kind: string) =>
  (await (await as('ng-filing')).get(`/api/v1/cases/${id}/clock`)).body.periods.filter((p: { kind: string }) => p.kind === kind);

describe('required materials of a complaint', () => {
  test('a complaint without its 起诉状 is refused naming it, and nothing is saved', async () => {
    const zhangsan = await as('zhangsan');
    const before = (await world.server.database.pool.query('select count(*)::int as n from cases')).rows[0].n;
    const evidence = await upload(zhangsan, 'evidence');
    const r = await zhangsan.post('/api/v1/filings', await loanComplaint(zhangsan, { requiredMaterials: false, attachmentIds: [evidence] }));
    expectRefused(r, 422, 'FILING_MATERIAL_MISSING');
    expect(r.body.details.missing).toEqual(['complaint']);
    expect(r.body.messages['zh-CN']).toContain('起诉状');
    expect((await world.server.database.pool.query('select count(*)::int as n from cases')).rows[0].n).toBe(before);
    expect((await world.server.database.pool.query('select case_id from attachments where id = $1', [evidence])).rows[0].case_id).toBeNull();
  });

  test('a lawyer also files the 授权委托书 and the 律师执业证 (CPL-2023 art 62; CPL-Interp art 88)', async () => {
    const lawyer = await as('lawyer-wang');
    const asClient = (f: Record<string, any>): Record<string, any> => ({ ...f, parties: [{ ...f.parties[0], isSelf: undefined, isClient: true }, f.parties[1]] });
    const complaintOnly = asClient(await loanComplaint(lawyer, { requiredMaterials: false, attachmentIds: [await upload(lawyer, 'complaint')] }));
    const r = await lawyer.post('/api/v1/filings', complaintOnly);
    expectRefused(r, 422, 'FILING_MATERIAL_MISSING');
    expect(r.body.details.missing).toEqual(['authorization', 'lawyerLicence']);
    expect(r.body.messages['zh-CN']).toContain('授权委托书');
    expect(r.body.messages['zh-CN']).toContain('律师执业证');
    const withLicence = { ...complaintOnly, attachmentIds: [...complaintOnly.attachmentIds, await upload(lawyer, 'authorization')] };
    expect((await lawyer.post('/api/v1/filings', withLicence)).body.details.missing).toEqual(['lawyerLicence']);
    const complete = { ...withLicence, attachmentIds: [...withLicence.attachmentIds, await upload(lawyer, 'lawyerLicence')] };
    const filed = await lawyer.post('/api/v1/filings', complete);
    expect(filed.status).toBe(201);
    expect(filed.body.attachments.map((a: { category: string }) => a.category).sort()).toEqual(['authorization', 'complaint', 'lawyerLicence']);
  });
});

describe('the defence within the defence period (CPL-2023 art 128)', () => {
  test('李四 files his 答辩状 in time: the period ends; a second one, the plaintiff, or someone else’s party are refused', async () => {
    const c = await servedCase();
    const lisi = await as('lisi');
    const [running] = await periodOf(c.id, 'defence');
    expect(running).toMatchObject({ status: 'running', dueOn: '2026-03-18', partyName: '李四' });

    clock.set('2026-03-18');
    expectRefused(await lisi.fire(c.id, 'fileDefence', { partyId: c.li, attachmentIds: [await upload(lisi, 'evidence')] }), 422, 'MATERIAL_MISSING');
    expectRefused(await lisi.fire(c.id, 'fileDefence', { partyId: c.zhang, attachmentIds: [await upload(lisi, 'defence')] }), 403, 'PARTY_NOT_REPRESENTED');
    const zhangsan = await as('zhangsan');
    expectRefused(await zhangsan.fire(c.id, 'fileDefence', { partyId: c.zhang, attachmentIds: [await upload(zhangsan, 'defence')] }), 422, 'PARTY_STANDING_NOT_ALLOWED');

    const defence = await upload(lisi, 'defence');
    const filed = await lisi.fire(c.id, 'fileDefence', { partyId: c.li, attachmentIds: [defence], summary: '借款已部分归还。' });
    expect(filed.status).toBe(200);
    expect(filed.body.attachments.find((a: { id: number }) => a.id === defence)).toMatchObject({ category: 'defence' });
    expect((await periodOf(c.id, 'defence'))[0]).toMatchObject({ status: 'completed', completedOn: '2026-03-18' });
    const timeline = (await zhangsan.get(`/api/v1/cases/${c.id}/timeline`)).body;
    expect(timeline.at(-1)).toMatchObject({ event: 'fileDefence', payload: { timing: 'inTime', defenceDueOn: '2026-03-18', attachmentIds: [defence] } });

    expectRefused(await lisi.fire(c.id, 'fileDefence', { partyId: c.li, attachmentIds: [await upload(lisi, 'defence')] }), 409, 'DEFENCE_ALREADY_FILED');
  });

  test('the day after the period a 答辩状 is refused with the day it ended; evidence is still taken', async () => {
    const c = await servedCase();
    const lisi = await as('lisi');
    clock.set('2026-03-19');
    const late = await lisi.fire(c.id, 'fileDefence', { partyId: c.li, attachmentIds: [await upload(lisi, 'defence')] });
    expectRefused(late, 422, 'DEFENCE_PERIOD_EXPIRED');
    expect(late.body.details.dueOn).toBe('2026-03-18');
    const evidence = await lisi.fire(c.id, 'submitEvidence', { partyId: c.li, items: [{ name: '还款转账记录', source: '中国工商银行', purpose: '证明已归还借款5万元', pages: 2 }] });
    expect(evidence.status).toBe(200);
  });
  test('a defence filed before the complaint is served is in time, and is the party’s one defence', async () => {
    clock.set('2026-03-02');
    const { id } = await fileLoanCase(world.server.baseUrl);
    const accepted = await acceptCase(world.server.baseUrl, id, 'ordinary');
    const li = accepted.parties.find((p: { name: string }) => p.name === '李四').id as number;
    const lisi = await as('lisi');
    const early = await lisi.fire(id, 'fileDefence', { partyId: li, attachmentIds: [await upload(lisi, 'defence')] });
    expect(early.status).toBe(200);
    expect((await lisi.get(`/api/v1/cases/${id}/timeline`)).body.at(-1).payload).toMatchObject({ timing: 'beforeService', defenceDueOn: null });
    clock.set('2026-03-03');
    expect((await (await as('ng-filing')).fire(id, 'recordService', { document: 'complaintCopy', partyIds: [li], servedOn: '2026-03-03', method: 'direct' })).status).toBe(200);
    expectRefused(await lisi.fire(id, 'fileDefence', { partyId: li, attachmentIds: [await upload(lisi, 'defence')] }), 409, 'DEFENCE_ALREADY_FILED');
  });
});

describe('evidence lists and supplementary materials (CPL-2023 arts 67, 68)', () => {
  test('any party files a 证据清单; after the evidence period only with the reason it is late', async () => {
    const c = await servedCase();
    const zhangsan = await as('zhangsan');
    const chief = await as('ng-chief');
    const judge1 = (await chief.get(`/api/v1/cases/${c.id}/eligible-judges`)).body.find((j: { displayName: string }) => j.displayName === '南关法院法官甲');
    expect((await chief.fire(c.id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judge1.id, reason: '测试' })).status).toBe(200);
    const set = await (await as('ng-judge1')).fire(c.id, 'setEvidencePeriod', { days: 15, noticeServedOn: '2026-03-03' });
    expect(set.status).toBe(200);
    const file = await upload(zhangsan, 'evidence');
    const items = [
      { name: '借条', source: '原告持有', purpose: '证明被告向原告借款15万元', pages: 1, attachmentIds: [file] },
      { name: '微信催款记录', source: '原告手机', purpose: '证明原告多次催要', pages: 6 },
    ];
    const inTime = await zhangsan.fire(c.id, 'submitEvidence', { partyId: c.zhang, items });
    expect(inTime.status).toBe(200);
    expect(inTime.body.attachments.find((a: { id: number }) => a.id === file)).toBeTruthy();
    const timeline = (await zhangsan.get(`/api/v1/cases/${c.id}/timeline`)).body;
    expect(timeline.at(-1)).toMatchObject({ event: 'submitEvidence', payload: { items, isLate: false, evidenceDueOn: '2026-03-18' } });

    clock.set('2026-03-19');
    const noReason = await zhangsan.fire(c.id, 'submitEvidence', { partyId: c.zhang, items: [{ name: '银行流水', source: '银行', purpose: '证明交付借款', pages: 3 }] });
    expectRefused(noReason, 422, 'EVIDENCE_LATE_REASON_REQUIRED');
    const late = await zhangsan.fire(c.id, 'submitEvidence', { partyId: c.zhang, items: [{ name: '银行流水', source: '银行', purpose: '证明交付借款', pages: 3 }], lateReason: '银行于举证期限届满后才出具流水' });
    expect(late.status).toBe(200);
    expect((await zhangsan.get(`/api/v1/cases/${c.id}/timeline`)).body.at(-1).payload).toMatchObject({ isLate: true, lateReason: '银行于举证期限届满后才出具流水' });

    const more = await zhangsan.fire(c.id, 'submitMaterials', { partyId: c.zhang, description: '补充提交身份证明', attachmentIds: [await upload(zhangsan, 'supplementary')] });
    expect(more.status).toBe(200);
    expectRefused(await zhangsan.fire(c.id, 'submitEvidence', { partyId: c.li, items }), 403, 'PARTY_NOT_REPRESENTED');
  });
});

describe('a counterclaim and its fee (FEE arts 18, 20, 22)', () => {
  test('李四 counterclaims 50,000: half the property fee, 525.00, due 7 days after the notice; only once', async () => {
    const c = await servedCase();
    const lisi = await as('lisi');
    const input = { partyId: c.li, claims: ['判令原告返还多收利息5万元'], facts: '原告多收利息。', amount: '50000' };
    expectRefused(await lisi.fire(c.id, 'fileCounterclaim', { ...input, attachmentIds: [await upload(lisi, 'evidence')] }), 422, 'MATERIAL_MISSING');
    const zhangsan = await as('zhangsan');
    expectRefused(await zhangsan.fire(c.id, 'fileCounterclaim', { ...input, partyId: c.zhang, attachmentIds: [await upload(zhangsan, 'counterclaim')] }), 422, 'PARTY_STANDING_NOT_ALLOWED');

    const filed = await lisi.fire(c.id, 'fileCounterclaim', { ...input, attachmentIds: [await upload(lisi, 'counterclaim')] });
    expect(filed.status).toBe(200);
    const fees = (await (await as('ng-president')).get(`/api/v1/cases/${c.id}/fees`)).body;
    const notice = fees.notices.find((n: { basis: string }) => n.basis === 'counterclaim');
    // 50 + 40,000 × 2.5% = 1,050, halved once (FEE art 18): 525.00; 7 days from 03-03 → 03-10 (FEE art 22).
    expect(notice).toMatchObject({ amount: '525.00', issuedOn: '2026-03-03', dueOn: '2026-03-10' });
    expect(notice.breakdown.at(-1).source).toContain('FEE art 18');
    const period = (await periodOf(c.id, 'feePayment')).find((p: { partyName: string | null }) => p.partyName === '李四');
    expect(period).toMatchObject({ status: 'running', dueOn: '2026-03-10' });

    expectRefused(await lisi.fire(c.id, 'fileCounterclaim', { ...input, attachmentIds: [await upload(lisi, 'counterclaim')] }), 409, 'COUNTERCLAIM_ALREADY_FILED');
  });
});

describe('the appeal fee on the appealed part (FEE art 17) with a real deadline', () => {
  test('李四 appeals 50,000 of a 150,000 judgment with his 上诉状: the appeal court charges 1,050.00, due on a date', async () => {
    const c = await decidedCase(world.server.baseUrl, clock, { procedure: 'ordinary' });
    const lisi = await as('lisi');
    const petition = await upload(lisi, 'appealPetition');
    const base = { partyIds: [c.byName['李四']], reasons: '一审认定借款金额错误。' };
    expectRefused(await lisi.fire(c.id, 'appeal', { ...base, appealedAmount: '150000.01', attachmentIds: [petition] }), 422, 'APPEALED_AMOUNT_EXCEEDS_CLAIM');
    const appealed = await lisi.fire(c.id, 'appeal', { ...base, appealedAmount: '50000', attachmentIds: [petition] });
    expect(appealed.status).toBe(200);
    const appealId = appealed.body.continuations[0].id as number;

    const ccClerk = await as('cc-filing');
    const appeal = (await ccClerk.get(`/api/v1/cases/${appealId}`)).body;
    expect(appeal.attachments).toEqual([expect.objectContaining({ id: petition, category: 'appealPetition' })]);
    const accepted = await ccClerk.fire(appealId, 'accept', { divisionId: await divisionId(ccClerk, await courtId(ccClerk, '吉01')) });
    expect(accepted.status).toBe(200);
    const fees = (await ccClerk.get(`/api/v1/cases/${appealId}/fees`)).body;
    const period = (await ccClerk.get(`/api/v1/cases/${appealId}/clock`)).body.periods.find((p: { kind: string }) => p.kind === 'feePayment');
    expect(fees.notices).toHaveLength(1);
    expect(fees.notices[0]).toMatchObject({ basis: 'appeal', amount: '1050.00', issuedOn: '2026-03-31' });
    // FEE art 22; CPL-Interp art 318: 7 days from the day after the notice (03-31 → 04-07).
    expect(fees.notices[0].dueOn).toBe('2026-04-07');
    expect(period).toMatchObject({ status: 'running', dueOn: '2026-04-07' });
  });
});

describe('both sides appeal (FEE art 22; CPL-Interp art 202)', () => {
  test('each side prepays on its own appealed part: 1,050 for 50,000 and 550 for 30,000, one notice of 1,600', async () => {
    const c = await decidedCase(world.server.baseUrl, clock, { procedure: 'ordinary' });
    const lisi = await as('lisi');
    const appealed = await lisi.fire(c.id, 'appeal', { partyIds: [c.byName['李四']], reasons: '一审未扣除已归还的5万元。', appealedAmount: '50000', attachmentIds: [await upload(lisi, 'appealPetition')] });
    expect(appealed.status).toBe(200);
    const zhangsan = await as('zhangsan');
    const joined = await zhangsan.fire(c.id, 'appeal', { partyIds: [c.byName['张三']], reasons: '一审未支持利息3万元。', appealedAmount: '30000', attachmentIds: [await upload(zhangsan, 'appealPetition')] });
    expect(joined.status).toBe(200);
    const appealId = appealed.body.continuations[0].id as number;
    const ccClerk = await as('cc-filing');
    expect((await ccClerk.fire(appealId, 'accept', { divisionId: await divisionId(ccClerk, await courtId(ccClerk, '吉01')) })).status).toBe(200);
    const [notice] = (await ccClerk.get(`/api/v1/cases/${appealId}/fees`)).body.notices;
    expect(notice).toMatchObject({ basis: 'appeal', amount: '1600.00' });
    expect(notice.breakdown.map((b: { amount: string; base?: string }) => [b.base, b.amount])).toEqual([
      ['50000.00', '1050.00'],
      ['30000.00', '550.00'],
    ]);
  });
});

describe("a lawyer's appeal carries its own 授权委托书 (CPL-2023 art 62 para 2)", () => {
  test('王律师 appeals for 张三: refused without one or with the first instance’s, accepted with one filed for the appeal', async () => {
    const c = await decidedCase(world.server.baseUrl, clock, { procedure: 'ordinary', filer: 'lawyer-wang' });
    const lawyer = await as('lawyer-wang');
    const base = { partyIds: [c.byName['张三']], reasons: '一审未支持利息。', appealedAmount: '30000' };
    const appealsOf = async () => (await world.server.database.pool.query('select count(*)::int as n from cases where origin_case_id = $1', [c.id])).rows[0].n;

    const without = await lawyer.fire(c.id, 'appeal', { ...base, attachmentIds: [await upload(lawyer, 'appealPetition')] });
    expectRefused(without, 422, 'APPEAL_MATERIAL_MISSING');
    expect(without.body.details.missing).toEqual(['authorization']);
    expect(without.body.messages['zh-CN']).toContain('“授权委托书”');
    expect(without.body.messages['zh-CN']).toContain('一审的授权委托书不能代替');
    const firstInstance = (await lawyer.get(`/api/v1/cases/${c.id}`)).body.attachments.find((a: { category: string }) => a.category === 'authorization').id as number;
    expectRefused(await lawyer.fire(c.id, 'appeal', { ...base, attachmentIds: [await upload(lawyer, 'appealPetition'), firstInstance] }), 422, 'APPEAL_MATERIAL_MISSING');
    expect(await appealsOf()).toBe(0);

    const powerOfAttorney = await upload(lawyer, 'authorization');
    const appealed = await lawyer.fire(c.id, 'appeal', { ...base, attachmentIds: [await upload(lawyer, 'appealPetition'), powerOfAttorney] });
    expect(appealed.status).toBe(200);
    const appeal = (await (await as('cc-filing')).get(`/api/v1/cases/${appealed.body.continuations[0].id}`)).body;
    expect(appeal.attachments.map((a: { category: string }) => a.category).sort()).toEqual(['appealPetition', 'authorization']);
    expect(appeal.attachments.find((a: { id: number }) => a.id === powerOfAttorney)).toBeTruthy();
  });
});

describe('a side appealing after the appeal case is registered gets its own fee notice (FEE arts 17, 22)', () => {
  async function registeredAppeal(o: { method?: string; rulingKind?: string } = {}) {
    const c = await decidedCase(world.server.baseUrl, clock, { procedure: 'ordinary', ...o });
    const lisi = await as('lisi');
    const amount = o.method ? {} : { appealedAmount: '50000' };
    const appealed = await lisi.fire(c.id, 'appeal', { partyIds: [c.byName['李四']], reasons: '一审认定事实错误。', ...amount, attachmentIds: [await upload(lisi, 'appealPetition')] });
    expect(appealed.status).toBe(200);
    const appealId = appealed.body.continuations[0].id as number;
    const ccClerk = await as('cc-filing');
    expect((await ccClerk.fire(appealId, 'accept', { divisionId: await divisionId(ccClerk, await courtId(ccClerk, '吉01')) })).status).toBe(200);
    return { ...c, appealId, ccClerk };
  }

  test('李四 is charged 1,050 on his 50,000 at registration; 张三 appeals 30,000 two days later and gets his own 550, due in 7 days', async () => {
    const c = await registeredAppeal();
    clock.set('2026-04-02');
    const zhangsan = await as('zhangsan');
    const joined = await zhangsan.fire(c.id, 'appeal', { partyIds: [c.byName['张三']], reasons: '一审未支持利息3万元。', appealedAmount: '30000', attachmentIds: [await upload(zhangsan, 'appealPetition')] });
    expect(joined.status).toBe(200);

    const fees = (await c.ccClerk.get(`/api/v1/cases/${c.appealId}/fees`)).body;
    const appeal = (await c.ccClerk.get(`/api/v1/cases/${c.appealId}`)).body;
    const zhang = appeal.parties.find((p: { name: string }) => p.name === '张三').id as number;
    expect(fees.notices.map((n: { basis: string; amount: string; issuedOn: string; dueOn: string }) => [n.basis, n.amount, n.issuedOn, n.dueOn])).toEqual([
      ['appeal', '1050.00', '2026-03-31', '2026-04-07'],
      // FEE art 22; CPL-Interp art 318: 7 days from the day after the notice (04-02 → 04-09).
      [`appealJoined:${zhang}`, '550.00', '2026-04-02', '2026-04-09'],
    ]);
    expect(fees.due).toBe('1600.00');
    const periods = (await c.ccClerk.get(`/api/v1/cases/${c.appealId}/clock`)).body.periods.filter((p: { kind: string }) => p.kind === 'feePayment');
    expect(periods.find((p: { partyName: string | null }) => p.partyName === '张三')).toMatchObject({ status: 'running', dueOn: '2026-04-09' });
    const timeline = (await c.ccClerk.get(`/api/v1/cases/${c.appealId}/timeline`)).body;
    expect(timeline.at(-1)).toMatchObject({ event: 'joinAppeal', payload: { appealedAmount: '30000.00', feeNotices: [{ partyId: zhang, fee: '550.00', feeDueOn: '2026-04-09' }] } });
    // The notice is a document too, addressed to 张三 in the appeal case, with his amount, deadline and the case's account.
    const notice = appeal.attachments.filter((a: { category: string; fileName: string }) => a.category === 'feeNotice' && a.fileName.includes('张三'));
    expect(notice).toHaveLength(1);
    const text = await docxText((await zhangsan.bytes(`/api/v1/attachments/${notice[0].id}/content`)).bytes);
    expect(text).toContain('550.00');
    expect(text).toContain('请于2026年4月9日前交纳');
    expect(text).toContain(fees.accountNo);
  });

  test('an appeal against a 驳回起诉 ruling charges the joining side nothing either (FEE art 8(3))', async () => {
    const c = await registeredAppeal({ method: 'ruling', rulingKind: 'dismissal' });
    clock.set('2026-04-02');
    const zhangsan = await as('zhangsan');
    const joined = await zhangsan.fire(c.id, 'appeal', { partyIds: [c.byName['张三']], reasons: '驳回起诉错误。', attachmentIds: [await upload(zhangsan, 'appealPetition')] });
    expect(joined.status).toBe(200);
    const fees = (await c.ccClerk.get(`/api/v1/cases/${c.appealId}/fees`)).body;
    expect([fees.notices, fees.due]).toEqual([[], '0.00']);
    expect((await c.ccClerk.get(`/api/v1/cases/${c.appealId}/timeline`)).body.at(-1).payload).toMatchObject({ fee: '0.00', feeExemptBy: 'FEE art 8(3)' });
  });
});
