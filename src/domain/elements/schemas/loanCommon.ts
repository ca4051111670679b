// Parts the loan disputes share (民间借贷, 金融借款合同): the security for the debt and the cost of enforcing it.
import { amountClaim, fenOf } from '../claimDrafts';
import { bi, type ClaimDef, type ElementSection } from '../elementSchema';

export const GUARANTEE_KINDS = [
  { key: 'suretyship', label: bi('保证', 'Suretyship (a guarantor)') },
  { key: 'mortgage', label: bi('抵押', 'Mortgage') },
  { key: 'pledge', label: bi('质押', 'Pledge') },
] as const;

export const guaranteeSection: ElementSection = {
  key: 'guarantee',
  label: bi('担保情况', 'Security'),
  issue: bi('担保是否成立、担保人应否承担责任及责任范围', 'Whether the security is valid and what the guarantor or the secured property answers for'),
  elements: [
    { key: 'hasGuarantee', type: 'boolean', required: true, label: bi('是否有担保', 'Is the debt secured?'), help: bi('是否有人为借款作保（保证人），或者用房产、车辆等财产抵押、质押。', 'Whether someone guaranteed the loan, or property (a flat, a car…) was mortgaged or pledged for it.'), supports: ['guarantee'] },
    { key: 'guaranteeKind', type: 'choice', required: true, when: { element: 'hasGuarantee', equals: true }, options: GUARANTEE_KINDS, label: bi('担保方式', 'Kind of security'), help: bi('保证是由他人承诺代为还款；抵押、质押是以财产担保。', 'Suretyship: another person promises to pay; mortgage and pledge: property secures the debt.'), supports: ['guarantee'] },
    { key: 'guarantorJoint', type: 'boolean', when: { element: 'guaranteeKind', equals: 'suretyship' }, label: bi('是否约定连带责任保证', 'Joint and several suretyship?'), help: bi('保证合同写明“连带责任保证”的，可以直接要求保证人还款。', 'If the guarantee says "joint and several", the guarantor may be asked to pay directly.'), supports: ['guarantee'] },
  ],
};

export const costsSection: ElementSection = {
  key: 'enforcementCosts',
  label: bi('实现债权的费用', 'Costs of enforcing the debt'),
  issue: bi('律师费等实现债权的费用应否由被告负担', 'Whether the defendant bears the lawyer’s fee and other enforcement costs'),
  elements: [
    { key: 'lawyerFeeAgreed', type: 'boolean', label: bi('是否约定律师费由借款人负担', 'Did the contract put the lawyer’s fee on the borrower?'), help: bi('合同中有“实现债权的费用（包括律师费）由借款人承担”等约定的，选“是”。', 'Choose yes if the contract says the borrower bears the costs of enforcing the debt, including the lawyer’s fee.'), supports: ['lawyerFee'] },
    { key: 'lawyerFee', type: 'amount', required: true, min: 0.01, when: { element: 'lawyerFeeAgreed', equals: true }, label: bi('已支付的律师费', 'Lawyer’s fee paid'), help: bi('按律师费发票或委托合同填写实际支付的金额。', 'The amount actually paid, as on the invoice or the engagement contract.'), supports: ['lawyerFee'] },
  ],
};

export const guaranteeClaim: ClaimDef = {
  key: 'guarantee',
  label: bi('担保责任', 'Liability of the security'),
  draft: (v) => {
    if (v.hasGuarantee !== true) return null;
    if (v.guaranteeKind === 'suretyship') return v.guarantorJoint === true ? '判令保证人对上述债务承担连带清偿责任' : '判令保证人对上述债务承担保证责任';
    return '判令原告对担保财产折价或者拍卖、变卖所得价款在上述债务范围内享有优先受偿权';
  },
};

export const lawyerFeeClaim: ClaimDef = {
  key: 'lawyerFee',
  label: bi('律师费', 'Lawyer’s fee'),
  draft: (v) => (v.lawyerFeeAgreed === true ? amountClaim('判令被告支付原告为实现债权支出的律师费', fenOf(v, 'lawyerFee') ?? 0n) : null),
};
