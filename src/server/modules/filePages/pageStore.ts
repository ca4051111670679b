// The rows of a file's pages: queueing the reading of a file (in the upload's transaction), recording each page's
// outcome with its search bigrams, and how the file as a whole stands.
import { sql } from 'drizzle-orm';
import type { OcrWord } from '../../../domain/filePages/hocr';
import type { PageProblem } from '../../../domain/filePages/pageErrors';
import { pageSearchText, pageText } from '../../../domain/filePages/pageText';
import type { Queryable, Tx } from '../../db/database';
import { enqueueJob } from '../../jobs/jobStore';

/** The background job kind that splits an uploaded file into pages and reads their text. */
export const READ_FILE_PAGES = 'readFilePages';

/** Queues the reading of a stored file, in the caller's transaction (the upload's, or a retry's). */
export async function queuePageReading(tx: Tx, attachmentId: number, requestedBy: number): Promise<number> {
  const job = await enqueueJob(tx, { kind: READ_FILE_PAGES, courtId: null, createdBy: requestedBy, input: { attachmentId } });
  await tx.execute(sql`
    insert into attachment_page_sets (attachment_id, status, job_id) values (${attachmentId}, 'queued', ${job.id})
    on conflict (attachment_id) do update set status = 'queued', error_code = null, error_messages = null, job_id = excluded.job_id, updated_at = now()`);
  return job.id;
}

export async function markFileFailed(q: Queryable, attachmentId: number, problem: PageProblem): Promise<void> {
  await q.execute(sql`
    update attachment_page_sets set status = 'failed', error_code = ${problem.code}, error_messages = ${JSON.stringify(problem.messages)}::jsonb, updated_at = now()
     where attachment_id = ${attachmentId}`);
}

/** Creates the page rows of a file once its page count is known (a resumed job finds them there). */
export async function openPages(tx: Tx, attachmentId: number, pageCount: number): Promise<void> {
  await tx.execute(sql`
    update attachment_page_sets set status = 'splitting', page_count = ${pageCount}, error_code = null, error_messages = null, updated_at = now()
     where attachment_id = ${attachmentId}`);
  await tx.execute(sql`
    insert into attachment_pages (attachment_id, page_no) select ${attachmentId}, n from generate_series(1, ${pageCount}) n
    on conflict do nothing`);
  await recordDossierPageCount(tx, attachmentId, pageCount);
}

/**
 * The page count into the case's dossier (docs/dossier.md): a row without a section is placed by kind, so staff
 * arrangement is untouched. A file not yet part of a case has no dossier: its count is read from the page set
 * once it is claimed (loadDossierItems).
 */
export async function recordDossierPageCount(tx: Tx, attachmentId: number, pageCount: number): Promise<void> {
  await tx.execute(sql`
    insert into dossier_entries (attachment_id, case_id, page_count)
    select id, case_id, ${pageCount} from attachments where id = ${attachmentId} and case_id is not null
    on conflict (attachment_id) do update set page_count = excluded.page_count`);
}

export async function pendingPages(q: Queryable, attachmentId: number): Promise<number[]> {
  const r = await q.execute<{ page_no: number }>(sql`select page_no from attachment_pages where attachment_id = ${attachmentId} and status = 'pending' order by page_no`);
  return r.rows.map((x) => Number(x.page_no));
}

export type PageOutcome =
  | { kind: 'text'; source: 'textLayer'; text: string; separator: string | null }
  | { kind: 'text'; source: 'ocr'; text: string; words: OcrWord[]; width: number; height: number; dpi: number; confidence: number | null; ink: number | null; separator: string | null }
  | { kind: 'failed'; problem: PageProblem };

export async function savePage(tx: Tx, attachmentId: number, pageNo: number, o: PageOutcome): Promise<void> {
  if (o.kind === 'failed') {
    await tx.execute(sql`
      update attachment_pages set status = 'failed', error_code = ${o.problem.code}, error_messages = ${JSON.stringify(o.problem.messages)}::jsonb,
             attempts = attempts + 1, updated_at = now()
       where attachment_id = ${attachmentId} and page_no = ${pageNo}`);
    return;
  }
  const text = pageText(o.text);
  const search = pageSearchText(text);
  const ocr = o.source === 'ocr' ? o : null;
  await tx.execute(sql`
    update attachment_pages
       set status = 'done', source = ${o.source}, text = ${text}, search_text = ${search}, bigrams = strip(cf_bigrams(${search})),
           words = ${ocr ? JSON.stringify(ocr.words) : null}::jsonb, image_width = ${ocr?.width ?? null}, image_height = ${ocr?.height ?? null},
           dpi = ${ocr?.dpi ?? null}, confidence = ${ocr?.confidence ?? null}, ink = ${ocr?.ink ?? null}, separator = ${o.separator}, error_code = null, error_messages = null,
           attempts = attempts + 1, updated_at = now()
     where attachment_id = ${attachmentId} and page_no = ${pageNo}`);
}

/** Pages no longer pending (read or failed), and how many failed. */
export async function pageTally(q: Queryable, attachmentId: number): Promise<{ settled: number; failed: number; total: number }> {
  const r = await q.execute<{ settled: number; failed: number; total: number }>(sql`
    select count(*) filter (where status <> 'pending')::int as settled, count(*) filter (where status = 'failed')::int as failed, count(*)::int as total
      from attachment_pages where attachment_id = ${attachmentId}`);
  return r.rows[0]!;
}

/** The PDF a DOCX was converted to, stored beside the original (viewing, export and a resumed job use it). */
export async function keepRendition(tx: Tx, attachmentId: number, r: { key: string; sha256: string; size: number }): Promise<void> {
  await tx.execute(sql`
    update attachment_page_sets set rendition_key = ${r.key}, rendition_sha256 = ${r.sha256}, rendition_size = ${r.size}, updated_at = now()
     where attachment_id = ${attachmentId}`);
}

export async function renditionKey(q: Queryable, attachmentId: number): Promise<string | null> {
  const r = await q.execute<{ rendition_key: string | null }>(sql`select rendition_key from attachment_page_sets where attachment_id = ${attachmentId}`);
  return r.rows[0]?.rendition_key ?? null;
}

export async function finishFile(tx: Tx, attachmentId: number): Promise<void> {
  await tx.execute(sql`update attachment_page_sets set status = 'done', updated_at = now() where attachment_id = ${attachmentId}`);
}

/** Failed pages (all, or those listed) back to pending, and a new job for them; a failed or never-read file is read afresh; null when nothing failed. */
export async function retryFailedPages(tx: Tx, attachmentId: number, requestedBy: number, pages?: readonly number[]): Promise<number | null> {
  const set = await tx.execute<{ status: string }>(sql`select status from attachment_page_sets where attachment_id = ${attachmentId} for update`);
  const status = set.rows[0]?.status;
  // A file uploaded before page reading existed has no set yet: reading it is what was asked.
  if (status === 'failed' || status === undefined) return queuePageReading(tx, attachmentId, requestedBy);
  const r = await tx.execute(sql`
    update attachment_pages set status = 'pending', updated_at = now()
     where attachment_id = ${attachmentId} and status = 'failed' ${pages ? sql`and page_no = any(${sql.param([...pages])}::int[])` : sql``}`);
  if (!r.rowCount) return null;
  return queuePageReading(tx, attachmentId, requestedBy);
}
