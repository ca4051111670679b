// The hits of a dossier search, one card-like row each (it wraps at 390 px): case number, item, volume and page, and a
// snippet with the matches marked from the server's ranges (text nodes only: nothing from the page is parsed as HTML).
// A hit opens the reading pane at its page with the query highlighted.
import { FileSearchOutlined } from '@ant-design/icons';
import { Empty, Pagination, Spin, Tag, Typography } from 'antd';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { DossierSearchHit } from '../../contracts/dossierSearch';
import { DOCUMENT_TITLES, type DocumentKind } from '../../domain/documents/templates';
import type { Page } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ATTACHMENT_CATEGORY_KEYS } from '../i18n/vocabulary';
import { useSearchText } from './dossierSearchMessages';
import { DOSSIER_KIND_KEYS } from '../admin/catalogueMessages';

/** A document kind as its label (material category or generated document), else the kind itself. */
export function useKindLabel(): (kind: string) => string {
  const { t, pick } = useI18n();
  return (kind) => {
    if (ATTACHMENT_CATEGORY_KEYS[kind]) return t(ATTACHMENT_CATEGORY_KEYS[kind]);
    if (Object.hasOwn(DOCUMENT_TITLES, kind)) return pick(DOCUMENT_TITLES[kind as DocumentKind]);
    if (Object.hasOwn(DOSSIER_KIND_KEYS, kind)) return t(DOSSIER_KIND_KEYS[kind]!);
    return kind;
  };
}

export function HitSnippet({ snippet }: { snippet: DossierSearchHit['snippet'] }) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const r of snippet.highlights) {
    if (r.start > at) parts.push({ text: snippet.text.slice(at, r.start), marked: false });
    parts.push({ text: snippet.text.slice(r.start, r.end), marked: true });
    at = r.end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), marked: false });
  return (
    <Typography.Paragraph style={{ margin: '4px 0 0', overflowWrap: 'anywhere' }} data-testid="hit-snippet">
      {snippet.cutBefore && '…'}
      {parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}
      {snippet.cutAfter && '…'}
    </Typography.Paragraph>
  );
}

interface Props {
  page: Page<DossierSearchHit> | undefined;
  loading: boolean;
  /** Hide the case column (inside one case's dossier). */
  inCase?: boolean;
  onPage: (page: number, pageSize: number) => void;
}

export function DossierHits({ page, loading, inCase, onPage }: Props) {
  const t = useSearchText();
  const kindLabel = useKindLabel();
  if (!page) return loading ? <Spin /> : null;
  return (
    <div data-testid="dossier-hits">
      <Typography.Text type="secondary" data-testid="hit-total">
        {page.totalAtLeast ? t('search.totalAtLeast', { n: page.total }) : t('search.total', { n: page.total })}
      </Typography.Text>
      {page.items.length === 0 && <Empty description={t('search.none')} />}
      {page.items.map((h) => (
        <div key={`${h.item.id}-${h.pageNo}`} data-testid={`hit-${h.item.id}-${h.pageNo}`} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
            {!inCase && (
              <Link to={`/cases/${h.caseId}`} style={{ fontWeight: 500 }}>
                {h.caseNumber ?? `${h.caseType} · ${t('search.unnumbered')}`}
              </Link>
            )}
            <Link to={h.viewerUrl} style={{ overflowWrap: 'anywhere' }} data-testid="hit-open" title={t('search.open')}>
              <FileSearchOutlined /> {h.item.title}
            </Link>
            <Typography.Text type="secondary">{t('search.page', { n: h.pageNo })}</Typography.Text>
            <Tag color={h.item.volume === 'secondary' ? 'orange' : undefined}>
              {h.item.volume === 'secondary' ? t('search.secondary') : t('search.main')} · {h.item.sectionTitle}
            </Tag>
            <Typography.Text type="secondary">{kindLabel(h.item.kind)}</Typography.Text>
            {h.source === 'ocr' && <Tag>{t('search.ocr')}</Tag>}
            {!inCase && <Typography.Text type="secondary">{h.courtName}</Typography.Text>}
          </div>
          <HitSnippet snippet={h.snippet} />
        </div>
      ))}
      {page.total > page.pageSize && (
        <Pagination style={{ marginTop: 12 }} size="small" current={page.page} pageSize={page.pageSize} total={page.total} showSizeChanger={false} onChange={onPage} />
      )}
    </div>
  );
}
