// The default 本院认为 of each element schema and the provisions it applies: a starting text the judge edits. The
// articles are not in rules.md [U]: the judge checks them before issuing; none is applied without the judge's signature.
export interface DisputeReasoning {
  reasoning: string;
  provisions: readonly string[];
}

const CIVIL_CODE = '《中华人民共和国民法典》';

export const DISPUTE_REASONING: Readonly<Record<string, DisputeReasoning>> = {
  privateLending: {
    reasoning: '合法的借贷关系受法律保护。原告与被告之间的借贷关系有借款凭证及交付凭证为证，本院予以确认。借款人应当按照约定的期限返还借款并支付约定的利息；被告未按约定还款，应当承担相应的民事责任。',
    provisions: [`${CIVIL_CODE}第六百六十七条、第六百七十四条、第六百七十五条、第六百七十六条、第六百七十九条`],
  },
  financialLoan: {
    reasoning: '原告与被告签订的借款合同系双方真实意思表示，不违反法律、行政法规的强制性规定，合法有效。原告依约发放贷款，被告未按约定还本付息，构成违约，应当承担偿还借款本金及支付利息、罚息的责任。',
    provisions: [`${CIVIL_CODE}第五百零九条、第五百七十七条、第六百六十七条、第六百七十四条、第六百七十五条、第六百七十六条`],
  },
  creditCard: {
    reasoning: '原告与被告之间的信用卡领用合约系双方真实意思表示，合法有效。被告领用信用卡并透支消费后未按约定还款，构成违约，应当偿还透支本金并支付相应利息及费用。',
    provisions: [`${CIVIL_CODE}第五百零九条、第五百七十七条、第六百七十五条`],
  },
  trafficAccident: {
    reasoning: '机动车发生交通事故造成损害的，依照道路交通安全法律和民法典的有关规定承担赔偿责任。本案事故经公安机关交通管理部门认定，本院予以采信；原告因事故受伤，其合理损失应当由侵权人及保险人依法赔偿。',
    provisions: [`${CIVIL_CODE}第一千一百七十九条、第一千一百八十三条、第一千二百零八条`, '《中华人民共和国道路交通安全法》第七十六条'],
  },
  labourDispute: {
    reasoning: '劳动者的合法权益受法律保护。用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬；依法解除或者终止劳动合同的，应当依法向劳动者支付经济补偿。',
    provisions: ['《中华人民共和国劳动合同法》第三十条、第四十六条、第四十七条、第八十二条'],
  },
};

/** The procedural provision every judgment on the merits cites for the burden of proof. */
export const PROOF_PROVISION = '《中华人民共和国民事诉讼法》第六十七条';
