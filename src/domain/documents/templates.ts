// The court's notices as templates filled from the case: one default per document kind, which a court may replace
// for a case type (docs/documents.md). {{field}} is replaced by the case's value; a template may use only the
// fields listed here, so a typo is refused when the administrator saves it, not found in a served document.
import { EXECUTION_CASE_TYPES } from '../casetypes/executionCase';
import { CREDIT_TEMPLATES } from './creditTemplates';
import { CRIMINAL_TEMPLATES } from './criminalTemplates';
import { EXECUTION_TEMPLATES } from './executionTemplates';
import { SPECIAL_PROCEDURE_FIELDS, SPECIAL_PROCEDURE_TEMPLATES, SPECIAL_PROCEDURE_TITLES, type SpecialProcedureKind } from './specialProcedureTemplates';

export const DOCUMENT_KINDS = [
  'acceptanceNotice',
  'responseNotice',
  'evidenceNotice',
  'summons',
  'hearingAnnouncement',
  'feeNotice',
  'complaintCopy',
  'extensionDecision',
  'deductionDecision',
  'inadmissibleRuling',
  'withdrawalRuling',
  'dismissalRuling',
  'jurisdictionRuling',
  'mediationAgreement',
  'confirmationRuling',
  'confirmationDismissal',
  'executionNotice',
  'propertyReportOrder',
  'clueNotice',
  'consumptionRestrictionOrder',
  'dishonestDecision',
  'controlRuling',
  'assistanceNotice',
  'applicationFeeNotice',
  'preservationRuling',
  'preservationDismissal',
  'paymentOrder',
  'retrialRuling',
  'retrialDismissal',
  'criminalJudgment',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const EXECUTION_KINDS: readonly DocumentKind[] = ['executionNotice', 'propertyReportOrder', 'clueNotice', 'consumptionRestrictionOrder', 'dishonestDecision', 'controlRuling', 'assistanceNotice'];
// 财保 and 民督 have their fee notice and rulings (the order); 民申 its ruling on the application.
const SPECIAL_KINDS: Readonly<Record<string, readonly SpecialProcedureKind[]>> = {
  财保: ['applicationFeeNotice', 'preservationRuling', 'preservationDismissal'],
  民督: ['applicationFeeNotice', 'paymentOrder'],
  民申: ['retrialRuling', 'retrialDismissal'],
};
const OWN_KINDS: ReadonlySet<DocumentKind> = new Set(['mediationAgreement', 'confirmationRuling', 'confirmationDismissal', 'criminalJudgment', ...EXECUTION_KINDS, ...Object.keys(SPECIAL_PROCEDURE_TITLES)] as DocumentKind[]);

/** The documents a case type produces: a mediation matter has its agreement, an execution case its notices, a trial its notices and rulings. */
export function documentKindsFor(caseType: string): readonly DocumentKind[] {
  if (caseType === '民诉前调' || caseType === '执前调') return ['mediationAgreement'];
  if (caseType === '民特') return ['confirmationRuling', 'confirmationDismissal'];
  if (EXECUTION_CASE_TYPES.includes(caseType)) return EXECUTION_KINDS;
  if (Object.hasOwn(SPECIAL_KINDS, caseType)) return SPECIAL_KINDS[caseType]!;
  if (caseType === '刑初') return [...DOCUMENT_KINDS.filter((k) => !OWN_KINDS.has(k)), 'criminalJudgment'];
  return DOCUMENT_KINDS.filter((k) => !OWN_KINDS.has(k));
}

export const DOCUMENT_TITLES: Record<DocumentKind, { 'zh-CN': string; en: string }> = {
  acceptanceNotice: { 'zh-CN': '受理案件通知书', en: 'Notice of acceptance' },
  responseNotice: { 'zh-CN': '应诉通知书', en: 'Notice to respond' },
  evidenceNotice: { 'zh-CN': '举证通知书', en: 'Notice of the evidence period' },
  summons: { 'zh-CN': '传票', en: 'Summons' },
  hearingAnnouncement: { 'zh-CN': '开庭公告', en: 'Hearing announcement' },
  feeNotice: { 'zh-CN': '交纳诉讼费用通知书', en: 'Notice to pay court fees' },
  complaintCopy: { 'zh-CN': '起诉状副本', en: 'Copy of the complaint' },
  extensionDecision: { 'zh-CN': '延长审理期限决定书', en: 'Decision on extending the trial limit' },
  deductionDecision: { 'zh-CN': '扣除审理期限决定书', en: 'Decision on a deduction from the trial limit' },
  inadmissibleRuling: { 'zh-CN': '不予受理裁定书', en: 'Ruling of inadmissibility' },
  withdrawalRuling: { 'zh-CN': '准许撤诉裁定书', en: 'Ruling permitting withdrawal' },
  dismissalRuling: { 'zh-CN': '驳回起诉裁定书', en: 'Ruling dismissing the suit' },
  jurisdictionRuling: { 'zh-CN': '管辖权异议裁定书', en: 'Ruling on a jurisdiction objection' },
  mediationAgreement: { 'zh-CN': '调解协议书', en: 'Mediation agreement' },
  confirmationRuling: { 'zh-CN': '确认调解协议效力裁定书', en: 'Ruling confirming the mediation agreement' },
  confirmationDismissal: { 'zh-CN': '驳回司法确认申请裁定书', en: 'Ruling dismissing the application for confirmation' },
  executionNotice: { 'zh-CN': '执行通知书', en: 'Execution notice' },
  propertyReportOrder: { 'zh-CN': '报告财产令', en: 'Order to report property' },
  clueNotice: { 'zh-CN': '提供财产线索通知书', en: 'Notice to give asset clues' },
  consumptionRestrictionOrder: { 'zh-CN': '限制消费令', en: 'Consumption-restriction order' },
  dishonestDecision: { 'zh-CN': '纳入失信被执行人名单决定书', en: 'Decision to list as a dishonest debtor' },
  controlRuling: { 'zh-CN': '执行裁定书（冻结、查封、扣划）', en: 'Ruling on a freeze, seizure or deduction' },
  assistanceNotice: { 'zh-CN': '协助执行通知书', en: 'Notice of assistance in execution' },
  ...SPECIAL_PROCEDURE_TITLES,
  criminalJudgment: { 'zh-CN': '刑事判决书', en: 'Criminal judgment' },
};

/** Every field a template may use, with what it holds. */
export const TEMPLATE_FIELDS = {
  courtName: '法院名称',
  caseNumber: '案号',
  cause: '案由',
  plaintiffs: '原告（上诉人）',
  defendants: '被告（被上诉人）',
  recipient: '受送达人',
  recipientStanding: '受送达人诉讼地位',
  acceptedOn: '受理日期',
  issuedOn: '发文日期',
  claims: '诉讼请求',
  facts: '事实与理由',
  amount: '诉讼标的额（元）',
  procedure: '适用程序',
  defenceDays: '答辩期（日）',
  evidenceDays: '举证期限（日）',
  evidenceDueOn: '举证期限届满日',
  hearingAt: '开庭时间',
  hearingRoom: '开庭地点',
  hearingMode: '开庭方式（现场、在线或线上线下融合，在线时附链接）',
  meetingLink: '在线庭审链接',
  judges: '审判人员',
  feeAmount: '应交诉讼费（元）',
  feeDueOn: '交费期限',
  bankName: '开户银行',
  accountName: '户名',
  bankBranch: '开户行',
  accountNo: '本案账号',
  decision: '审批结果（批准/不批准）',
  decisionNote: '理由',
  trialLimitDueOn: '审理期限届满日',
  deductionLabel: '扣除事由',
  deductionStartsOn: '扣除起始日',
  rejectionReason: '不予受理的理由',
  rulingReason: '裁定理由（结案时写明）',
  partiesList: '各方当事人',
  organisationName: '调解组织',
  mediatorName: '调解员',
  agreementTerms: '调解协议内容',
  performance: '履行方式、期限',
  applicants: '申请执行人',
  debtors: '被执行人',
  titleDocument: '执行依据',
  executionItems: '执行内容',
  reportDays: '报告财产期限（日）',
  restrictedPersons: '受限制的人员',
  restrictionPeriod: '限制期间',
  restrictionItems: '限制消费事项',
  listingGround: '失信情形',
  listingTerm: '失信期限',
  agencyName: '协助执行单位',
  recipientIdNumber: '被执行人身份证件号码',
  legalBasis: '法律依据',
  controlMeasure: '控制措施（冻结/查封/扣划/解除/续行）',
  controlProperty: '财产',
  controlAmount: '金额',
  controlTerm: '期限',
  ...SPECIAL_PROCEDURE_FIELDS,
  prosecutor: '公诉机关或者自诉人',
  defendantsDetail: '被告人的基本情况（羁押）',
  verdictItems: '判决主文（各被告人的罪名、刑罚及刑期起止）',
  appealDays: '上诉期（日）',
  appealCourt: '上诉法院',
} as const;
export type TemplateField = keyof typeof TEMPLATE_FIELDS;
export type TemplateFacts = Partial<Record<TemplateField, string>>;

export interface DocumentTemplate {
  title: string;
  /** Paragraphs separated by blank lines. */
  body: string;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** Fields a template uses that do not exist (empty when the template is usable). */
export function unknownFields(t: DocumentTemplate): string[] {
  const found = [...`${t.title}\n${t.body}`.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  return [...new Set(found.filter((f) => !Object.hasOwn(TEMPLATE_FIELDS, f)))];
}

/** The template filled from the case: a field the case does not have yet reads "____" (to be completed by hand). */
export function fillTemplate(t: DocumentTemplate, facts: TemplateFacts): { title: string; paragraphs: string[] } {
  const fill = (s: string) => s.replace(PLACEHOLDER, (_, f: string) => (Object.hasOwn(facts, f) ? (facts[f as TemplateField] ?? '____') : '____'));
  const paragraphs = fill(t.body)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return { title: fill(t.title), paragraphs };
}

// The default texts follow the SPC's 民事诉讼文书样式 (2016) in substance; courts adapt them on the admin page.
export const DEFAULT_TEMPLATES: Record<DocumentKind, DocumentTemplate> = {
  acceptanceNotice: {
    title: '受理案件通知书',
    body: `（{{caseNumber}}）

{{recipient}}：

你（单位）诉{{defendants}}{{cause}}一案，本院已于{{acceptedOn}}立案受理，适用{{procedure}}审理。现将有关事项通知如下：

一、你（单位）应当在收到本通知之次日起七日内预交案件受理费{{feeAmount}}元（交纳方式见交纳诉讼费用通知书）；期满未交纳又未申请缓交、减交、免交的，按撤诉处理（《诉讼费用交纳办法》第二十二条）。

二、本院将在立案之日起五日内将起诉状副本发送被告（《中华人民共和国民事诉讼法》第一百二十八条）。

三、当事人应当在举证期限内向本院提交证据；逾期提供证据的，承担相应的法律后果。

特此通知。

{{courtName}}
{{issuedOn}}`,
  },
  responseNotice: {
    title: '应诉通知书',
    body: `（{{caseNumber}}）

{{recipient}}：

{{plaintiffs}}诉你（单位）{{cause}}一案，本院已经立案。现随本通知发送起诉状副本。依照《中华人民共和国民事诉讼法》第一百二十八条的规定，通知如下：

一、你（单位）应当在收到起诉状副本之日起{{defenceDays}}日内向本院提交答辩状，并按对方当事人的人数提出副本；不提出答辩状的，不影响本院审理。

二、你（单位）应当在举证期限内向本院提交证据及证据清单。

三、你（单位）应当填写送达地址确认书；同意电子送达的，写明电子送达地址。

特此通知。

{{courtName}}
{{issuedOn}}`,
  },
  evidenceNotice: {
    title: '举证通知书',
    body: `（{{caseNumber}}）

{{recipient}}：

本院受理{{plaintiffs}}诉{{defendants}}{{cause}}一案，依照《最高人民法院关于民事诉讼证据的若干规定》第五十条的规定，通知如下：

一、当事人对自己提出的主张，有责任提供证据。

二、本案举证期限为{{evidenceDays}}日，至{{evidenceDueOn}}届满。当事人应当在举证期限内提交证据；在期限内提交确有困难的，可以在期限届满前书面申请延长。

三、逾期提供证据的，本院可以不予采纳，或者采纳但予以训诫、罚款（《中华人民共和国民事诉讼法》第六十八条）。

特此通知。

{{courtName}}
{{issuedOn}}`,
  },
  summons: {
    title: '传票',
    body: `案号：{{caseNumber}}

案由：{{cause}}

被传唤人：{{recipient}}（{{recipientStanding}}）

传唤事由：开庭审理

应到时间：{{hearingAt}}

应到处所：{{hearingRoom}}

开庭方式：{{hearingMode}}

注意事项：一、被传唤人必须准时到达应到处所；二、本传票由被传唤人携带来院报到；三、被传唤人收到传票后，应在送达回证上签名或者盖章。原告经传票传唤，无正当理由拒不到庭的，可以按撤诉处理；被告经传票传唤，无正当理由拒不到庭的，可以缺席判决（《中华人民共和国民事诉讼法》第一百四十六条、第一百四十七条）。

{{courtName}}
{{issuedOn}}`,
  },
  hearingAnnouncement: {
    title: '开庭公告',
    body: `本院定于{{hearingAt}}在{{hearingRoom}}公开开庭审理{{plaintiffs}}诉{{defendants}}{{cause}}一案（{{caseNumber}}）。

审判人员：{{judges}}

特此公告（《中华人民共和国民事诉讼法》第一百三十九条）。

{{courtName}}
{{issuedOn}}`,
  },
  feeNotice: {
    title: '交纳诉讼费用通知书',
    body: `（{{caseNumber}}）

{{recipient}}：

你（单位）与{{defendants}}{{cause}}一案，依照《诉讼费用交纳办法》的规定，应交纳案件受理费{{feeAmount}}元。请于{{feeDueOn}}前交纳至下列账户：

开户银行：{{bankName}}

户名：{{accountName}}

开户行：{{bankBranch}}

账号：{{accountNo}}（本案专用账号，请勿汇入其他账号）

期满未交纳又未申请缓交、减交、免交的，本院将按撤诉处理（《诉讼费用交纳办法》第二十二条）。

{{courtName}}
{{issuedOn}}`,
  },
  complaintCopy: {
    title: '民事起诉状（副本）',
    body: `原告：{{plaintiffs}}

被告：{{defendants}}

案由：{{cause}}

诉讼请求：
{{claims}}

事实与理由：
{{facts}}

此致
{{courtName}}

（本副本由原告在线提交的起诉状生成，{{issuedOn}}）`,
  },
  extensionDecision: {
    title: '延长审理期限决定书',
    body: `（{{caseNumber}}）

本院审理的{{plaintiffs}}诉{{defendants}}{{cause}}一案，承办法官申请延长审理期限。经审查，{{decision}}延长本案审理期限。

{{decisionNote}}

本案审理期限届满日：{{trialLimitDueOn}}（《中华人民共和国民事诉讼法》第一百五十二条）。

{{courtName}}
{{issuedOn}}`,
  },
  deductionDecision: {
    title: '扣除审理期限决定书',
    body: `（{{caseNumber}}）

本院审理的{{plaintiffs}}诉{{defendants}}{{cause}}一案，因{{deductionLabel}}，自{{deductionStartsOn}}起的期间不计入审理期限（《最高人民法院关于严格执行案件审理期限制度的若干规定》第九条）。

扣除后本案审理期限届满日：{{trialLimitDueOn}}。

{{courtName}}
{{issuedOn}}`,
  },
  inadmissibleRuling: {
    title: '民事裁定书',
    body: `起诉人：{{plaintiffs}}

被起诉人：{{defendants}}

起诉人因与被起诉人{{cause}}，向本院提起诉讼。经审查，本院认为：{{rejectionReason}}

依照《中华人民共和国民事诉讼法》第一百二十六条的规定，裁定如下：

对{{plaintiffs}}的起诉，本院不予受理。

如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，上诉于上一级人民法院（《中华人民共和国民事诉讼法》第一百五十七条、第一百七十一条）。

{{courtName}}
{{issuedOn}}`,
  },
  withdrawalRuling: {
    title: '民事裁定书',
    body: `（{{caseNumber}}）

原告：{{plaintiffs}}

被告：{{defendants}}

原告{{plaintiffs}}与被告{{defendants}}{{cause}}一案，本院于{{acceptedOn}}立案。原告向本院申请撤诉。本院认为，原告撤诉的申请不违反法律规定，依照《中华人民共和国民事诉讼法》第一百四十八条的规定，裁定如下：

准许原告{{plaintiffs}}撤诉。

{{courtName}}
{{issuedOn}}`,
  },
  // CPL-2023 arts 122, 157 para 1(3): a suit that does not meet the conditions of filing is dismissed by ruling,
  // appealable within 10 days (art 171).
  dismissalRuling: {
    title: '民事裁定书',
    body: `（{{caseNumber}}）

原告：{{plaintiffs}}

被告：{{defendants}}

原告{{plaintiffs}}与被告{{defendants}}{{cause}}一案，本院于{{acceptedOn}}立案。本院经审查认为：{{rulingReason}}

依照《中华人民共和国民事诉讼法》第一百二十二条、第一百五十七条第一款第三项的规定，裁定如下：

驳回原告{{plaintiffs}}的起诉。

如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，上诉于上一级人民法院（《中华人民共和国民事诉讼法》第一百七十一条）。

{{courtName}}
{{issuedOn}}`,
  },
  // CPL-2023 arts 130, 157 para 1(2): an objection to jurisdiction raised in the defence period is decided by ruling;
  // one that closes the case upholds it and sends the case on (the reasons name the competent court); appealable (art 171).
  jurisdictionRuling: {
    title: '民事裁定书',
    body: `（{{caseNumber}}）

原告：{{plaintiffs}}

被告：{{defendants}}

原告{{plaintiffs}}与被告{{defendants}}{{cause}}一案，本院于{{acceptedOn}}立案。当事人在提交答辩状期间对管辖权提出异议。本院经审查认为：{{rulingReason}}

依照《中华人民共和国民事诉讼法》第一百三十条第一款、第一百五十七条第一款第二项的规定，裁定如下：

当事人对管辖权提出的异议成立，本案移送有管辖权的人民法院处理。

如不服本裁定，可以在裁定书送达之日起十日内，向本院递交上诉状，上诉于上一级人民法院（《中华人民共和国民事诉讼法》第一百七十一条）。

{{courtName}}
{{issuedOn}}`,
  },
  // ONLINE-MED art 20 and CPL-2023 art 205: what the agreement records, and the parties' right to apply for confirmation.
  mediationAgreement: {
    title: '调解协议书',
    body: `（{{caseNumber}}）

当事人：{{partiesList}}

纠纷事项：{{cause}}。{{facts}}

经{{organisationName}}调解员{{mediatorName}}主持调解，各方当事人在平等、自愿的基础上达成如下协议：

{{agreementTerms}}

履行方式、期限：{{performance}}

本协议经各方当事人签署后生效。各方当事人可以自本协议生效之日起三十日内，共同向人民法院申请司法确认（《中华人民共和国民事诉讼法》第二百零五条）。

调解员：{{mediatorName}}
{{organisationName}}
{{issuedOn}}`,
  },
  // CPL-2023 art 206: the agreement confirmed valid is enforceable; the ruling says so.
  confirmationRuling: {
    title: '民事裁定书',
    body: `（{{caseNumber}}）

申请人：{{partiesList}}

申请人于调解组织{{organisationName}}主持下达成调解协议，并共同向本院申请司法确认。本院受理后，依法由{{judges}}进行审查。

调解协议的内容如下：
{{agreementTerms}}

本院经审查认为，申请人达成的调解协议符合司法确认的条件。{{rulingReason}}依照《中华人民共和国民事诉讼法》第二百零五条、第二百零六条规定，裁定如下：

申请人{{partiesList}}达成的调解协议有效。

当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请执行。

{{judges}}
{{issuedOn}}
{{courtName}}`,
  },
  // CPL-2023 art 206; CPL-Interp art 358: dismissed on its grounds; the parties may mediate again or sue.
  confirmationDismissal: {
    title: '民事裁定书',
    body: `（{{caseNumber}}）

申请人：{{partiesList}}

申请人于调解组织{{organisationName}}主持下达成调解协议，并共同向本院申请司法确认。本院受理后，依法由{{judges}}进行审查。

本院经审查认为：{{rulingReason}}。依照《中华人民共和国民事诉讼法》第二百零六条，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三百五十八条规定，裁定如下：

驳回申请人{{partiesList}}的司法确认申请。

当事人可以通过调解方式变更原调解协议或者达成新的调解协议，也可以向人民法院提起诉讼。

{{judges}}
{{issuedOn}}
{{courtName}}`,
  },
  ...EXECUTION_TEMPLATES,
  ...CREDIT_TEMPLATES,
  ...SPECIAL_PROCEDURE_TEMPLATES,
  ...CRIMINAL_TEMPLATES,
};

/** A calendar date as documents write it: 2026-03-02 → 2026年3月2日. */
export function chineseDate(on: string): string {
  const [y, m, d] = on.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
