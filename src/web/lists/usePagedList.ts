// A paginated list resource: the page the table shows, its sort and column filters (all on the server), and the
// query string that loads it — the same query its Excel export takes.
import type { FilterValue, SorterResult, TablePaginationConfig } from 'antd/es/table/interface';
import { useState } from 'react';
import { qs } from '../api/client';
import type { Page } from '../api/types';
import { useApiGet } from '../api/useApiGet';

type Params = Record<string, string | number | boolean | undefined>;

export function usePagedList<T>(path: string, params: Params = {}, pageSize = 20) {
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(pageSize);
  /** An allow-listed column of the list ('receivedOn', or '-receivedOn' for descending); undefined = the list's default. */
  const [sort, setSort] = useState<string | undefined>();
  /** Column filters by query parameter (a filterable column's key is its parameter). */
  const [filters, setFilters] = useState<Params>({});
  const query = { ...params, ...filters, sort };
  const list = useApiGet<Page<T>>(`${path}${qs({ ...query, page, pageSize: size })}`, { keepPreviousData: true });
  return {
    list,
    /** The filter and sort without the page: what an export of "what the filter shows" sends. */
    query,
    sort,
    filters,
    pagination: {
      current: page,
      pageSize: size,
      total: list.data?.total ?? 0,
      showSizeChanger: true,
      onChange: (p: number, s: number) => {
        setPage(s === size ? p : 1);
        setSize(s);
      },
    },
    /** antd Table's onChange: the sorted column (its key is the sort column) and the column filters (one value each). */
    onTableChange: (_p: TablePaginationConfig, f: Record<string, FilterValue | null>, sorter: SorterResult<T> | SorterResult<T>[]) => {
      const s = Array.isArray(sorter) ? sorter[0] : sorter;
      const next = s?.order && s.columnKey ? `${s.order === 'descend' ? '-' : ''}${String(s.columnKey)}` : undefined;
      const nextFilters: Params = {};
      for (const [k, v] of Object.entries(f)) if (v?.length) nextFilters[k] = String(v[0]);
      if (next !== sort || JSON.stringify(nextFilters) !== JSON.stringify(filters)) setPage(1);
      setSort(next);
      setFilters(nextFilters);
    },
    resetPage: () => setPage(1),
  };
}
