// A generated document as PDF (pdfkit) with an embedded CJK font: the one configured (PDF_FONT_PATH, and
// PDF_FONT_NAME for a font collection), else a Noto CJK font at its Debian place (package fonts-noto-cjk). Without
// one, PDF is refused with a clear error and DOCX still works (docs/documents.md).
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { AppError } from '../../http/appError';
import type { RenderedDocument } from './renderDocx';

export interface PdfFont {
  path: string;
  /** The font's PostScript name inside a collection (.ttc); undefined for a single font file. */
  name: string | undefined;
}

const DEBIAN_FONTS: PdfFont[] = [
  { path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', name: 'NotoSerifCJKsc-Regular' },
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' },
  { path: '/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' },
];

/** The CJK font to embed, or null when none is installed. */
export function findPdfFont(configured: { path: string | undefined; name: string | undefined }, exists: (p: string) => boolean = existsSync): PdfFont | null {
  if (configured.path) return exists(configured.path) ? { path: configured.path, name: configured.name } : null;
  return DEBIAN_FONTS.find((f) => exists(f.path)) ?? null;
}

/** A pdfkit document with the CJK font registered as 'cjk', and its bytes once `doc.end()` is called. */
export function cjkPdfDocument(options: PDFKit.PDFDocumentOptions, font: PdfFont): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (font.name) doc.registerFont('cjk', font.path, font.name);
  else doc.registerFont('cjk', font.path);
  return { doc, done };
}

export const pdfFontMissing = () =>
  new AppError(
    503,
    'PDF_FONT_MISSING',
    '服务器未安装中文字体，无法生成 PDF；请下载 Word 版本，或请管理员安装 fonts-noto-cjk 或设置 PDF_FONT_PATH。',
    'No CJK font is installed on the server, so no PDF can be made: download the Word version, or ask the administrator to install fonts-noto-cjk or set PDF_FONT_PATH.',
  );

export async function renderPdf(d: RenderedDocument, font: PdfFont): Promise<Buffer> {
  const { doc, done } = cjkPdfDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 80, right: 80 }, info: { Title: d.title, Author: d.courtName } }, font);
  doc.font('cjk').fontSize(18).text(d.courtName, { align: 'center' });
  doc.moveDown(0.5).fontSize(22).text(d.title, { align: 'center' });
  doc.moveDown(1).fontSize(14);
  for (const p of d.paragraphs) doc.text(p, { lineGap: 6, paragraphGap: 8 });
  if (d.seal) doc.image(d.seal.data, { fit: [110, 110], align: 'right' });
  doc.end();
  return done;
}

/** True when the PDF library can decode and embed the image (a seal that only starts like a PNG is refused at upload). */
export async function isDecodableImage(data: Buffer): Promise<boolean> {
  try {
    const doc = new PDFDocument({ size: [50, 50] });
    const done = new Promise<void>((resolve, reject) => {
      doc.on('end', resolve);
      doc.on('error', reject);
    });
    doc.on('data', () => {});
    doc.image(data, { fit: [40, 40] });
    doc.end();
    await done;
    return true;
  } catch {
    return false;
  }
}
