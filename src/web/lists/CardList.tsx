// A list as cards, one under the other, for phones: what a wide table shows in columns, each card shows in lines.
import { Card, Empty, Pagination, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface CardListPagination {
  current: number;
  pageSize: number;
  total: number;
  onChange(page: number, pageSize: number): void;
}

interface CardListProps<T> {
  items: readonly T[];
  loading: boolean;
  /** A server-paged list's pager; a list shown whole (a case's section) has none. */
  pagination?: CardListPagination;
  emptyText: string;
  testId: string;
  renderCard(item: T): { title: ReactNode; extra?: ReactNode; body: ReactNode; actions?: ReactNode[] };
}

export function CardList<T extends { id: number }>({ items, loading, pagination, emptyText, testId, renderCard }: CardListProps<T>) {
  // A spinner only while there is nothing to show: dimming cards on every reload would flicker (and fail contrast).
  if (loading && items.length === 0) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  return (
    <div data-testid={testId} style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        {items.length === 0 && <Empty description={<Typography.Text type="secondary">{emptyText}</Typography.Text>} />}
        {items.map((item) => {
          const c = renderCard(item);
          return (
            <Card key={item.id} size="small" title={c.title} extra={c.extra} actions={c.actions} data-testid={`${testId}-card`} styles={{ title: { whiteSpace: 'normal' } }}>
              {c.body}
            </Card>
          );
        })}
        {pagination && pagination.total > pagination.pageSize && (
          <Pagination simple align="center" current={pagination.current} pageSize={pagination.pageSize} total={pagination.total} onChange={pagination.onChange} />
        )}
    </div>
  );
}

/** One "label: value" line of a card. */
export function CardLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div style={{ display: 'flex', gap: 8, lineHeight: '24px' }}>
      <Typography.Text type="secondary" style={{ flex: 'none' }}>
        {label}
      </Typography.Text>
      <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{children}</span>
    </div>
  );
}
