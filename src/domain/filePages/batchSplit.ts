// Splitting a batch scan (many documents scanned in one PDF at the filing counter) into dossier items: a blank page or a
// printed separator sheet (分隔页 with a CourtFlow barcode, separatorSheets.ts) between documents is the separator the
// scanner operator inserts; the proposal is every run of pages between separators, with the item kind a sheet names
// for the run after it, and staff may change it before the split. [U] The thresholds are practice, not a rule: settings' defaults.
import { parsePgm } from './pgm';
import { visibleChars } from './pageText';

/** A page whose share of dark pixels is under this is blank paper (scanner speckle stays under it) — [U] setting default. */
export const BLANK_INK_MAX = 0.003;
/** …and whose text, if any, is stray marks: at most this many visible characters — [U] setting default. */
export const BLANK_TEXT_MAX_CHARS = 3;

/** Below this grey level (0 black … 255 white) a pixel is ink. */
const INK_LEVEL = 128;

/** The share of dark pixels of a binary PGM (P5, 8-bit grey) as pdftoppm -gray writes it; null when not such a PGM. */
export function pgmInk(pgm: Uint8Array): { width: number; height: number; ink: number } | null {
  const img = parsePgm(pgm);
  if (!img) return null;
  let dark = 0;
  for (const v of img.pixels) if (v < INK_LEVEL) dark++;
  return { width: img.width, height: img.height, ink: dark / (img.width * img.height) };
}

export interface PageForSplit {
  pageNo: number;
  text: string | null;
  /** Share of dark pixels of the rendered page; null when it was not rendered (a text-layer page is never blank). */
  ink: number | null;
  /** The separator barcode found on the page: '' bare, else the kind of the item that follows; null/absent: none. */
  separator?: string | null;
}

export function isBlankPage(p: PageForSplit, o: { inkMax?: number; textMaxChars?: number } = {}): boolean {
  return p.ink !== null && p.ink < (o.inkMax ?? BLANK_INK_MAX) && visibleChars(p.text ?? '') <= (o.textMaxChars ?? BLANK_TEXT_MAX_CHARS);
}

export interface PagePart {
  fromPage: number;
  toPage: number;
}

export interface SeparatorMark {
  pageNo: number;
  by: 'blank' | 'barcode';
  /** The item kind the sheet names for the part after it; null for a blank page or a bare sheet. */
  kind: string | null;
}

export interface ProposedPart extends PagePart {
  /** The kind named by the last separator sheet before the part (since the previous part), else null. */
  kind: string | null;
}

/** Why a page separates documents: a separator barcode, a blank page, or null (a page of a document). */
export function separatorMark(p: PageForSplit, o: { inkMax?: number; textMaxChars?: number } = {}): SeparatorMark | null {
  if (p.separator !== undefined && p.separator !== null) return { pageNo: p.pageNo, by: 'barcode', kind: p.separator || null };
  return isBlankPage(p, o) ? { pageNo: p.pageNo, by: 'blank', kind: null } : null;
}

/** The documents of a batch scan: each run of pages between separators (pages in order, 1..n), separators left out. */
export function proposeParts(pages: readonly PageForSplit[], o: { inkMax?: number; textMaxChars?: number } = {}): { separators: number[]; marks: SeparatorMark[]; parts: ProposedPart[] } {
  const marks: SeparatorMark[] = [];
  const parts: ProposedPart[] = [];
  let start: number | null = null;
  let kind: string | null = null;
  for (const p of pages) {
    const mark = separatorMark(p, o);
    if (mark) {
      marks.push(mark);
      if (start !== null) {
        parts.push({ fromPage: start, toPage: p.pageNo - 1, kind });
        kind = null;
      }
      start = null;
      // A sheet's kind holds for the next document; a blank page after the sheet does not undo it, a bare sheet does.
      if (mark.by === 'barcode') kind = mark.kind;
    } else if (start === null) start = p.pageNo;
  }
  if (start !== null && pages.length) parts.push({ fromPage: start, toPage: pages[pages.length - 1]!.pageNo, kind });
  return { separators: marks.map((m) => m.pageNo), marks, parts };
}

/** Splitting by hand: the part holding `pageNo` cut so that a new part starts there (no change when one already does). */
export function splitPartAt<P extends PagePart>(parts: readonly P[], pageNo: number, fresh: (range: PagePart) => P): P[] {
  return parts.flatMap((p) => (p.fromPage < pageNo && pageNo <= p.toPage ? [{ ...p, toPage: pageNo - 1 }, fresh({ fromPage: pageNo, toPage: p.toPage })] : [p]));
}

/** Why a split plan is refused, or null: parts in order, within the file, not overlapping, at least two or one short of the whole. */
export function splitPlanProblem(parts: readonly PagePart[], pageCount: number): 'empty' | 'outOfRange' | 'overlap' | 'whole' | null {
  if (!parts.length) return 'empty';
  let last = 0;
  for (const p of parts) {
    if (p.fromPage < 1 || p.toPage > pageCount || p.fromPage > p.toPage) return 'outOfRange';
    if (p.fromPage <= last) return 'overlap';
    last = p.toPage;
  }
  // One part holding every page is no split.
  if (parts.length === 1 && parts[0]!.fromPage === 1 && parts[0]!.toPage === pageCount) return 'whole';
  return null;
}
