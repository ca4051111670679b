// A paginated list resource: the page the table shows, and the query string that loads it.
import { useState } from 'react';
import { qs } from '../api/client';
import type { Page } from '../api/types';
import { useApiGet } from '../api/useApiGet';

export function usePagedList<T>(path: string, params: Record<string, string | number | boolean | undefined> = {}, pageSize = 20) {
  const [page, setPage] = useState(1);
  const list = useApiGet<Page<T>>(`${path}${qs({ ...params, page, pageSize })}`, { keepPreviousData: true });
  return {
    list,
    pagination: {
      current: page,
      pageSize,
      total: list.data?.total ?? 0,
      showSizeChanger: false,
      onChange: (p: number) => setPage(p),
    },
    resetPage: () => setPage(1),
  };
}
