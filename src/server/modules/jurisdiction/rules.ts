// Administrators keep the jurisdiction rules: list them, add a version, end one. A rule row is never rewritten beyond
// its end date, and a case keeps the proposal it was filed with (case_jurisdiction), so no change reaches a past case.
import { sql } from 'drizzle-orm';
import type { JurisdictionRuleInput, JurisdictionRuleRow } from '../../../contracts/jurisdiction';
import { checkRule } from '../../../domain/jurisdiction/ruleParams';
import type { Actor } from '../../access/actor';
import type { Queryable, Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { audit } from '../admin/audit';

const COLUMNS = sql`id, key, version, kind, label, source, params, effective_from::text as "effectiveFrom", effective_to::text as "effectiveTo"`;

export async function listRules(db: Queryable): Promise<JurisdictionRuleRow[]> {
  return (await db.execute<JurisdictionRuleRow>(sql`select ${COLUMNS} from jurisdiction_rules order by key, version`)).rows;
}

/** Adds the next version of the rule `key` (version 1 for a new key). */
export async function addRule(tx: Tx, actor: Actor, b: JurisdictionRuleInput): Promise<JurisdictionRuleRow> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('jurisdiction_rules:' || ${b.key}))`);
  const last = await tx.execute<{ version: number | null }>(sql`select max(version) as version from jurisdiction_rules where key = ${b.key}`);
  const version = Number(last.rows[0]?.version ?? 0) + 1;
  const rule = checkRule({ ...b, version, effectiveTo: b.effectiveTo ?? null });
  const r = await tx.execute<JurisdictionRuleRow>(sql`
    insert into jurisdiction_rules (key, version, kind, label, source, params, effective_from, effective_to, created_by)
    values (${rule.key}, ${version}, ${rule.kind}, ${JSON.stringify(rule.label)}::jsonb, ${rule.source}, ${JSON.stringify(rule.params)}::jsonb, ${rule.effectiveFrom}, ${rule.effectiveTo}, ${actor.userId})
    returning ${COLUMNS}`);
  await audit(tx, actor.userId, 'create', 'jurisdictionRule', r.rows[0]!.id, null, r.rows[0]);
  return r.rows[0]!;
}

/** Ends a rule version on `effectiveTo` (its last day); only to shorten it, never to reopen or move its start. */
export async function endRule(tx: Tx, actor: Actor, id: number, effectiveTo: string, today: string): Promise<JurisdictionRuleRow> {
  const before = (await tx.execute<JurisdictionRuleRow>(sql`select ${COLUMNS} from jurisdiction_rules where id = ${id} for update`)).rows[0];
  if (!before) throw new AppError(404, 'JURISDICTION_RULE_UNKNOWN', '管辖规则不存在。', 'No such jurisdiction rule.');
  if (effectiveTo < before.effectiveFrom) throw new AppError(422, 'JURISDICTION_RULE_DATES', '失效日期不能早于生效日期。', 'The rule cannot end before it starts.', { field: '/effectiveTo' });
  if (effectiveTo < today) {
    throw new AppError(422, 'JURISDICTION_RULE_RETROACTIVE', '规则不能追溯失效：失效日期最早为今天。', 'A rule cannot end retroactively: its last day is today at the earliest.', { field: '/effectiveTo' });
  }
  if (before.effectiveTo !== null && before.effectiveTo <= effectiveTo) {
    throw new AppError(409, 'JURISDICTION_RULE_ALREADY_ENDED', `该规则已于${before.effectiveTo}失效；如需恢复，请新增一个版本。`, `The rule already ended on ${before.effectiveTo}; add a new version to restore it.`);
  }
  const r = await tx.execute<JurisdictionRuleRow>(sql`
    update jurisdiction_rules set effective_to = ${effectiveTo}, ended_by = ${actor.userId}, ended_at = now() where id = ${id} returning ${COLUMNS}`);
  await audit(tx, actor.userId, 'update', 'jurisdictionRule', id, before, r.rows[0]);
  return r.rows[0]!;
}
