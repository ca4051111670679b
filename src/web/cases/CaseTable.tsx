// One list of cases from GET /cases: server-side paging and search, an optional node filter, state kept in the URL.
import { Card, Input, Select, Space, Table } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { CaseSummary } from '../../contracts/cases';
import { qs } from '../api/client';
import type { CaseView, Page } from '../api/types';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { CardList } from '../lists/CardList';
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
}

const ALL = '__all__';

export function CaseTable({ view, openOnly, nodeFilter, defaultNode, withFilingReview = false, title, extra }: CaseTableProps) {
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

  const { data, loading } = useApiGet<Page<CaseSummary>>(`/cases${qs({ view, openOnly, node, q, page, pageSize })}`, { keepPreviousData: true });

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
        columns={caseColumns(i18n, withFilingReview)}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t(data?.totalAtLeast ? 'common.totalAtLeast' : 'common.total', { total }),
        }}
        onChange={(p) => update({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
      />
      )}
    </Card>
  );
}
