// Find within the dossier: the pages of the open item where the phrase occurs (from their text, OCR or text layer),
// and on request the other items' pages too (each item's text fetched once); a click opens the page.
import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import type { DossierItem } from '../../../contracts/dossier';
import type { ItemPages } from '../../../contracts/dossierViewer';
import { countPhrase } from '../../../domain/dossier/pageMatch';
import { api } from '../../api/client';
import type { ViewerText } from './viewerMessages';

export interface PageHits {
  item: DossierItem;
  pages: { page: number; n: number }[];
}

export const pageHits = (pages: ItemPages | undefined, query: string) =>
  (pages?.pages ?? []).map((p) => ({ page: p.pageNo, n: countPhrase(p.text, query) })).filter((h) => h.n > 0);

export function FindPanel({ caseId, items, openItem, openPages, query, t, onQuery, onGo, onAllHits }: {
  caseId: number; items: DossierItem[]; openItem: DossierItem | null; openPages: ItemPages | undefined; query: string; t: ViewerText;
  onQuery(q: string): void; onGo(item: DossierItem, page: number): void; onAllHits(hits: PageHits[]): void;
}) {
  // The parent keys this panel by the phrase: a new phrase starts afresh (its text, no other items' hits).
  const [draft, setDraft] = useState(query);
  const [all, setAll] = useState<PageHits[] | null>(null);
  const [busy, setBusy] = useState(false);

  const here = openItem ? pageHits(openPages, query) : [];
  const total = here.reduce((n, h) => n + h.n, 0);
  const findAll = async () => {
    setBusy(true);
    try {
      const texts = await Promise.all(items.map((i) => api.get<ItemPages>(`/cases/${caseId}/dossier/items/${i.id}/pages?words=false`).catch(() => undefined)));
      const found = items.map((item, k) => ({ item, pages: pageHits(texts[k], query) })).filter((h) => h.pages.length > 0);
      setAll(found);
      onAllHits(found);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="viewer-find">
      <Input.Search
        id="viewer-find-input"
        aria-label={t('viewer.find')}
        placeholder={t('viewer.findPlaceholder')}
        enterButton={<SearchOutlined aria-label={t('viewer.find')} />}
        allowClear
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onSearch={(v) => onQuery(v.trim())}
      />
      {query !== '' && (
        <div style={{ marginTop: 8 }} data-testid="viewer-find-results">
          <Typography.Text type={total ? undefined : 'secondary'}>{total ? t('viewer.hits', { n: total }) : t('viewer.noHits')}</Typography.Text>
          <Space size={[4, 4]} wrap style={{ marginTop: 4 }}>
            {openItem && here.map((h) => (
              <Button key={h.page} size="small" data-testid={`viewer-hit-page-${h.page}`} onClick={() => onGo(openItem, h.page)}>
                {t('viewer.hitOnPage', { page: h.page, n: h.n })}
              </Button>
            ))}
          </Space>
          <div style={{ marginTop: 6 }}>
            {all === null ? (
              <Button size="small" type="link" loading={busy} onClick={() => void findAll()} style={{ padding: 0 }}>
                {t('viewer.findAll')}
              </Button>
            ) : (
              all.filter((h) => h.item.id !== openItem?.id).map((h) => (
                <div key={h.item.id} style={{ marginTop: 4 }}>
                  <Typography.Text style={{ fontSize: 12 }}>{h.item.title}</Typography.Text>{' '}
                  {h.pages.map((p) => (
                    <Button key={p.page} size="small" type="link" style={{ padding: '0 4px' }} onClick={() => onGo(h.item, p.page)}>
                      {t('viewer.hitOnPage', { page: p.page, n: p.n })}
                    </Button>
                  ))}
                </div>
              ))
            )}
          </div>
        </div>
      )}
    </div>
  );
}
