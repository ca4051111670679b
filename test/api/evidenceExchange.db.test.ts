// 证据交换与质证 online: a party's evidence is hidden from the other side (list, files, timeline) until the court
// exchanges it; the other side then gives written opinions until its deadline; the judge records findings. Late
// evidence waits for the judge's decision (CPL-2023 art 68); an extension granted before expiry moves the evidence
// period for every party (CPL-Interp art 100).
import { describe, expect, test } from 'vitest';
import { evidenceFindingsOfCase } from '../../src/server/modules/evidenceExchange';
import type { ApiClient } from '../support/apiClient';
import { TINY_PDF } from '../support/fixtures';
import { ocrMissing, textPdf } from '../support/scannedPages';
import { acceptCase, fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { openSession } from '../support/sessions';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
const sessions = new Map<string, Promise<ApiClient>>();
const as = (username: string) => {
  if (!sessions.has(username)) sessions.set(username, openSession(world.server, username));
  return sessions.get(username)!;
};

function expectRefused(r: { status: number; body: any }, status: number, code: string) {
  expect([r.status, r.body.code]).toEqual([status, code]);
  expect(r.body.messages['zh-CN']).toMatch(/\p{Script=Han}/u);
  expect(r.body.messages.en).not.toMatch(/\b[A-Z]{2,}[-A-Za-z0-9]* arts? \d/);
}

/** Registered (ordinary), assigned to 法官甲, evidence period 15 days from 2026-03-03 (due 2026-03-18). */
async function caseWithEvidencePeriod() {
  clock.set('2026-03-02');
  const { id } = await fileLoanCase(world.server.baseUrl);
  const accepted = await acceptCase(world.server.baseUrl, id, 'ordinary');
  const li = accepted.parties.find((p: { name: string }) => p.name === '李四').id as number;
  const zhang = accepted.parties.find((p: { name: string }) => p.name === '张三').id as number;
  clock.set('2026-03-03');
  const chief = await as('ng-chief');
  const judge1 = (await chief.get(`/api/v1/cases/${id}/eligible-judges`)).body.find((j: { displayName: string }) => j.displayName === '南关法院法官甲');
  expect((await chief.fire(id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judge1.id, reason: '测试' })).status).toBe(200);
  const set = await (await as('ng-judge1')).fire(id, 'setEvidencePeriod', { days: 15, noticeServedOn: '2026-03-03' });
  expect(set.status).toBe(200);
  return { id, li, zhang };
}

const evidenceOf = async (who: string, id: number) => {
  const r = await (await as(who)).get(`/api/v1/cases/${id}/evidence`);
  expect(r.status).toBe(200);
  return r.body;
};
const dossierFiles = async (api: ApiClient, id: number): Promise<number[]> =>
  (await api.get(`/api/v1/cases/${id}/dossier`)).body.volumes.flatMap((v: any) => v.sections.flatMap((s: any) => s.items.map((i: any) => i.id)));
const opinion = (partyId: number, over: Record<string, unknown> = {}) => ({
  partyId,
  authenticity: { view: 'accept' },
  legality: { view: 'accept' },
  relevance: { view: 'reject', reason: '借条与本案借款无关' },
  purposeOpinion: '不能证明原告主张的借款事实',
  ...over,
});

describe('exchange and cross-examination', () => {
  test('submit → the other side sees nothing → exchange → opinions until the deadline → the judge’s finding', async () => {
    const c = await caseWithEvidencePeriod();
    const zhangsan = await as('zhangsan');
    const lisi = await as('lisi');
    clock.set('2026-03-10');
    const file = (await zhangsan.upload('借条.pdf', TINY_PDF, 'application/pdf', 'evidence')).body.id as number;
    const items = [
      { name: '借条', source: '原告持有', purpose: '证明被告向原告借款15万元', pages: 1, attachmentIds: [file] },
      { name: '微信催款记录', source: '原告手机', purpose: '证明原告多次催要', pages: 6 },
    ];
    expect((await zhangsan.fire(c.id, 'submitEvidence', { partyId: c.zhang, items })).status).toBe(200);
    expect((await lisi.fire(c.id, 'submitEvidence', { partyId: c.li, items: [{ name: '还款记录', source: '银行', purpose: '证明已还款5万元', pages: 2 }] })).status).toBe(200);

    // The submitter sees its own items at once, numbered per party; the court sees everything.
    const own = await evidenceOf('zhangsan', c.id);
    expect(own.items.map((i: any) => [i.label['zh-CN'], i.name, i.status])).toEqual([['原告证据1', '借条', 'submitted'], ['原告证据2', '微信催款记录', 'submitted']]);
    expect((await evidenceOf('ng-judge1', c.id)).items).toHaveLength(3);

    // The other side: not in the list, not as a file, not in the case's attachments, not on the timeline.
    expect((await evidenceOf('lisi', c.id)).items.map((i: any) => i.name)).toEqual(['还款记录']);
    expect((await lisi.bytes(`/api/v1/attachments/${file}/content`)).status).toBe(404);
    expect((await lisi.get(`/api/v1/cases/${c.id}`)).body.attachments.map((a: any) => a.id)).not.toContain(file);
    expect(await dossierFiles(lisi, c.id)).not.toContain(file);
    expect(await dossierFiles(zhangsan, c.id)).toContain(file);
    const hiddenEntry = (await lisi.get(`/api/v1/cases/${c.id}/timeline`)).body.find((e: any) => e.event === 'submitEvidence' && e.payload.partyId === c.zhang);
    expect(hiddenEntry.payload).toMatchObject({ items: [], itemIds: [], attachmentIds: [], hiddenItems: 2 });
    expect(JSON.stringify(hiddenEntry.payload)).not.toContain('借条');
    const itemId = own.items[0].id as number;
    expectRefused(await lisi.put(`/api/v1/cases/${c.id}/evidence/${itemId}/opinion`, opinion(c.li)), 404, 'EVIDENCE_ITEM_NOT_FOUND');
    // The parties cannot exchange; the judge's assistant can.
    expectRefused(await zhangsan.fire(c.id, 'exchangeEvidence', {}), 403, 'CASE_EVENT_FORBIDDEN');
    const exchanged = await (await as('ng-assistant')).fire(c.id, 'exchangeEvidence', { note: '网上交换' });
    expect(exchanged.status).toBe(200);
    const entry = (await zhangsan.get(`/api/v1/cases/${c.id}/timeline`)).body.at(-1);
    expect(entry).toMatchObject({ event: 'exchangeEvidence', payload: { count: 3, opinionDueOn: '2026-03-17' } });
    const periods = (await (await as('ng-judge1')).get(`/api/v1/cases/${c.id}/clock`)).body.periods.filter((p: any) => p.kind === 'crossExamination');
    expect(periods).toMatchObject([{ status: 'running', dueOn: '2026-03-17' }]);

    // Now 李四 sees them, with the file and the timeline entry, and gives opinions.
    const seen = await evidenceOf('lisi', c.id);
    expect(seen.items.find((i: any) => i.id === itemId)).toMatchObject({ status: 'exchanged', opinionDueOn: '2026-03-17', opinionPartyIds: [c.li] });
    expect((await lisi.bytes(`/api/v1/attachments/${file}/content`)).status).toBe(200);
    expect(await dossierFiles(lisi, c.id)).toContain(file);
    expect((await lisi.get(`/api/v1/cases/${c.id}/timeline`)).body.find((e: any) => e.event === 'submitEvidence' && e.payload.partyId === c.zhang).payload.items).toEqual(items);
    expectRefused(await lisi.put(`/api/v1/cases/${c.id}/evidence/${itemId}/opinion`, opinion(c.li, { relevance: { view: 'reject' } })), 422, 'OPINION_REASON_REQUIRED');
    expectRefused(await lisi.put(`/api/v1/cases/${c.id}/evidence/${itemId}/opinion`, opinion(c.zhang)), 403, 'PARTY_NOT_REPRESENTED');
    expectRefused(await zhangsan.put(`/api/v1/cases/${c.id}/evidence/${itemId}/opinion`, opinion(c.zhang)), 403, 'EVIDENCE_OWN_SIDE');
    expect((await lisi.put(`/api/v1/cases/${c.id}/evidence/${itemId}/opinion`, opinion(c.li))).status).toBe(200);
    clock.set('2026-03-17');
    const changed = await lisi.put(`/api/v1/cases/${c.id}/evidence/${itemId}/opinion`, opinion(c.li, { authenticity: { view: 'partlyAccept', reason: '签名真实，金额有涂改' } }));
    expect(changed.status).toBe(200);
    // The submitting side and the court see the opinion (the latest version).
    for (const who of ['zhangsan', 'ng-judge1']) {
      const item = (await evidenceOf(who, c.id)).items.find((i: any) => i.id === itemId);
      expect(item.opinions).toMatchObject([{ partyId: c.li, authenticity: { view: 'partlyAccept', reason: '签名真实，金额有涂改' }, relevance: { view: 'reject' } }]);
    }

    clock.set('2026-03-18');
    const closed = await lisi.put(`/api/v1/cases/${c.id}/evidence/${itemId}/opinion`, opinion(c.li));
    expectRefused(closed, 409, 'CROSS_EXAMINATION_CLOSED');
    expect(closed.body.details.dueOn).toBe('2026-03-17');
    expect((await evidenceOf('lisi', c.id)).items.find((i: any) => i.id === itemId).opinionPartyIds).toEqual([]);

    const judge = await as('ng-judge1');
    const finding = { itemId, verdict: 'accepted', authenticity: true, legality: true, relevance: false, reasoning: '借条真实' };
    expectRefused(await judge.fire(c.id, 'recordEvidenceFinding', finding), 422, 'FINDING_INCONSISTENT');
    expectRefused(await lisi.fire(c.id, 'recordEvidenceFinding', finding), 403, 'CASE_EVENT_FORBIDDEN');
    expect((await judge.fire(c.id, 'recordEvidenceFinding', { ...finding, relevance: true, reasoning: '被告对签名无异议，借条与借款事实相关，予以采信。' })).status).toBe(200);
    expect((await evidenceOf('lisi', c.id)).items.find((i: any) => i.id === itemId).finding).toMatchObject({ verdict: 'accepted', relevance: true });
    const found = await world.server.deps.db.transaction((tx) => evidenceFindingsOfCase(tx, c.id));
    expect(found).toMatchObject([{ itemId, label: { 'zh-CN': '原告证据1' }, name: '借条', finding: { verdict: 'accepted', authenticity: true } }]);
    expectRefused(await (await as('ng-assistant')).fire(c.id, 'exchangeEvidence', {}), 409, 'EVIDENCE_NOTHING_TO_EXCHANGE');
  });
});

describe('late evidence (CPL-2023 art 68)', () => {
  test('after the period an item waits for the judge: admitted with an admonition it is exchanged, excluded it never is', async () => {
    const c = await caseWithEvidencePeriod();
    const zhangsan = await as('zhangsan');
    const lisi = await as('lisi');
    const judge = await as('ng-judge1');
    clock.set('2026-03-19');
    const late = await lisi.fire(c.id, 'submitEvidence', {
      partyId: c.li,
      items: [{ name: '收条', source: '被告持有', purpose: '证明已还款', pages: 1 }, { name: '证人证言', source: '王五', purpose: '证明还款经过', pages: 2 }],
      lateReason: '收条近日才找到',
    });
    expect(late.status).toBe(200);
    const pending = (await evidenceOf('ng-judge1', c.id)).items;
    expect(pending.map((i: any) => [i.status, i.isLate, i.lateReason])).toEqual([['latePending', true, '收条近日才找到'], ['latePending', true, '收条近日才找到']]);
    expect((await evidenceOf('zhangsan', c.id)).items).toEqual([]);
    // An exchange does not release late evidence; a finding on it is refused.
    expectRefused(await judge.fire(c.id, 'exchangeEvidence', {}), 409, 'EVIDENCE_NOTHING_TO_EXCHANGE');
    expectRefused(await judge.fire(c.id, 'recordEvidenceFinding', { itemId: pending[0].id, verdict: 'accepted', authenticity: true, legality: true, relevance: true, reasoning: 'x' }), 409, 'EVIDENCE_NOT_EXAMINED');

    expect((await judge.fire(c.id, 'decideLateEvidence', { itemId: pending[0].id, decision: 'admitWithAdmonition', reason: '与基本事实有关，予以采纳并训诫' })).status).toBe(200);
    expect((await judge.fire(c.id, 'decideLateEvidence', { itemId: pending[1].id, decision: 'exclude', reason: '无正当理由逾期' })).status).toBe(200);
    expectRefused(await judge.fire(c.id, 'decideLateEvidence', { itemId: pending[1].id, decision: 'admit', reason: '再议' }), 409, 'EVIDENCE_NOT_PENDING_LATE');

    const other = await evidenceOf('zhangsan', c.id);
    expect(other.items).toMatchObject([{ name: '收条', status: 'exchanged', opinionDueOn: '2026-03-26', lateDecision: { decision: 'admitWithAdmonition' } }]);
    expect((await zhangsan.put(`/api/v1/cases/${c.id}/evidence/${pending[0].id}/opinion`, opinion(c.zhang))).status).toBe(200);
    const timeline = (await zhangsan.get(`/api/v1/cases/${c.id}/timeline`)).body;
    expect(JSON.stringify(timeline)).not.toContain('证人证言');
    expect(timeline.filter((e: any) => e.event === 'decideLateEvidence').map((e: any) => e.payload)).toMatchObject([{ decision: 'admitWithAdmonition' }, { itemId: pending[1].id, hidden: true }]);
    expect((await evidenceOf('lisi', c.id)).items.map((i: any) => i.status)).toEqual(['exchanged', 'excluded']);
  });
});

describe('extending the evidence period (CPL-Interp art 100)', () => {
  test('applied for before expiry and granted: the period moves for both parties; after expiry refused', async () => {
    const c = await caseWithEvidencePeriod();
    const zhangsan = await as('zhangsan');
    const lisi = await as('lisi');
    const judge = await as('ng-judge1');
    clock.set('2026-03-18');
    expect((await zhangsan.fire(c.id, 'applyEvidenceExtension', { partyId: c.zhang, days: 10, reason: '鉴定意见尚未出具' })).status).toBe(200);
    expectRefused(await zhangsan.fire(c.id, 'applyEvidenceExtension', { partyId: c.zhang, days: 5, reason: '再次申请' }), 409, 'EVIDENCE_EXTENSION_PENDING');
    const requestId = (await evidenceOf('lisi', c.id)).extensionRequests[0].id as number;
    clock.set('2026-03-19');
    expectRefused(await lisi.fire(c.id, 'applyEvidenceExtension', { partyId: c.li, days: 10, reason: '也需要时间' }), 409, 'EVIDENCE_EXTENSION_TOO_LATE');
    expectRefused(await lisi.fire(c.id, 'decideEvidenceExtension', { requestId, granted: true, reason: 'x' }), 403, 'CASE_EVENT_FORBIDDEN');
    // Granted after the old due date on an application made before it: counted from the old due date.
    expect((await judge.fire(c.id, 'decideEvidenceExtension', { requestId, granted: true, days: 10, reason: '理由正当' })).status).toBe(200);
    expectRefused(await judge.fire(c.id, 'decideEvidenceExtension', { requestId, granted: false, reason: '重复' }), 409, 'EVIDENCE_EXTENSION_DECIDED');
    // 2026-03-28 is a Saturday: the period ends on Monday 2026-03-30 (CPL-2023 art 85).
    for (const who of ['zhangsan', 'lisi']) {
      const e = await evidenceOf(who, c.id);
      expect(e.evidencePeriod).toEqual({ dueOn: '2026-03-30', status: 'running' });
      expect(e.extensionRequests).toMatchObject([{ status: 'granted', grantedDays: 10, newDueOn: '2026-03-30', dueOnBefore: '2026-03-18' }]);
    }
    // 李四, who did not apply, now submits in time.
    clock.set('2026-03-25');
    expect((await lisi.fire(c.id, 'submitEvidence', { partyId: c.li, items: [{ name: '收条', source: '被告持有', purpose: '证明已还款', pages: 1 }] })).status).toBe(200);
    expect((await evidenceOf('lisi', c.id)).items).toMatchObject([{ isLate: false, status: 'submitted' }]);
    const tl = (await judge.get(`/api/v1/cases/${c.id}/timeline`)).body.map((e: any) => e.event);
    expect(tl).toEqual(expect.arrayContaining(['applyEvidenceExtension', 'decideEvidenceExtension']));
  });

  test('a refused application leaves the period as it was', async () => {
    const c = await caseWithEvidencePeriod();
    clock.set('2026-03-10');
    expect((await (await as('lisi')).fire(c.id, 'applyEvidenceExtension', { partyId: c.li, days: 10, reason: '需要时间' })).status).toBe(200);
    const requestId = (await evidenceOf('ng-judge1', c.id)).extensionRequests[0].id as number;
    expect((await (await as('ng-judge1')).fire(c.id, 'decideEvidenceExtension', { requestId, granted: false, reason: '理由不成立' })).status).toBe(200);
    const e = await evidenceOf('zhangsan', c.id);
    expect(e.evidencePeriod).toEqual({ dueOn: '2026-03-18', status: 'running' });
    expect(e.extensionRequests).toMatchObject([{ status: 'refused', grantedDays: null, decisionReason: '理由不成立' }]);
  });
});

describe.skipIf(ocrMissing() !== null)('dossier search', () => {
  test('the other side does not find the words of unexchanged evidence, in the case or across its cases, until exchanged', async () => {
    const c = await caseWithEvidencePeriod();
    const zhangsan = await as('zhangsan');
    const lisi = await as('lisi');
    clock.set('2026-03-10');
    const file = (await zhangsan.upload('借据.pdf', await textPdf(['借据：今借到张三人民币十五万元整，借款人欧阳振华。']), 'application/pdf', 'evidence')).body.id as number;
    expect((await zhangsan.fire(c.id, 'submitEvidence', { partyId: c.zhang, items: [{ name: '借据', source: '原告持有', purpose: '证明借款', pages: 1, attachmentIds: [file] }] })).status).toBe(200);
    const found = async (api: ApiClient, inCase: boolean) => {
      const r = await api.get(inCase ? `/api/v1/cases/${c.id}/dossier/search?q=${encodeURIComponent('欧阳振华')}` : `/api/v1/dossier/search?q=${encodeURIComponent('欧阳振华')}&pageSize=100`);
      expect(r.status).toBe(200);
      return (r.body.items as { item: { id: number } }[]).some((h) => h.item.id === file);
    };
    // The file's pages are read by the background runner: wait until its own side finds them.
    await expect.poll(() => found(zhangsan, true), { timeout: 60_000, interval: 500 }).toBe(true);
    expect(await found(await as('ng-judge1'), true)).toBe(true);
    expect([await found(lisi, true), await found(lisi, false)]).toEqual([false, false]);
    expect((await (await as('ng-assistant')).fire(c.id, 'exchangeEvidence', {})).status).toBe(200);
    expect([await found(lisi, true), await found(lisi, false)]).toEqual([true, true]);
  });
});
