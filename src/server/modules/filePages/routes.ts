// The pages of an uploaded file, for whoever may read the file (the same check as downloading it).
import { sql } from 'drizzle-orm';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { FilePages } from '../../../contracts/filePages';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import { requestLanguage, type Lang } from '../../http/language';
import type { App } from '../../http/types';
import { loadJob } from '../../jobs/jobStore';
import { presentJob } from '../jobs/present';
import { visibleAttachment } from '../uploads/routes';

type Messages = { 'zh-CN': string; en: string };
const problem = (code: string | null, messages: Messages | null, lang: Lang) => (code && messages ? { code, message: lang === 'en' ? messages.en : messages['zh-CN'], messages } : null);

export function filePageRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/attachments/:id/pages',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['uploads'],
        summary: '材料分页与识别文字 The pages of a file: text (text layer or OCR), status and the reading job\'s progress',
        params: IdParams,
        response: { 200: FilePages, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => {
      const id = req.params.id;
      await visibleAttachment(deps, requireActor(req), id);
      const lang = requestLanguage(req);
      const set = (
        await deps.db.execute<{ status: FilePages['status']; page_count: number | null; error_code: string | null; error_messages: Messages | null; job_id: string | null }>(
          sql`select status, page_count, error_code, error_messages, job_id from attachment_page_sets where attachment_id = ${id}`,
        )
      ).rows[0];
      const pages = await deps.db.execute<{ page_no: number; status: 'pending' | 'done' | 'failed'; source: 'textLayer' | 'ocr' | null; text: string | null; dpi: number | null; confidence: number | null; error_code: string | null; error_messages: Messages | null }>(
        sql`select page_no, status, source, text, dpi, confidence, error_code, error_messages from attachment_pages where attachment_id = ${id} order by page_no`,
      );
      const job = set?.job_id ? await loadJob(deps.db, Number(set.job_id)) : null;
      return {
        attachmentId: id,
        status: set?.status ?? 'notQueued',
        pageCount: set?.page_count ?? null,
        error: problem(set?.error_code ?? null, set?.error_messages ?? null, lang),
        job: job ? presentJob(job, lang) : null,
        pages: pages.rows.map((p) => ({ pageNo: p.page_no, status: p.status, source: p.source, text: p.text, dpi: p.dpi, confidence: p.confidence, error: problem(p.error_code, p.error_messages, lang) })),
      };
    },
  );
}
