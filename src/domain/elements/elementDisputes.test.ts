// Element answers, the dispute list and the hearing outline; the drafted claims of a fixed complaint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementAnswerTiming } from './answerTiming';
import { assertAnswers, elementDisputes, hearingOutline, type AnswerStance, type PartyAnswers } from './elementDisputes';
import { draftClaims, draftFacts } from './elementText';
import { schemaByKey } from './registry';
import { LENDING } from './elements.fixture';

const lending = schemaByKey('privateLending')!;

describe('answering element by element', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['an element the complaint does not state', { overdueRate: { stance: 'deny' } }, 'ELEMENT_ANSWER_UNKNOWN'],
    ['an element that does not exist', { colour: { stance: 'admit' } }, 'ELEMENT_ANSWER_UNKNOWN'],
    ['an explanation without words', { repaidPrincipal: { stance: 'explain', note: ' ' } }, 'ELEMENT_ANSWER_NOTE_REQUIRED'],
    ['an admission with another value', { repaidPrincipal: { stance: 'admit', value: '30000' } }, 'ELEMENT_ANSWER_VALUE_WITH_ADMISSION'],
    ['a value of the wrong type', { repaidPrincipal: { stance: 'explain', note: '还了三万', value: '三万' } }, 'ELEMENT_INVALID'],
  ])('refuses %s', (_n, answers, code) => {
    expect(() => assertAnswers(lending, LENDING, answers as never)).toThrow(expect.objectContaining({ code }));
  });

  it('accepts a denial without reasons and an explanation with a value', () => {
    expect(() => assertAnswers(lending, LENDING, { principalDelivered: { stance: 'deny' }, repaidPrincipal: { stance: 'explain', note: '另有现金还款', value: '30000' } })).not.toThrow();
  });
});

describe('disputed and undisputed elements', () => {
  const zhang: PartyAnswers = { partyId: 2, partyName: '张三', answers: { agreementDate: { stance: 'admit' }, principalDelivered: { stance: 'admit' }, repaidPrincipal: { stance: 'explain', note: '另以现金归还一万元', value: '30000' } } };
  const li: PartyAnswers = { partyId: 3, partyName: '张四', answers: { agreementDate: { stance: 'admit' }, principalDelivered: { stance: 'deny', note: '仅收到九万元' } } };

  it('is undisputed only when every answering defendant admits it', () => {
    const d = Object.fromEntries(elementDisputes(lending, LENDING, [zhang, li]).map((x) => [x.element, x.status]));
    expect(d).toMatchObject({ agreementDate: 'undisputed', principalDelivered: 'disputed', repaidPrincipal: 'disputed', interestRate: 'unanswered' });
    // Elements the complaint did not state, or that do not apply, are not in the list.
    expect(d.overdueRate).toBeUndefined();
    expect(d.guaranteeKind).toBeUndefined();
  });

  it('builds the outline from the disputed and unanswered elements, one issue per part, in the schema’s order', () => {
    const outline = hearingOutline(lending, elementDisputes(lending, LENDING, [zhang, li]));
    expect(outline.undisputed.map((u) => `${u.label['zh-CN']}：${u.value['zh-CN']}`)).toEqual(['约定借款的日期：2024年1月30日']);
    expect(outline.issues.map((i) => i.title['zh-CN'])).toEqual([
      '争议焦点一：双方之间是否存在借贷关系及约定的借款数额',
      '争议焦点二：借款是否实际交付及交付的数额',
      '争议焦点三：借款期限是否届满、利息及逾期利息的约定和计算标准',
      '争议焦点四：借款人已还款的数额及尚欠本息',
      '争议焦点五：担保是否成立、担保人应否承担责任及责任范围',
    ]);
    const delivered = outline.issues[1]!.elements.find((e) => e.element === 'principalDelivered')!;
    // Two defendants sharing a surname stay apart by their names.
    expect(delivered.text['zh-CN']).toBe('原告主张100,000.00元；张三承认；张四否认（仅收到九万元）。');
    const repaid = outline.issues[3]!.elements.find((e) => e.element === 'repaidPrincipal')!;
    expect(repaid.text['zh-CN']).toBe('原告主张20,000.00元；张三说明，认为应为30,000.00元（另以现金归还一万元）。');
    expect(outline.issues[1]!.claims).toEqual(['repayPrincipal', 'payInterest']);
  });

  it('places every stated element in exactly one of the three lists, whatever the answers', () => {
    const keys = Object.keys(LENDING);
    const stance = fc.constantFrom<AnswerStance>('admit', 'deny', 'explain');
    const party = fc.dictionary(fc.constantFrom(...keys), stance.map((s) => ({ stance: s, ...(s === 'explain' ? { note: '说明' } : {}) })));
    fc.assert(
      fc.property(fc.array(party, { maxLength: 3 }), (answerSets) => {
        const answered = answerSets.map((answers, i) => ({ partyId: i + 1, partyName: `被告${i + 1}`, answers }));
        const disputes = elementDisputes(lending, LENDING, answered);
        expect(disputes.map((d) => d.element).sort()).toEqual([...keys].sort());
        for (const d of disputes) {
          const stances = answered.flatMap((p) => p.answers[d.element]?.stance ?? []);
          expect(d.status).toBe(!stances.length ? 'unanswered' : stances.every((s) => s === 'admit') ? 'undisputed' : 'disputed');
        }
        const outline = hearingOutline(lending, disputes);
        expect(outline.undisputed.length + outline.issues.reduce((n, i) => n + i.elements.length, 0)).toBe(keys.length);
      }),
    );
  });
});

describe('drafts from the elements', () => {
  it('drafts the claims of a 民间借贷 complaint', () => {
    expect(draftClaims(lending, LENDING)).toEqual([
      '判令被告偿还借款本金80,000.00元',
      '判令被告以未还本金为基数，按年利率6%支付自2024年2月1日起至实际清偿之日止的利息',
      '判令被告承担本案诉讼费用',
    ]);
    expect(draftClaims(lending, { ...LENDING, interestAgreed: false, interestRate: undefined as never, hasGuarantee: true, guaranteeKind: 'suretyship', guarantorJoint: true })).toEqual([
      '判令被告偿还借款本金80,000.00元',
      '判令被告以未还本金为基数，按逾期还款时一年期贷款市场报价利率支付自2025年1月31日次日起至实际清偿之日止的逾期利息',
      '判令保证人对上述债务承担连带清偿责任',
      '判令被告承担本案诉讼费用',
    ]);
  });

  it('states the facts section by section', () => {
    expect(draftFacts(lending, LENDING).split('\n')[1]).toBe('2. 款项交付——实际出借的金额：100,000.00元；出借日期：2024年2月1日；交付方式：银行转账。');
  });

  it('drafts a road-accident claim as the sum of the heads of loss less what was advanced', () => {
    const traffic = schemaByKey('trafficAccident')!;
    const claims = draftClaims(traffic, { accidentTime: '2025-03-01', accidentPlace: '人民大街', vehiclePlate: '吉A12345', policeFinding: true, defendantLiability: 'full', disabilityGrade: 'none', medicalCosts: '12000.5', lostIncome: '3000', advancePaid: '5000', compulsoryInsurer: '某保险公司' });
    expect(claims[0]).toBe('判令被告赔偿原告各项损失共计10,000.50元（医疗费12,000.50元、误工费3,000.00元，扣除已垫付5,000.00元）');
    expect(claims[1]).toBe('判令保险公司在交强险责任限额内承担赔偿责任');
  });
});

describe('when the elements may be answered', () => {
  it.each<[string, Parameters<typeof elementAnswerTiming>[0], string, string | null]>([
    ['before service (no period)', undefined, '2026-05-01', 'beforeService'],
    ['a cancelled period', { dueOn: '2026-04-01', status: 'cancelled', completedReason: null }, '2026-05-01', 'beforeService'],
    ['on the last day', { dueOn: '2026-05-01', status: 'running', completedReason: null }, '2026-05-01', 'inTime'],
    ['after a 答辩状, within the period', { dueOn: '2026-05-01', status: 'completed', completedReason: 'defenceFiled' }, '2026-04-20', 'inTime'],
    ['the day after', { dueOn: '2026-05-01', status: 'running', completedReason: null }, '2026-05-02', null],
  ])('%s', (_n, period, today, expected) => {
    if (expected) expect(elementAnswerTiming(period, today)).toBe(expected);
    else expect(() => elementAnswerTiming(period, today)).toThrow(expect.objectContaining({ code: 'ELEMENT_ANSWER_PERIOD_EXPIRED' }));
  });
});
