// The court's seal image, stamped on the documents it generates (DOCX and PDF).
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database';
import type { Deps } from '../../deps';

export async function sealOf(tx: Queryable, deps: Deps, courtId: number) {
  const r = await tx.execute<{ storage_key: string; mime_type: string }>(sql`select storage_key, mime_type from court_seals where court_id = ${courtId}`);
  const s = r.rows[0];
  if (!s) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of await deps.blobs.open(s.storage_key)) chunks.push(chunk as Buffer);
  return { data: Buffer.concat(chunks), type: s.mime_type === 'image/png' ? ('png' as const) : ('jpg' as const) };
}
