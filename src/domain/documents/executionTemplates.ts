// The default texts of the execution notices (执行通知书, 报告财产令, 提供财产线索通知书), after the SPC's 执行文书样式 in
// substance; a court adapts them on the admin page like every other template.

type ExecutionKind = 'executionNotice' | 'propertyReportOrder' | 'clueNotice' | 'controlRuling' | 'assistanceNotice';

// The shape of templates.ts's DocumentTemplate, written out so that the two files do not import each other.
export const EXECUTION_TEMPLATES: Record<ExecutionKind, { title: string; body: string }> = {
  // CPL-2023 art 251: the officer sends the debtor an execution notice; art 264: doubled interest for delayed performance.
  executionNotice: {
    title: '执行通知书',
    body: `（{{caseNumber}}）

{{recipient}}：

申请执行人{{applicants}}与你（单位）一案，{{titleDocument}}已经发生法律效力。申请执行人向本院申请强制执行，本院于{{acceptedOn}}立案执行。依照《中华人民共和国民事诉讼法》第二百五十一条的规定，责令你（单位）立即履行下列义务：

{{executionItems}}

你（单位）未按生效法律文书指定的期间履行给付金钱义务的，应当加倍支付迟延履行期间的债务利息（《中华人民共和国民事诉讼法》第二百六十四条）。

逾期不履行的，本院将依法强制执行，并可以依法采取限制出境、在征信系统记录、通过媒体公布不履行义务信息等措施（《中华人民共和国民事诉讼法》第二百六十六条）。

特此通知。

{{courtName}}
{{issuedOn}}`,
  },
  // CPL-2023 art 252; ASSET-INV art 3: with a money claim the order to report property goes out with the execution notice.
  propertyReportOrder: {
    title: '报告财产令',
    body: `（{{caseNumber}}）

{{recipient}}：

本院受理申请执行人{{applicants}}申请执行{{titleDocument}}一案，依照《中华人民共和国民事诉讼法》第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》的规定，责令你（单位）自收到本令之日起{{reportDays}}日内，如实向本院书面报告当前以及收到执行通知之日前一年的财产情况。

应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、产品、原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；其他应当报告的财产。

报告财产后，财产情况发生变动、影响申请执行人债权实现的，应当自财产变动之日起十日内向本院补充报告。

拒绝报告或者虚假报告的，本院将根据情节轻重对你（单位）或者你单位的主要负责人、直接责任人员予以罚款、拘留；构成犯罪的，依法追究刑事责任。

{{courtName}}
{{issuedOn}}`,
  },
  // ASSET-INV arts 1–2: the applicant gives the debtor's asset clues; a concrete clue is verified in 7 days (urgent: 3).
  clueNotice: {
    title: '提供财产线索通知书',
    body: `（{{caseNumber}}）

{{recipient}}：

你（单位）申请执行{{debtors}}一案（执行依据：{{titleDocument}}），本院已于{{acceptedOn}}立案执行。依照《最高人民法院关于民事执行中财产调查若干问题的规定》第一条的规定，申请执行人应当提供被执行人的财产线索。请你（单位）向本院提供被执行人的财产或者财产线索，写明财产的名称、所在地、权属等情况。

你（单位）提供了具体财产线索的，本院将自收到之日起七日内核查；情况紧急的，三日内核查。

特此通知。

{{courtName}}
{{issuedOn}}`,
  },
  // CPL-2023 arts 253–254: the court freezes, deducts or seizes the debtor's property by a ruling; CPL-Interp art 485: terms.
  controlRuling: {
    title: '执行裁定书',
    body: `（{{caseNumber}}）

申请执行人：{{applicants}}

被执行人：{{recipient}}

本院在执行申请执行人{{applicants}}申请执行{{titleDocument}}一案中，被执行人未按执行通知履行法律文书确定的义务。依照{{legalBasis}}的规定，裁定如下：

{{controlMeasure}}被执行人{{recipient}}的下列财产：{{controlProperty}}{{controlAmount}}。{{controlTerm}}

本裁定立即执行。

{{courtName}}
{{issuedOn}}`,
  },
  // NET-FREEZE arts 1–4: the assistance notice goes to the agency with the ruling, over the network with the court's e-seal.
  assistanceNotice: {
    title: '协助执行通知书',
    body: `（{{caseNumber}}）

{{agencyName}}：

本院在执行申请执行人{{applicants}}申请执行{{titleDocument}}一案中，依照{{legalBasis}}的规定，请协助执行下列事项：

{{controlMeasure}}被执行人{{recipient}}（{{recipientIdNumber}}）的下列财产：{{controlProperty}}{{controlAmount}}。{{controlTerm}}

请于办理后将协助执行回执（加盖电子签章）通过网络查控系统反馈本院。附：执行裁定书。

{{courtName}}
{{issuedOn}}`,
  },
};
