// 卷宗检索: full-text search over every dossier the user may see, with court, case type, year and document kind
// filters; the query lives in the address (?q=…) so a search can be bookmarked and the back button returns to it.
import { Card, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { DossierSearchHit } from '../../contracts/dossierSearch';
import type { Court } from '../../contracts/reference';
import { DEFAULT_CATALOGUES } from '../../domain/dossier/catalogue';
import { qs } from '../api/client';
import type { Page } from '../api/types';
import { useApiGet } from '../api/useApiGet';
import { ExportButton } from '../lists/ExportButton';
import { DossierHits, useKindLabel } from './DossierHits';
import { useSearchText } from './dossierSearchMessages';

const KINDS = [...new Set(Object.values(DEFAULT_CATALOGUES).flatMap((c) => c.flatMap((s) => s.kinds)))];
type Filter = 'q' | 'courtId' | 'caseType' | 'year' | 'kind' | 'sort' | 'page';

export function DossierSearchPage() {
  const t = useSearchText();
  const kindLabel = useKindLabel();
  const [params, setParams] = useSearchParams();
  const get = (k: Filter) => params.get(k) ?? undefined;
  const q = get('q');
  const [draft, setDraft] = useState(q ?? '');
  const courts = useApiGet<Court[]>('/courts');
  const query = { q, courtId: get('courtId'), caseType: get('caseType'), year: get('year'), kind: get('kind'), sort: get('sort') };
  const hits = useApiGet<Page<DossierSearchHit>>(q ? `/dossier/search${qs({ ...query, page: get('page'), pageSize: 20 })}` : null, { keepPreviousData: true });
  const set = (changes: Partial<Record<Filter, string | number | undefined | null>>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === null || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  return (
    <Card title={t('search.title')} data-testid="dossier-search">
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Input.Search
          data-testid="dossier-search-q"
          enterButton
          allowClear
          maxLength={100}
          placeholder={t('search.placeholder')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onSearch={(v) => set({ q: v.trim() })}
        />
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 180, flex: '1 1 180px' }}
            placeholder={t('search.court')}
            aria-label={t('search.court')}
            value={query.courtId ? Number(query.courtId) : undefined}
            options={(courts.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={(v?: number) => set({ courtId: v })}
          />
          <Input
            allowClear
            style={{ width: 150, flex: '1 1 120px' }}
            maxLength={4}
            placeholder={t('search.caseType')}
            aria-label={t('search.caseType')}
            defaultValue={query.caseType}
            onBlur={(e) => set({ caseType: e.target.value.trim() })}
            onPressEnter={(e) => set({ caseType: e.currentTarget.value.trim() })}
          />
          <InputNumber
            style={{ width: 110, flex: '1 1 100px' }}
            min={1949}
            max={2200}
            placeholder={t('search.year')}
            aria-label={t('search.year')}
            value={query.year ? Number(query.year) : null}
            onChange={(v) => set({ year: v })}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ minWidth: 160, flex: '1 1 160px' }}
            placeholder={t('search.kind')}
            aria-label={t('search.kind')}
            value={query.kind}
            options={KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
            onChange={(v?: string) => set({ kind: v })}
          />
          <Select
            style={{ minWidth: 160, flex: '1 1 160px' }}
            aria-label={t('search.sort')}
            value={query.sort ?? '-added'}
            options={[
              { value: '-added', label: t('search.sortAdded') },
              { value: '-relevance', label: t('search.sortRelevance') },
              { value: 'case', label: t('search.sortCase') },
            ]}
            onChange={(v: string) => set({ sort: v === '-added' ? undefined : v })}
          />
          {q && <ExportButton path="/dossier/search" query={query} />}
        </div>
        {!q && <Typography.Text type="secondary">{t('search.hint')}</Typography.Text>}
        {q && <DossierHits page={hits.data} loading={hits.loading} onPage={(p) => set({ page: p })} />}
      </Space>
    </Card>
  );
}
