// 信用卡纠纷 (2020 cause catalogue 110-2), after the SPC's 2024 要素式 complaint for credit-card disputes: the card
// agreement, the overdraft and the default, what the bank asks for, its collection.
import { amountClaim, costsClaim, dateWords, fenOf } from '../claimDrafts';
import { bi, type ElementSchema } from '../elementSchema';

export const creditCard: ElementSchema = {
  key: 'creditCard',
  version: 1,
  label: bi('信用卡纠纷', 'Credit card dispute'),
  causes: [{ key: '110-2', name: '信用卡纠纷' }],
  sections: [
    {
      key: 'card',
      label: bi('领用合约', 'The card agreement'),
      issue: bi('信用卡领用合约是否成立及其约定', 'Whether the card agreement was made, and its terms'),
      elements: [
        { key: 'applicationDate', type: 'date', required: true, label: bi('申领信用卡的日期', 'Date the card was applied for'), help: bi('持卡人签署申请表或线上申领的日期。', 'The day the cardholder signed the application or applied online.'), supports: ['repayPrincipal'] },
        { key: 'cardTail', type: 'text', maxLength: 4, label: bi('卡号后四位', 'Last four digits of the card'), help: bi('为保护信息，只填卡号最后四位。', 'Only the last four digits, to protect the card number.'), supports: ['repayPrincipal'] },
        { key: 'creditLimit', type: 'amount', label: bi('信用额度', 'Credit limit'), help: bi('发卡时核定的透支额度。', 'The overdraft limit granted with the card.'), supports: ['repayPrincipal'] },
        { key: 'termsExplained', type: 'boolean', required: true, label: bi('是否已提示说明利息、违约金等条款', 'Were the interest and fee terms pointed out?'), help: bi('银行是否以加粗、单独签字等方式提示持卡人注意利息、违约金条款。', 'Whether the bank drew the cardholder’s attention to the interest and penalty terms (bold type, a separate signature…).'), supports: ['payInterest', 'payFees'] },
        { key: 'dailyRate', type: 'rate', rateBasis: 'day', required: true, min: 0, max: 1, label: bi('约定的透支日利率（%）', 'Agreed daily overdraft rate (%)'), help: bi('如“日利率万分之五”填0.05。', '“0.05% a day” is entered as 0.05.'), supports: ['payInterest'] },
      ],
    },
    {
      key: 'overdraft',
      label: bi('透支与逾期', 'Overdraft and default'),
      issue: bi('持卡人透支及逾期还款的事实与欠款数额', 'The overdraft, the default and the amount owed'),
      elements: [
        { key: 'overdueSince', type: 'date', required: true, label: bi('开始逾期的日期', 'In default since'), help: bi('持卡人第一次未按期还款的日期。', 'The first day a payment was missed.'), supports: ['repayPrincipal', 'payInterest'] },
        { key: 'owedAsOf', type: 'date', required: true, label: bi('欠款计算截止日', 'Debt computed up to'), help: bi('下列欠款算到哪一天。', 'The day up to which the amounts below are computed.'), supports: ['repayPrincipal', 'payInterest', 'payFees'] },
        { key: 'principalOwed', type: 'amount', required: true, min: 0.01, label: bi('尚欠透支本金', 'Overdraft principal owed'), help: bi('消费、取现等透支的本金，不含利息和费用。', 'The principal of purchases and cash advances, without interest or fees.'), supports: ['repayPrincipal'] },
        { key: 'interestOwed', type: 'amount', required: true, label: bi('尚欠利息', 'Interest owed'), help: bi('截至上述日期的透支利息。', 'Overdraft interest up to that day.'), supports: ['payInterest'] },
        { key: 'feesOwed', type: 'amount', label: bi('尚欠违约金及其他费用', 'Penalties and other fees owed'), help: bi('违约金、年费、分期手续费等。', 'Late-payment penalties, annual fees, instalment fees and the like.'), supports: ['payFees'] },
        { key: 'repaidAfterDefault', type: 'amount', label: bi('逾期后已还款金额', 'Paid after default'), help: bi('逾期后持卡人又还了多少。', 'What the cardholder paid after the default.'), supports: ['repayPrincipal'] },
      ],
    },
    {
      key: 'collection',
      label: bi('催收情况', 'Collection'),
      issue: bi('银行是否催收及持卡人的还款意愿', 'Whether the bank demanded payment, and the cardholder’s answer'),
      elements: [
        { key: 'collected', type: 'boolean', required: true, label: bi('是否进行过催收', 'Was payment demanded?'), help: bi('银行是否通过电话、短信、信函等方式催促还款。', 'Whether the bank asked for payment by phone, text, letter or otherwise.'), supports: ['repayPrincipal'] },
        { key: 'collectionMethod', type: 'choice', required: true, when: { element: 'collected', equals: true }, label: bi('催收方式', 'How payment was demanded'), help: bi('选最主要的一种。', 'The main one.'), options: [
          { key: 'phone', label: bi('电话', 'Phone') },
          { key: 'sms', label: bi('短信', 'Text message') },
          { key: 'letter', label: bi('信函', 'Letter') },
          { key: 'visit', label: bi('上门', 'Visit') },
        ], supports: ['repayPrincipal'] },
      ],
    },
  ],
  claims: [
    { key: 'repayPrincipal', label: bi('偿还透支本金', 'Repay the overdraft'), draft: (v) => amountClaim(`判令被告偿还截至${dateWords(v, 'owedAsOf')}的信用卡透支本金`, fenOf(v, 'principalOwed') ?? 0n) },
    {
      key: 'payInterest',
      label: bi('支付利息', 'Pay interest'),
      draft: (v) => {
        const after = `自${dateWords(v, 'owedAsOf')}次日起至实际清偿之日止以欠付本金为基数按日利率${String(v.dailyRate)}%计算的利息`;
        const owed = fenOf(v, 'interestOwed') ?? 0n;
        return owed > 0n ? `${amountClaim(`判令被告支付截至${dateWords(v, 'owedAsOf')}的利息`, owed)}，以及${after}` : `判令被告支付${after}`;
      },
    },
    { key: 'payFees', label: bi('支付违约金等费用', 'Pay penalties and fees'), draft: (v) => amountClaim('判令被告支付违约金及其他费用', fenOf(v, 'feesOwed') ?? 0n) },
    costsClaim,
  ],
  checks: [
    { kind: 'dateNotBefore', later: 'overdueSince', earlier: 'applicationDate' },
    { kind: 'dateNotBefore', later: 'owedAsOf', earlier: 'overdueSince' },
  ],
};
