// 分段集约: the stages an execution case goes through. Each court configures its own (code, names, order, an internal
// day limit where one applies); this is the default of issue 17 (高新 court's model), rules.md §5.1 [U: the stages are
// court practice, not statute, and so are their day limits — none by default].
import type { BilingualMessage } from '../errors/domainError';
import { refuse } from '../errors/domainError';

export interface ExecutionStage {
  /** The value `moveStage` records. */
  code: string;
  label: BilingualMessage;
  /** The court's internal limit for a case in this stage, in calendar days from entering it; null: none. [U] */
  limitDays?: number | null;
}

const stage = (code: string, zh: string, en: string): ExecutionStage => ({ code, label: { 'zh-CN': zh, en }, limitDays: null });

export const DEFAULT_EXECUTION_STAGES: readonly ExecutionStage[] = [
  stage('立案审查', '立案审查', 'Registration review'),
  stage('集约查控', '集约查控', 'Centralised asset search and control'),
  stage('财产处置', '财产处置', 'Disposal of property'),
  stage('案款发放', '案款发放', 'Payout of funds'),
  stage('结案审查', '结案审查', 'Closing review'),
];

/** The bounds of a stage's internal limit (the clock's `executionStage` kind, courtSettable). */
export const STAGE_LIMIT_DAYS = { min: 1, max: 365 } as const;

/** The configured stage with this code, or undefined. */
export function executionStage(code: string, stages: readonly ExecutionStage[] = DEFAULT_EXECUTION_STAGES): ExecutionStage | undefined {
  return stages.find((s) => s.code === code);
}

/** A court's stage list is usable: at least one stage, codes unique and not blank, limits within the bounds. */
export function checkStageList(stages: readonly ExecutionStage[]): void {
  if (!stages.length) refuse('EXECUTION_STAGES_EMPTY', 'invalid', '至少需要设置一个执行阶段。', 'Configure at least one execution stage.');
  const seen = new Set<string>();
  for (const s of stages) {
    const code = s.code.trim();
    if (!code || !s.label['zh-CN'].trim() || !s.label.en.trim()) {
      refuse('EXECUTION_STAGE_INVALID', 'invalid', '执行阶段的代码、中文名称和英文名称都不能为空。', 'Every stage needs a code, a Chinese name and an English name.');
    }
    if (seen.has(code)) refuse('EXECUTION_STAGE_DUPLICATE', 'invalid', `执行阶段“${code}”重复，请保留一个。`, `The stage "${code}" is listed twice: keep one.`);
    seen.add(code);
    const d = s.limitDays;
    if (d !== null && d !== undefined && (!Number.isInteger(d) || d < STAGE_LIMIT_DAYS.min || d > STAGE_LIMIT_DAYS.max)) {
      refuse('EXECUTION_STAGE_LIMIT_INVALID', 'invalid', `阶段“${code}”的内部期限应为${STAGE_LIMIT_DAYS.min}至${STAGE_LIMIT_DAYS.max}日。`, `The limit of stage "${code}" must be ${STAGE_LIMIT_DAYS.min} to ${STAGE_LIMIT_DAYS.max} days.`);
    }
  }
}
