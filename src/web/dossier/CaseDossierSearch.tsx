// The search box of a case's 电子卷宗 tab: the case's own dossier pages holding the words (副卷 for the court's staff
// only, as the server decides), each hit opening the reading pane at its page.
import { Input } from 'antd';
import { useState } from 'react';
import type { DossierSearchHit } from '../../contracts/dossierSearch';
import { qs } from '../api/client';
import type { Page } from '../api/types';
import { useApiGet } from '../api/useApiGet';
import { DossierHits } from './DossierHits';
import { useSearchText } from './dossierSearchMessages';

export function CaseDossierSearch({ caseId }: { caseId: number }) {
  const t = useSearchText();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const hits = useApiGet<Page<DossierSearchHit>>(q ? `/cases/${caseId}/dossier/search${qs({ q, page, pageSize: 10 })}` : null, { keepPreviousData: true });
  return (
    <div style={{ marginBottom: 12 }} data-testid="case-dossier-search">
      <Input.Search
        allowClear
        enterButton
        maxLength={100}
        placeholder={t('search.inCase')}
        aria-label={t('search.inCase')}
        onSearch={(v) => {
          setQ(v.trim());
          setPage(1);
        }}
      />
      {q && <DossierHits inCase page={hits.data} loading={hits.loading} onPage={(p) => setPage(p)} />}
    </div>
  );
}
