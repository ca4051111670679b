// The template in force for a court, case type and document: the court's own, else the seeded default, else the
// built-in text (a database not yet seeded still produces documents).
import { sql } from 'drizzle-orm';
import { DEFAULT_TEMPLATES, type DocumentKind, type DocumentTemplate } from '../../../domain/documents/templates';
import type { Queryable } from '../../db/database';

export async function templateFor(q: Queryable, courtId: number, caseType: string, kind: DocumentKind): Promise<DocumentTemplate & { source: 'court' | 'default' | 'builtIn' }> {
  const r = await q.execute<{ title: string; body: string; court_id: number | null }>(
    sql`select title, body, court_id from document_templates where case_type = ${caseType} and kind = ${kind} and (court_id = ${courtId} or court_id is null) order by court_id nulls last limit 1`,
  );
  const row = r.rows[0];
  if (!row) return { ...DEFAULT_TEMPLATES[kind], source: 'builtIn' };
  return { title: row.title, body: row.body, source: row.court_id === null ? 'default' : 'court' };
}
