// The default texts of the application procedures' documents (财保, 民督, 民申): the application-fee notice and the
// rulings and the order the judge may generate instead of uploading, after the SPC's 民事诉讼文书样式 (2016) in substance;
// a court adapts them on the admin page like every other template.

export type SpecialProcedureKind = 'applicationFeeNotice' | 'preservationRuling' | 'preservationDismissal' | 'paymentOrder' | 'retrialRuling' | 'retrialDismissal';

export const SPECIAL_PROCEDURE_TITLES: Record<SpecialProcedureKind, { 'zh-CN': string; en: string }> = {
  applicationFeeNotice: { 'zh-CN': '交纳申请费通知书', en: 'Notice to pay the application fee' },
  preservationRuling: { 'zh-CN': '财产保全裁定书', en: 'Ruling granting preservation' },
  preservationDismissal: { 'zh-CN': '驳回保全申请裁定书', en: 'Ruling dismissing the preservation application' },
  paymentOrder: { 'zh-CN': '支付令', en: 'Payment order' },
  retrialRuling: { 'zh-CN': '再审审查裁定书（提审）', en: 'Ruling ordering a retrial' },
  retrialDismissal: { 'zh-CN': '驳回再审申请裁定书', en: 'Ruling dismissing the retrial application' },
};

/** Fields only these documents use (merged into TEMPLATE_FIELDS). */
export const SPECIAL_PROCEDURE_FIELDS = {
  applicationKind: '申请事项（诉前财产保全、支付令）',
  feeLabel: '申请费名称',
  feeSource: '收费依据',
  preservationMeasures: '保全措施',
  preservedAmount: '保全数额（元）',
  securityText: '担保',
  originalCaseNumber: '原审案号',
  retrialGrounds: '再审事由',
} as const;

// The shape of templates.ts's DocumentTemplate, written out so that the two files do not import each other.
export const SPECIAL_PROCEDURE_TEMPLATES: Record<SpecialProcedureKind, { title: string; body: string }> = {
  // FEE arts 14, 20, 22: the applicant prepays the application fee into the case's account.
  applicationFeeNotice: {
    title: '交纳申请费通知书',
    body: `（{{caseNumber}}）

{{recipient}}：

你（单位）申请{{applicationKind}}一案，本院已于{{acceptedOn}}立案。依照《诉讼费用交纳办法》{{feeSource}}的规定，你（单位）应交纳{{feeLabel}}{{feeAmount}}元。请于{{feeDueOn}}前交纳至下列账户：

开户银行：{{bankName}}

户名：{{accountName}}

开户行：{{bankBranch}}

账号：{{accountNo}}（本案专用账号，请勿汇入其他账号）

{{courtName}}
{{issuedOn}}`,
  },
  // CPL-2023 arts 103–104, 111: executed at once; 30 days to sue or arbitrate, else lifted; one reconsideration.
  preservationRuling: {
    title: '民事裁定书',
    body: `（{{caseNumber}}）

申请人：{{plaintiffs}}

被申请人：{{defendants}}

申请人{{plaintiffs}}于{{acceptedOn}}向本院申请诉前（仲裁前）财产保全，请求对被申请人{{defendants}}价值{{amount}}元的财产采取保全措施，并提供{{securityText}}作为担保。

本院经审查认为，申请人的申请符合法律规定。依照《中华人民共和国民事诉讼法》第一百零三条、第一百零四条的规定，裁定如下：

{{preservationMeasures}}，以{{preservedAmount}}元为限。

申请人应当在本院采取保全措施后三十日内依法提起诉讼或者申请仲裁；逾期不起诉或者申请仲裁的，本院将解除保全。

本裁定立即开始执行。如不服本裁定，可以自收到裁定书之日起五日内向本院申请复议一次，复议期间不停止裁定的执行（《中华人民共和国民事诉讼法》第一百一十一条）。

{{courtName}}
{{issuedOn}}`,
  },
  preservationDismissal: {
    title: '民事裁定书',
    body: `（{{caseNumber}}）

申请人：{{plaintiffs}}

被申请人：{{defendants}}

申请人{{plaintiffs}}于{{acceptedOn}}向本院申请诉前（仲裁前）财产保全，请求对被申请人{{defendants}}价值{{amount}}元的财产采取保全措施。

本院经审查认为：{{rulingReason}}

依照《中华人民共和国民事诉讼法》第一百零四条的规定，裁定如下：

驳回申请人{{plaintiffs}}的财产保全申请。

如不服本裁定，可以自收到裁定书之日起五日内向本院申请复议一次（《中华人民共和国民事诉讼法》第一百一十一条）。

{{courtName}}
{{issuedOn}}`,
  },
  // CPL-2023 arts 225, 227: pay within 15 days of service or object in writing; otherwise the creditor may apply for execution.
  paymentOrder: {
    title: '支付令',
    body: `（{{caseNumber}}）

申请人：{{plaintiffs}}

被申请人：{{defendants}}

申请人{{plaintiffs}}于{{acceptedOn}}向本院申请支付令，请求：
{{claims}}

事实与理由：{{facts}}

本院经审查认为，申请人的申请符合《中华人民共和国民事诉讼法》第二百二十五条规定的条件。依照《中华人民共和国民事诉讼法》第二百二十七条的规定，特发出如下支付令：

被申请人{{defendants}}应当自收到本支付令之日起十五日内，向申请人{{plaintiffs}}给付{{amount}}元。

被申请人如对本支付令有异议，应当自收到本支付令之日起十五日内向本院书面提出。被申请人在前述期间既不提出书面异议又不履行本支付令的，申请人可以向人民法院申请执行。

{{courtName}}
{{issuedOn}}`,
  },
  // CPL-2023 arts 211, 215, 217–218: the higher court tries the case itself (提审) and the original judgment's execution is suspended.
  retrialRuling: {
    title: '民事裁定书',
    body: `（{{caseNumber}}）

再审申请人：{{plaintiffs}}

被申请人：{{defendants}}

再审申请人{{plaintiffs}}因与被申请人{{defendants}}{{cause}}一案，不服{{originalCaseNumber}}民事判决，以原判决有《中华人民共和国民事诉讼法》第二百一十一条{{retrialGrounds}}规定的情形为由，向本院申请再审。本院依法组成合议庭进行了审查。

本院经审查认为：{{rulingReason}}

依照《中华人民共和国民事诉讼法》第二百一十一条、第二百一十五条、第二百一十七条的规定，裁定如下：

一、本案由本院提审；

二、再审期间，中止原判决的执行。

{{courtName}}
{{issuedOn}}`,
  },
  retrialDismissal: {
    title: '民事裁定书',
    body: `（{{caseNumber}}）

再审申请人：{{plaintiffs}}

被申请人：{{defendants}}

再审申请人{{plaintiffs}}因与被申请人{{defendants}}{{cause}}一案，不服{{originalCaseNumber}}民事判决，以原判决有《中华人民共和国民事诉讼法》第二百一十一条{{retrialGrounds}}规定的情形为由，向本院申请再审。本院依法组成合议庭进行了审查。

本院经审查认为：{{rulingReason}}

依照《中华人民共和国民事诉讼法》第二百一十一条、第二百一十五条的规定，裁定如下：

驳回再审申请人{{plaintiffs}}的再审申请。

{{courtName}}
{{issuedOn}}`,
  },
};
