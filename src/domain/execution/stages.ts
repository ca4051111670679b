// 分段集约: the stages an execution case goes through. A court configures its own; until that setting exists this is
// the default of issue 17 (高新 court's model), rules.md §5.1 [U: the stages are court practice, not statute].
import type { BilingualMessage } from '../errors/domainError';

export interface ExecutionStage {
  /** The value `moveStage` records. */
  code: string;
  label: BilingualMessage;
}

const stage = (code: string, zh: string, en: string): ExecutionStage => ({ code, label: { 'zh-CN': zh, en } });

export const DEFAULT_EXECUTION_STAGES: readonly ExecutionStage[] = [
  stage('立案审查', '立案审查', 'Registration review'),
  stage('集约查控', '集约查控', 'Centralised asset search and control'),
  stage('财产处置', '财产处置', 'Disposal of property'),
  stage('案款发放', '案款发放', 'Payout of funds'),
  stage('结案审查', '结案审查', 'Closing review'),
];

/** The configured stage with this code, or undefined. */
export function executionStage(code: string, stages: readonly ExecutionStage[] = DEFAULT_EXECUTION_STAGES): ExecutionStage | undefined {
  return stages.find((s) => s.code === code);
}
