// One list of cases from GET /cases: server-side paging and search, an optional node filter, state kept in the URL.
import { Card, DatePicker, Input, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { CaseSummary } from '../../contracts/cases';
import { qs } from '../api/client';
import type { CaseView, Page } from '../api/types';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { CardList } from '../lists/CardList';
import { controlledColumns } from '../lists/PagedTable';
import { ExportButton } from '../lists/ExportButton';
import { caseCard } from './caseCards';
import { caseColumns } from './caseColumns';
import { nodeOptions, useCaseTypes } from './useCaseTypes';

export interface CaseTableProps {
  view: CaseView;
  openOnly?: boolean;
  /** Node filter: the nodes offered, or 'all' for every declared node; omitted means no filter. */
  nodeFilter?: readonly string[] | 'all';
  /** The node selected when the URL names none; omitted means all nodes. */
  defaultNode?: string;
  withFilingReview?: boolean;
  title?: ReactNode;
  extra?: ReactNode;
  /** More filters of the list (their values in `extraQuery`, their controls in `filters`), e.g. the mediation centre's. */
  extraQuery?: Record<string, string | number | boolean | undefined>;
  filters?: ReactNode;
  /** A column with the days since each case was received. */
  withAge?: boolean;
}

const ALL = '__all__';

export function CaseTable({ view, openOnly, nodeFilter, defaultNode, withFilingReview = false, title, extra, extraQuery, filters, withAge = false }: CaseTableProps) {
  const i18n = useI18n();
  const { t, pick } = i18n;
  const types = useCaseTypes();
  const [params, setParams] = useSearchParams();
  const narrow = useNarrowScreen();
  const page = Number(params.get('page') ?? 1) || 1;
  const pageSize = Number(params.get('pageSize') ?? 20) || 20;
  const q = params.get('q') ?? '';
  const nodeParam = params.get('node') ?? defaultNode ?? ALL;
  const node = nodeFilter && nodeParam !== ALL ? nodeParam : undefined;
  const sort = params.get('sort') ?? undefined;
  const receivedFrom = params.get('receivedFrom') ?? undefined;
  const receivedTo = params.get('receivedTo') ?? undefined;
  // The filter and sort without the page: the list's query, and its export's.
  const query = { view, openOnly, node, q, sort, receivedFrom, receivedTo, ...extraQuery };

  const { data, loading } = useApiGet<Page<CaseSummary>>(`/cases${qs({ ...query, page, pageSize })}`, { keepPreviousData: true });

  const update = (changes: Record<string, string | number | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };

  const filterOptions = nodeFilter
    ? [
        ...(defaultNode ? [] : [{ value: ALL, label: t('case.allNodes') }]),
        ...nodeOptions(types, nodeFilter === 'all' ? undefined : nodeFilter).map((n) => ({ value: n.name, label: pick(n.label) })),
      ]
    : null;

  return (
    <Card title={title} extra={extra}>
      <Space wrap vertical={narrow} style={{ marginBottom: 16, ...(narrow ? { width: '100%' } : {}) }}>
        <Input.Search
          allowClear
          defaultValue={q}
          placeholder={t('case.searchPlaceholder')}
          onSearch={(v) => update({ q: v.trim(), page: null })}
          style={{ width: narrow ? '100%' : 320 }}
          data-testid="case-search"
        />
        {filterOptions && (
          <Select
            value={nodeParam}
            options={filterOptions}
            onChange={(v: string) => update({ node: v, page: null })}
            style={{ width: 180 }}
            aria-label={t('case.node')}
            data-testid="node-filter"
          />
        )}
        {filters}
        {/* The phone portal keeps to search and cards; the date range and the Excel export are desk work. */}
        {!narrow && (
          <>
            <DatePicker.RangePicker
              value={receivedFrom && receivedTo ? [dayjs(receivedFrom), dayjs(receivedTo)] : null}
              onChange={(v) => update({ receivedFrom: v?.[0]?.format('YYYY-MM-DD') ?? null, receivedTo: v?.[1]?.format('YYYY-MM-DD') ?? null, page: null })}
              placeholder={[t('case.receivedFrom'), t('case.receivedTo')]}
              aria-label={t('case.receivedOn')}
              data-testid="received-range"
            />
            <ExportButton path="/cases" query={query} />
          </>
        )}
      </Space>
      {narrow ? (
        <CardList<CaseSummary>
          items={data?.items ?? []}
          loading={loading}
          pagination={{ current: page, pageSize, total: data?.total ?? 0, onChange: (p) => update({ page: p }) }}
          emptyText={t('portal.noCases')}
          testId="case-cards"
          renderCard={(c) => caseCard(i18n, c)}
        />
      ) : (
      <Table<CaseSummary>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={controlledColumns(caseColumns(i18n, withFilingReview, withAge), sort, {})}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t(data?.totalAtLeast ? 'common.totalAtLeast' : 'common.total', { total }),
        }}
        onChange={(p, _f, s, extra) => {
          if (extra.action === 'paginate') return update({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 });
          const one = Array.isArray(s) ? s[0] : s;
          update({ sort: one?.order && one.columnKey ? `${one.order === 'descend' ? '-' : ''}${String(one.columnKey)}` : null, page: null });
        }}
      />
      )}
    </Card>
  );
}
