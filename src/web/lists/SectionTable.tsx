// A table inside a case's section: columns on a wide screen, and on a phone the same rows as cards (the portal lists'
// CardList), each column a "label: value" line, so that nothing scrolls sideways at 390 px.
import { Table, Typography, type TableProps } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { isValidElement, type Key, type ReactNode } from 'react';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { CardLine, CardList } from './CardList';

type SectionTableProps<T> = Omit<TableProps<T>, 'columns' | 'dataSource'> & {
  columns: ColumnType<T>[];
  dataSource: readonly T[];
  /** What an empty section says (antd greys its own empty text too faintly to read, WCAG 1.4.3). */
  emptyText?: string;
  'data-testid'?: string;
};

export function SectionTable<T extends object>(props: SectionTableProps<T>) {
  const narrow = useNarrowScreen();
  if (narrow) return <SectionCards {...props} />;
  const { emptyText, ...table } = props;
  return <Table<T> {...table} {...(emptyText ? { locale: { emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> } } : {})} />;
}

function SectionCards<T extends object>({ columns, dataSource, emptyText = '', expandable, loading, rowKey, 'data-testid': testId = 'section' }: SectionTableProps<T>) {
  const items = dataSource.map((row, index) => ({ id: index, row }));
  // The first column's value titles the card; the others are its lines.
  const [first, ...lines] = columns;
  return (
    <CardList<{ id: number; row: T }>
      items={items}
      loading={loading === true}
      emptyText={emptyText}
      testId={testId}
      renderCard={({ row, id }) => {
        const key = keyOf(row, id, rowKey);
        // Expanded rows (a period's derivation, a service task's attempts) show in the card when the table would show them.
        const expand = expandable?.expandedRowRender ? expandable : undefined;
        const shown = !!expand && (expand.rowExpandable?.(row) ?? true) && (!expand.expandedRowKeys || expand.expandedRowKeys.includes(key));
        return {
          title: first ? cellOf(first, row, id) : null,
          body: (
            <>
              {lines.map((c, i) => {
                const value = cellOf(c, row, id);
                return isEmpty(value) ? null : (
                  <CardLine key={String(c.key ?? c.dataIndex ?? i)} label={typeof c.title === 'string' ? c.title : ''}>
                    {value}
                  </CardLine>
                );
              })}
              {shown && <div style={{ marginTop: 8 }}>{expand!.expandedRowRender!(row, id, 0, true)}</div>}
            </>
          ),
        };
      }}
    />
  );
}

function keyOf<T extends object>(row: T, index: number, rowKey: TableProps<T>['rowKey']): Key {
  if (typeof rowKey === 'function') return rowKey(row, index);
  if (typeof rowKey === 'string') return (row as Record<string, Key>)[rowKey] ?? index;
  return index;
}

/** What the column shows for the row: its render of the value at its dataIndex, or the value itself. */
function cellOf<T extends object>(c: ColumnType<T>, row: T, index: number): ReactNode {
  const path = c.dataIndex === undefined ? [] : Array.isArray(c.dataIndex) ? c.dataIndex : [c.dataIndex];
  const value = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[String(k)] : undefined), row);
  const out = c.render ? c.render(value, row, index) : (value as ReactNode);
  // A render may return antd's { children, props } cell object.
  if (out && typeof out === 'object' && !isValidElement(out) && !Array.isArray(out) && 'children' in out) return (out as { children: ReactNode }).children;
  return out as ReactNode;
}

const isEmpty = (v: ReactNode) => v === null || v === undefined || v === false || v === '' || (Array.isArray(v) && v.length === 0);
