// The default texts of 限制消费令 and 失信决定书 (rules.md §5.5–5.6), after the SPC's 执行文书样式 in substance; a court
// adapts them on the admin page like every other template.

type CreditKind = 'consumptionRestrictionOrder' | 'dishonestDecision';

// The shape of templates.ts's DocumentTemplate, written out so that the two files do not import each other.
export const CREDIT_TEMPLATES: Record<CreditKind, { title: string; body: string }> = {
  // CONSUME-2010 art 5 [V]: signed by the 院长, states the period, the items and the consequences; CONSUME art 3 [S].
  consumptionRestrictionOrder: {
    title: '限制消费令',
    body: `（{{caseNumber}}）

{{recipient}}：

本院于{{acceptedOn}}立案执行申请执行人{{applicants}}申请执行{{titleDocument}}一案。因你（单位）未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依照《中华人民共和国民事诉讼法》第二百六十六条和《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你（单位）采取限制消费措施。

受限制的人员：{{restrictedPersons}}

限制期间：{{restrictionPeriod}}

限制内容：
{{restrictionItems}}

如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。

院长：{{judges}}

{{courtName}}
{{issuedOn}}`,
  },
  // DISHONEST art 5 [S]: a written decision stating the ground and the term, effective when made.
  dishonestDecision: {
    title: '决定书',
    body: `（{{caseNumber}}）

被执行人：{{recipient}}

本院在执行申请执行人{{applicants}}申请执行{{titleDocument}}一案中，查明：{{facts}}

本院认为，被执行人存在{{listingGround}}的情形。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条、第二条的规定，决定如下：

将{{recipient}}纳入失信被执行人名单，期限：{{listingTerm}}。

本决定一经作出即生效。被执行人认为本决定有错误的，可以向本院申请纠正。

院长：{{judges}}

{{courtName}}
{{issuedOn}}`,
  },
};
