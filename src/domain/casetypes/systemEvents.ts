// Timeline entries that are not fired through a declaration: they are recorded by the use case that creates them.
import type { BilingualMessage } from '../errors/domainError';

export const SYSTEM_EVENT_LABELS: Record<string, BilingualMessage> = {
  submit: { 'zh-CN': '提交立案申请', en: 'Filing submitted' },
  editFiling: { 'zh-CN': '修改立案材料', en: 'Filing edited' },
  joinAppeal: { 'zh-CN': '追加上诉人', en: 'Appellant joined' },
  platformServiceRead: { 'zh-CN': '受送达人阅读平台送达文书', en: 'Served document read on the platform' },
  addressConfirmed: { 'zh-CN': '确认送达地址', en: 'Service address confirmed' },
  serviceTasksCreated: { 'zh-CN': '新建送达任务', en: 'Service tasks opened' },
  serviceCompleted: { 'zh-CN': '完成送达', en: 'Document served' },
  receiveMediation: { 'zh-CN': '收到诉前调解案件', en: 'Mediation matter received' },
  mediationSettled: { 'zh-CN': '诉前调解成功', en: 'Settled in pre-litigation mediation' },
  mediationFailed: { 'zh-CN': '诉前调解不成，转立案审查', en: 'Mediation failed; back to filing review' },
  mediationWithdrawn: { 'zh-CN': '撤回诉前调解申请', en: 'Mediation application withdrawn' },
  applyForExecution: { 'zh-CN': '申请执行', en: 'Execution applied for' },
  applyForRestoration: { 'zh-CN': '恢复执行立案申请', en: 'Restoration of execution applied for' },
  fileObjection: { 'zh-CN': '提出执行异议', en: 'Execution objection filed' },
  objectionRuled: { 'zh-CN': '执行异议审查结果', en: 'Ruling on an execution objection' },
  requestPayoutPostponement: { 'zh-CN': '申请延期发放执行案款', en: 'Postponement of the payout asked for' },
  decidePayoutPostponement: { 'zh-CN': '审批延期发放申请', en: 'Payout postponement decided' },
  withdrawPayoutPostponement: { 'zh-CN': '撤回延期发放申请', en: 'Payout postponement withdrawn' },
  endOfRoundRequerySent: { 'zh-CN': '终本后定期网络查询已发出', en: 'Periodic property re-query after 终本 sent' },
  endOfRoundRequeryAnswered: { 'zh-CN': '终本后定期查询结果', en: 'Periodic property re-query after 终本 answered' },
  reverseFundEntry: { 'zh-CN': '冲销执行案款分录', en: 'Execution-fund entry reversed' },
  periodsRecomputed: { 'zh-CN': '期限重新计算（日历变更）', en: 'Periods recomputed (calendar changed)' },
};
