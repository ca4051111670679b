// A case's current node as a coloured tag; the colour only groups stages of the procedure visually.
import { Tag, Typography } from 'antd';
import { executionStage } from '../../domain/execution/stages';
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

/** The node, and for an execution case its 分段集约 stage beside it. */
export function NodeWithStage({ summary }: { summary: { node: string; nodeLabel: Bilingual; executionStage: string | null } }) {
  const { pick } = useI18n();
  const stage = summary.executionStage;
  return (
    <>
      <NodeTag node={summary.node} label={summary.nodeLabel} />
      {stage && (
        <Typography.Text type="secondary" data-testid="execution-stage">
          {pick(executionStage(stage)?.label ?? { 'zh-CN': stage, en: stage })}
        </Typography.Text>
      )}
    </>
  );
}
