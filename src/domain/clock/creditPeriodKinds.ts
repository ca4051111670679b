// The periods of 失信名单 on the clock (rules.md §5.5, DISHONEST arts 10–12 [S]): deletion within 3 working days of its
// ground, and the correction application's review, correction and reconsideration. A table of its own beside
// executionPeriodKinds.ts; periodKinds.ts spreads it into PERIOD_KINDS.
import type { BilingualMessage } from '../errors/domainError';
import { days, version, workingDays, type PeriodKindRule } from './periodKindRule';

export type CreditPeriodKind = 'dishonestDeletion' | 'dishonestCorrectionReview' | 'dishonestCorrection' | 'dishonestReconsiderationApplication' | 'dishonestReconsiderationDecision';

const zhEn = (zh: string, en: string): BilingualMessage => ({ 'zh-CN': zh, en });

// [U] DISHONEST as amended took effect on 2017-05-01; earlier listings are not modelled.
const DISHONEST = '2017-05-01';

export const CREDIT_PERIOD_KINDS: Readonly<Record<CreditPeriodKind, PeriodKindRule<CreditPeriodKind>>> = {
  // DISHONEST art 10: delete within 3 working days of the ground occurring.
  dishonestDeletion: { kind: 'dishonestDeletion', label: zhEn('删除失信信息', 'Deleting a dishonest listing'), audience: 'court', trigger: zhEn('删除事由出现', 'a deletion ground occurring'), versions: [version(DISHONEST, workingDays(3), 'DISHONEST art 10')] },
  // DISHONEST art 11: a correction application is reviewed within 15 days.
  dishonestCorrectionReview: { kind: 'dishonestCorrectionReview', label: zhEn('审查失信纠正申请', 'Reviewing a correction application'), audience: 'court', trigger: zhEn('收到纠正申请', 'receipt of the correction application'), versions: [version(DISHONEST, days(15), 'DISHONEST art 11')] },
  // DISHONEST art 11: a justified application is corrected within 3 working days.
  dishonestCorrection: { kind: 'dishonestCorrection', label: zhEn('纠正失信信息', 'Correcting the listing'), audience: 'court', trigger: zhEn('认定纠正申请成立', 'the application found justified'), versions: [version(DISHONEST, workingDays(3), 'DISHONEST art 11')] },
  // DISHONEST art 12: reconsideration to the higher court within 10 days of the decision.
  dishonestReconsiderationApplication: { kind: 'dishonestReconsiderationApplication', label: zhEn('申请复议（失信纠正）', 'Applying for reconsideration (correction)'), audience: 'party', trigger: zhEn('驳回纠正申请的决定送达', 'service of the decision rejecting the application'), versions: [version(DISHONEST, days(10), 'DISHONEST art 12')] },
  // DISHONEST art 12: the higher court decides within 15 days.
  dishonestReconsiderationDecision: { kind: 'dishonestReconsiderationDecision', label: zhEn('复议决定（失信纠正）', 'Deciding the reconsideration (correction)'), audience: 'court', trigger: zhEn('收到复议申请', 'receipt of the reconsideration application'), versions: [version(DISHONEST, days(15), 'DISHONEST art 12')] },
};
