// The 判决书 of a fixed 民间借贷 case, section by section (the text, not the bytes), and the decree's rules.
import { describe, expect, it } from 'vitest';
import { elementDisputes } from '../elements/elementDisputes';
import { factsFound, foundValues } from '../elements/elementFindings';
import { LENDING } from '../elements/elements.fixture';
import { schemaByKey } from '../elements/registry';
import { composeCivilJudgment, type CivilJudgmentInput } from './civilJudgment';
import { defenceFromAnswers } from './defenceText';
import { evidenceFindingText } from './judgmentParties';
import { JUDGMENT_SECTIONS } from './judgmentParts';
import { residentIdCheckChar } from '../identity/residentIdNumber';

const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);

const lending = schemaByKey('privateLending')!;
const answers = [{ partyId: 2, partyName: '李四', answers: { agreementDate: { stance: 'admit' as const }, principalAgreed: { stance: 'admit' as const }, principalDelivered: { stance: 'explain' as const, note: '实际到账九万元', value: '90000' } } }];
const findings = { principalDelivered: { established: true, value: '90000', note: '银行流水显示到账九万元' }, repaidPrincipal: { established: true } };

function input(over: Partial<CivilJudgmentInput> = {}): CivilJudgmentInput {
  const found = foundValues(LENDING, findings);
  return {
    courtName: '长春市南关区人民法院',
    caseNumber: '（2026）吉0102民初1号',
    causeName: '民间借贷纠纷',
    acceptedOn: '2026-03-02',
    procedure: 'ordinary',
    publicHearing: true,
    parties: [
      { id: 1, standing: 'plaintiff', kind: 'person', name: '张三', idNumber: withCheck('11010119850515001'), address: '长春市南关区人民大街1号', agents: [{ name: '王五', firm: '吉林某律师事务所' }] },
      { id: 2, standing: 'defendant', kind: 'person', name: '李四', idNumber: withCheck('22010419900101002'), address: '长春市朝阳区', agents: [] },
    ],
    attended: ['原告张三及其委托诉讼代理人王五', '被告李四'],
    claims: ['判令被告偿还借款本金80,000.00元', '判令被告承担本案诉讼费用'],
    facts: '被告向原告借款，到期未还。',
    defences: [{ partyId: 2, name: '李四', text: '实际到账九万元，其中一万元为预扣利息' }],
    evidence: [{ itemId: 7, label: '原告证据1', name: '借条', finding: '被告对真实性无异议，本院予以采信' }],
    elements: { schema: lending, complaint: LENDING, found, facts: factsFound(lending, LENDING, elementDisputes(lending, LENDING, answers), findings).facts },
    feeFen: 180000n,
    appealCourtName: '吉林省长春市中级人民法院',
    foreignParty: false,
    judges: [{ role: '审判员', name: '南关法院法官甲' }],
    clerk: '南关法院书记员',
    issuedOn: '2026-03-31',
    ...over,
  };
}

const textOf = (section: string, c = input()) => composeCivilJudgment(c).filter((p) => p.section === section).map((p) => p.text);

describe('the civil judgment of a fixed 民间借贷 case', () => {
  it('runs through the sections in the 文书样式 order', () => {
    const order = composeCivilJudgment(input()).map((p) => JUDGMENT_SECTIONS.indexOf(p.section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('writes the parties with sex and birth from the ID number, and their agents', () => {
    expect(textOf('parties')).toEqual(['原告：张三，男，1985年5月15日出生，住长春市南关区人民大街1号。', '委托诉讼代理人：王五，吉林某律师事务所律师。', '被告：李四，女，1990年1月1日出生，住长春市朝阳区。']);
  });

  it('states the procedure, the claims and the defence', () => {
    expect(textOf('procedure')).toEqual(['原告张三与被告李四民间借贷纠纷一案，本院于2026年3月2日立案后，依法适用普通程序，公开开庭进行了审理。原告张三及其委托诉讼代理人王五、被告李四到庭参加诉讼。本案现已审理终结。']);
    expect(textOf('claims')).toEqual(['张三向本院提出诉讼请求：1.判令被告偿还借款本金80,000.00元；2.判令被告承担本案诉讼费用。事实和理由：被告向原告借款，到期未还。']);
    expect(textOf('defence')).toEqual(['李四辩称，实际到账九万元，其中一万元为预扣利息。']);
  });

  it('states the facts found from the undisputed elements and the findings', () => {
    expect(textOf('facts')).toEqual([
      '根据当事人陈述和经审查确认的证据，本院认定事实如下：',
      '1. 约定借款的日期：2024年1月30日。',
      '2. 约定的借款金额：100,000.00元。',
      '3. 实际出借的金额：90,000.00元（银行流水显示到账九万元）。',
      '4. 已归还的本金：20,000.00元。',
    ]);
  });

  it('orders what the found values ask for, dismisses the rest, and splits the fee by what failed', () => {
    expect(textOf('decree')).toEqual([
      '依照《中华人民共和国民法典》第六百六十七条、第六百七十四条、第六百七十五条、第六百七十六条、第六百七十九条，《中华人民共和国民事诉讼法》第六十七条之规定，判决如下：',
      '一、被告李四于本判决生效之日起十日内向原告张三偿还借款本金70,000.00元；',
      '二、被告李四于本判决生效之日起十日内向原告张三以未还本金为基数，按年利率6%支付自2024年2月1日起至实际清偿之日止的利息；',
      '三、驳回原告张三的其他诉讼请求。',
      '如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。',
    ]);
    // Claimed 80,000, awarded 70,000: one eighth of 1,800 on the plaintiff.
    expect(textOf('fee')).toEqual(['案件受理费1,800.00元，由原告张三负担225.00元，被告李四负担1,575.00元。']);
    expect(textOf('appeal')[0]).toContain('上诉于吉林省长春市中级人民法院');
    expect(textOf('signature')).toEqual(['审判员　南关法院法官甲', '二〇二六年三月三十一日', '书记员　南关法院书记员']);
  });

  it('links each generated paragraph to its source', () => {
    const paragraphs = composeCivilJudgment(input());
    expect(paragraphs.find((p) => p.text.startsWith('3. 实际出借的金额'))!.sources).toEqual([{ kind: 'element', element: 'principalDelivered' }]);
    expect(paragraphs.find((p) => p.text.startsWith('原告证据1'))!.sources).toEqual([{ kind: 'evidence', itemId: 7 }]);
    expect(paragraphs.find((p) => p.section === 'reasoning')!.sources.map((s) => (s.kind === 'provision' ? s.cite : s.kind))).toContain('《中华人民共和国民事诉讼法》第六十七条');
  });

  it('grants in full without a dismissal when the court finds what was claimed', () => {
    const all = foundValues(LENDING, {});
    const decree = textOf('decree', input({ elements: { schema: lending, complaint: LENDING, found: all, facts: [] } }));
    expect(decree.some((l) => l.includes('驳回'))).toBe(false);
    expect(textOf('fee', input({ elements: { schema: lending, complaint: LENDING, found: all, facts: [] } }))).toEqual(['案件受理费1,800.00元，由被告李四负担。']);
  });

  it('leaves blanks for the judge where there are no elements, and says a small-claims judgment is final', () => {
    const plain = input({ elements: undefined, procedure: 'smallClaims' });
    expect(textOf('decree', plain)).toContain('____（请写明判决主文）');
    expect(textOf('reasoning', plain)[0]).toContain('____');
    expect(textOf('appeal', plain)).toEqual(['本判决为终审判决。']);
  });
});

describe('a defence from the element answers', () => {
  it('admits in one sentence and contests element by element, in the schema’s order', () => {
    expect(defenceFromAnswers(lending, { repaidPrincipal: { stance: 'deny', note: '已还五万元' }, principalDelivered: { stance: 'explain', value: '90000', note: '预扣利息' }, agreementDate: { stance: 'admit' }, agreementForm: { stance: 'admit' } })).toBe(
      '对借款凭证、约定借款的日期无异议；对实际出借的金额有异议，认为应为90,000.00元（预扣利息）；否认已归还的本金，理由是已还五万元',
    );
  });
});

describe('an evidence finding in the judgment’s words', () => {
  it.each([
    ['accepted', '被告对真实性无异议。', '被告对真实性无异议，本院予以采信'],
    ['partlyAccepted', '仅能证明交付九万元', '仅能证明交付九万元，本院部分予以采信'],
    ['rejected', '系复印件且无原件核对', '系复印件且无原件核对，本院不予采信'],
  ] as const)('%s', (verdict, reasoning, text) => expect(evidenceFindingText(verdict, reasoning)).toBe(text));
});
