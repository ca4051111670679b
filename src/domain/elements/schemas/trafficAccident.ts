// 机动车交通事故责任纠纷 (2020 cause catalogue 374), after the SPC's 2024 要素式 complaint for road accidents: the
// accident, the police finding of liability, the insurance, the injury and each head of loss.
import { amountClaim, costsClaim, sumFen, fenOf, yuanWords } from '../claimDrafts';
import { bi, type ElementDef, type ElementSchema } from '../elementSchema';

const loss = (key: string, zh: string, en: string, helpZh: string, helpEn: string): ElementDef => ({ key, type: 'amount', label: bi(zh, en), help: bi(helpZh, helpEn), supports: ['compensate'] });

/** The heads of loss a complaint lists, in the order a judgment reckons them. */
export const LOSS_HEADS: readonly ElementDef[] = [
  loss('medicalCosts', '医疗费', 'Medical costs', '按医院收费票据合计填写。', 'The total of the hospital’s receipts.'),
  loss('hospitalMeals', '住院伙食补助费', 'Hospital meal allowance', '按住院天数乘以当地标准计算。', 'Days in hospital times the local daily rate.'),
  loss('nutrition', '营养费', 'Nutrition', '医嘱需要加强营养的费用。', 'Extra nutrition the doctor prescribed.'),
  loss('lostIncome', '误工费', 'Lost income', '因受伤不能工作减少的收入。', 'Income lost because the injury kept you from work.'),
  loss('nursing', '护理费', 'Nursing', '住院及出院后需要护理的费用。', 'The cost of care in and after hospital.'),
  loss('transport', '交通费', 'Transport', '就医、转院实际发生的交通费。', 'Travel to hospitals and between them.'),
  loss('disabilityCompensation', '残疾赔偿金', 'Disability compensation', '评定伤残等级后按标准计算；未评残的不填。', 'Computed from the disability grade; leave empty without a grading.'),
  loss('appraisalFee', '鉴定费', 'Appraisal fee', '伤残、护理期等鉴定的费用。', 'The cost of the disability and care-period appraisals.'),
  loss('emotionalDamages', '精神损害抚慰金', 'Emotional damages', '造成严重精神损害的，可以请求。', 'May be claimed where the harm to mind was serious.'),
  loss('propertyLoss', '财产损失', 'Property damage', '车辆维修费、物品损失等。', 'Repairs to the vehicle, damaged belongings and the like.'),
];

export const trafficAccident: ElementSchema = {
  key: 'trafficAccident',
  version: 1,
  label: bi('机动车交通事故责任纠纷', 'Motor-vehicle accident liability dispute'),
  causes: [{ key: '374', name: '机动车交通事故责任纠纷' }],
  sections: [
    {
      key: 'accident',
      label: bi('事故经过', 'The accident'),
      issue: bi('交通事故发生的事实', 'What happened in the accident'),
      elements: [
        { key: 'accidentTime', type: 'date', required: true, label: bi('事故发生日期', 'Date of the accident'), help: bi('事故发生的那一天。', 'The day the accident happened.'), supports: ['compensate'] },
        { key: 'accidentPlace', type: 'text', required: true, maxLength: 200, label: bi('事故地点', 'Place'), help: bi('道路名称、路口或附近的标志物。', 'The road, the junction or a landmark nearby.'), supports: ['compensate'] },
        { key: 'vehiclePlate', type: 'text', required: true, maxLength: 20, label: bi('被告车辆号牌', 'The defendant’s vehicle plate'), help: bi('肇事机动车的车牌号。', 'The number plate of the vehicle that caused the accident.'), supports: ['compensate', 'insurance'] },
        { key: 'accidentCourse', type: 'text', maxLength: 1000, label: bi('事故经过', 'How it happened'), help: bi('简要说明事故是怎样发生的。', 'Briefly, how the accident happened.'), supports: ['compensate'] },
      ],
    },
    {
      key: 'liability',
      label: bi('责任认定', 'Liability'),
      issue: bi('事故责任的划分及被告应承担的赔偿比例', 'How liability is divided, and the defendant’s share'),
      elements: [
        { key: 'policeFinding', type: 'boolean', required: true, label: bi('是否有交警部门的事故认定书', 'Is there a police accident finding?'), help: bi('交警部门出具的《道路交通事故认定书》。', 'The traffic police’s road-accident liability finding.'), supports: ['compensate'] },
        { key: 'defendantLiability', type: 'choice', required: true, when: { element: 'policeFinding', equals: true }, label: bi('认定书对被告一方的责任认定', 'The defendant’s liability in the finding'), help: bi('按认定书的结论选择。', 'As the finding concludes.'), options: [
          { key: 'full', label: bi('全部责任', 'Full') },
          { key: 'main', label: bi('主要责任', 'Main') },
          { key: 'equal', label: bi('同等责任', 'Equal') },
          { key: 'minor', label: bi('次要责任', 'Minor') },
          { key: 'none', label: bi('无责任', 'None') },
        ], supports: ['compensate'] },
      ],
    },
    {
      key: 'insurance',
      label: bi('保险情况', 'Insurance'),
      issue: bi('保险公司应否在保险责任限额内赔偿', 'Whether the insurers pay within their policy limits'),
      elements: [
        { key: 'compulsoryInsurer', type: 'text', maxLength: 100, label: bi('交强险承保公司', 'Compulsory insurer'), help: bi('被告车辆投保交强险的保险公司（保单上有）。', 'The insurer of the vehicle’s compulsory insurance (on the policy).'), supports: ['insurance'] },
        { key: 'commercialInsured', type: 'boolean', label: bi('是否投保商业三者险', 'Third-party commercial insurance?'), help: bi('车辆除交强险外还买了第三者责任商业保险的，选“是”。', 'Choose yes if the vehicle also had commercial third-party insurance.'), supports: ['insurance'] },
        { key: 'commercialLimit', type: 'amount', required: true, when: { element: 'commercialInsured', equals: true }, label: bi('商业三者险保险金额', 'Commercial policy limit'), help: bi('保单上的第三者责任保险金额。', 'The third-party limit on the policy.'), supports: ['insurance'] },
      ],
    },
    {
      key: 'injury',
      label: bi('伤情', 'The injury'),
      issue: bi('原告的伤情、住院及伤残情况', 'The injury, the hospital stay and any disability'),
      elements: [
        { key: 'hospitalDays', type: 'integer', min: 0, max: 3650, label: bi('住院天数', 'Days in hospital'), help: bi('按出院记录填写，没有住院的填0。', 'As the discharge record says; 0 if none.'), supports: ['compensate'] },
        { key: 'disabilityGrade', type: 'choice', required: true, label: bi('伤残等级', 'Disability grade'), help: bi('按司法鉴定意见填写；未鉴定或未构成伤残的选“无”。', 'As the forensic appraisal found; choose none if not graded.'), options: [
          { key: 'none', label: bi('无', 'None') },
          ...Array.from({ length: 10 }, (_, i) => ({ key: String(i + 1), label: bi(`${'一二三四五六七八九十'[i]}级`, `Grade ${i + 1}`) })),
        ], supports: ['compensate'] },
      ],
    },
    {
      key: 'losses',
      label: bi('各项损失', 'Losses'),
      issue: bi('各项损失的数额及计算标准', 'The amount of each loss and how it is computed'),
      elements: [
        ...LOSS_HEADS,
        { key: 'advancePaid', type: 'amount', label: bi('被告已垫付的金额', 'Already advanced by the defendant'), help: bi('被告或保险公司已经先行支付的钱。', 'Money the defendant or an insurer has already paid.'), supports: ['compensate'] },
      ],
    },
  ],
  claims: [
    {
      key: 'compensate',
      label: bi('赔偿损失', 'Compensation'),
      draft: (v) => {
        const heads = LOSS_HEADS.filter((h) => (fenOf(v, h.key) ?? 0n) > 0n);
        const owed = sumFen(v, heads.map((h) => h.key)) - (fenOf(v, 'advancePaid') ?? 0n);
        return amountClaim('判令被告赔偿原告各项损失共计', owed, heads.length ? `（${heads.map((h) => `${h.label['zh-CN']}${yuanWords(fenOf(v, h.key)!)}`).join('、')}${fenOf(v, 'advancePaid') ? `，扣除已垫付${yuanWords(fenOf(v, 'advancePaid')!)}` : ''}）` : '');
      },
    },
    { key: 'insurance', label: bi('保险公司赔偿', 'Insurers pay'), draft: (v) => (v.compulsoryInsurer !== undefined || v.commercialInsured === true ? `判令保险公司在交强险${v.commercialInsured === true ? '及商业三者险' : ''}责任限额内承担赔偿责任` : null) },
    costsClaim,
  ],
  checks: [],
};
