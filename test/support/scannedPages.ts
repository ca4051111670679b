// Test and bench material for page reading: PDFs with a text layer (pdfkit with Debian's Noto CJK font), and
// "scans": the same text rendered to an image at 300 dpi by pdftoppm, with optional light noise.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { cjkPdfDocument, findPdfFont } from '../../src/server/modules/documents/renderPdf';

/** Why page-reading tests cannot run here, or null when Tesseract with chi_sim, poppler and a CJK font are installed. */
export function ocrMissing(): string | null {
  try {
    if (!/^chi_sim$/mu.test(execFileSync('tesseract', ['--list-langs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))) return 'tesseract has no chi_sim (apt-get install tesseract-ocr-chi-sim)';
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
  } catch {
    return 'tesseract-ocr or poppler-utils is not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)';
  }
  return findPdfFont({ path: undefined, name: undefined }) ? null : 'no CJK font (apt-get install fonts-noto-cjk)';
}

/** Why DOCX tests cannot run here (LibreOffice missing), or null. */
export function sofficeMissing(): string | null {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return null;
  } catch {
    return 'LibreOffice is not installed (apt-get install libreoffice-writer-nogui)';
  }
}

/** A PDF with one page per entry, each page's text as a text layer; `size` in points (default A4). */
export async function textPdf(pages: readonly string[], opts: { size?: [number, number]; fontSize?: number; userPassword?: string } = {}): Promise<Buffer> {
  const font = findPdfFont({ path: undefined, name: undefined });
  if (!font) throw new Error('no CJK font');
  const encryption = opts.userPassword ? { userPassword: opts.userPassword, ownerPassword: `${opts.userPassword}-owner`, pdfVersion: '1.7' as const } : {};
  const { doc, done } = cjkPdfDocument({ size: opts.size ?? 'A4', margin: 40, autoFirstPage: false, ...encryption }, font);
  for (const text of pages) {
    doc.addPage();
    doc.font('cjk').fontSize(opts.fontSize ?? 14).text(text, { lineGap: 6 });
  }
  doc.end();
  return done;
}

/**
 * A scan of one page of text: rendered at 300 dpi to a grey PNG. `noise` (0–1): the share of pixels flipped to
 * random grey (speckle), as a flatbed scanner leaves on paper.
 */
export async function scannedPng(text: string, opts: { size?: [number, number]; fontSize?: number; noise?: number; seed?: number } = {}): Promise<Buffer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-scan-'));
  try {
    writeFileSync(path.join(dir, 'page.pdf'), await textPdf([text], opts));
    execFileSync('pdftoppm', ['-r', '300', '-gray', '-singlefile', path.join(dir, 'page.pdf'), path.join(dir, 'page')]);
    const pgm = readFileSync(path.join(dir, 'page.pgm'));
    if (opts.noise) speckle(pgm, opts.noise, opts.seed ?? 1);
    return encodePng(pgm);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A scan of one page of a PDF (e.g. a printed separator sheet): rendered at 300 dpi to a grey PNG. */
export function rasterisedPng(pdf: Buffer, pageNo: number): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'courtflow-scan-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-f', String(pageNo), '-l', String(pageNo), '-r', '300', '-gray', '-singlefile', path.join(dir, 'in.pdf'), path.join(dir, 'page')]);
    return encodePng(readFileSync(path.join(dir, 'page.pgm')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A scanned PDF: one A4 page per image, the image filling the page and no text layer (as a scanner makes it). */
export async function imagePdf(pngs: readonly Buffer[]): Promise<Buffer> {
  const font = findPdfFont({ path: undefined, name: undefined });
  if (!font) throw new Error('no CJK font');
  const { doc, done } = cjkPdfDocument({ size: 'A4', margin: 0, autoFirstPage: false }, font);
  for (const png of pngs) {
    doc.addPage();
    doc.image(png, 0, 0, { width: doc.page.width, height: doc.page.height });
  }
  doc.end();
  return done;
}

/** Flips a share of a binary PGM's pixels to random greys (a seeded LCG: the same page every run). */
function speckle(pgm: Buffer, share: number, seed: number) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (let i = header[0].length; i < pgm.length; i++) if (rand() < share) pgm[i] = Math.floor(rand() * 256);
}

/** A minimal PNG encoder for an 8-bit greymap (zlib via node), so the test needs no image tool besides poppler. */
function encodePng(pgm: Buffer): Buffer {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const [w, h] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) pixels.copy(raw, y * (w + 1) + 1, y * w, (y + 1) * w);
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
