// The open item's pages as small pictures in a row; the current page framed, a click goes to a page. A PDF page is
// drawn only when its place scrolls into view.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef } from 'react';

const WIDTH = 64;

function PdfThumbnail({ pdf, pageNo }: { pdf: PDFDocumentProxy; pageNo: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    let drawn = false;
    const observer = new IntersectionObserver((entries) => {
      if (drawn || !entries.some((e) => e.isIntersecting)) return;
      drawn = true;
      observer.disconnect();
      void pdf.getPage(pageNo).then((p) => {
        const viewport = p.getViewport({ scale: WIDTH / p.getViewport({ scale: 1 }).width });
        c.width = Math.floor(viewport.width);
        c.height = Math.floor(viewport.height);
        return p.render({ canvas: c, viewport }).promise;
      }).catch(() => undefined);
    });
    observer.observe(c);
    return () => observer.disconnect();
  }, [pdf, pageNo]);
  return <canvas ref={canvas} width={WIDTH} height={Math.round(WIDTH * 1.41)} style={{ display: 'block', width: WIDTH, background: '#fff' }} />;
}

export function ThumbnailStrip({ pdf, imageUrl, pageCount, current, hitPages, label, onGo }: {
  pdf: PDFDocumentProxy | null; imageUrl: string | null; pageCount: number; current: number; hitPages: Set<number>; label: string; onGo(page: number): void;
}) {
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  return (
    <div data-testid="viewer-thumbnails" role="list" aria-label={label} style={{ display: 'flex', gap: 8, overflowX: 'auto', padding: '6px 2px' }}>
      {pages.map((n) => (
        <button
          key={n}
          type="button"
          role="listitem"
          data-testid={`viewer-thumb-${n}`}
          aria-current={n === current ? 'page' : undefined}
          onClick={() => onGo(n)}
          style={{ flex: 'none', padding: 2, border: n === current ? '2px solid #1f4e9c' : hitPages.has(n) ? '2px solid #f0a000' : '2px solid transparent', background: '#f5f5f5', cursor: 'pointer', borderRadius: 3 }}
        >
          {pdf ? <PdfThumbnail pdf={pdf} pageNo={n} /> : imageUrl ? <img src={imageUrl} alt="" style={{ display: 'block', width: WIDTH }} /> : null}
          <div style={{ fontSize: 11, textAlign: 'center' }}>{n}</div>
        </button>
      ))}
    </div>
  );
}
