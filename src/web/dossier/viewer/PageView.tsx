// One page of the open item, fitted to the pane's width times the zoom: a PDF page drawn by pdf.js on a canvas with
// its text layer, or the image itself; the hits of the find box drawn over it — from the OCR word boxes (scaled from
// the page image's pixels) or from pdf.js's text layer.
import { Alert, Spin } from 'antd';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import type { ItemPage } from '../../../contracts/dossierViewer';
import { findPhrase } from '../../../domain/dossier/pageMatch';
import { ocrHitRects, type Rect } from './hitRects';
import { pdfjs } from './pdfDocument';
import type { ViewerText } from './viewerMessages';

interface Props {
  pdf: PDFDocumentProxy | null;
  imageUrl: string | null;
  pageNo: number;
  page: ItemPage | undefined;
  query: string;
  width: number;
  zoom: number;
  t: ViewerText;
}

/** Hit rectangles from pdf.js's text layer: the client rectangles of the matched characters, relative to the page. */
function textLayerHitRects(frame: HTMLElement, items: readonly string[], divs: readonly HTMLElement[], query: string): Rect[] {
  const origin = frame.getBoundingClientRect();
  const rects: Rect[] = [];
  for (const hit of findPhrase(items, query)) {
    for (const s of hit) {
      const node = divs[s.word]?.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      const range = document.createRange();
      range.setStart(node, Math.min(s.start, node.textContent!.length));
      range.setEnd(node, Math.min(s.end, node.textContent!.length));
      for (const r of range.getClientRects()) rects.push([r.left - origin.left, r.top - origin.top, r.right - origin.left, r.bottom - origin.top]);
    }
  }
  return rects;
}

export function PageView({ pdf, imageUrl, pageNo, page, query, width, zoom, t }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const textLayer = useRef<HTMLDivElement>(null);
  const [pdfSize, setPdfSize] = useState<{ w: number; h: number } | null>(null);
  const [natural, setNatural] = useState<{ w: number; h: number } | null>(null);
  const [textItems, setTextItems] = useState<{ items: readonly string[]; divs: readonly HTMLElement[] } | null>(null);
  const [failed, setFailed] = useState(false);
  const [rects, setRects] = useState<Rect[]>([]);
  const shownWidth = Math.max(100, Math.floor(width * zoom));
  const size = pdf ? pdfSize : natural && { w: shownWidth, h: Math.round((shownWidth * natural.h) / natural.w) };
  const sizeKey = size ? `${size.w}x${size.h}` : '';

  // Draw the PDF page and its text layer.
  useEffect(() => {
    if (!pdf || !canvas.current || !textLayer.current) return;
    let live = true;
    let cancel: (() => void) | null = null;
    setFailed(false);
    setTextItems(null);
    setPdfSize(null);
    (async () => {
      const lib = await pdfjs();
      const p = await pdf.getPage(pageNo);
      const viewport = p.getViewport({ scale: shownWidth / p.getViewport({ scale: 1 }).width });
      const c = canvas.current;
      const layer = textLayer.current;
      if (!live || !c || !layer) return;
      const dpr = window.devicePixelRatio || 1;
      c.width = Math.floor(viewport.width * dpr);
      c.height = Math.floor(viewport.height * dpr);
      c.style.width = `${Math.floor(viewport.width)}px`;
      c.style.height = `${Math.floor(viewport.height)}px`;
      frame.current?.style.setProperty('--total-scale-factor', String(viewport.scale));
      const task = p.render({ canvas: c, viewport, ...(dpr !== 1 ? { transform: [dpr, 0, 0, dpr, 0, 0] } : {}) });
      cancel = () => task.cancel();
      await task.promise;
      if (!live) return;
      setPdfSize({ w: Math.floor(viewport.width), h: Math.floor(viewport.height) });
      layer.replaceChildren();
      const tl = new lib.TextLayer({ textContentSource: p.streamTextContent(), container: layer, viewport });
      await tl.render();
      if (live) setTextItems({ items: tl.textContentItemsStr, divs: tl.textDivs });
    })().catch((e: unknown) => {
      if (live && (e as { name?: string }).name !== 'RenderingCancelledException') setFailed(true);
    });
    return () => {
      live = false;
      cancel?.();
    };
  }, [pdf, pageNo, shownWidth]);

  // Where the hits are: OCR word boxes when the page was OCR'd, else the text layer's characters (measured once the
  // browser has laid the layer out).
  useEffect(() => {
    const frameNow = frame.current;
    const id = requestAnimationFrame(() => {
      if (!size || query.trim() === '') return setRects([]);
      const fromOcr = ocrHitRects(page, query, size.w);
      if (fromOcr) return setRects(fromOcr);
      setRects(textItems && frameNow ? textLayerHitRects(frameNow, textItems.items, textItems.divs, query) : []);
    });
    return () => cancelAnimationFrame(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `size` is a new object each render; its key says when it changed
  }, [sizeKey, page, query, textItems]);

  if (failed) return <Alert type="warning" showIcon message={t('viewer.renderFailed')} />;
  return (
    <div
      ref={frame}
      className="cf-page"
      data-testid="viewer-page"
      data-page={pageNo}
      data-rendered={size ? 'yes' : 'no'}
      style={{ position: 'relative', width: size?.w ?? shownWidth, minHeight: size ? size.h : 200, margin: '0 auto', background: '#fff', boxShadow: '0 1px 4px rgba(0,0,0,0.25)' }}
    >
      {!size && <Spin style={{ position: 'absolute', left: '50%', top: 80 }} />}
      {pdf ? (
        <>
          <canvas ref={canvas} data-testid="viewer-canvas" style={{ display: 'block' }} />
          <div ref={textLayer} className="textLayer" />
        </>
      ) : imageUrl ? (
        <img
          src={imageUrl}
          alt=""
          data-testid="viewer-image"
          style={{ display: 'block', width: shownWidth }}
          onLoad={(e) => setNatural({ w: e.currentTarget.naturalWidth, h: e.currentTarget.naturalHeight })}
          onError={() => setFailed(true)}
        />
      ) : null}
      {rects.map((r, i) => (
        <div key={i} className="cf-hit" data-testid="viewer-hit" style={{ left: r[0], top: r[1], width: r[2] - r[0], height: r[3] - r[1] }} />
      ))}
    </div>
  );
}
