// 要素式审判 on real PostgreSQL over HTTP: a 民间借贷 complaint filed element by element, checked against its
// schema; the defendant's element answers within the defence period; the dispute list and hearing outline built from them.
import { describe, expect, test } from 'vitest';
import type { ApiClient } from '../support/apiClient';
import { causeId, courtId, loanComplaint } from '../support/fixtures';
import { acceptCase } from '../support/scenarios';
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

const LENDING = {
  agreementForm: 'iou',
  agreementDate: '2024-02-28',
  principalAgreed: '150000',
  principalDelivered: '150000',
  deliveryDate: '2024-03-01',
  deliveryMethod: 'bank',
  hasTerm: true,
  dueDate: '2025-03-01',
  interestAgreed: true,
  interestRate: '6',
  repaidPrincipal: '0',
  hasGuarantee: false,
};

function expectRefused(r: { status: number; body: any }, status: number, code: string) {
  expect([r.status, r.body.code]).toEqual([status, code]);
  expect(r.body.messages['zh-CN']).toMatch(/\p{Script=Han}/u);
  expect(r.body.messages.en).toBeTruthy();
}

async function fileWithElements(values: Record<string, unknown> = LENDING, schema = 'privateLending') {
  const zhangsan = await as('zhangsan');
  return zhangsan.post('/api/v1/filings', await loanComplaint(zhangsan, { elements: { schema, values } }));
}

/** Filed with elements on 2026-03-02, registered, the complaint served on 李四 on 2026-03-03 (答辩期 to 03-18). */
async function servedElementCase() {
  clock.set('2026-03-02');
  const filed = await fileWithElements();
  expect(filed.status).toBe(201);
  const accepted = await acceptCase(world.server.baseUrl, filed.body.id, 'ordinary');
  const li = accepted.parties.find((p: { name: string }) => p.name === '李四').id as number;
  const zhang = accepted.parties.find((p: { name: string }) => p.name === '张三').id as number;
  clock.set('2026-03-03');
  expect((await (await as('ng-filing')).fire(filed.body.id, 'recordService', { document: 'complaintCopy', partyIds: [li], servedOn: '2026-03-03', method: 'direct' })).status).toBe(200);
  return { id: filed.body.id as number, li, zhang };
}

describe('the element complaint', () => {
  test('is kept with the filing and read back with its values in words, every element still unanswered', async () => {
    clock.set('2026-03-02');
    const filed = await fileWithElements();
    expect(filed.status).toBe(201);
    const r = await (await as('zhangsan')).get(`/api/v1/cases/${filed.body.id}/elements`);
    expect(r.status).toBe(200);
    const e = r.body.elements;
    expect(e.schema.key).toBe('privateLending');
    expect(e.values).toEqual(LENDING);
    expect(e.valueText.principalDelivered).toEqual({ 'zh-CN': '150,000.00元', en: '150,000.00 yuan' });
    expect(e.disputes.every((d: { status: string }) => d.status === 'unanswered')).toBe(true);
    expect(e.toAnswer.map((p: { partyName: string }) => p.partyName)).toEqual(['李四']);
    expect(e.outline.issues[0].title['zh-CN']).toBe('争议焦点一：双方之间是否存在借贷关系及约定的借款数额');
    const timeline = (await (await as('zhangsan')).get(`/api/v1/cases/${filed.body.id}/timeline`)).body;
    expect(timeline[0]).toMatchObject({ event: 'submit', payload: { elementSchema: 'privateLending' } });
  });

  test('a wrong value is refused naming its element, and nothing is saved', async () => {
    const { pool } = world.server.database;
    const before = (await pool.query('select count(*)::int as n from cases')).rows[0].n;
    const r = await fileWithElements({ ...LENDING, interestRate: '6%' });
    expectRefused(r, 422, 'ELEMENT_INVALID');
    expect(r.body.details).toMatchObject({ field: '/elements/values/interestRate', element: 'interestRate' });
    expect(r.body.messages['zh-CN']).toContain('约定的年利率');
    const inconsistent = await fileWithElements({ ...LENDING, repaidPrincipal: '150000.01' });
    expectRefused(inconsistent, 422, 'ELEMENT_INVALID');
    expect(inconsistent.body.details.problems[0].code).toBe('ELEMENT_AMOUNT_EXCEEDS');
    expect((await pool.query('select count(*)::int as n from cases')).rows[0].n).toBe(before);
  });

  test('a schema that does not serve the cause is refused, as is a schema nobody declared', async () => {
    expectRefused(await fileWithElements(LENDING, 'creditCard'), 422, 'ELEMENT_SCHEMA_MISMATCH');
    const unknown = await fileWithElements(LENDING, 'divorce');
    expect([unknown.status, unknown.body.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  test('the element schemas are listed for any client, with the causes they serve', async () => {
    const r = await (await as('zhangsan')).get('/api/v1/element-schemas');
    expect(r.status).toBe(200);
    expect(r.body.map((s: { key: string }) => s.key)).toEqual(['privateLending', 'creditCard', 'financialLoan', 'trafficAccident', 'labourDispute']);
    const lending = r.body[0];
    expect(lending.causes).toEqual([{ key: '103-3', name: '民间借贷纠纷', withChildren: false }]);
    expect(lending.sections[2].elements.find((x: { key: string }) => x.key === 'interestRate')).toMatchObject({ type: 'rate', rateBasis: 'year', when: { element: 'interestAgreed', equals: true } });
  });

  test('correcting a filing to another cause drops elements that no longer fit', async () => {
    clock.set('2026-03-02');
    const zhangsan = await as('zhangsan');
    const filed = await fileWithElements();
    const clerk = await as('ng-filing');
    expect((await clerk.fire(filed.body.id, 'requestCorrection', { items: ['请核实案由'] })).status).toBe(200);
    const detail = (await zhangsan.get(`/api/v1/cases/${filed.body.id}`)).body;
    const { caseType: _t, courtId: _c, ...filing } = await loanComplaint(zhangsan, { causeId: await causeId(zhangsan, '同业拆借纠纷') });
    const edited = await zhangsan.put(`/api/v1/filings/${filed.body.id}`, { expectedVersion: detail.version, filing });
    expect(edited.status).toBe(200);
    expect((await zhangsan.get(`/api/v1/cases/${filed.body.id}/elements`)).body.elements).toBeNull();
  });

  test('an outsider cannot read a case’s elements', async () => {
    clock.set('2026-03-02');
    const filed = await fileWithElements();
    const r = await (await as('organ-ng-scjg')).get(`/api/v1/cases/${filed.body.id}/elements`);
    expect([r.status, r.body.code]).toEqual([404, 'CASE_NOT_FOUND']);
  });
});

describe('the element defence (要素式答辩)', () => {
  test('the defendant answers element by element; the disputes and the outline follow from the answers', async () => {
    const c = await servedElementCase();
    const lisi = await as('lisi');
    clock.set('2026-03-10');
    const answers = {
      agreementForm: { stance: 'admit' },
      agreementDate: { stance: 'admit' },
      principalAgreed: { stance: 'admit' },
      principalDelivered: { stance: 'explain', note: '实际到账十四万元，一万元为预扣利息', value: '140000' },
      repaidPrincipal: { stance: 'deny', note: '已现金归还五万元' },
    };
    const r = await lisi.fire(c.id, 'answerElements', { partyId: c.li, answers });
    expect(r.status).toBe(200);
    const e = (await lisi.get(`/api/v1/cases/${c.id}/elements`)).body.elements;
    const status = Object.fromEntries(e.disputes.map((d: { element: string; status: string }) => [d.element, d.status]));
    expect(status).toMatchObject({ agreementDate: 'undisputed', principalDelivered: 'disputed', repaidPrincipal: 'disputed', interestRate: 'unanswered' });
    expect(e.toAnswer).toEqual([]);
    expect(e.answers[0]).toMatchObject({ partyName: '李四', timing: 'inTime' });
    // Dated by the court's clock, as every act on the case is.
    expect(e.answers[0].answeredAt.slice(0, 10)).toBe('2026-03-10');
    const delivery = e.outline.issues.find((i: { section: string }) => i.section === 'delivery');
    expect(delivery.elements[0].text['zh-CN']).toBe('原告主张150,000.00元；李四说明，认为应为140,000.00元（实际到账十四万元，一万元为预扣利息）。');
    expect(e.outline.undisputed.map((u: { element: string }) => u.element)).toEqual(['agreementForm', 'agreementDate', 'principalAgreed']);
    const timeline = (await (await as('zhangsan')).get(`/api/v1/cases/${c.id}/timeline`)).body;
    expect(timeline.at(-1)).toMatchObject({ event: 'answerElements', payload: { name: '李四', timing: 'inTime', admitted: 3, denied: 1, explained: 1 } });

    // A revised answer within the period replaces the earlier one.
    clock.set('2026-03-18');
    expect((await lisi.fire(c.id, 'answerElements', { partyId: c.li, answers: { ...answers, repaidPrincipal: { stance: 'admit' } } })).status).toBe(200);
    const again = (await lisi.get(`/api/v1/cases/${c.id}/elements`)).body.elements;
    expect(again.disputes.find((d: { element: string }) => d.element === 'repaidPrincipal').status).toBe('undisputed');
    expect(again.answers).toHaveLength(1);
  });

  test('after the defence period the answers are refused with the day it ended', async () => {
    const c = await servedElementCase();
    clock.set('2026-03-19');
    const r = await (await as('lisi')).fire(c.id, 'answerElements', { partyId: c.li, answers: { agreementDate: { stance: 'admit' } } });
    expectRefused(r, 422, 'ELEMENT_ANSWER_PERIOD_EXPIRED');
    expect(r.body.details.dueOn).toBe('2026-03-18');
  });

  test('only a defending party answers, only for itself, only what the complaint states, and explanations say something', async () => {
    const c = await servedElementCase();
    const lisi = await as('lisi');
    expectRefused(await lisi.fire(c.id, 'answerElements', { partyId: c.zhang, answers: { agreementDate: { stance: 'admit' } } }), 403, 'PARTY_NOT_REPRESENTED');
    expectRefused(await (await as('zhangsan')).fire(c.id, 'answerElements', { partyId: c.zhang, answers: { agreementDate: { stance: 'admit' } } }), 422, 'PARTY_STANDING_NOT_ALLOWED');
    expectRefused(await lisi.fire(c.id, 'answerElements', { partyId: c.li, answers: { overdueRate: { stance: 'deny' } } }), 422, 'ELEMENT_ANSWER_UNKNOWN');
    expectRefused(await lisi.fire(c.id, 'answerElements', { partyId: c.li, answers: { repaidPrincipal: { stance: 'explain' } } }), 422, 'ELEMENT_ANSWER_NOTE_REQUIRED');
    expect((await world.server.database.pool.query('select count(*)::int as n from case_element_answers where case_id = $1', [c.id])).rows[0].n).toBe(0);
  });

  test('a complaint not filed in the element form has no element defence to offer', async () => {
    clock.set('2026-03-02');
    const zhangsan = await as('zhangsan');
    const filed = await zhangsan.post('/api/v1/filings', await loanComplaint(zhangsan));
    const accepted = await acceptCase(world.server.baseUrl, filed.body.id, 'ordinary');
    const li = accepted.parties.find((p: { name: string }) => p.name === '李四').id as number;
    const lisi = await as('lisi');
    const detail = (await lisi.get(`/api/v1/cases/${filed.body.id}`)).body;
    expect(detail.allowedEvents.map((ev: { name: string }) => ev.name)).not.toContain('answerElements');
    expectRefused(await lisi.fire(filed.body.id, 'answerElements', { partyId: li, answers: { agreementDate: { stance: 'admit' } } }), 409, 'CASE_EVENT_NOT_AVAILABLE');
    const withElements = await servedElementCase();
    expect((await lisi.get(`/api/v1/cases/${withElements.id}`)).body.allowedEvents.map((ev: { name: string }) => ev.name)).toContain('answerElements');
  });
});

describe('the judge’s findings (要素认定)', () => {
  let slot = 0;
  /** Answered by 李四 on 03-10, assigned to 法官甲 and a hearing booked for 03-31 (each case its own hour: one judge). */
  async function heardCase() {
    const hour = String(8 + slot++).padStart(2, '0');
    const c = await servedElementCase();
    clock.set('2026-03-10');
    const answers = { agreementDate: { stance: 'admit' }, principalAgreed: { stance: 'admit' }, principalDelivered: { stance: 'explain', note: '实际到账十四万元', value: '140000' } };
    expect((await (await as('lisi')).fire(c.id, 'answerElements', { partyId: c.li, answers })).status).toBe(200);
    const chief = await as('ng-chief');
    const judge1 = (await chief.get(`/api/v1/cases/${c.id}/eligible-judges`)).body.find((j: { displayName: string }) => j.displayName === '南关法院法官甲');
    expect((await chief.fire(c.id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judge1.id, reason: '测试' })).status).toBe(200);
    const judge = await as('ng-judge1');
    const rooms = (await judge.get(`/api/v1/courts/${await courtId(judge, '吉0102')}/rooms`)).body;
    expect((await judge.fire(c.id, 'scheduleHearing', { startsAt: `2026-03-31T${hour}:00:00+08:00`, endsAt: `2026-03-31T${hour}:50:00+08:00`, roomId: rooms[0].id })).status).toBe(200);
    return { ...c, judge };
  }

  test('the judge finds the disputed elements; the facts found join the undisputed ones, the rest stays pending', async () => {
    const c = await heardCase();
    clock.set('2026-03-31');
    const found = await c.judge.fire(c.id, 'findElements', {
      findings: {
        principalDelivered: { established: true, value: '140000', note: '银行流水显示到账十四万元' },
        repaidPrincipal: { established: true },
        interestRate: { established: false, note: '借条未写明利率，原告未能举证' },
      },
    });
    expect(found.status).toBe(200);
    const e = (await (await as('zhangsan')).get(`/api/v1/cases/${c.id}/elements`)).body.elements;
    expect(e.facts.map((f: { element: string; source: string; text: { 'zh-CN': string } }) => `${f.element}:${f.source}:${f.text['zh-CN']}`)).toEqual([
      'agreementDate:undisputed:2024年2月28日',
      'principalAgreed:undisputed:150,000.00元',
      'principalDelivered:found:140,000.00元',
      'repaidPrincipal:found:0.00元',
    ]);
    expect(e.notEstablished).toEqual(['interestRate']);
    expect(e.pending).toContain('deliveryDate');
    expect(e.findings.find((f: { element: string }) => f.element === 'principalDelivered')).toMatchObject({ established: true, value: '140000', note: '银行流水显示到账十四万元', foundAt: expect.stringMatching(/^2026-03-3[01]T/) });
    const timeline = (await c.judge.get(`/api/v1/cases/${c.id}/timeline`)).body;
    expect(timeline.at(-1)).toMatchObject({ event: 'findElements', payload: { established: 2, notEstablished: 1 } });
  });

  test('a departure without reasons, or findings that together contradict each other, are refused and nothing is kept', async () => {
    const c = await heardCase();
    expectRefused(await c.judge.fire(c.id, 'findElements', { findings: { principalDelivered: { established: true, value: '100000' } } }), 422, 'ELEMENT_FINDING_REASON_REQUIRED');
    expect((await c.judge.fire(c.id, 'findElements', { findings: { principalDelivered: { established: true, value: '100000', note: '流水' } } })).status).toBe(200);
    // Repaid above what was found lent: checked against the earlier finding too.
    const r = await c.judge.fire(c.id, 'findElements', { findings: { repaidPrincipal: { established: true, value: '100000.01', note: '收据' }, deliveryDate: { established: true } } });
    expectRefused(r, 422, 'ELEMENT_INVALID');
    expect(r.body.details.problems[0].code).toBe('ELEMENT_AMOUNT_EXCEEDS');
    const rows = (await world.server.database.pool.query('select element from case_element_findings where case_id = $1 order by element', [c.id])).rows;
    expect(rows.map((x: { element: string }) => x.element)).toEqual(['principalDelivered']);
  });

  test('the hearing record’s first draft lists the evidence, the undisputed facts and the issues in dispute', async () => {
    const c = await heardCase();
    const lisi = await as('lisi');
    expect((await lisi.fire(c.id, 'submitEvidence', { partyId: c.li, items: [{ name: '转账记录', source: '中国工商银行', purpose: '证明实际到账十四万元', pages: 1 }] })).status).toBe(200);
    const hearingId = (await c.judge.get(`/api/v1/cases/${c.id}`)).body.hearings[0].id as number;
    const draft = await c.judge.get(`/api/v1/hearings/${hearingId}/transcript`);
    expect(draft.status).toBe(200);
    const text = (key: string) => draft.body.sections.find((x: { key: string }) => x.key === key).text as string;
    expect(text('disputes')).toContain('以下要素双方无争议，当庭予以确认');
    expect(text('disputes')).toContain('争议焦点二：借款是否实际交付及交付的数额');
    expect(text('disputes')).toContain('李四说明，认为应为140,000.00元');
    expect(text('evidence')).toContain('转账记录（来源：中国工商银行；证明目的：证明实际到账十四万元）');
  });

  test('the one-click draft judgment states the facts found, orders what they support and dismisses the rest; the court’s staff only', async () => {
    const c = await heardCase();
    clock.set('2026-04-01');
    expect((await c.judge.fire(c.id, 'recordHearing', { summary: '双方到庭' })).status).toBe(200);
    const found = { principalDelivered: { established: true, value: '140000', note: '银行流水显示到账十四万元' }, repaidPrincipal: { established: true }, deliveryDate: { established: true }, hasTerm: { established: true }, dueDate: { established: true }, interestAgreed: { established: true }, interestRate: { established: true } };
    expect((await c.judge.fire(c.id, 'findElements', { findings: found })).status).toBe(200);
    const r = await c.judge.get(`/api/v1/cases/${c.id}/judgment-draft`);
    expect(r.status).toBe(200);
    const text = (section: string) => r.body.paragraphs.filter((p: { section: string }) => p.section === section).map((p: { text: string }) => p.text);
    expect(r.body.schema).toBe('privateLending');
    expect(text('header')).toEqual(['长春市南关区人民法院', '民事判决书', expect.stringMatching(/^（2026）吉0102民初\d+号$/)]);
    expect(text('procedure')[0]).toContain('本院于2026年3月2日立案后，依法适用普通程序，公开开庭进行了审理。原告张三、被告李四到庭参加诉讼。');
    expect(text('defence')[0]).toBe('李四辩称，对约定借款的日期、约定的借款金额无异议；对实际出借的金额有异议，认为应为140,000.00元（实际到账十四万元）。');
    expect(text('facts')).toContain('3. 实际出借的金额：140,000.00元（银行流水显示到账十四万元）。');
    expect(text('decree')).toContain('一、被告李四于本判决生效之日起十日内向原告张三偿还借款本金140,000.00元；');
    expect(text('decree').at(-2)).toBe('三、驳回原告张三的其他诉讼请求。');
    // Claimed 150,000, awarded 140,000 of the 3,300 yuan fee (FEE art 13): 1/15 on the plaintiff.
    expect(text('fee')).toEqual(['案件受理费3,300.00元，由原告张三负担220.00元，被告李四负担3,080.00元。']);
    expect(text('appeal')[0]).toMatch(/上诉于.+中级人民法院。$/);
    expect(text('signature').slice(0, 2)).toEqual(['审判员\u3000南关法院法官甲', '二〇二六年四月一日']);
    const delivered = r.body.paragraphs.find((p: { text: string }) => p.text.startsWith('3. 实际出借的金额'));
    expect(delivered.sources).toEqual([{ kind: 'element', element: 'principalDelivered' }]);
    // The parties read the judgment once issued, never the draft.
    const party = await (await as('zhangsan')).get(`/api/v1/cases/${c.id}/judgment-draft`);
    expectRefused(party, 403, 'JUDGMENT_DRAFT_FORBIDDEN');
    expect((await (await as('organ-ng-scjg')).get(`/api/v1/cases/${c.id}/judgment-draft`)).status).toBe(404);
  });

  test('only the judge finds, and only once the hearing is booked', async () => {
    const c = await servedElementCase();
    expectRefused(await (await as('ng-judge1')).fire(c.id, 'findElements', { findings: { agreementDate: { established: true } } }), 409, 'CASE_EVENT_NOT_ALLOWED');
    const h = await heardCase();
    expectRefused(await (await as('lisi')).fire(h.id, 'findElements', { findings: { agreementDate: { established: true } } }), 403, 'CASE_EVENT_FORBIDDEN');
  });
});
