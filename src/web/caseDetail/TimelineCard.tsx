// 时间轴: every event on the case, who did it, how the node changed, and how long the case then stayed there.
import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import type { TimelineEntry } from '../../contracts/cases';
import { formatDuration } from '../format/duration';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { labelOf, ROLE_LABELS } from '../i18n/vocabulary';
import { PayloadSummary } from './payloadSummary';

const END_COLORS: Record<string, string> = { rejected: 'red', withdrawn: 'gray', closed: 'green', archived: 'green' };

export function TimelineCard({ caseId, entries, loading }: { caseId: number; entries: TimelineEntry[] | undefined; loading: boolean }) {
  const { t, pick } = useI18n();
  return (
    <Card title={t('case.timeline')} data-testid="case-timeline" extra={loading && entries ? <Spin size="small" /> : null}>
      {!entries ? (
        <Spin />
      ) : entries.length === 0 ? (
        <Empty />
      ) : (
        <Timeline
          items={entries.map((e) => ({
            key: e.seq,
            color: END_COLORS[e.nodeAfter] ?? 'blue',
            content: (
              <div data-testid="timeline-entry" data-event={e.event}>
                <Space size={8} wrap>
                  <Typography.Text strong>{pick(e.eventLabel)}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatInstant(e.at)}
                  </Typography.Text>
                  <a href={`/api/v1/cases/${caseId}/timeline/${e.seq}/receipt`} download style={{ fontSize: 12 }} data-testid="event-receipt">
                    {t('verify.receipt')}
                  </a>
                </Space>
                {e.actorName && (
                  <div>
                    {e.actorName}
                    {e.actorRole && <Typography.Text type="secondary">（{pick(labelOf(ROLE_LABELS, e.actorRole))}）</Typography.Text>}
                  </div>
                )}
                <div style={{ margin: '2px 0' }}>
                  {e.nodeBeforeLabel && e.nodeBefore !== e.nodeAfter && (
                    <>
                      <Tag>{pick(e.nodeBeforeLabel)}</Tag>→{' '}
                    </>
                  )}
                  <Tag color="blue">{pick(e.nodeAfterLabel)}</Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    <ClockCircleOutlined /> {t('timeline.stayed', { duration: formatDuration(e.secondsInNode, t) })}
                  </Typography.Text>
                </div>
                <PayloadSummary payload={e.payload} />
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
