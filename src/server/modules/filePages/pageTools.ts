// The programs that read pages: poppler's pdfinfo, pdftotext and pdftoppm, and Tesseract with chi_sim. Each runs
// with execFile (no shell), a time limit and an output limit; a program that is not installed is told apart from one
// that failed, so that a page can say "OCR is not installed" rather than "OCR failed".
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Time limits per call ([U] defaults): a page that needs longer is failed with PAGE_TIMED_OUT and can be retried. */
export const TOOL_TIMEOUTS_MS = { pdfinfo: 30_000, pdftotextPerPage: 2_000, pdftoppm: 60_000, tesseract: 120_000, soffice: 120_000 } as const;
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

export class ToolMissing extends Error {}
export class ToolTimedOut extends Error {}
export class ToolFailed extends Error {
  constructor(
    readonly tool: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`${tool} failed (exit ${exitCode}): ${stderr.slice(0, 500)}`);
  }
}

export interface PageTools {
  pdfInfo(file: string): Promise<string>;
  /** The text layer of every page (`-layout`), pages separated by form feeds. */
  pdfText(file: string, pageCount: number): Promise<string>;
  /** One page rendered as a grey PGM (P5) at `dpi`: Tesseract reads it, and its ink is counted without a decoder. */
  renderPage(file: string, page: number, dpi: number): Promise<Buffer>;
  /** hOCR of one image (a file path, or PNG bytes on stdin). */
  ocr(image: string | Buffer, dpi: number): Promise<string>;
  /** Pages `from`..`to` of a PDF as a new PDF at `out` (poppler's pdfseparate and pdfunite). */
  extractPages(file: string, from: number, to: number, dir: string, out: string): Promise<void>;
  /** A DOCX converted to PDF by LibreOffice headless into `dir` (its own profile there); null when LibreOffice cannot open it as Word. */
  docxToPdf(file: string, dir: string): Promise<string | null>;
}

function run(cmd: string, args: readonly string[], timeoutMs: number, signal: AbortSignal | undefined, input?: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      cmd,
      args,
      // One thread per Tesseract: the job runner's workers are the parallelism, and a page must not take every core.
      { timeout: timeoutMs, killSignal: 'SIGKILL', ...(signal ? { signal } : {}), maxBuffer: MAX_OUTPUT_BYTES, encoding: 'buffer', env: { ...process.env, OMP_THREAD_LIMIT: '1' } },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const e = err as NodeJS.ErrnoException & { killed?: boolean; code?: string | number };
        if (e.code === 'ENOENT' || e.code === 'EACCES') return reject(new ToolMissing(`${cmd} is not installed`));
        if (signal?.aborted) return reject(new ToolTimedOut(`${path.basename(cmd)} stopped: the process is stopping`));
        if (e.killed) return reject(new ToolTimedOut(`${path.basename(cmd)} took longer than ${timeoutMs} ms`));
        reject(new ToolFailed(path.basename(cmd), typeof e.code === 'number' ? e.code : null, stderr.toString('utf8')));
      },
    );
    child.stdin?.on('error', () => {}); // a program that exits before reading all its input: its own error is reported
    child.stdin?.end(input);
  });
}

/** `signal`: kills a running program when the job must stop (the process is shutting down). */
export function pageTools(opts: { tesseractPath: string; popplerDir: string | undefined; sofficePath: string | null }, signal?: AbortSignal): PageTools {
  const poppler = (name: string) => (opts.popplerDir ? path.join(opts.popplerDir, name) : name);
  return {
    async pdfInfo(file) {
      return (await run(poppler('pdfinfo'), ['-f', '1', '-l', '100000', file], TOOL_TIMEOUTS_MS.pdfinfo, signal)).toString('utf8');
    },
    async pdfText(file, pageCount) {
      const timeout = TOOL_TIMEOUTS_MS.pdfinfo + pageCount * TOOL_TIMEOUTS_MS.pdftotextPerPage;
      return (await run(poppler('pdftotext'), ['-layout', '-enc', 'UTF-8', file, '-'], timeout, signal)).toString('utf8');
    },
    renderPage(file, page, dpi) {
      return run(poppler('pdftoppm'), ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', file], TOOL_TIMEOUTS_MS.pdftoppm, signal);
    },
    async ocr(image, dpi) {
      const source = typeof image === 'string' ? image : '-';
      const out = await run(opts.tesseractPath, [source, '-', '--dpi', String(dpi), '-l', 'chi_sim', 'hocr'], TOOL_TIMEOUTS_MS.tesseract, signal, typeof image === 'string' ? undefined : image);
      return out.toString('utf8');
    },
    async extractPages(file, from, to, dir, out) {
      const pattern = path.join(dir, 'page-%d.pdf');
      await run(poppler('pdfseparate'), ['-f', String(from), '-l', String(to), file, pattern], TOOL_TIMEOUTS_MS.pdftoppm, signal);
      const pages = Array.from({ length: to - from + 1 }, (_, i) => path.join(dir, `page-${from + i}.pdf`));
      await run(poppler('pdfunite'), [...pages, out], TOOL_TIMEOUTS_MS.pdftoppm, signal);
      await Promise.all(pages.map((p) => fs.rm(p, { force: true })));
    },
    async docxToPdf(file, dir) {
      if (opts.sofficePath === null) throw new ToolMissing('LibreOffice is switched off (SOFFICE_PATH=off)');
      // Opened as Word XML only (another file would be imported as plain text); a private profile per conversion, so
      // that conversions in parallel never share LibreOffice's user directory.
      const profile = pathToFileURL(path.join(dir, 'lo-profile')).href;
      const outDir = path.join(dir, 'converted');
      await run(opts.sofficePath, ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--infilter=MS Word 2007 XML', '--convert-to', 'pdf', '--outdir', outDir, file], TOOL_TIMEOUTS_MS.soffice, signal);
      const out = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
      return (await fs.stat(out).catch(() => null)) ? out : null;
    },
  };
}

/** Tesseract runs but has no Chinese model: as good as not installed. */
export const isMissingLanguage = (e: unknown) => e instanceof ToolFailed && /Failed loading language|Error opening data file/iu.test(e.stderr);

export interface PdfInfo {
  pages: number;
  /** Page sizes in points, [width, height] (rotation does not change the pixel count). */
  sizes: Map<number, [number, number]>;
}

/** Reads pdfinfo's output (with -f/-l, one "Page N size" line per page). */
export function parsePdfInfo(out: string): PdfInfo | null {
  const pages = /^Pages:\s+(\d+)/mu.exec(out);
  if (!pages) return null;
  const sizes = new Map<number, [number, number]>();
  for (const m of out.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gmu)) sizes.set(Number(m[1]), [Number(m[2]), Number(m[3])]);
  return { pages: Number(pages[1]), sizes };
}

/** pdfinfo refuses a PDF whose open password it lacks. */
export const isEncryptedPdfError = (e: unknown) => e instanceof ToolFailed && /Incorrect password|encrypted/iu.test(e.stderr);
