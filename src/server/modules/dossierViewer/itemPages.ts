// The pages of a dossier item as the reading job left them, with what the viewer needs to show a hit on its page:
// the OCR words with their boxes in the pixels of the page image, and that image's size.
import { sql } from 'drizzle-orm';
import type { ItemPages } from '../../../contracts/dossierViewer';
import type { Queryable } from '../../db/database';

type Word = { text: string; box: [number, number, number, number] };

export async function loadItemPages(db: Queryable, attachmentId: number, withWords: boolean): Promise<ItemPages> {
  const set = (
    await db.execute<{ status: ItemPages['status']; page_count: number | null }>(sql`select status, page_count from attachment_page_sets where attachment_id = ${attachmentId}`)
  ).rows[0];
  const rows = await db.execute<{
    page_no: number; status: 'pending' | 'done' | 'failed'; source: 'textLayer' | 'ocr' | null; text: string | null; words: Word[] | null;
    image_width: number | null; image_height: number | null; dpi: number | null;
  }>(sql`
    select page_no, status, source, text, ${withWords ? sql`words` : sql`null::jsonb as words`}, image_width, image_height, dpi
      from attachment_pages where attachment_id = ${attachmentId} order by page_no`);
  return {
    attachmentId,
    status: set?.status ?? 'notQueued',
    pageCount: set?.page_count ?? null,
    pages: rows.rows.map((p) => ({
      pageNo: p.page_no,
      status: p.status,
      source: p.source,
      text: p.text,
      words: p.words ? p.words.map((w) => ({ text: w.text, box: w.box })) : null,
      imageWidth: p.image_width,
      imageHeight: p.image_height,
      dpi: p.dpi,
    })),
  };
}
