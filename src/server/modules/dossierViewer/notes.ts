// A reader's private notes and bookmarks on dossier pages. Each is its author's alone: listed, changed and deleted by
// them only (anyone else gets "not found"), and only while they may see its item — a party never notes on a 副卷
// item. They are not case records: no timeline entry, no integrity-log leaf, never in an export or the archive.
import { sql } from 'drizzle-orm';
import type { DossierNote, DossierNoteEdit, NewDossierNote } from '../../../contracts/dossierViewer';
import type { Actor } from '../../access/actor';
import type { Queryable } from '../../db/database';
import { AppError } from '../../http/appError';
import { dossierOrNull, readableDossier, visibleItemIds } from '../dossier/readableDossier';
import { findItem } from '../dossier/dossierStore';

/** Notes and bookmarks one reader may keep on one case (a guard against runaway clients, not a rule of law). */
export const NOTES_PER_CASE_LIMIT = 2000;

type NoteRow = {
  id: string; case_id: string; attachment_id: string; page_no: number; kind: 'note' | 'bookmark'; text: string | null; created_at: string; updated_at: string;
};
const COLUMNS = sql`id, case_id, attachment_id, page_no, kind, text,
  to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at,
  to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as updated_at`;

const present = (r: NoteRow): DossierNote => ({
  id: Number(r.id), caseId: Number(r.case_id), attachmentId: Number(r.attachment_id), page: r.page_no, kind: r.kind, text: r.text, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** The reader's own notes on the case, on items they may still see, by item and page. */
export async function listNotes(db: Queryable, actor: Actor, caseId: number): Promise<DossierNote[]> {
  const visible = visibleItemIds(await readableDossier(db, actor, caseId));
  const r = await db.execute<NoteRow>(sql`select ${COLUMNS} from dossier_notes where user_id = ${actor.userId} and case_id = ${caseId} order by attachment_id, page_no, id`);
  return r.rows.filter((n) => visible.has(Number(n.attachment_id))).map(present);
}

export async function addNote(tx: Queryable, actor: Actor, caseId: number, input: NewDossierNote, now: Date): Promise<DossierNote> {
  findItem(await readableDossier(tx, actor, caseId), input.attachmentId);
  const text = cleanText(input.kind, input.text);
  await checkPage(tx, input.attachmentId, input.page);
  const count = await tx.execute<{ n: number }>(sql`select count(*)::int as n from dossier_notes where user_id = ${actor.userId} and case_id = ${caseId}`);
  if ((count.rows[0]?.n ?? 0) >= NOTES_PER_CASE_LIMIT) {
    throw new AppError(409, 'DOSSIER_NOTES_LIMIT', `每个案件最多可保存${NOTES_PER_CASE_LIMIT}条批注和书签，请先删除不再需要的。`, `You may keep at most ${NOTES_PER_CASE_LIMIT} notes and bookmarks per case; delete some you no longer need.`);
  }
  const r = await tx.execute<NoteRow>(sql`
    insert into dossier_notes (user_id, case_id, attachment_id, page_no, kind, text, created_at, updated_at)
    values (${actor.userId}, ${caseId}, ${input.attachmentId}, ${input.page}, ${input.kind}, ${text}, ${now}, ${now})
    on conflict (user_id, attachment_id, page_no) where kind = 'bookmark' do nothing
    returning ${COLUMNS}`);
  const row = r.rows[0];
  if (!row) throw new AppError(409, 'DOSSIER_BOOKMARK_EXISTS', '这一页已加书签。', 'This page is already bookmarked.');
  return present(row);
}

export async function editNote(tx: Queryable, actor: Actor, noteId: number, edit: DossierNoteEdit, now: Date): Promise<DossierNote> {
  const note = await ownNote(tx, actor, noteId);
  const text = cleanText(note.kind, edit.text);
  const r = await tx.execute<NoteRow>(sql`update dossier_notes set text = ${text}, updated_at = ${now} where id = ${noteId} returning ${COLUMNS}`);
  return present(r.rows[0]!);
}

export async function deleteNote(tx: Queryable, actor: Actor, noteId: number): Promise<void> {
  await ownNote(tx, actor, noteId);
  await tx.execute(sql`delete from dossier_notes where id = ${noteId}`);
}

/** The actor's note, locked, on an item they may still see; anything else is "not found" (whose it is never leaks). */
async function ownNote(tx: Queryable, actor: Actor, noteId: number): Promise<NoteRow> {
  const r = await tx.execute<NoteRow>(sql`select ${COLUMNS} from dossier_notes where id = ${noteId} and user_id = ${actor.userId} for update`);
  const note = r.rows[0];
  const dossier = note && (await dossierOrNull(tx, actor, Number(note.case_id)));
  if (!note || !dossier || !visibleItemIds(dossier).has(Number(note.attachment_id))) throw noteNotFound();
  return note;
}

/** A note needs words; a bookmark's label may be empty. Surrounding blanks are dropped. */
function cleanText(kind: 'note' | 'bookmark', text: string | undefined): string | null {
  const t = text?.trim() ?? '';
  if (kind === 'note' && t === '') throw new AppError(422, 'DOSSIER_NOTE_TEXT_REQUIRED', '批注内容不能为空。', 'A note needs some text.');
  return t === '' ? null : t;
}

/** The page must exist once the item's page count is known (before that, any page up to the schema's limit). */
async function checkPage(db: Queryable, attachmentId: number, page: number): Promise<void> {
  const r = await db.execute<{ page_count: number | null }>(sql`select page_count from attachment_page_sets where attachment_id = ${attachmentId}`);
  const count = r.rows[0]?.page_count ?? null;
  if (count !== null && page > count) {
    throw new AppError(422, 'DOSSIER_NOTE_PAGE_OUT_OF_RANGE', `该材料共${count}页，请选择第1至${count}页。`, `The item has ${count} pages; choose a page from 1 to ${count}.`, { pageCount: count });
  }
}

export const noteNotFound = () => new AppError(404, 'DOSSIER_NOTE_NOT_FOUND', '批注或书签不存在或您无权查看。', 'The note or bookmark does not exist or you may not see it.');
