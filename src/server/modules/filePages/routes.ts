// The pages of an uploaded file, for whoever may read the file (the same check as downloading it).
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { FilePages } from '../../../contracts/filePages';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import { requestLanguage, type Lang } from '../../http/language';
import type { App } from '../../http/types';
import { loadJob } from '../../jobs/jobStore';
import { presentJob } from '../jobs/present';
import { visibleAttachment } from '../uploads/routes';
import type { Actor } from '../../access/actor';
import { relationToCase } from '../../access/casePolicy';
import { AppError } from '../../http/appError';
import { loadCase } from '../cases/caseRecord';
import { canArrange } from '../dossier/dossierStore';
import { DOCX_MIME } from '../documents/renderDocx';
import { retryFailedPages } from './pageStore';

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
      await visibleAttachment(deps, requireActor(req), req.params.id);
      return presentPages(deps, req.params.id, requestLanguage(req));
    },
  );

  app.get(
    '/api/v1/attachments/:id/view',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['uploads'],
        summary: '阅览文件 The file as it is read: a PDF or image itself, a DOCX as the PDF LibreOffice made of it',
        params: IdParams,
        response: { 200: Type.Any({ description: 'a PDF or image' }), 401: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (req, reply) => {
      const a = await visibleAttachment(deps, requireActor(req), req.params.id);
      let key = a.storage_key;
      let type = a.mime_type;
      let sha256 = a.sha256;
      if (a.mime_type === DOCX_MIME) {
        const r = await deps.db.execute<{ rendition_key: string | null; rendition_sha256: string | null }>(
          sql`select rendition_key, rendition_sha256 from attachment_page_sets where attachment_id = ${req.params.id}`,
        );
        const rendition = r.rows[0];
        if (!rendition?.rendition_key || !rendition.rendition_sha256)
          throw new AppError(409, 'RENDITION_NOT_READY', '该 DOCX 文件尚未转换为 PDF（转换在后台进行，或转换失败），请稍后再试或下载原文件。', 'This DOCX has not been converted to PDF yet (conversion runs in the background, or it failed); try again later or download the original.');
        [key, type, sha256] = [rendition.rendition_key, 'application/pdf', rendition.rendition_sha256];
      }
      reply.header('content-type', type);
      reply.header('content-disposition', 'inline');
      reply.header('x-content-sha256', sha256);
      reply.header('x-content-type-options', 'nosniff');
      return reply.send(await deps.blobs.open(key));
    },
  );

  app.post(
    '/api/v1/attachments/:id/pages/retry',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['uploads'],
        summary: '重新识别 Read a file\'s failed pages (or the whole failed file) again, in a new background job',
        params: IdParams,
        response: { 202: FilePages, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const id = req.params.id;
      const a = await visibleAttachment(deps, actor, id);
      await deps.db.transaction(async (tx) => {
        if (!(await mayRetry(tx, actor, a))) throw new AppError(403, 'PAGES_RETRY_FORBIDDEN', '只有上传人或本院办理本案的工作人员可以重新识别。', 'Only the uploader or staff of the court handling the case may read the file again.');
        const job = await retryFailedPages(tx, id, actor.userId);
        if (job === null) throw new AppError(409, 'PAGES_NOTHING_TO_RETRY', '该文件没有识别失败的页面，无需重新识别。', 'No page of this file failed, so there is nothing to read again.');
      });
      reply.status(202);
      return presentPages(deps, id, requestLanguage(req));
    },
  );
}

/** The uploader, or the court's staff who arrange the case's dossier. */
async function mayRetry(tx: Parameters<typeof loadCase>[0], actor: Actor, a: { case_id: number | null; uploaded_by: number }): Promise<boolean> {
  if (Number(a.uploaded_by) === actor.userId) return true;
  if (a.case_id === null) return false;
  const c = await loadCase(tx, Number(a.case_id));
  return !!c && canArrange(await relationToCase(tx, actor, c));
}

async function presentPages(deps: Deps, id: number, lang: Lang): Promise<FilePages> {
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
}
