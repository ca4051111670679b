// The names of served documents and of service methods, as the timeline, the inbox and e-mails say them.
import type { BilingualMessage } from '../errors/domainError';

export const DOCUMENT_LABELS: Record<string, BilingualMessage> = {
  complaintCopy: { 'zh-CN': '起诉状副本', en: 'Complaint copy' },
  summons: { 'zh-CN': '传票', en: 'Summons' },
  judgment: { 'zh-CN': '判决书', en: 'Judgment' },
  ruling: { 'zh-CN': '裁定书', en: 'Ruling' },
  mediationAgreement: { 'zh-CN': '调解书', en: 'Mediation agreement' },
  appealCopy: { 'zh-CN': '上诉状副本', en: 'Appeal petition copy' },
  notice: { 'zh-CN': '通知书', en: 'Notice' },
  executionNotice: { 'zh-CN': '执行通知书', en: 'Execution notice' },
  propertyReportOrder: { 'zh-CN': '报告财产令', en: 'Order to report property' },
  clueNotice: { 'zh-CN': '提供财产线索通知书', en: 'Notice to give asset clues' },
};

export const METHOD_LABELS: Record<string, BilingualMessage> = {
  electronic: { 'zh-CN': '电子送达', en: 'electronic service' },
  direct: { 'zh-CN': '直接送达', en: 'personal service' },
  mail: { 'zh-CN': '邮寄送达', en: 'service by post' },
  leftAtResidence: { 'zh-CN': '留置送达', en: 'service by leaving at the residence' },
  entrusted: { 'zh-CN': '委托送达', en: 'entrusted service' },
  transfer: { 'zh-CN': '转交送达', en: 'service by transfer' },
  refusedAtCourt: { 'zh-CN': '拒签（视为送达）', en: 'refusal to sign' },
  publicNotice: { 'zh-CN': '公告送达', en: 'service by public notice' },
  platform: { 'zh-CN': '平台电子送达', en: 'electronic service on the platform' },
};

/** A document's label, or its key when it has none. */
export function documentLabel(document: string): BilingualMessage {
  return DOCUMENT_LABELS[document] ?? { 'zh-CN': document, en: document };
}
