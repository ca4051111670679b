// The complaint's elements, kept with the filing: checked against the schema of the filing's cause and stored in
// the filing's transaction (submit and correction).
import { sql } from 'drizzle-orm';
import type { ElementsInput } from '../../../contracts/elements';
import { schemaByKey, schemaForCause } from '../../../domain/elements/registry';
import { assertElements } from '../../../domain/elements/validateElements';
import { refuse } from '../../../domain/errors/domainError';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';


async function causeKeyOf(tx: Tx, causeId: number | null): Promise<{ key: string; name: string } | null> {
  if (causeId === null) return null;
  const r = await tx.execute<{ key: string; name: string }>(sql`select key, name from causes where id = ${causeId}`);
  return r.rows[0] ?? null;
}

/**
 * Stores the element complaint of a filing. `elements` undefined leaves what is stored, unless the cause changed to one
 * the stored schema does not serve (the elements then belong to another dispute and are dropped).
 */
export async function saveComplaintElements(tx: Tx, o: { caseId: number; causeId: number | null; elements: ElementsInput | undefined; actor: Actor }): Promise<void> {
  const cause = await causeKeyOf(tx, o.causeId);
  const served = cause ? schemaForCause(cause.key) : undefined;
  if (!o.elements) {
    await tx.execute(sql`delete from case_elements where case_id = ${o.caseId} and schema_key is distinct from ${served?.key ?? null}`);
    return;
  }
  const schema = schemaByKey(o.elements.schema)!;
  if (served?.key !== schema.key) {
    refuse(
      'ELEMENT_SCHEMA_MISMATCH',
      'invalid',
      `要素表“${schema.label['zh-CN']}”不适用于${cause ? `案由“${cause.name}”` : '本案'}；请选择${schema.causes.map((c) => `“${c.name}”`).join('、')}，或不使用要素式起诉。`,
      `The element form "${schema.label.en}" does not fit ${cause ? `the cause "${cause.name}"` : 'this case'}; choose ${schema.causes.map((c) => c.name).join(', ')}, or file without the element form.`,
      { field: '/elements/schema' },
    );
  }
  assertElements(schema, o.elements.values);
  await tx.execute(sql`
    insert into case_elements (case_id, schema_key, schema_version, values, updated_by)
    values (${o.caseId}, ${schema.key}, ${schema.version}, ${JSON.stringify(o.elements.values)}::jsonb, ${o.actor.userId})
    on conflict (case_id) do update set schema_key = excluded.schema_key, schema_version = excluded.schema_version, values = excluded.values, updated_by = excluded.updated_by, updated_at = now()`);
}
