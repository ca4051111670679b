// A server-paginated table: the rows of the page a usePagedList loaded, its pager, and what to say when empty.
import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TableRowSelection } from 'antd/es/table/interface';
import type { usePagedList } from './usePagedList';

interface PagedTableProps<T> {
  paged: ReturnType<typeof usePagedList<T>>;
  columns: ColumnsType<T>;
  emptyText: string;
  testId: string;
  /** Checkboxes for batch actions on the selected rows. */
  rowSelection?: TableRowSelection<T>;
}

export function PagedTable<T extends { id: number }>({ paged, columns, emptyText, testId, rowSelection }: PagedTableProps<T>) {
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      loading={paged.list.loading}
      columns={columns}
      dataSource={paged.list.data?.items ?? []}
      pagination={paged.pagination}
      // antd greys the empty text like a disabled control (25 % black): too faint to read (WCAG 1.4.3).
      locale={{ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }}
      data-testid={testId}
      {...(rowSelection ? { rowSelection } : {})}
    />
  );
}
