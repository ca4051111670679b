// A generated document's PDF for the dossier: the court's printable version (the same rendering as
// GET /api/v1/attachments/:id/pdf) stored as the DOCX's rendition, then its pages read like any file's. Rendered in a
// background job, never in the request that generated the document; without a CJK font, LibreOffice converts the DOCX.
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import type { JobDefinition } from '../../jobs/jobDefinition';
import { enqueueJob } from '../../jobs/jobStore';
import { keepRendition, queuePageReading } from '../filePages/pageStore';
import { sealOf } from './courtSeal';
import { findPdfFont, renderPdf } from './renderPdf';

export const RENDER_DOCUMENT_PDF = 'renderDocumentPdf';

type Input = { attachmentId: number };
type Result = { rendered: boolean };

export async function queueDocumentPdf(tx: Tx, attachmentId: number, requestedBy: number): Promise<void> {
  await enqueueJob(tx, { kind: RENDER_DOCUMENT_PDF, courtId: null, createdBy: requestedBy, input: { attachmentId } });
}

export const renderDocumentPdfJob = (): JobDefinition<Input, Result> => ({
  followers: ['filingClerk'],
  async run(ctx) {
    const { attachmentId } = ctx.job.input;
    const by = ctx.job.createdBy ?? 0;
    const r = await ctx.deps.db.execute<{ court_name: string; title: string; paragraphs: string[]; court_id: number }>(
      sql`select g.court_name, g.title, g.paragraphs, k.court_id from generated_documents g join cases k on k.id = g.case_id where g.attachment_id = ${attachmentId}`,
    );
    const g = r.rows[0];
    const font = findPdfFont({ path: ctx.deps.config.pdfFontPath, name: ctx.deps.config.pdfFontName });
    if (!g || !font) {
      await ctx.step(async (tx, at) => (await queuePageReading(tx, attachmentId, by), { ...at, result: { rendered: false } }));
      return { rendered: false };
    }
    const pdf = await renderPdf({ courtName: g.court_name, title: g.title, paragraphs: g.paragraphs, seal: await sealOf(ctx.deps.db, ctx.deps, Number(g.court_id)) }, font);
    const staged = await ctx.deps.blobs.stage(Readable.from([pdf]), Number.MAX_SAFE_INTEGER);
    await staged.keep();
    // The rendition and the reading of its pages commit together.
    await ctx.step(async (tx) => {
      await queuePageReading(tx, attachmentId, by);
      await keepRendition(tx, attachmentId, { key: staged.key, sha256: staged.sha256, size: staged.size });
      return { done: 1, total: 1, result: { rendered: true } };
    });
    return { rendered: true };
  },
});
