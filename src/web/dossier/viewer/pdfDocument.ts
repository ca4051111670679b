// pdf.js for the reading pane, loaded with the viewer only: its worker, character maps and standard fonts come from
// our own origin (Vite emits the worker; vite.config.ts copies the rest to /pdfjs/), and eval is off (the CSP has no
// 'unsafe-eval').
import type * as PdfJsLib from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';

type PdfJs = typeof PdfJsLib;
let loading: Promise<PdfJs> | null = null;

export function pdfjs(): Promise<PdfJs> {
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([lib, worker]) => {
    lib.GlobalWorkerOptions.workerSrc = worker.default;
    return lib;
  });
  return loading;
}

/** Opens the PDF at `url` (the item's download, with the session cookie). */
export async function openPdf(url: string): Promise<PDFDocumentProxy> {
  const lib = await pdfjs();
  return lib.getDocument({ url, withCredentials: true, isEvalSupported: false, cMapUrl: '/pdfjs/cmaps/', cMapPacked: true, standardFontDataUrl: '/pdfjs/standard_fonts/' }).promise;
}

/** Styles of pdf.js's text layer (from its pdf_viewer.css, trimmed): transparent text over the canvas, placed by pdf.js. */
export const TEXT_LAYER_CSS = `
.cf-page { --scale-round-x: 1px; --scale-round-y: 1px; }
.cf-page .textLayer { position: absolute; text-align: initial; inset: 0; overflow: clip; opacity: 1; line-height: 1;
  text-size-adjust: none; forced-color-adjust: none; transform-origin: 0 0; z-index: 1;
  --min-font-size: 1; --text-scale-factor: calc(var(--total-scale-factor) * var(--min-font-size)); --min-font-size-inv: calc(1 / var(--min-font-size)); }
.cf-page .textLayer :is(span, br) { color: transparent; position: absolute; white-space: pre; cursor: text; transform-origin: 0% 0%; }
.cf-page .textLayer > :not(.markedContent), .cf-page .textLayer .markedContent span:not(.markedContent) { z-index: 1; --font-height: 0;
  font-size: calc(var(--text-scale-factor) * var(--font-height)); --scale-x: 1; --rotate: 0deg;
  transform: rotate(var(--rotate)) scaleX(var(--scale-x)) scale(var(--min-font-size-inv)); }
.cf-page .textLayer .markedContent { display: contents; }
.cf-page .textLayer ::selection { background: rgba(0, 100, 255, 0.25); }
.cf-hit { position: absolute; background: rgba(255, 196, 0, 0.45); outline: 1px solid rgba(230, 120, 0, 0.9); pointer-events: none; z-index: 2; }
.cf-hit.cf-current { background: rgba(255, 120, 0, 0.5); }
`;
