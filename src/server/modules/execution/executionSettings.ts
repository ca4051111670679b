// A court's 分段集约 settings: its stages (with their internal limits) and its 繁简分流 rules. Stored per court in
// execution_court_settings; a court without a row works with the domain defaults. Administered by the administrator
// (every court) and the court's 执行局 chief (their own court).
import { sql } from 'drizzle-orm';
import type { ExecutionSettings, ExecutionSettingsInput } from '../../../contracts/executionTeams';
import { checkStageList, DEFAULT_EXECUTION_STAGES, DEFAULT_TRIAGE_RULES, INQUIRY_WINDOW_DAYS_DEFAULT, type ExecutionStage, type TriageRules } from '../../../domain/execution';
import { fenToYuan, yuanToFen } from '../../../domain/money/yuan';
import type { Actor } from '../../access/actor';
import type { Queryable, Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { audit } from '../admin/audit';

/** 'all': the administrator; a number: the one court a 执行局 chief administers. */
export type ExecutionAdminScope = 'all' | number;

export async function executionAdminScope(q: Queryable, actor: Actor): Promise<ExecutionAdminScope> {
  if (actor.roles.includes('admin')) return 'all';
  if (actor.roles.includes('divisionChief') && actor.courtId !== null && actor.divisionId !== null) {
    const r = await q.execute(sql`select 1 from divisions where id = ${actor.divisionId} and court_id = ${actor.courtId} and kind = 'execution'`);
    if (r.rows.length) return actor.courtId;
  }
  throw new AppError(403, 'EXECUTION_ADMIN_FORBIDDEN', '只有系统管理员和本院执行局局长可以设置执行阶段与执行团队。', "Only the administrator and the court's execution-division chief may configure execution stages and teams.");
}

/** The court a request is about: a chief's own court only. */
export function courtInExecutionScope(scope: ExecutionAdminScope, courtId: number | undefined): number | undefined {
  if (scope === 'all') return courtId;
  if (courtId !== undefined && courtId !== scope) throw new AppError(403, 'COURT_FORBIDDEN', '只能管理本院的执行阶段与执行团队。', "You may only manage your own court's execution stages and teams.");
  return scope;
}

const defaultStages = (): ExecutionStage[] => DEFAULT_EXECUTION_STAGES.map((s) => ({ ...s, limitDays: s.limitDays ?? null }));

export interface CourtExecutionConfig {
  stages: ExecutionStage[];
  triage: TriageRules;
  /** [U] 终本: how recent the network inquiries must be (ZHONGBEN art 3 sets no window). */
  inquiryWindowDays: number;
  version: number;
}

/** The court's stages and triage rules (the defaults while it has configured none). */
export async function courtExecutionConfig(q: Queryable, courtId: number): Promise<CourtExecutionConfig> {
  const r = await q.execute<{ stages: ExecutionStage[]; triage: { simpleMaxAmount: string | null; preservedCoverPercent: number | null }; inquiry_window_days: number; version: number }>(
    sql`select stages, triage, inquiry_window_days, version from execution_court_settings where court_id = ${courtId}`,
  );
  const row = r.rows[0];
  if (!row) return { stages: defaultStages(), triage: DEFAULT_TRIAGE_RULES, inquiryWindowDays: INQUIRY_WINDOW_DAYS_DEFAULT, version: 0 };
  const t = row.triage;
  return {
    stages: row.stages,
    triage: { simpleMaxAmountFen: t.simpleMaxAmount === null ? null : yuanToFen(t.simpleMaxAmount), preservedCoverPercent: t.preservedCoverPercent },
    inquiryWindowDays: Number(row.inquiry_window_days),
    version: Number(row.version),
  };
}

export function presentSettings(courtId: number, c: CourtExecutionConfig): ExecutionSettings {
  return {
    courtId,
    stages: c.stages.map((s) => ({ code: s.code, label: s.label, limitDays: s.limitDays ?? null })),
    triage: { simpleMaxAmount: c.triage.simpleMaxAmountFen === null ? null : fenToYuan(c.triage.simpleMaxAmountFen), preservedCoverPercent: c.triage.preservedCoverPercent },
    inquiryWindowDays: c.inquiryWindowDays,
    version: c.version,
    isDefault: c.version === 0,
  };
}

export async function loadCourtForSettings(q: Queryable, courtId: number): Promise<void> {
  const r = await q.execute(sql`select 1 from courts where id = ${courtId}`);
  if (!r.rows.length) throw new AppError(404, 'COURT_UNKNOWN', '法院不存在。', 'No such court.');
}

/** Replaces the court's stages and rules; a concurrent change (expectedVersion) is refused, nothing saved. */
export async function saveExecutionSettings(tx: Tx, actor: Actor, courtId: number, input: ExecutionSettingsInput): Promise<ExecutionSettings> {
  await loadCourtForSettings(tx, courtId);
  await tx.execute(sql`select id from courts where id = ${courtId} for no key update`);
  const before = await courtExecutionConfig(tx, courtId);
  if (input.expectedVersion !== undefined && input.expectedVersion !== before.version) {
    throw new AppError(409, 'EXECUTION_SETTINGS_CHANGED', '执行设置已被他人修改，请刷新后重试。', 'Someone else changed these settings meanwhile; refresh and try again.', { currentVersion: before.version });
  }
  const stages = input.stages.map((s) => ({ code: s.code.trim(), label: { 'zh-CN': s.label['zh-CN'].trim(), en: s.label.en.trim() }, limitDays: s.limitDays }));
  checkStageList(stages);
  await tx.execute(sql`
    insert into execution_court_settings (court_id, stages, triage, inquiry_window_days, updated_by)
    values (${courtId}, ${JSON.stringify(stages)}::jsonb, ${JSON.stringify(input.triage)}::jsonb, ${input.inquiryWindowDays ?? before.inquiryWindowDays}, ${actor.userId})
    on conflict (court_id) do update set stages = excluded.stages, triage = excluded.triage, inquiry_window_days = excluded.inquiry_window_days, version = execution_court_settings.version + 1,
      updated_at = now(), updated_by = excluded.updated_by`);
  const after = await courtExecutionConfig(tx, courtId);
  await audit(tx, actor.userId, 'update', 'executionSettings', courtId, presentSettings(courtId, before), presentSettings(courtId, after));
  return presentSettings(courtId, after);
}
