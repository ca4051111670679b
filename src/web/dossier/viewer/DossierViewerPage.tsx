// 阅卷: the dossier's reading pane at /cases/:caseId/dossier/view — the catalogue (with find and the reader's own
// notes and bookmarks) on the left, the open item's pages on the right with thumbnails, page and item stepping and
// zoom. `?item=<attachmentId>&page=<n>&q=<phrase>` opens an item at a page with the phrase highlighted (search hits
// link here). On a phone the left column is a drawer and the page fits the width.
import { ExportDossierButton } from '../ExportDossierButton';
import { ArrowLeftOutlined, DownloadOutlined, LeftOutlined, MenuOutlined, RightOutlined, StepBackwardOutlined, StepForwardOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Space, Spin, Tabs, Tooltip, Typography } from 'antd';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Dossier, DossierItem } from '../../../contracts/dossier';
import type { DossierNote, ItemPages } from '../../../contracts/dossierViewer';
import { useApiGet } from '../../api/useApiGet';
import { useNarrowScreen } from '../../layout/useNarrowScreen';
import { CatalogueTree } from './CatalogueTree';
import { FindPanel, pageHits, type PageHits } from './FindPanel';
import { NotesPanel } from './NotesPanel';
import { PageView } from './PageView';
import { openPdf, TEXT_LAYER_CSS } from './pdfDocument';
import { ThumbnailStrip } from './ThumbnailStrip';
import { useViewerText } from './viewerMessages';

const SHOWN_IMAGES = ['image/png', 'image/jpeg'];

/**
 * How an item is shown: a PDF through pdf.js, a PNG/JPEG as an image, anything else (TIFF) not at all (its text is).
 * MERGE NOTE: where DossierItem has `viewUrl` (a DOCX's PDF rendition), a DOCX is a PDF at that URL.
 */
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function viewSource(item: DossierItem | null): { kind: 'pdf' | 'image'; url: string } | null {
  if (!item) return null;
  if (item.mimeType === 'application/pdf') return { kind: 'pdf', url: item.downloadUrl };
  // A DOCX (uploaded or generated) is read as the PDF its page reading made of it.
  if (item.mimeType === DOCX_MIME && item.reading?.status === 'done') return { kind: 'pdf', url: item.viewUrl };
  if (SHOWN_IMAGES.includes(item.mimeType)) return { kind: 'image', url: item.downloadUrl };
  return null;
}
const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

const itemsOf = (d: Dossier | undefined): DossierItem[] => d?.volumes.flatMap((v) => v.sections.flatMap((s) => s.items)) ?? [];
const positive = (s: string | null) => (s && /^\d+$/.test(s) && Number(s) > 0 ? Number(s) : null);

/** The open item's PDF, opened with pdf.js (null for an image, or while it loads); `failed` when it cannot be read. */
function usePdf(item: DossierItem | null): { pdf: PDFDocumentProxy | null; failed: boolean } {
  const [state, setState] = useState<{ id: number | null; pdf: PDFDocumentProxy | null; failed: boolean }>({ id: null, pdf: null, failed: false });
  // Opened once per item (a reloaded dossier gives new objects for the same items).
  const source = viewSource(item);
  const id = source?.kind === 'pdf' ? item!.id : null;
  const url = source?.url ?? null;
  useEffect(() => {
    if (id === null || url === null) return;
    let live = true;
    let opened: PDFDocumentProxy | null = null;
    openPdf(url).then(
      (pdf) => {
        opened = pdf;
        if (live) setState({ id, pdf, failed: false });
        else void pdf.destroy();
      },
      () => live && setState({ id, pdf: null, failed: true }),
    );
    return () => {
      live = false;
      void opened?.destroy();
    };
  }, [id, url]);
  return state.id !== null && state.id === id ? state : { pdf: null, failed: false };
}

/** The width of the pages' pane, followed as the window or drawer changes. */
function usePaneWidth(): [(el: HTMLDivElement | null) => void, number] {
  const [el, ref] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(600);
  useEffect(() => {
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(200, el.clientWidth - 16)));
    observer.observe(el);
    return () => observer.disconnect();
  }, [el]);
  return [ref, width];
}

export function DossierViewerPage() {
  const t = useViewerText();
  const caseId = Number(useParams().caseId);
  const [params, setParams] = useSearchParams();
  const narrow = useNarrowScreen();
  const [drawer, setDrawer] = useState(false);
  const [zoom, setZoom] = useState(1);
  const [tab, setTab] = useState(params.get('q') ? 'find' : 'catalogue');
  const [allHits, setAllHits] = useState<{ query: string; hits: PageHits[] } | null>(null);
  const [paneRef, paneWidth] = usePaneWidth();

  const dossier = useApiGet<Dossier>(`/cases/${caseId}/dossier`);
  const notes = useApiGet<DossierNote[]>(`/cases/${caseId}/dossier/notes`);
  const items = useMemo(() => itemsOf(dossier.data), [dossier.data]);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const wanted = positive(params.get('item'));
  const openItem = (wanted !== null ? byId.get(wanted) : undefined) ?? items[0] ?? null;
  const query = params.get('q') ?? '';

  const pages = useApiGet<ItemPages>(openItem ? `/cases/${caseId}/dossier/items/${openItem.id}/pages` : null, { quiet: true });
  const reading = pages.data && (pages.data.status === 'queued' || pages.data.status === 'splitting');
  useEffect(() => {
    if (!reading) return;
    const timer = setTimeout(pages.reload, 3000);
    return () => clearTimeout(timer);
  }, [reading, pages.data, pages.reload]);

  const { pdf, failed } = usePdf(openItem);
  const pageCount = pdf?.numPages ?? pages.data?.pageCount ?? 1;
  const page = Math.min(positive(params.get('page')) ?? 1, pageCount);
  const source = viewSource(openItem);
  const imageUrl = source?.kind === 'image' ? source.url : null;
  const showable = source !== null;

  const go = useCallback(
    (item: DossierItem, p: number, q = query) => {
      const next: Record<string, string> = { item: String(item.id), page: String(p) };
      if (q) next.q = q;
      setParams(next, { replace: false });
      setDrawer(false);
    },
    [query, setParams],
  );
  const index = openItem ? items.indexOf(openItem) : -1;
  const hitCounts = useMemo(() => (allHits && allHits.query === query ? new Map(allHits.hits.map((h) => [h.item.id, h.pages.reduce((n, p) => n + p.n, 0)])) : null), [allHits, query]);
  const hitPages = useMemo(() => new Set(pageHits(pages.data, query).map((h) => h.page)), [pages.data, query]);
  const onAllHits = useCallback((hits: PageHits[]) => setAllHits({ query, hits }), [query]);

  if (!dossier.data) return dossier.loading ? <Spin /> : <Empty />;

  const side = (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      size="small"
      items={[
        { key: 'catalogue', label: t('viewer.catalogue'), children: <CatalogueTree dossier={dossier.data} openId={openItem?.id ?? null} hitCounts={hitCounts} onOpen={(i) => go(i, 1)} /> },
        {
          key: 'find',
          label: t('viewer.find'),
          children: <FindPanel key={query} caseId={caseId} items={items} openItem={openItem} openPages={pages.data} query={query} t={t} onQuery={(q) => openItem && go(openItem, page, q)} onGo={go} onAllHits={onAllHits} />,
        },
        {
          key: 'notes',
          label: t('viewer.notes'),
          children: <NotesPanel caseId={caseId} notes={notes.data ?? []} items={byId} openItem={openItem} page={page} t={t} onChanged={notes.reload} onGo={go} />,
        },
      ]}
    />
  );
  const pending = pages.data?.pages.filter((p) => p.status === 'pending').length ?? 0;

  return (
    <div data-testid="dossier-viewer" style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
      <style>{TEXT_LAYER_CSS}</style>
      {narrow ? (
        <Drawer open={drawer} onClose={() => setDrawer(false)} placement="left" size="85%" title={t('viewer.catalogue')}>
          {side}
        </Drawer>
      ) : (
        <aside style={{ flex: '0 0 300px', maxHeight: 'calc(100vh - 140px)', overflowY: 'auto', background: '#fff', padding: '0 8px', borderRadius: 6 }}>{side}</aside>
      )}
      <section style={{ flex: 1, minWidth: 0 }}>
        <div data-testid="viewer-toolbar" style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center', marginBottom: 6 }}>
          {narrow && <Button icon={<MenuOutlined />} aria-label={t('viewer.catalogue')} data-testid="viewer-open-drawer" onClick={() => setDrawer(true)} />}
          <Link to={`/cases/${caseId}`}>
            <ArrowLeftOutlined /> {t('viewer.backToCase')}
          </Link>
          <Typography.Text strong style={{ flex: '1 1 160px', minWidth: 0, overflowWrap: 'anywhere' }} data-testid="viewer-item-title">
            {openItem?.title ?? ''}
          </Typography.Text>
          <Space.Compact>
            <Tooltip title={t('viewer.prevItem')}><Button icon={<StepBackwardOutlined />} aria-label={t('viewer.prevItem')} disabled={index <= 0} onClick={() => go(items[index - 1]!, 1)} /></Tooltip>
            <Tooltip title={t('viewer.prevPage')}><Button icon={<LeftOutlined />} aria-label={t('viewer.prevPage')} disabled={!openItem || page <= 1} onClick={() => openItem && go(openItem, page - 1)} /></Tooltip>
            <Button disabled data-testid="viewer-page-number">{pdf || pages.data?.pageCount ? t('viewer.pageOf', { page, count: pageCount }) : t('viewer.pageOfUnknown', { page })}</Button>
            <Tooltip title={t('viewer.nextPage')}><Button icon={<RightOutlined />} aria-label={t('viewer.nextPage')} data-testid="viewer-next-page" disabled={!openItem || page >= pageCount} onClick={() => openItem && go(openItem, page + 1)} /></Tooltip>
            <Tooltip title={t('viewer.nextItem')}><Button icon={<StepForwardOutlined />} aria-label={t('viewer.nextItem')} disabled={index < 0 || index >= items.length - 1} onClick={() => go(items[index + 1]!, 1)} /></Tooltip>
          </Space.Compact>
          <Space.Compact>
            <Button icon={<ZoomOutOutlined />} aria-label={t('viewer.zoomOut')} disabled={zoom <= ZOOMS[0]!} onClick={() => setZoom(ZOOMS[Math.max(0, ZOOMS.indexOf(zoom) - 1)]!)} />
            <Button onClick={() => setZoom(1)} aria-label={t('viewer.fitWidth')} data-testid="viewer-zoom">{zoom === 1 ? t('viewer.fitWidth') : `${Math.round(zoom * 100)}%`}</Button>
            <Button icon={<ZoomInOutlined />} aria-label={t('viewer.zoomIn')} disabled={zoom >= ZOOMS[ZOOMS.length - 1]!} onClick={() => setZoom(ZOOMS[Math.min(ZOOMS.length - 1, ZOOMS.indexOf(zoom) + 1)]!)} />
          </Space.Compact>
          {openItem && (
            <Button icon={<DownloadOutlined />} href={openItem.downloadUrl} target="_blank" rel="noreferrer" data-testid="viewer-download">
              {narrow ? '' : t('viewer.download')}
            </Button>
          )}
          {/* The open item's volume as one PDF (a job on the server). */}
          <ExportDossierButton caseId={caseId} volume={openItem?.volume === 'secondary' ? 'secondary' : 'primary'} />
        </div>
        {items.length === 0 && <Empty description={t('viewer.noItems')} />}
        {openItem && (
          <>
            {reading && <Alert type="info" showIcon style={{ marginBottom: 6 }} message={t('viewer.pagesPending', { done: (pages.data?.pages.length ?? 0) - pending, total: pages.data?.pageCount ?? '?' })} />}
            <ThumbnailStrip pdf={pdf} imageUrl={imageUrl} pageCount={pageCount} current={page} hitPages={hitPages} label={t('viewer.thumbnails')} onGo={(p) => go(openItem, p)} />
            <div ref={paneRef} style={{ overflow: 'auto', maxHeight: narrow ? undefined : 'calc(100vh - 240px)', background: '#e8e8e8', padding: 8, borderRadius: 4 }}>
              {!showable || failed ? (
                <>
                  <Alert type="warning" showIcon message={failed ? t('viewer.renderFailed') : t('viewer.notShowable', { type: openItem.mimeType })} />
                  <pre style={{ whiteSpace: 'pre-wrap', background: '#fff', padding: 12 }}>{pages.data?.pages.find((p) => p.pageNo === page)?.text ?? ''}</pre>
                </>
              ) : source?.kind === 'pdf' && !pdf ? (
                <Spin />
              ) : (
                <PageView key={`${openItem.id}`} pdf={pdf} imageUrl={imageUrl} pageNo={page} page={pages.data?.pages.find((p) => p.pageNo === page)} query={query} width={paneWidth} zoom={zoom} t={t} />
              )}
            </div>
          </>
        )}
      </section>
    </div>
  );
}
