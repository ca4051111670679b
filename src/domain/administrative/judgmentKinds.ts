// The judgments of an administrative first instance (ALL arts 69–78): each a closing result of 行初.
import type { BilingualMessage } from '../errors/domainError';

export const ADMIN_JUDGMENT_KINDS = ['dismissClaims', 'revoke', 'perform', 'pay', 'confirmIllegal', 'confirmVoid', 'modify', 'agreementRemedy'] as const;
export type AdminJudgmentKind = (typeof ADMIN_JUDGMENT_KINDS)[number];

export const ADMIN_JUDGMENT_RULES: Readonly<Record<AdminJudgmentKind, { label: BilingualMessage; source: string }>> = {
  // ALL art 69: the act is lawful, or the claim that the organ failed its duty or to pay is unfounded.
  dismissClaims: { label: { 'zh-CN': '判决驳回原告诉讼请求', en: "Dismiss the plaintiff's claims" }, source: 'ALL art 69' },
  // ALL art 70: revoke the act in whole or in part, and may order a new act.
  revoke: { label: { 'zh-CN': '判决撤销（或者部分撤销）行政行为', en: 'Revoke the act (in whole or in part)' }, source: 'ALL art 70' },
  // ALL art 72: order the organ to perform its statutory duty within a period.
  perform: { label: { 'zh-CN': '判决履行法定职责', en: 'Order the organ to perform its duty' }, source: 'ALL art 72' },
  // ALL art 73: order the organ to pay (给付义务).
  pay: { label: { 'zh-CN': '判决履行给付义务', en: 'Order the organ to pay' }, source: 'ALL art 73' },
  // ALL art 74: confirm the act unlawful without revoking it.
  confirmIllegal: { label: { 'zh-CN': '判决确认违法', en: 'Confirm the act unlawful' }, source: 'ALL art 74' },
  // ALL art 75: confirm the act void (no basis, no subject-matter competence, or other grave and obvious illegality).
  confirmVoid: { label: { 'zh-CN': '判决确认无效', en: 'Confirm the act void' }, source: 'ALL art 75' },
  // ALL art 77: change an obviously improper penalty or a wrongly determined amount.
  modify: { label: { 'zh-CN': '判决变更', en: 'Change the act' }, source: 'ALL art 77' },
  // ALL art 78: an administrative agreement — continue performing, take remedial measures or compensate.
  agreementRemedy: { label: { 'zh-CN': '判决继续履行行政协议、采取补救措施或者赔偿', en: 'Order performance of, remedy under, or compensation for an administrative agreement' }, source: 'ALL art 78' },
};
