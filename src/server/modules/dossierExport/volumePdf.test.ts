// The volume PDF from originals of every kind, read back with pdf-lib: an encrypted, a damaged and a page-less PDF each
// stand as one placeholder page; page ranges follow the pages as built. Needs the CJK font (fonts-noto-cjk, as CI has).
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { findPdfFont } from '../documents/renderPdf';
import { buildVolumePdf, type Original } from './volumePdf';

const font = findPdfFont({ path: undefined, name: undefined });

async function pdf(pages: number, encrypt = false): Promise<Uint8Array> {
  const d = await PDFDocument.create();
  for (let i = 0; i < pages; i++) d.addPage([300, 400]);
  // A trailer naming an encryption dictionary is what makes a reader treat the file as encrypted.
  if (encrypt) d.context.trailerInfo.Encrypt = d.context.obj({ Filter: PDFName.of('Standard'), V: 2, R: 3 });
  return d.save();
}

describe.skipIf(!font)('the volume PDF', () => {
  test('pages copied, unreadable originals as placeholders, numbered across the volume', async () => {
    const originals: Record<number, Original> = {
      1: { kind: 'pdf', bytes: await pdf(3) },
      2: { kind: 'pdf', bytes: await pdf(2, true) },
      3: { kind: 'pdf', bytes: new TextEncoder().encode('%PDF-1.7\nnot really') },
      4: { kind: 'none', reason: 'DOCX' },
      5: { kind: 'pdf', bytes: await pdf(2) },
    };
    const item = (id: number) => ({ id, title: `材料${id}`, date: '2026-12-07', fileName: `${id}.pdf`, sha256: '0'.repeat(64) });
    const seen: number[] = [];
    const built = await buildVolumePdf(
      { courtName: '南关区人民法院', caseNumber: '（2026）吉0102民初1号', volumeTitle: '正卷', sections: [{ key: 'a', title: '起诉状', items: [item(1), item(2)] }, { key: 'b', title: '空', items: [] }, { key: 'c', title: '证据', items: [item(3), item(4), item(5)] }] },
      async (i) => originals[i.id]!,
      font!,
      async (n) => void seen.push(n),
    );
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(built.items.map((i) => [i.id, i.firstPage, i.lastPage])).toEqual([[1, 1, 3], [2, 4, 4], [3, 5, 5], [4, 6, 6], [5, 7, 8]]);
    expect(built.items[1]!.placeholder).toContain('已加密');
    expect(built.items[2]!.placeholder).toContain('已损坏');
    expect(built.items[3]!.placeholder).toBe('DOCX');
    expect(built.pageCount).toBe(8);
    const doc = await PDFDocument.load(built.pdf);
    expect(doc.getPageCount()).toBe(built.cataloguePages + 8);
    expect(doc.catalog.get(PDFName.of('Outlines'))).toBeDefined();
  });
});
