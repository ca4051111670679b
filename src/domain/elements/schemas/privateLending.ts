// 民间借贷纠纷 (2020 cause catalogue 103-3), after the SPC's 2024 要素式 complaint for private lending: the agreement,
// the money actually handed over, the term and interest agreed, what was repaid, the security.
import { amountClaim, costsClaim, dateWords, fenOf } from '../claimDrafts';
import { bi, type ElementSchema } from '../elementSchema';
import { costsSection, guaranteeClaim, guaranteeSection, lawyerFeeClaim } from './loanCommon';

export const privateLending: ElementSchema = {
  key: 'privateLending',
  version: 1,
  label: bi('民间借贷纠纷', 'Private lending dispute'),
  causes: [{ key: '103-3', name: '民间借贷纠纷' }],
  sections: [
    {
      key: 'agreement',
      label: bi('借贷合意', 'The loan agreement'),
      issue: bi('双方之间是否存在借贷关系及约定的借款数额', 'Whether the parties agreed a loan, and for how much'),
      elements: [
        { key: 'agreementForm', type: 'choice', required: true, label: bi('借款凭证', 'Proof of the loan'), help: bi('写明借款的依据是什么：借款合同、借条（欠条）、聊天记录等电子凭证，或者只是口头约定。', 'What shows the loan: a contract, an IOU, electronic records such as chat messages, or only a spoken agreement.'), options: [
          { key: 'contract', label: bi('借款合同', 'Loan contract') },
          { key: 'iou', label: bi('借条/欠条', 'IOU') },
          { key: 'electronic', label: bi('电子凭证（聊天记录、电子合同等）', 'Electronic record (chat, e-contract)') },
          { key: 'oral', label: bi('口头约定', 'Spoken agreement') },
        ], supports: ['repayPrincipal'] },
        { key: 'agreementDate', type: 'date', required: true, label: bi('约定借款的日期', 'Date of the agreement'), help: bi('借款合同签订或借条出具的日期；口头约定的，填约定的大致日期。', 'When the contract was signed or the IOU written; for a spoken agreement, about when it was made.'), supports: ['repayPrincipal'] },
        { key: 'principalAgreed', type: 'amount', required: true, min: 0.01, label: bi('约定的借款金额', 'Amount agreed'), help: bi('合同或借条上写的借款金额。', 'The amount written in the contract or the IOU.'), supports: ['repayPrincipal'] },
      ],
    },
    {
      key: 'delivery',
      label: bi('款项交付', 'Handing over the money'),
      issue: bi('借款是否实际交付及交付的数额', 'Whether and how much money was actually handed over'),
      elements: [
        { key: 'principalDelivered', type: 'amount', required: true, min: 0.01, label: bi('实际出借的金额', 'Amount actually lent'), help: bi('实际交给借款人的钱。预先从本金中扣除利息的，只填实际到手的金额。', 'The money the borrower actually received. If interest was deducted in advance, give only what was received.'), supports: ['repayPrincipal', 'payInterest'] },
        { key: 'deliveryDate', type: 'date', required: true, label: bi('出借日期', 'Date the money was handed over'), help: bi('转账或交付现金的日期；分多次的，填第一笔的日期并在下方说明。', 'The date of the transfer or of handing over the cash; if in several payments, the first one (explain below).'), supports: ['payInterest'] },
        { key: 'deliveryMethod', type: 'choice', required: true, label: bi('交付方式', 'How the money was handed over'), help: bi('通过银行转账、微信/支付宝等转账，还是现金。', 'By bank transfer, by WeChat Pay/Alipay, or in cash.'), options: [
          { key: 'bank', label: bi('银行转账', 'Bank transfer') },
          { key: 'online', label: bi('微信/支付宝转账', 'WeChat Pay / Alipay') },
          { key: 'cash', label: bi('现金', 'Cash') },
          { key: 'other', label: bi('其他', 'Other') },
        ], supports: ['repayPrincipal'] },
        { key: 'deliveryNote', type: 'text', maxLength: 500, label: bi('交付情况说明', 'Notes on handing over'), help: bi('分次交付、由他人代收等情况，在这里说明。', 'Payments in instalments, money received by another person on the borrower’s behalf, and the like.'), supports: ['repayPrincipal'] },
      ],
    },
    {
      key: 'termAndInterest',
      label: bi('借款期限与利息', 'Term and interest'),
      issue: bi('借款期限是否届满、利息及逾期利息的约定和计算标准', 'Whether the loan is due, and what interest and late interest were agreed'),
      elements: [
        { key: 'hasTerm', type: 'boolean', required: true, label: bi('是否约定还款期限', 'Was a repayment date agreed?'), help: bi('约定了什么时候还钱的，选“是”。', 'Choose yes if a date for repaying was agreed.'), supports: ['repayPrincipal', 'payInterest'] },
        { key: 'dueDate', type: 'date', required: true, when: { element: 'hasTerm', equals: true }, label: bi('约定的还款日期', 'Agreed repayment date'), help: bi('约定最迟还款的日期。', 'The last day agreed for repaying.'), supports: ['repayPrincipal', 'payInterest'] },
        { key: 'interestAgreed', type: 'boolean', required: true, label: bi('是否约定借期内利息', 'Was interest agreed?'), help: bi('没有约定利息的，借期内视为不支付利息。', 'Without an agreement on interest, none is due for the term of the loan.'), supports: ['payInterest'] },
        { key: 'interestRate', type: 'rate', rateBasis: 'year', required: true, min: 0, max: 100, when: { element: 'interestAgreed', equals: true }, label: bi('约定的年利率（%）', 'Agreed annual rate (%)'), help: bi('换算成年利率填写，如“月息1分”即年利率12%。', 'As a yearly rate: 1% a month is 12% a year.'), supports: ['payInterest'] },
        { key: 'overdueRateAgreed', type: 'boolean', label: bi('是否约定逾期利率', 'Was a late-payment rate agreed?'), help: bi('约定了逾期还款按什么利率计息的，选“是”。', 'Choose yes if a rate for late repayment was agreed.'), supports: ['payInterest'] },
        { key: 'overdueRate', type: 'rate', rateBasis: 'year', required: true, min: 0, max: 100, when: { element: 'overdueRateAgreed', equals: true }, label: bi('约定的逾期年利率（%）', 'Agreed late-payment annual rate (%)'), help: bi('换算成年利率填写。', 'As a yearly rate.'), supports: ['payInterest'] },
      ],
    },
    {
      key: 'repayment',
      label: bi('还款情况', 'Repayments'),
      issue: bi('借款人已还款的数额及尚欠本息', 'How much was repaid and what is still owed'),
      elements: [
        { key: 'repaidPrincipal', type: 'amount', required: true, label: bi('已归还的本金', 'Principal repaid'), help: bi('借款人已经还了多少本金；一分未还的填0。', 'How much of the principal was repaid; 0 if nothing.'), supports: ['repayPrincipal'] },
        { key: 'paidInterest', type: 'amount', label: bi('已支付的利息', 'Interest paid'), help: bi('借款人已经付过的利息。', 'Interest the borrower has already paid.'), supports: ['payInterest'] },
        { key: 'paidInterestUntil', type: 'date', label: bi('利息已付至', 'Interest paid up to'), help: bi('已付利息计算到哪一天。', 'The day up to which interest has been paid.'), supports: ['payInterest'] },
      ],
    },
    guaranteeSection,
    costsSection,
  ],
  claims: [
    { key: 'repayPrincipal', label: bi('偿还本金', 'Repay the principal'), draft: (v) => amountClaim('判令被告偿还借款本金', (fenOf(v, 'principalDelivered') ?? 0n) - (fenOf(v, 'repaidPrincipal') ?? 0n)) },
    {
      key: 'payInterest',
      label: bi('支付利息', 'Pay interest'),
      draft: (v) => {
        const from = dateWords(v, 'paidInterestUntil') ?? dateWords(v, 'deliveryDate');
        if (v.interestAgreed === true) return `判令被告以未还本金为基数，按年利率${String(v.interestRate)}%支付自${from}起至实际清偿之日止的利息`;
        // PRIV-LEND art 28 [U: not in rules.md]: without agreed interest, late interest runs from the due date.
        if (v.hasTerm === true) {
          const rate = v.overdueRateAgreed === true ? `年利率${String(v.overdueRate)}%` : '逾期还款时一年期贷款市场报价利率';
          return `判令被告以未还本金为基数，按${rate}支付自${dateWords(v, 'dueDate')}次日起至实际清偿之日止的逾期利息`;
        }
        return null;
      },
    },
    guaranteeClaim,
    lawyerFeeClaim,
    costsClaim,
  ],
  checks: [
    { kind: 'amountNotAbove', part: 'principalDelivered', whole: 'principalAgreed' },
    { kind: 'amountNotAbove', part: 'repaidPrincipal', whole: 'principalDelivered' },
    { kind: 'dateNotBefore', later: 'dueDate', earlier: 'deliveryDate' },
    { kind: 'dateNotBefore', later: 'paidInterestUntil', earlier: 'deliveryDate' },
  ],
};
