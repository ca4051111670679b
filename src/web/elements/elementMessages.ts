// UI strings of the element trial (要素式起诉, 要素式答辩, the 要素 tab), read with `useElementText`.
import { useI18n } from '../i18n/i18n';

export const elementMessages = {
  'elements.tab': { 'zh-CN': '要素', en: 'Elements' },
  'elements.complaintTitle': { 'zh-CN': '要素式起诉（推荐）', en: 'File element by element (recommended)' },
  'elements.complaintExplain': {
    'zh-CN': '本案由有“{schema}”要素表：按提示逐项填写借款、还款等关键事实，法院据此归纳争议焦点、快速审理。每项下方有通俗说明，不清楚的可以不填（带 * 的为必填）。',
    en: 'This cause has the “{schema}” element form: state the key facts one by one and the court narrows the dispute and hears it faster. Each item is explained below it; leave out what you do not know (items with * are required).',
  },
  'elements.use': { 'zh-CN': '使用要素式起诉', en: 'Use the element form' },
  'elements.draft': { 'zh-CN': '根据要素生成诉讼请求和事实与理由', en: 'Draft the claims and the facts from the elements' },
  'elements.drafted': { 'zh-CN': '已生成诉讼请求和事实与理由，可继续修改', en: 'Claims and facts drafted; you may still edit them' },
  'elements.draftIncomplete': { 'zh-CN': '请先改正要素表中的错误', en: 'Correct the element form first' },
  'elements.reviewTitle': { 'zh-CN': '要素式起诉：{schema}', en: 'Element complaint: {schema}' },
  'elements.yes': { 'zh-CN': '是', en: 'Yes' },
  'elements.no': { 'zh-CN': '否', en: 'No' },
  'elements.ratePerYear': { 'zh-CN': '年', en: 'per year' },
  'elements.ratePerMonth': { 'zh-CN': '月', en: 'per month' },
  'elements.ratePerDay': { 'zh-CN': '日', en: 'per day' },
  'elements.required': { 'zh-CN': '请填写“{label}”', en: 'Fill in “{label}”' },
  'elements.element': { 'zh-CN': '要素', en: 'Element' },
  'elements.claimed': { 'zh-CN': '原告主张', en: 'Plaintiff states' },
  'elements.status': { 'zh-CN': '状态', en: 'Status' },
  'elements.undisputed': { 'zh-CN': '无争议', en: 'Undisputed' },
  'elements.disputed': { 'zh-CN': '有争议', en: 'Disputed' },
  'elements.unanswered': { 'zh-CN': '未答辩', en: 'Unanswered' },
  'elements.admit': { 'zh-CN': '承认', en: 'Admit' },
  'elements.deny': { 'zh-CN': '否认', en: 'Deny' },
  'elements.explain': { 'zh-CN': '说明', en: 'Explain' },
  'elements.counts': { 'zh-CN': '无争议 {undisputed} 项 · 有争议 {disputed} 项 · 未答辩 {unanswered} 项', en: '{undisputed} undisputed · {disputed} disputed · {unanswered} unanswered' },
  'elements.waiting': { 'zh-CN': '待答辩：{names}', en: 'Still to answer: {names}' },
  'elements.waitingDue': { 'zh-CN': '{name}（答辩期至 {dueOn}）', en: '{name} (defence period to {dueOn})' },
  'elements.outline': { 'zh-CN': '庭审提纲', en: 'Hearing outline' },
  'elements.undisputedFacts': { 'zh-CN': '无争议事实（当庭确认）', en: 'Undisputed facts (confirmed at the hearing)' },
  'elements.issues': { 'zh-CN': '争议焦点', en: 'Issues in dispute' },
  'elements.noIssues': { 'zh-CN': '各要素均无争议。', en: 'No element is in dispute.' },
  'elements.supports': { 'zh-CN': '涉及诉讼请求：{claims}', en: 'Bears on the claims: {claims}' },
  'elements.answerHint': {
    'zh-CN': '请对原告陈述的每一项逐一表态：认可的选“承认”；不认可的选“否认”并可说明理由；部分认可或数额不同的选“说明”，写明您认为的情况。未表态的项目由法院当庭查明。答辩期内可以修改。',
    en: 'Take a position on each item the plaintiff states: “admit” what is right; “deny” what is not (reasons welcome); “explain” where it is partly right or the figure differs, saying what you hold. Items left open are established at the hearing. You may revise your answers within the defence period.',
  },
  'elements.answerParty': { 'zh-CN': '答辩人', en: 'Answering party' },
  'elements.note': { 'zh-CN': '理由或说明', en: 'Reasons or explanation' },
  'elements.noteRequired': { 'zh-CN': '选择“说明”时请写明情况', en: 'Say what you explain' },
  'elements.ownValue': { 'zh-CN': '您认为的数值（可不填）', en: 'The figure you hold (optional)' },
  'elements.answerNone': { 'zh-CN': '请至少对一项要素表态', en: 'Take a position on at least one element' },
  'elements.answeredAt': { 'zh-CN': '{name} 于 {at} 答辩', en: '{name} answered on {at}' },
  'elements.findHint': {
    'zh-CN': '对有争议或未答辩的要素逐项认定：按原告主张认定的，选“认定”即可；认定的数值不同的，填写认定值并写明理由；不予认定的，写明理由。未选择的要素暂不认定。',
    en: 'Find each disputed or unanswered element: choose “established” to find it as the plaintiff stated; give another value with the reason where it differs; give the reason where it is not established. Elements left open are not found yet.',
  },
  'elements.established': { 'zh-CN': '认定', en: 'Established' },
  'elements.notEstablished': { 'zh-CN': '不予认定', en: 'Not established' },
  'elements.foundValue': { 'zh-CN': '认定值（与主张不同时填写）', en: 'Value found (where it differs)' },
  'elements.findingNote': { 'zh-CN': '认定理由（证据或当庭陈述）', en: 'Reason (the evidence or what was said at the hearing)' },
  'elements.findingNoteRequired': { 'zh-CN': '认定与主张不同的，请写明理由', en: 'Give the reason where the finding departs from the statement' },
  'elements.findNone': { 'zh-CN': '请至少认定一项要素', en: 'Find at least one element' },
  'elements.finding': { 'zh-CN': '认定', en: 'Finding' },
  'elements.factsFound': { 'zh-CN': '已查明的事实', en: 'Facts found' },
  'elements.pendingCount': { 'zh-CN': '待认定 {n} 项', en: '{n} still to find' },
  'elements.sourceUndisputed': { 'zh-CN': '双方无争议', en: 'undisputed' },
  'elements.sourceFound': { 'zh-CN': '法庭认定', en: 'found by the court' },
  'judgment.draft': { 'zh-CN': '一键生成判决书（草稿）', en: 'Draft the judgment' },
  'judgment.draftTitle': { 'zh-CN': '判决书草稿（未签发）', en: 'Draft judgment (not issued)' },
  'judgment.draftHint': {
    'zh-CN': '草稿由案件要素、认定事实、证据认证、诉讼费和上诉期自动生成，每段标明来源；“____”处请补充，所引法条及诉讼费负担请法官核对。草稿仅本院办案人员可见。',
    en: 'Drafted from the elements, the facts found, the evidence findings, the fee and the appeal period, each paragraph with its sources; complete the “____” and check the provisions and the fee burden. Seen by the court’s staff only.',
  },
  'judgment.source.case': { 'zh-CN': '案件信息', en: 'Case' },
  'judgment.source.party': { 'zh-CN': '当事人信息', en: 'Party' },
  'judgment.source.element': { 'zh-CN': '要素', en: 'Element' },
  'judgment.source.answer': { 'zh-CN': '答辩要素', en: 'Answer' },
  'judgment.source.evidence': { 'zh-CN': '证据认证', en: 'Evidence finding' },
  'judgment.source.provision': { 'zh-CN': '法律依据', en: 'Provision' },
  'judgment.source.fee': { 'zh-CN': '诉讼费计算', en: 'Fee engine' },
  'judgment.source.clock': { 'zh-CN': '上诉期', en: 'Appeal period' },
} as const;

export type ElementMessage = keyof typeof elementMessages;

/** `t` for the element trial's own strings, with {name} placeholders filled. */
export function useElementText(): (key: ElementMessage, vars?: Record<string, string | number>) => string {
  const { pick } = useI18n();
  return (key, vars) => pick(elementMessages[key]).replace(/\{(\w+)\}/g, (m, k: string) => (vars && k in vars ? String(vars[k]) : m));
}
