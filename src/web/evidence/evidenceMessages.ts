// UI strings of the 证据 tab: exchange, cross-examination opinions, findings, late evidence and extensions (kept beside
// the tab, read with `useEvidenceText`, so that the shared messages table stays within its size).
import { citeEn } from '../../domain/citations/citations';
import { useI18n } from '../i18n/i18n';

export const evidenceMessages = {
  'ev.status.submitted': { 'zh-CN': '未交换', en: 'Not exchanged' },
  'ev.status.latePending': { 'zh-CN': '逾期待定', en: 'Late, awaiting decision' },
  'ev.status.exchanged': { 'zh-CN': '已交换', en: 'Exchanged' },
  'ev.status.excluded': { 'zh-CN': '逾期不予采纳', en: 'Excluded (late)' },
  'ev.status.found': { 'zh-CN': '已认证', en: 'Found on' },
  'ev.label': { 'zh-CN': '编号', en: 'No.' },
  'ev.status': { 'zh-CN': '状态', en: 'Status' },
  'ev.actions': { 'zh-CN': '操作', en: 'Actions' },
  'ev.period': { 'zh-CN': '举证期限至 {due}', en: 'Evidence period until {due}' },
  'ev.noPeriod': { 'zh-CN': '尚未指定举证期限', en: 'No evidence period set yet' },
  'ev.crossDays': { 'zh-CN': '交换后对方应在 {n} 日内发表书面质证意见', en: 'After an exchange the other side has {n} days for written opinions' },
  'ev.visibilityNote': {
    'zh-CN': '对方提交的证据在法院组织交换后才对您可见；逾期证据须经法院决定采纳后才交换。',
    en: "The other side's evidence becomes visible to you once the court exchanges it; late evidence only once the court admits it.",
  },
  'ev.exchange': { 'zh-CN': '交换证据', en: 'Exchange evidence' },
  'ev.exchangeConfirm': { 'zh-CN': '将所有按期提交、尚未交换的证据发送给对方当事人，并开始计算质证意见期限？', en: 'Release every item submitted in time and not yet exchanged to the other sides, and start their period for opinions?' },
  'ev.done': { 'zh-CN': '已保存，已记入时间轴', en: 'Saved and recorded on the timeline' },
  'ev.opinionDue': { 'zh-CN': '质证意见截止 {due}', en: 'Opinions due {due}' },
  'ev.giveOpinion': { 'zh-CN': '发表质证意见', en: 'Give opinion' },
  'ev.editOpinion': { 'zh-CN': '修改质证意见', en: 'Change opinion' },
  'ev.opinions': { 'zh-CN': '质证意见', en: 'Opinions' },
  'ev.noOpinions': { 'zh-CN': '暂无质证意见', en: 'No opinions yet' },
  'ev.authenticity': { 'zh-CN': '真实性', en: 'Authenticity' },
  'ev.legality': { 'zh-CN': '合法性', en: 'Legality' },
  'ev.relevance': { 'zh-CN': '关联性', en: 'Relevance' },
  'ev.view.accept': { 'zh-CN': '认可', en: 'Accept' },
  'ev.view.reject': { 'zh-CN': '不认可', en: 'Reject' },
  'ev.view.partlyAccept': { 'zh-CN': '部分认可', en: 'Partly accept' },
  'ev.reason': { 'zh-CN': '理由', en: 'Reason' },
  'ev.reasonRequired': { 'zh-CN': '不认可或部分认可的，请说明理由', en: 'State why you do not (fully) accept' },
  'ev.purposeOpinion': { 'zh-CN': '对证明目的的意见', en: 'On what it is offered to prove' },
  'ev.required': { 'zh-CN': '请填写', en: 'Required' },
  'ev.asParty': { 'zh-CN': '以谁的名义', en: 'For' },
  'ev.finding': { 'zh-CN': '认证', en: 'Finding' },
  'ev.recordFinding': { 'zh-CN': '认证', en: 'Record finding' },
  'ev.verdict': { 'zh-CN': '认证结论', en: 'Verdict' },
  'ev.verdict.accepted': { 'zh-CN': '采信', en: 'Accepted' },
  'ev.verdict.rejected': { 'zh-CN': '不采信', en: 'Rejected' },
  'ev.verdict.partlyAccepted': { 'zh-CN': '部分采信', en: 'Partly accepted' },
  'ev.established': { 'zh-CN': '成立', en: 'Established' },
  'ev.notEstablished': { 'zh-CN': '不成立', en: 'Not established' },
  'ev.reasoning': { 'zh-CN': '认证理由', en: 'Reasoning' },
  'ev.lateReason': { 'zh-CN': '逾期理由', en: 'Why late' },
  'ev.decideLate': { 'zh-CN': '逾期证据处理', en: 'Decide on late evidence' },
  'ev.late.admit': { 'zh-CN': '采纳', en: 'Admit' },
  'ev.late.admitWithAdmonition': { 'zh-CN': '采纳并予以训诫', en: 'Admit with admonition' },
  'ev.late.exclude': { 'zh-CN': '不予采纳', en: 'Exclude' },
  'ev.lateHint': {
    'zh-CN': '逾期提供证据的，法院责令说明理由；拒不说明或理由不成立的，可不予采纳，或采纳并予以训诫、罚款（《民事诉讼法》第六十八条）。',
    en: `Late evidence: the court requires an explanation; without a valid one it may exclude the evidence or admit it with an admonition or fine (${citeEn('CPL-2023 art 68')}).`,
  },
  'ev.extensions': { 'zh-CN': '延长举证期限申请', en: 'Applications to extend the evidence period' },
  'ev.applyExtension': { 'zh-CN': '申请延长举证期限', en: 'Apply to extend' },
  'ev.extensionHint': {
    'zh-CN': '须在举证期限届满前书面申请；法院准许的，延长的期限适用于其他当事人（《民诉法解释》第一百条）。',
    en: `Apply in writing before the evidence period ends; an extension granted applies to every party (${citeEn('CPL-Interp art 100')}).`,
  },
  'ev.days': { 'zh-CN': '延长天数', en: 'Days' },
  'ev.extensionReason': { 'zh-CN': '申请理由', en: 'Reason' },
  'ev.decide': { 'zh-CN': '决定', en: 'Decide' },
  'ev.grant': { 'zh-CN': '准许', en: 'Grant' },
  'ev.refuse': { 'zh-CN': '不准许', en: 'Refuse' },
  'ev.decisionReason': { 'zh-CN': '决定理由', en: 'Reasons' },
  'ev.ext.pending': { 'zh-CN': '待决定', en: 'Pending' },
  'ev.ext.granted': { 'zh-CN': '已准许，期限至 {due}', en: 'Granted, until {due}' },
  'ev.ext.refused': { 'zh-CN': '不准许', en: 'Refused' },
  'ev.ext.line': { 'zh-CN': '{party} 申请延长 {days} 日：{reason}', en: '{party} asks for {days} more days: {reason}' },
} as const;

export type EvidenceMessage = keyof typeof evidenceMessages;

/** `t` for the evidence tab's own strings, with {name} placeholders filled. */
export function useEvidenceText(): (key: EvidenceMessage, vars?: Record<string, string | number>) => string {
  const { pick } = useI18n();
  return (key, vars) => pick(evidenceMessages[key]).replace(/\{(\w+)\}/g, (m, k: string) => (vars && k in vars ? String(vars[k]) : m));
}
