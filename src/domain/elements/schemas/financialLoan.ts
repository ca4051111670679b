// 金融借款合同纠纷 (2020 cause catalogue 103-1), after the SPC's 2024 要素式 complaint for financial loans: the contract,
// the disbursement, the rates, the default and acceleration, the security.
import { amountClaim, costsClaim, dateWords, fenOf } from '../claimDrafts';
import { bi, type ElementSchema } from '../elementSchema';
import { costsSection, guaranteeClaim, guaranteeSection, lawyerFeeClaim } from './loanCommon';

export const financialLoan: ElementSchema = {
  key: 'financialLoan',
  version: 1,
  label: bi('金融借款合同纠纷', 'Financial loan contract dispute'),
  causes: [{ key: '103-1', name: '金融借款合同纠纷' }],
  sections: [
    {
      key: 'contract',
      label: bi('借款合同', 'The loan contract'),
      issue: bi('借款合同是否成立生效及其主要约定', 'Whether the loan contract is valid, and its main terms'),
      elements: [
        { key: 'contractNo', type: 'text', maxLength: 100, label: bi('合同编号', 'Contract number'), help: bi('借款合同上印的编号。', 'The number printed on the loan contract.'), supports: ['repayPrincipal'] },
        { key: 'contractDate', type: 'date', required: true, label: bi('合同签订日期', 'Date signed'), help: bi('借款合同签订的日期。', 'The day the loan contract was signed.'), supports: ['repayPrincipal'] },
        { key: 'loanAmount', type: 'amount', required: true, min: 0.01, label: bi('合同约定的借款金额', 'Amount lent under the contract'), help: bi('合同写明的借款金额。', 'The loan amount the contract states.'), supports: ['repayPrincipal'] },
        { key: 'termEnd', type: 'date', required: true, label: bi('约定的借款到期日', 'Maturity date'), help: bi('合同约定的借款期限届满之日。', 'The day the contract says the loan falls due.'), supports: ['repayPrincipal', 'payInterest'] },
        { key: 'repaymentMethod', type: 'choice', required: true, label: bi('还款方式', 'Repayment method'), help: bi('合同约定怎么还款。', 'How the contract says the loan is repaid.'), options: [
          { key: 'annuity', label: bi('等额本息', 'Equal instalments') },
          { key: 'equalPrincipal', label: bi('等额本金', 'Equal principal') },
          { key: 'interestMonthly', label: bi('按月付息、到期还本', 'Monthly interest, principal at maturity') },
          { key: 'bullet', label: bi('到期一次性还本付息', 'All at maturity') },
        ], supports: ['repayPrincipal'] },
      ],
    },
    {
      key: 'disbursement',
      label: bi('放款情况', 'Disbursement'),
      issue: bi('贷款是否实际发放及发放的数额', 'Whether and how much of the loan was paid out'),
      elements: [
        { key: 'disbursedAmount', type: 'amount', required: true, min: 0.01, label: bi('实际放款金额', 'Amount paid out'), help: bi('银行实际发放到借款人账户的金额。', 'The amount the bank actually paid into the borrower’s account.'), supports: ['repayPrincipal', 'payInterest'] },
        { key: 'disbursementDate', type: 'date', required: true, label: bi('放款日期', 'Date paid out'), help: bi('贷款发放的日期。', 'The day the loan was paid out.'), supports: ['payInterest'] },
      ],
    },
    {
      key: 'rates',
      label: bi('利率约定', 'Agreed rates'),
      issue: bi('借期内利息、逾期罚息及复利的计算标准', 'How interest, penalty interest and compound interest are computed'),
      elements: [
        { key: 'interestRate', type: 'rate', rateBasis: 'year', required: true, min: 0, max: 100, label: bi('借期内年利率（%）', 'Annual interest rate (%)'), help: bi('合同约定的执行年利率。', 'The annual rate the contract applies.'), supports: ['payInterest'] },
        { key: 'penaltyRate', type: 'rate', rateBasis: 'year', min: 0, max: 100, label: bi('逾期罚息年利率（%）', 'Penalty annual rate (%)'), help: bi('逾期后按什么年利率计收罚息，常见为在借期利率上加收30%–50%。', 'The annual rate charged after default, often the contract rate plus 30–50%.'), supports: ['payInterest'] },
        { key: 'compoundAgreed', type: 'boolean', label: bi('是否约定计收复利', 'Compound interest agreed?'), help: bi('对欠付的利息再计收利息，叫复利。', 'Interest charged on unpaid interest is compound interest.'), supports: ['payInterest'] },
      ],
    },
    {
      key: 'default',
      label: bi('逾期与欠款', 'Default and the debt'),
      issue: bi('借款人是否违约、贷款是否提前到期及尚欠本息数额', 'Whether the borrower defaulted, whether the loan was accelerated, and what is owed'),
      elements: [
        { key: 'repaidPrincipal', type: 'amount', required: true, label: bi('已归还的本金', 'Principal repaid'), help: bi('借款人已经归还的本金；未还的填0。', 'Principal the borrower has repaid; 0 if none.'), supports: ['repayPrincipal'] },
        { key: 'overdueSince', type: 'date', required: true, label: bi('开始逾期的日期', 'In default since'), help: bi('借款人第一次未按约定还款的日期。', 'The first day the borrower missed a payment.'), supports: ['payInterest'] },
        { key: 'accelerated', type: 'boolean', required: true, label: bi('是否宣布贷款提前到期', 'Loan accelerated?'), help: bi('银行依合同通知借款人全部贷款立即到期的，选“是”。', 'Choose yes if the bank, under the contract, declared the whole loan due at once.'), supports: ['repayPrincipal'] },
        { key: 'accelerationDate', type: 'date', required: true, when: { element: 'accelerated', equals: true }, label: bi('宣布提前到期的日期', 'Date of acceleration'), help: bi('通知送达借款人的日期。', 'The day the notice reached the borrower.'), supports: ['repayPrincipal'] },
        { key: 'owedAsOf', type: 'date', required: true, label: bi('欠款计算截止日', 'Debt computed up to'), help: bi('下面的欠付利息算到哪一天。', 'The day up to which the unpaid interest below is computed.'), supports: ['payInterest'] },
        { key: 'interestOwed', type: 'amount', required: true, label: bi('截至该日欠付的利息、罚息和复利', 'Interest, penalty and compound interest owed to that day'), help: bi('按银行对账单或计算表填写合计数。', 'The total as the bank’s statement or computation shows.'), supports: ['payInterest'] },
      ],
    },
    guaranteeSection,
    costsSection,
  ],
  claims: [
    { key: 'repayPrincipal', label: bi('偿还本金', 'Repay the principal'), draft: (v) => amountClaim('判令被告偿还借款本金', (fenOf(v, 'disbursedAmount') ?? 0n) - (fenOf(v, 'repaidPrincipal') ?? 0n)) },
    {
      key: 'payInterest',
      label: bi('支付利息、罚息、复利', 'Pay interest, penalty and compound interest'),
      draft: (v) => {
        const owed = fenOf(v, 'interestOwed') ?? 0n;
        const after = `自${dateWords(v, 'owedAsOf')}次日起至实际清偿之日止的${v.penaltyRate !== undefined ? `罚息（按年利率${String(v.penaltyRate)}%计算）` : '利息'}${v.compoundAgreed === true ? '及复利' : ''}`;
        return owed > 0n ? `${amountClaim(`判令被告支付截至${dateWords(v, 'owedAsOf')}的利息、罚息、复利`, owed)}，以及${after}` : `判令被告支付${after}`;
      },
    },
    guaranteeClaim,
    lawyerFeeClaim,
    costsClaim,
  ],
  checks: [
    { kind: 'amountNotAbove', part: 'disbursedAmount', whole: 'loanAmount' },
    { kind: 'amountNotAbove', part: 'repaidPrincipal', whole: 'disbursedAmount' },
    { kind: 'dateNotBefore', later: 'disbursementDate', earlier: 'contractDate' },
    { kind: 'dateNotBefore', later: 'termEnd', earlier: 'disbursementDate' },
    { kind: 'dateNotBefore', later: 'overdueSince', earlier: 'disbursementDate' },
    { kind: 'dateNotBefore', later: 'owedAsOf', earlier: 'overdueSince' },
  ],
};
