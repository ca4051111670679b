// Where a find hit lies on a shown page, from the OCR words: each matched span's box (part of a word's box for part of a
// word) scaled from the page image's pixels to the width the page is shown at.
import type { ItemPage } from '../../../contracts/dossierViewer';
import { findPhrase, spanBox } from '../../../domain/dossier/pageMatch';

export type Rect = [number, number, number, number];

/** Hit rectangles from OCR words: boxes in image pixels × (shown width / image width). */
export function ocrHitRects(page: ItemPage | undefined, query: string, shownWidth: number): Rect[] | null {
  if (!page || page.source !== 'ocr' || !page.words || !page.imageWidth) return null;
  const words = page.words;
  const k = shownWidth / page.imageWidth;
  return findPhrase(words.map((w) => w.text), query).flatMap((hit) =>
    hit.map((s) => {
      const w = words[s.word]!;
      const b = spanBox(w.text, w.box as Rect, s);
      return [b[0] * k, b[1] * k, b[2] * k, b[3] * k] as Rect;
    }),
  );
}
