// A case's current node as a coloured tag; the colour only groups stages of the procedure visually.
import { Tag } from 'antd';
import { useI18n, type Bilingual } from '../i18n/i18n';

const COLORS: Record<string, string> = {
  submitted: 'gold',
  correctionRequested: 'orange',
  rejected: 'red',
  withdrawn: 'default',
  accepted: 'cyan',
  assigned: 'blue',
  hearingScheduled: 'geekblue',
  heard: 'purple',
  closed: 'green',
  archived: 'default',
};

export function NodeTag({ node, label }: { node: string; label: Bilingual }) {
  const { pick } = useI18n();
  return (
    <Tag color={COLORS[node] ?? 'blue'} data-node={node}>
      {pick(label)}
    </Tag>
  );
}
