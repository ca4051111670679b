// A server-paginated table: the rows of the page a usePagedList loaded, its pager, sort and column filters (sent to
// the server), an Excel export of what the filter shows, and what to say when empty.
import { Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TableRowSelection } from 'antd/es/table/interface';
import { useI18n } from '../i18n/i18n';
import { ExportButton } from './ExportButton';
import type { usePagedList } from './usePagedList';

interface PagedTableProps<T> {
  paged: ReturnType<typeof usePagedList<T>>;
  /** A column with `sorter: true` sorts on the server by its `key`; one with `filters` filters by the parameter named by its `key`. */
  columns: ColumnsType<T>;
  emptyText: string;
  testId: string;
  /** Checkboxes for batch actions on the selected rows. */
  rowSelection?: TableRowSelection<T>;
  /** The list's path (as given to usePagedList) when it has an Excel export. */
  exportPath?: string;
  /** The field that identifies a row, when it is not `id` (a case-type code, a calendar date). */
  rowKey?: keyof T & string;
}

/** The columns with the list's current sort and filters shown as antd's controlled state. */
export function controlledColumns<T>(columns: ColumnsType<T>, sort: string | undefined, filters: Record<string, unknown>): ColumnsType<T> {
  return columns.map((c) => {
    const key = c.key === undefined ? undefined : String(c.key);
    if (key === undefined) return c;
    return {
      ...c,
      ...(c.sorter ? { sortOrder: sort === key ? ('ascend' as const) : sort === `-${key}` ? ('descend' as const) : null } : {}),
      ...(c.filters ? { filteredValue: filters[key] === undefined ? null : [filters[key] as string] } : {}),
    };
  });
}

export function PagedTable<T extends object>({ paged, columns, emptyText, testId, rowSelection, exportPath, rowKey = 'id' as keyof T & string }: PagedTableProps<T>) {
  const { t } = useI18n();
  const data = paged.list.data;
  return (
    <>
      {exportPath && (
        <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'flex-end' }}>
          <ExportButton path={exportPath} query={paged.query} />
        </Space>
      )}
      <Table<T>
        rowKey={rowKey}
        size="middle"
        loading={paged.list.loading}
        columns={controlledColumns(columns, paged.sort, paged.filters)}
        dataSource={data?.items ?? []}
        pagination={{ ...paged.pagination, showTotal: (total) => t(data?.totalAtLeast ? 'common.totalAtLeast' : 'common.total', { total }) }}
        // Paging goes through the pager's own onChange; sorting and filtering start again from page 1.
        onChange={(p, f, s, extra) => {
          if (extra.action !== 'paginate') paged.onTableChange(p, f, s);
        }}
        scroll={{ x: 'max-content' }}
        // antd greys the empty text like a disabled control (25 % black): too faint to read (WCAG 1.4.3).
        locale={{ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }}
        data-testid={testId}
        {...(rowSelection ? { rowSelection } : {})}
      />
    </>
  );
}
