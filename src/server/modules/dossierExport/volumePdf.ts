// One volume of the dossier as one PDF (pdf-lib): the 卷内目录 first (pdfkit, CJK font), then every item in catalogue
// order — a PDF original's pages copied, an image placed on an A4 page, anything else (or an original that cannot be
// read: encrypted, damaged) one placeholder page saying why — with the volume's page number printed on every item
// page and an outline entry per section and per item. No PDF is parsed here by hand: pdf-lib reads and writes.
import { EncryptedPDFError, type PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFPage, type PDFRef, StandardFonts, rgb, type PDFImage } from 'pdf-lib';
import { numberPages } from '../../../domain/dossier/arrangement';
import { cjkPdfDocument, type PdfFont } from '../documents/renderPdf';

export type Original =
  | { kind: 'pdf'; bytes: Uint8Array }
  | { kind: 'image'; bytes: Uint8Array; type: 'png' | 'jpg' }
  | { kind: 'none'; reason: string };

export interface VolumeItem {
  id: number;
  title: string;
  date: string;
  fileName: string;
  sha256: string;
}

export interface VolumeInput {
  courtName: string;
  caseNumber: string | null;
  /** 正卷 / 副卷. */
  volumeTitle: string;
  sections: { key: string; title: string; items: VolumeItem[] }[];
}

export interface ExportedItem {
  id: number;
  firstPage: number;
  lastPage: number;
  /** Why the item is one placeholder page; null when its pages are in the PDF. */
  placeholder: string | null;
}

export interface VolumePdf {
  pdf: Uint8Array;
  /** Pages of the 卷内目录 before page 1. */
  cataloguePages: number;
  /** Numbered pages (the items'). */
  pageCount: number;
  items: ExportedItem[];
}

const A4: [number, number] = [595.28, 841.89];

// [U] 人民法院诉讼文书立卷归档办法 as practised: the 页号 is written at the upper right of each page's front.
const NUMBER_MARGIN = 28;

type Planned = { item: VolumeItem; pages: PDFPage[] | null; placeholder: string | null };

/** Reads one original into pages of `out` (not yet added), or says why it cannot be. */
async function plan(out: PDFDocument, item: VolumeItem, original: Original): Promise<Planned> {
  const none = (placeholder: string): Planned => ({ item, pages: null, placeholder });
  if (original.kind === 'none') return none(original.reason);
  try {
    if (original.kind === 'image') {
      const image: PDFImage = original.type === 'png' ? await out.embedPng(original.bytes) : await out.embedJpg(original.bytes);
      const page = PDFPage.create(out);
      page.setSize(...A4);
      const scale = Math.min((A4[0] - 72) / image.width, (A4[1] - 96) / image.height, 1);
      const [w, h] = [image.width * scale, image.height * scale];
      page.drawImage(image, { x: (A4[0] - w) / 2, y: (A4[1] - h) / 2 - 12, width: w, height: h });
      return { item, pages: [page], placeholder: null };
    }
    const src = await PDFDocument.load(original.bytes, { updateMetadata: false, throwOnInvalidObject: true });
    const count = src.getPageCount();
    if (count < 1) return none('原件 PDF 没有可读的页面（文件可能已损坏）。The PDF has no readable page (it may be damaged).');
    return { item, pages: await out.copyPages(src, [...Array(count).keys()]), placeholder: null };
  } catch (e) {
    return none((await isEncrypted(original.bytes, e)) ? ENCRYPTED : DAMAGED);
  }
}

const ENCRYPTED = '原件 PDF 已加密，无法复制其页面；请上传未加密的文件。The PDF is encrypted: its pages cannot be copied; upload an unencrypted file.';
const DAMAGED = '原件已损坏，无法读取其页面；请重新上传或替换该材料。The original is damaged and its pages cannot be read; upload it again or replace it.';

/** Whether a PDF that failed to load is encrypted: pdf-lib says so when it reads leniently (an encrypted file's objects do not parse strictly). */
async function isEncrypted(bytes: Uint8Array, first: unknown): Promise<boolean> {
  const says = (e: unknown) => e instanceof EncryptedPDFError || /is encrypted/.test((e as Error)?.message ?? '');
  if (says(first)) return true;
  try {
    await PDFDocument.load(bytes, { updateMetadata: false });
    return false;
  } catch (e) {
    return says(e);
  }
}

/** The 卷内目录 pages and one placeholder page per item without PDF pages, drawn with the CJK font. */
async function frontPages(input: VolumeInput, planned: Planned[], ranges: { firstPage: number; lastPage: number }[], font: PdfFont): Promise<{ bytes: Uint8Array; cataloguePages: number }> {
  const { doc, done } = cjkPdfDocument({ size: 'A4', margins: { top: 60, bottom: 60, left: 56, right: 56 }, bufferPages: true, info: { Title: `${input.caseNumber ?? ''} ${input.volumeTitle} 卷内目录` } }, font);
  doc.font('cjk').fontSize(20).text('卷 内 目 录', { align: 'center' });
  doc.moveDown(0.3).fontSize(11).text(`${input.courtName}\u3000${input.caseNumber ?? '（未编案号）'}\u3000${input.volumeTitle}`, { align: 'center' });
  doc.moveDown(0.8);
  const cols = { no: 56, title: 96, date: 400, pages: 480 };
  const row = (no: string, title: string, date: string, pages: string, size = 10.5) => {
    if (doc.y > A4[1] - 90) doc.addPage();
    const y = doc.y;
    doc.fontSize(size).text(no, cols.no, y, { width: 36 });
    doc.text(title, cols.title, y, { width: cols.date - cols.title - 8 });
    const after = doc.y;
    doc.text(date, cols.date, y, { width: 76 });
    doc.text(pages, cols.pages, y, { width: 60, align: 'right' });
    doc.y = Math.max(after, doc.y) + 4;
  };
  row('序号', '题名', '日期', '页号', 11);
  let k = 0;
  for (const s of input.sections) {
    if (!s.items.length) continue;
    if (doc.y > A4[1] - 110) doc.addPage();
    doc.moveDown(0.3).fontSize(11).text(`【${s.title}】`, cols.no, doc.y);
    doc.moveDown(0.2);
    for (const i of s.items) {
      const r = ranges[k]!;
      k++;
      row(String(k), i.title, i.date, r.firstPage === r.lastPage ? String(r.firstPage) : `${r.firstPage}–${r.lastPage}`);
    }
  }
  if (k === 0) doc.fontSize(11).text('本卷尚无材料。', cols.no, doc.y);
  const cataloguePages = doc.bufferedPageRange().count;
  for (let i = 0; i < cataloguePages; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc.fontSize(9).text(`卷内目录 第 ${i + 1} 页 共 ${cataloguePages} 页`, 56, A4[1] - 40, { width: A4[0] - 112, align: 'center' });
  }
  planned.forEach((p, n) => {
    if (!p.placeholder) return;
    doc.addPage();
    doc.fontSize(16).text('材料占位页', 56, 120, { align: 'center' });
    doc.moveDown(1).fontSize(12).text(`题名：${p.item.title}`);
    doc.text(`页号：${ranges[n]!.firstPage}`);
    doc.text(`文件名：${p.item.fileName}`);
    doc.text(`日期：${p.item.date}`);
    doc.fontSize(9).text(`SHA-256：${p.item.sha256}`);
    doc.moveDown(1).fontSize(12).text(`本件材料未能以 PDF 页面收入本卷：${p.placeholder}`);
    doc.moveDown(0.5).text('原件保存在卷宗中（归档包 files/ 目录），可单独下载查看。The original is kept in the dossier and can be downloaded on its own.');
  });
  doc.end();
  return { bytes: new Uint8Array(await done), cataloguePages };
}

/** Builds the volume; `original` gives each item's content in order, `onItem` is told after each item is read. */
export async function buildVolumePdf(input: VolumeInput, original: (item: VolumeItem) => Promise<Original>, font: PdfFont, onItem: (done: number) => Promise<void> = async () => {}): Promise<VolumePdf> {
  const out = await PDFDocument.create();
  out.setTitle(`${input.caseNumber ?? ''} ${input.volumeTitle}`.trim(), { showInWindowTitleBar: true });
  out.setCreator('CourtFlow');
  const planned: Planned[] = [];
  for (const s of input.sections)
    for (const item of s.items) {
      planned.push(await plan(out, item, await original(item)));
      await onItem(planned.length);
    }
  const ranges = numberPages(planned.map((p) => p.pages?.length ?? 1)).map((r) => r!);
  const front = await frontPages(input, planned, ranges, font);
  const frontDoc = await PDFDocument.load(front.bytes);
  const frontCopied = await out.copyPages(frontDoc, [...Array(frontDoc.getPageCount()).keys()]);
  const numberFont = await out.embedFont(StandardFonts.Helvetica);

  for (const p of frontCopied.slice(0, front.cataloguePages)) out.addPage(p);
  let placeholderAt = front.cataloguePages;
  const firstPageOf: PDFRef[] = [];
  planned.forEach((p, n) => {
    const pages = p.pages ?? [frontCopied[placeholderAt++]!];
    pages.forEach((page, i) => {
      out.addPage(page);
      const label = String(ranges[n]!.firstPage + i);
      const box = page.getCropBox();
      const size = 11;
      const w = numberFont.widthOfTextAtSize(label, size);
      page.drawRectangle({ x: box.x + box.width - NUMBER_MARGIN - w - 3, y: box.y + box.height - NUMBER_MARGIN - 3, width: w + 6, height: size + 4, color: rgb(1, 1, 1) });
      page.drawText(label, { x: box.x + box.width - NUMBER_MARGIN - w, y: box.y + box.height - NUMBER_MARGIN, size, font: numberFont, color: rgb(0, 0, 0) });
    });
    firstPageOf.push(pages[0]!.ref);
  });

  const catalogueRef = out.getPage(0).ref;
  let k = 0;
  const tree: OutlineNode[] = [{ title: '卷内目录', page: catalogueRef, children: [] }];
  for (const s of input.sections) {
    if (!s.items.length) continue;
    const children = s.items.map((i) => ({ title: `${i.title}（${ranges[k]!.firstPage === ranges[k]!.lastPage ? ranges[k]!.firstPage : `${ranges[k]!.firstPage}–${ranges[k]!.lastPage}`}）`, page: firstPageOf[k++]!, children: [] }));
    tree.push({ title: s.title, page: children[0]!.page, children });
  }
  addOutline(out, tree);
  const pageCount = ranges.length ? ranges[ranges.length - 1]!.lastPage : 0;
  return {
    pdf: await out.save(),
    cataloguePages: front.cataloguePages,
    pageCount,
    items: planned.map((p, n) => ({ id: p.item.id, firstPage: ranges[n]!.firstPage, lastPage: ranges[n]!.lastPage, placeholder: p.placeholder })),
  };
}

interface OutlineNode {
  title: string;
  page: PDFRef;
  children: OutlineNode[];
}

/** The document outline (bookmarks), PDF 32000-1 §12.3.3: a linked list per level, each entry opening its page. */
function addOutline(doc: PDFDocument, nodes: OutlineNode[]): void {
  const ctx = doc.context;
  const root = ctx.nextRef();
  const level = (list: OutlineNode[], parent: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = list.map(() => ctx.nextRef());
    let count = list.length;
    list.forEach((n, i) => {
      const d = ctx.obj({}) as PDFDict;
      d.set(PDFName.of('Title'), PDFHexString.fromText(n.title));
      d.set(PDFName.of('Parent'), parent);
      d.set(PDFName.of('Dest'), ctx.obj([n.page, PDFName.of('Fit')]));
      if (i > 0) d.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < list.length - 1) d.set(PDFName.of('Next'), refs[i + 1]!);
      if (n.children.length) {
        const sub = level(n.children, refs[i]!);
        d.set(PDFName.of('First'), sub.first);
        d.set(PDFName.of('Last'), sub.last);
        d.set(PDFName.of('Count'), PDFNumber.of(sub.count));
        count += sub.count;
      }
      ctx.assign(refs[i]!, d);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]!, count };
  };
  const top = level(nodes, root);
  ctx.assign(root, ctx.obj({ Type: 'Outlines', First: top.first, Last: top.last, Count: top.count }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
