// 劳动争议 — 劳动合同纠纷 and its sub-causes (2020 cause catalogue 186, 186-1…186-7), after the SPC's 2024 要素式
// complaint for labour disputes: the employment, wages, how it ended, the arbitration that must come first.
import { amountClaim, costsClaim, fenOf } from '../claimDrafts';
import { bi, type ElementSchema } from '../elementSchema';

export const labourDispute: ElementSchema = {
  key: 'labourDispute',
  version: 1,
  label: bi('劳动争议（劳动合同纠纷）', 'Labour dispute (employment contract)'),
  causes: [{ key: '186', name: '劳动合同纠纷', withChildren: true }],
  sections: [
    {
      key: 'employment',
      label: bi('劳动关系', 'The employment'),
      issue: bi('双方是否存在劳动关系及其起止时间', 'Whether there was an employment relationship, and from when to when'),
      elements: [
        { key: 'startDate', type: 'date', required: true, label: bi('入职日期', 'Start date'), help: bi('开始为用人单位工作的日期。', 'The first day you worked for the employer.'), supports: ['payWages', 'compensation', 'doubleWage'] },
        { key: 'position', type: 'text', maxLength: 100, label: bi('工作岗位', 'Position'), help: bi('从事的工作或职务。', 'The job you did.'), supports: ['payWages'] },
        { key: 'writtenContract', type: 'boolean', required: true, label: bi('是否签订书面劳动合同', 'Written employment contract?'), help: bi('入职后与单位签过书面劳动合同的，选“是”。', 'Choose yes if you signed a written contract with the employer.'), supports: ['doubleWage'] },
        { key: 'monthlyWage', type: 'amount', required: true, min: 0.01, label: bi('月工资标准', 'Monthly wage'), help: bi('正常工作时每月应得的工资（税前）。', 'What a normal month of work paid, before tax.'), supports: ['payWages', 'compensation', 'doubleWage'] },
      ],
    },
    {
      key: 'wages',
      label: bi('工资与加班费', 'Wages and overtime'),
      issue: bi('用人单位是否拖欠工资、加班费及其数额', 'Whether wages or overtime pay are unpaid, and how much'),
      elements: [
        { key: 'unpaidWages', type: 'amount', label: bi('拖欠的工资', 'Unpaid wages'), help: bi('单位没有发的工资合计。', 'The total of the wages not paid.'), supports: ['payWages'] },
        { key: 'unpaidFrom', type: 'date', label: bi('拖欠工资的起始月份（日期）', 'Unpaid from'), help: bi('从哪一天起的工资没有发。', 'From which day wages went unpaid.'), supports: ['payWages'] },
        { key: 'unpaidTo', type: 'date', label: bi('拖欠工资的截止日期', 'Unpaid to'), help: bi('到哪一天为止的工资没有发。', 'Up to which day wages went unpaid.'), supports: ['payWages'] },
        { key: 'overtimePay', type: 'amount', label: bi('未付的加班费', 'Unpaid overtime'), help: bi('延长工作时间、休息日或节假日加班应得而未得的报酬。', 'Pay owed for overtime, rest days or public holidays worked.'), supports: ['payOvertime'] },
      ],
    },
    {
      key: 'termination',
      label: bi('劳动关系解除或终止', 'How the employment ended'),
      issue: bi('劳动合同解除或终止的原因及用人单位应否支付经济补偿、二倍工资', 'Why the employment ended, and whether severance or double wages are owed'),
      elements: [
        { key: 'ended', type: 'boolean', required: true, label: bi('劳动关系是否已解除或终止', 'Has the employment ended?'), help: bi('已经离职的选“是”。', 'Choose yes if you have left.'), supports: ['compensation'] },
        { key: 'endDate', type: 'date', required: true, when: { element: 'ended', equals: true }, label: bi('离职日期', 'End date'), help: bi('最后工作或劳动合同解除的日期。', 'The last day worked, or the day the contract ended.'), supports: ['compensation'] },
        { key: 'endReason', type: 'choice', required: true, when: { element: 'ended', equals: true }, label: bi('解除或终止的原因', 'Why it ended'), help: bi('谁提出、因为什么结束劳动关系。', 'Who ended the employment and why.'), options: [
          { key: 'dismissed', label: bi('用人单位解除', 'Dismissed by the employer') },
          { key: 'employerFault', label: bi('因单位过错（如欠薪、未缴社保）劳动者解除', 'Left because of the employer’s fault (unpaid wages, no social insurance…)') },
          { key: 'resigned', label: bi('劳动者主动辞职', 'Resigned') },
          { key: 'mutual', label: bi('双方协商一致', 'By agreement') },
          { key: 'expired', label: bi('劳动合同期满', 'Contract expired') },
        ], supports: ['compensation'] },
        { key: 'severance', type: 'amount', label: bi('主张的经济补偿金', 'Severance claimed'), help: bi('按工作年限，每满一年支付一个月工资计算。', 'One month’s wage for each full year worked.'), supports: ['compensation'] },
        { key: 'doubleWageDifference', type: 'amount', when: { element: 'writtenContract', equals: false }, label: bi('未签书面合同的二倍工资差额', 'Double-wage difference (no written contract)'), help: bi('入职满一个月后仍未签书面合同的月份，每月再支付一倍工资，最长十一个月。', 'For each month after the first without a written contract, one more month’s wage, at most eleven.'), supports: ['doubleWage'] },
      ],
    },
    {
      key: 'arbitration',
      label: bi('劳动仲裁', 'Labour arbitration'),
      issue: bi('本案是否经过劳动仲裁及起诉是否在法定期间内', 'Whether arbitration came first, and whether the suit is in time'),
      elements: [
        { key: 'arbitrationNo', type: 'text', required: true, maxLength: 100, label: bi('仲裁案号', 'Arbitration case number'), help: bi('劳动人事争议仲裁委员会裁决书（或不予受理通知书）上的案号。', 'The number on the arbitration award (or on the notice refusing the case).'), supports: ['payWages', 'compensation'] },
        { key: 'arbitrationOutcome', type: 'choice', required: true, label: bi('仲裁结果', 'Arbitration outcome'), help: bi('仲裁委员会作出的结论。', 'What the arbitration commission decided.'), options: [
          { key: 'upheld', label: bi('支持申请', 'Upheld') },
          { key: 'partly', label: bi('部分支持', 'Partly upheld') },
          { key: 'dismissed', label: bi('驳回申请', 'Dismissed') },
          { key: 'notAccepted', label: bi('不予受理', 'Not accepted') },
        ], supports: ['payWages', 'compensation'] },
        { key: 'awardDate', type: 'date', required: true, label: bi('裁决（通知）日期', 'Date of the award'), help: bi('裁决书或不予受理通知书落款的日期。', 'The date at the end of the award or notice.'), supports: ['payWages', 'compensation'] },
        { key: 'awardReceivedOn', type: 'date', required: true, label: bi('收到裁决书的日期', 'Award received on'), help: bi('收到裁决书后应在15日内起诉。', 'A suit must follow within 15 days of receiving the award.'), supports: ['payWages', 'compensation'] },
      ],
    },
  ],
  claims: [
    { key: 'payWages', label: bi('支付拖欠工资', 'Pay unpaid wages'), draft: (v) => amountClaim('判令被告支付拖欠的工资', fenOf(v, 'unpaidWages') ?? 0n) },
    { key: 'payOvertime', label: bi('支付加班费', 'Pay overtime'), draft: (v) => amountClaim('判令被告支付加班费', fenOf(v, 'overtimePay') ?? 0n) },
    { key: 'compensation', label: bi('支付经济补偿金', 'Pay severance'), draft: (v) => amountClaim('判令被告支付解除劳动合同经济补偿金', fenOf(v, 'severance') ?? 0n) },
    { key: 'doubleWage', label: bi('支付二倍工资差额', 'Pay the double-wage difference'), draft: (v) => amountClaim('判令被告支付未签订书面劳动合同的二倍工资差额', fenOf(v, 'doubleWageDifference') ?? 0n) },
    costsClaim,
  ],
  checks: [
    { kind: 'dateNotBefore', later: 'endDate', earlier: 'startDate' },
    { kind: 'dateNotBefore', later: 'unpaidFrom', earlier: 'startDate' },
    { kind: 'dateNotBefore', later: 'unpaidTo', earlier: 'unpaidFrom' },
    { kind: 'dateNotBefore', later: 'awardReceivedOn', earlier: 'awardDate' },
  ],
};
