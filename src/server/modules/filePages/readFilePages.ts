// The background job that reads an uploaded file's pages. A PDF: pdfinfo for the page count and sizes, pdftotext for
// the text layer of every page; a page without usable text is rendered by pdftoppm (300 dpi, less for very large
// pages) and OCR'd by Tesseract (chi_sim, hOCR). An image is one page, OCR'd as it is after its pixel count is checked.
// A DOCX is converted to PDF by LibreOffice headless (kept as the file's rendition) and read as that PDF.
//
// Transaction shape: one step opens the page rows; then one step per page writes its text (or its error) with the
// progress, so a process that dies loses at most the page it was reading. A file that cannot be read at all (an
// encrypted or damaged PDF, an image bomb) is marked failed with a clear message; the upload itself is untouched.
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { parseHocr } from '../../../domain/filePages/hocr';
import { PAGE_PROBLEMS, type PageProblem } from '../../../domain/filePages/pageErrors';
import { imageSize, isWithinPixelLimit, OCR_DPI, renderDpi } from '../../../domain/filePages/pageImages';
import { hasUsableTextLayer, splitTextPages } from '../../../domain/filePages/pageText';
import { pgmInk } from '../../../domain/filePages/batchSplit';
import { parsePgm } from '../../../domain/filePages/pgm';
import { separatorInText } from '../../../domain/filePages/separatorSheets';
import type { JobContext, JobDefinition } from '../../jobs/jobDefinition';
import { isEncryptedPdfError, isMissingLanguage, pageTools, parsePdfInfo, ToolFailed, ToolMissing, ToolTimedOut, type PageTools, type PdfInfo } from './pageTools';
import { readSeparator } from './separatorBarcodes';
import { finishFile, keepRendition, markFileFailed, openPages, pageTally, pendingPages, renditionKey, savePage, type PageOutcome } from './pageStore';

const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Input = { attachmentId: number };
type Result = { pages: number; failed: number; problem?: string };

export const readFilePagesJob = (): JobDefinition<Input, Result> => ({
  // The uploader follows the job (an upload has no court yet); the pages route shows its progress to whoever may read the file.
  followers: ['filingClerk'],
  async run(ctx) {
    const { attachmentId } = ctx.job.input;
    const r = await ctx.deps.db.execute<{ mime_type: string; storage_key: string }>(sql`select mime_type, storage_key from attachments where id = ${attachmentId}`);
    const file = r.rows[0];
    if (!file) return { pages: 0, failed: 0, problem: 'ATTACHMENT_NOT_FOUND' };
    const tools = pageTools(ctx.deps.config, ctx.signal);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'courtflow-pages-'));
    try {
      const local = path.join(dir, 'file');
      await pipeline(await ctx.deps.blobs.open(file.storage_key), createWriteStream(local, { mode: 0o600 }));
      const problem =
        file.mime_type === 'application/pdf' ? await readPdf(ctx, tools, local) : file.mime_type === DOCX_MIME_TYPE ? await readDocx(ctx, tools, local, dir) : await readImage(ctx, tools, local);
      if (problem) {
        await markFileFailed(ctx.deps.db, attachmentId, problem);
        return { pages: 0, failed: 0, problem: problem.code };
      }
      const tally = await pageTally(ctx.deps.db, attachmentId);
      await ctx.step(async (tx) => {
        await finishFile(tx, attachmentId);
        return { done: tally.total, total: tally.total, result: null };
      });
      return { pages: tally.total, failed: tally.failed };
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  },
});

/** A file-level problem from pdfinfo, or null when the PDF was split and its pages read. */
async function readPdf(ctx: JobContext<Input, Result>, tools: PageTools, local: string): Promise<PageProblem | null> {
  const { attachmentId } = ctx.job.input;
  let info: PdfInfo | null;
  try {
    info = parsePdfInfo(await tools.pdfInfo(local));
  } catch (e) {
    if (e instanceof ToolMissing) return PAGE_PROBLEMS.pdfToolsUnavailable;
    if (isEncryptedPdfError(e)) return PAGE_PROBLEMS.pdfEncrypted;
    if (e instanceof ToolFailed || e instanceof ToolTimedOut) return PAGE_PROBLEMS.pdfCorrupt;
    throw e;
  }
  if (!info || info.pages < 1) return PAGE_PROBLEMS.pdfCorrupt;
  const count = info.pages;
  await ctx.step(async (tx, at) => {
    await openPages(tx, attachmentId, count);
    return { ...at, total: count };
  });
  const pending = await pendingPages(ctx.deps.db, attachmentId);
  if (!pending.length) return null;
  // A PDF that forbids copying text (pdftotext exits 3), or whose text cannot be read, is OCR'd page by page.
  const texts = await tools.pdfText(local, count).then(
    (out) => splitTextPages(out, count),
    (e: unknown) => {
      if (e instanceof ToolFailed || e instanceof ToolTimedOut) return splitTextPages('', count);
      throw e;
    },
  );
  for (const pageNo of pending) {
    const text = texts[pageNo - 1] ?? '';
    const size = info.sizes.get(pageNo);
    // A separator sheet merged into a PDF keeps its printed payload as text; a scanned one is found by its barcode.
    const outcome: PageOutcome = hasUsableTextLayer(text) ? { kind: 'text', source: 'textLayer', text, separator: separatorInText(text) } : await ocrPdfPage(ctx, tools, local, pageNo, size);
    await saveStep(ctx, pageNo, outcome);
  }
  return null;
}

/** A DOCX: converted to PDF by LibreOffice once (the rendition is kept for viewing and export), then read as that PDF. */
async function readDocx(ctx: JobContext<Input, Result>, tools: PageTools, local: string, dir: string): Promise<PageProblem | null> {
  const { attachmentId } = ctx.job.input;
  const kept = await renditionKey(ctx.deps.db, attachmentId);
  if (kept) {
    const pdf = path.join(dir, 'rendition.pdf');
    await pipeline(await ctx.deps.blobs.open(kept), createWriteStream(pdf, { mode: 0o600 }));
    return readPdf(ctx, tools, pdf);
  }
  let pdf: string | null;
  try {
    pdf = await tools.docxToPdf(local, dir);
  } catch (e) {
    if (e instanceof ToolMissing) return PAGE_PROBLEMS.docxConverterUnavailable;
    if (e instanceof ToolFailed || e instanceof ToolTimedOut) return PAGE_PROBLEMS.docxUnreadable;
    throw e;
  }
  if (!pdf) return PAGE_PROBLEMS.docxUnreadable;
  const staged = await ctx.deps.blobs.stage(createReadStream(pdf), Number.MAX_SAFE_INTEGER);
  await staged.keep();
  await ctx.step(async (tx, at) => {
    await keepRendition(tx, attachmentId, { key: staged.key, sha256: staged.sha256, size: staged.size });
    return at;
  });
  return readPdf(ctx, tools, pdf);
}

async function ocrPdfPage(ctx: JobContext<Input, Result>, tools: PageTools, local: string, pageNo: number, size: [number, number] | undefined): Promise<PageOutcome> {
  const dpi = size ? renderDpi(size[0], size[1]) : OCR_DPI;
  if (dpi === null) return { kind: 'failed', problem: PAGE_PROBLEMS.pageTooLarge };
  return readingProblems(async () => {
    const image = await tools.renderPage(local, pageNo, dpi);
    // A blank page (no ink) or a printed separator sheet (its barcode) may separate the documents of a batch scan.
    const separator = await separatorOnPage(ctx, image, dpi, pageNo);
    return { ...ocrOutcome(await tools.ocr(image, dpi), dpi), ink: pgmInk(image)?.ink ?? null, separator };
  });
}

/** The separator sheet's barcode on a rendered page; a decoder failure is logged and the page read as any other. */
async function separatorOnPage(ctx: JobContext<Input, Result>, pgm: Buffer, dpi: number, pageNo: number): Promise<string | null> {
  const image = parsePgm(pgm);
  if (!image) return null;
  try {
    return await readSeparator(image, dpi);
  } catch (e) {
    ctx.deps.log.warn({ err: e, attachmentId: ctx.job.input.attachmentId, pageNo }, 'separator barcode not decoded; the page is read without it');
    return null;
  }
}

async function readImage(ctx: JobContext<Input, Result>, tools: PageTools, local: string): Promise<PageProblem | null> {
  const { attachmentId } = ctx.job.input;
  const size = imageSize(await readHead(local, 256 * 1024));
  if (!size) return PAGE_PROBLEMS.imageUnreadable;
  // An image bomb is refused before any decoder sees it.
  if (!isWithinPixelLimit(size)) return PAGE_PROBLEMS.imageTooLarge;
  await ctx.step(async (tx, at) => {
    await openPages(tx, attachmentId, 1);
    return { ...at, total: 1 };
  });
  if (!(await pendingPages(ctx.deps.db, attachmentId)).length) return null;
  await saveStep(ctx, 1, await readingProblems(async () => ocrOutcome(await tools.ocr(local, OCR_DPI), OCR_DPI)));
  return null;
}

function ocrOutcome(hocr: string, dpi: number): PageOutcome {
  const page = parseHocr(hocr);
  return { kind: 'text', source: 'ocr', text: page.text, words: page.words, width: page.width, height: page.height, dpi, confidence: page.confidence, ink: null, separator: null };
}

/** A page's reading, with the programs' failures turned into the page's problem (the job goes on with the next page). */
async function readingProblems(read: () => Promise<PageOutcome>): Promise<PageOutcome> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof ToolMissing || isMissingLanguage(e)) return { kind: 'failed', problem: PAGE_PROBLEMS.ocrUnavailable };
    if (e instanceof ToolTimedOut) return { kind: 'failed', problem: PAGE_PROBLEMS.timedOut };
    if (e instanceof ToolFailed) return { kind: 'failed', problem: PAGE_PROBLEMS.ocrFailed };
    throw e;
  }
}

async function saveStep(ctx: JobContext<Input, Result>, pageNo: number, outcome: PageOutcome) {
  const { attachmentId } = ctx.job.input;
  await ctx.step(async (tx) => {
    await savePage(tx, attachmentId, pageNo, outcome);
    const tally = await pageTally(tx, attachmentId);
    return { done: tally.settled, total: tally.total, result: { pages: tally.total, failed: tally.failed } };
  });
}

async function readHead(file: string, bytes: number): Promise<Buffer> {
  const h = await fs.open(file);
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await h.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await h.close();
  }
}

