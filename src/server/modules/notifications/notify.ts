// Sending in-app notifications: any use case or job adds them in its own transaction, so a notification exists
// exactly when what it tells of was saved; a (user, dedupe key) already sent is skipped, so a rerun sends nothing.
import { sql } from 'drizzle-orm';
import type { Bilingual } from '../../../contracts/common';
import type { Tx } from '../../db/database';

export interface NewNotification {
  userId: number;
  courtId: number | null;
  kind: string;
  title: Bilingual;
  body: Bilingual;
  link: string | null;
  caseId?: number | null;
  /** The same key for the same user is sent once, e.g. fundReport:12. */
  dedupeKey: string;
}

/** Adds the notifications not sent before (one statement); returns how many were new. */
export async function notifyUsers(tx: Tx, notes: readonly NewNotification[]): Promise<number> {
  if (!notes.length) return 0;
  const rows = notes.map((n) => ({ user_id: n.userId, court_id: n.courtId, kind: n.kind, title: n.title, body: n.body, link: n.link, case_id: n.caseId ?? null, dedupe_key: n.dedupeKey }));
  const r = await tx.execute(sql`
    insert into notifications (user_id, court_id, kind, title, body, link, case_id, dedupe_key)
    select user_id, court_id, kind, title, body, link, case_id, dedupe_key
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as x(user_id integer, court_id integer, kind text, title jsonb, body jsonb, link text, case_id bigint, dedupe_key text)
    on conflict (user_id, dedupe_key) do nothing`);
  return r.rowCount ?? 0;
}
