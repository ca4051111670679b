// Splitting a batch scan (many documents scanned in one PDF at the filing counter) into dossier items: a blank page
// between documents is the separator the scanner operator inserts; the proposal is every run of pages between blanks,
// and staff may change it before the split. [U] The thresholds are practice, not a rule: settings' defaults.
import { visibleChars } from './pageText';

/** A page whose share of dark pixels is under this is blank paper (scanner speckle stays under it) — [U] setting default. */
export const BLANK_INK_MAX = 0.003;
/** …and whose text, if any, is stray marks: at most this many visible characters — [U] setting default. */
export const BLANK_TEXT_MAX_CHARS = 3;

/** Below this grey level (0 black … 255 white) a pixel is ink. */
const INK_LEVEL = 128;

/** The share of dark pixels of a binary PGM (P5, 8-bit grey) as pdftoppm -gray writes it; null when not such a PGM. */
export function pgmInk(pgm: Uint8Array): { width: number; height: number; ink: number } | null {
  // Header: "P5", width, height, maxval, separated by whitespace (comments start with #), then one byte per pixel.
  let at = 0;
  const tokens: string[] = [];
  while (tokens.length < 4 && at < pgm.length && at < 1024) {
    while (at < pgm.length && /\s/u.test(String.fromCharCode(pgm[at]!))) at++;
    if (pgm[at] === 0x23) {
      while (at < pgm.length && pgm[at] !== 0x0a) at++;
      continue;
    }
    let token = '';
    while (at < pgm.length && !/\s/u.test(String.fromCharCode(pgm[at]!))) token += String.fromCharCode(pgm[at++]!);
    tokens.push(token);
  }
  at++; // the single whitespace after maxval
  const [magic, w, h, max] = tokens;
  const width = Number(w);
  const height = Number(h);
  if (magic !== 'P5' || Number(max) !== 255 || !Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) return null;
  if (pgm.length - at < width * height) return null;
  let dark = 0;
  const end = at + width * height;
  for (let i = at; i < end; i++) if (pgm[i]! < INK_LEVEL) dark++;
  return { width, height, ink: dark / (width * height) };
}

export interface PageForSplit {
  pageNo: number;
  text: string | null;
  /** Share of dark pixels of the rendered page; null when it was not rendered (a text-layer page is never blank). */
  ink: number | null;
}

export function isBlankPage(p: PageForSplit, o: { inkMax?: number; textMaxChars?: number } = {}): boolean {
  return p.ink !== null && p.ink < (o.inkMax ?? BLANK_INK_MAX) && visibleChars(p.text ?? '') <= (o.textMaxChars ?? BLANK_TEXT_MAX_CHARS);
}

export interface PagePart {
  fromPage: number;
  toPage: number;
}

/** The documents of a batch scan: each run of non-blank pages between blank ones (pages in order, 1..n). */
export function proposeParts(pages: readonly PageForSplit[], o: { inkMax?: number; textMaxChars?: number } = {}): { separators: number[]; parts: PagePart[] } {
  const separators: number[] = [];
  const parts: PagePart[] = [];
  let start: number | null = null;
  for (const p of pages) {
    if (isBlankPage(p, o)) {
      separators.push(p.pageNo);
      if (start !== null) parts.push({ fromPage: start, toPage: p.pageNo - 1 });
      start = null;
    } else if (start === null) start = p.pageNo;
  }
  if (start !== null && pages.length) parts.push({ fromPage: start, toPage: pages[pages.length - 1]!.pageNo });
  return { separators, parts };
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
