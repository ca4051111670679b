// 分隔页: the separator sheets the court prints for batch scans (docs/dossier.md). One A4 page per section of the
// case's catalogue that takes files, each with a QR code naming the kind of the item that follows (placed in that
// section when the batch is split), and a bare sheet first; the payload is printed under the code as well.
import { kindForSection } from '../../../domain/dossier/catalogue';
import { separatorPayload } from '../../../domain/filePages/separatorSheets';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Queryable } from '../../db/database';
import { AppError } from '../../http/appError';
import { cjkPdfDocument, type PdfFont } from '../documents/renderPdf';
import { loadCase } from '../cases/caseRecord';
import { qrModules } from '../filePages/separatorBarcodes';
import { loadCatalogue } from './catalogueStore';
import { canArrange, dossierEditForbidden } from './dossierStore';

export interface SeparatorSheet {
  /** The item kind the sheet names; null for a bare separator. */
  kind: string | null;
  sectionTitle: string | null;
}

const MM = 72 / 25.4;
/** The code's printed size: large enough to be read from a page scanned at 100 dpi or more, and through a crease. */
const QR_SIDE = 60 * MM;

/** The sheets for the case's dossier (all, or the one for `sectionKey`), checked: staff who arrange it. */
export async function separatorSheetsFor(q: Queryable, actor: Actor, caseId: number, sectionKey: string | undefined): Promise<{ caseNumber: string | null; sheets: SeparatorSheet[] }> {
  const c = await loadCase(q, caseId);
  if (!c) throw caseNotFound();
  const relation = await relationToCase(q, actor, c);
  if (!relation.canView) throw caseNotFound();
  if (!canArrange(relation)) throw dossierEditForbidden();
  const catalogue = await loadCatalogue(q, c.caseType);
  const named = catalogue.flatMap((s) => {
    const kind = kindForSection(catalogue, s);
    return kind ? [{ key: s.key, kind, sectionTitle: s.title }] : [];
  });
  if (sectionKey === undefined) return { caseNumber: c.caseNumber, sheets: [{ kind: null, sectionTitle: null }, ...named.map(({ kind, sectionTitle }) => ({ kind, sectionTitle }))] };
  const one = named.find((s) => s.key === sectionKey);
  if (!one) throw new AppError(422, 'DOSSIER_SECTION_UNKNOWN', '卷宗目录中没有该类目或该类目不放材料，请从目录中选择。', 'The catalogue has no such section for files; choose one from the catalogue.', { sectionKey });
  return { caseNumber: c.caseNumber, sheets: [{ kind: one.kind, sectionTitle: one.sectionTitle }] };
}

/** The sheets as one PDF, a page each. */
export async function separatorSheetsPdf(sheets: readonly SeparatorSheet[], caseNumber: string | null, font: PdfFont): Promise<Buffer> {
  const { doc, done } = cjkPdfDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 56, right: 56 }, autoFirstPage: false, info: { Title: '卷宗分隔页' } }, font);
  for (const sheet of sheets) {
    doc.addPage();
    const width = doc.page.width;
    doc.font('cjk').fontSize(40).text('分 隔 页', 56, 110, { align: 'center' });
    if (sheet.sectionTitle) doc.fontSize(30).text(sheet.sectionTitle, { align: 'center' });
    const payload = separatorPayload(sheet.kind);
    const modules = await qrModules(payload);
    const cell = QR_SIDE / modules.length;
    const left = (width - QR_SIDE) / 2;
    const top = 300;
    modules.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) doc.rect(left + x * cell, top + y * cell, cell, cell);
      }),
    );
    doc.fill('black');
    // The payload in a Latin font, so that a sheet merged into a PDF (text layer) is recognised without decoding.
    doc.font('Helvetica').fontSize(14).text(payload, 56, top + QR_SIDE + 16, { align: 'center' });
    doc.font('cjk').fontSize(14);
    doc.text(caseNumber ? `案号：${caseNumber}` : '', 56, top + QR_SIDE + 60, { align: 'center' });
    doc.text('扫描批量材料时，请将本页放在该份材料之前，一并扫描。', { align: 'center' });
    doc.text(sheet.kind ? '拆分时，其后的材料按上方类目归入卷宗；本页不入卷。' : '拆分时在此分开；本页不入卷。', { align: 'center' });
  }
  doc.end();
  return done;
}
