// 法官工作台: the judge's open cases, with how many sit at each stage of the trial (one count query per node).
import { Card, Col, Row, Statistic } from 'antd';
import { useSearchParams } from 'react-router';
import type { CaseSummary } from '../../contracts/cases';
import { qs } from '../api/client';
import type { Page } from '../api/types';
import { useApiGet } from '../api/useApiGet';
import { CaseTable } from '../cases/CaseTable';
import { nodeOptions, useCaseTypes, type NodeOption } from '../cases/useCaseTypes';
import { useI18n } from '../i18n/i18n';

const WORK_NODES = ['assigned', 'hearingScheduled', 'heard'] as const;

export function WorkbenchPage() {
  const { t } = useI18n();
  const types = useCaseTypes();
  return (
    <>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {nodeOptions(types, WORK_NODES).map((n) => (
          <Col key={n.name} xs={24} sm={8}>
            <NodeCount node={n} />
          </Col>
        ))}
      </Row>
      <CaseTable view="mine" openOnly nodeFilter={WORK_NODES} title={t('workbench.title')} />
    </>
  );
}

function NodeCount({ node }: { node: NodeOption }) {
  const { t, pick } = useI18n();
  const [params, setParams] = useSearchParams();
  const { data, loading } = useApiGet<Page<CaseSummary>>(`/cases${qs({ view: 'mine', openOnly: true, node: node.name, pageSize: 1 })}`, { quiet: true });
  const active = params.get('node') === node.name;
  return (
    <Card
      hoverable
      data-testid={`node-count-${node.name}`}
      style={active ? { borderColor: '#1677ff' } : undefined}
      onClick={() => {
        const next = new URLSearchParams(params);
        if (active) next.delete('node');
        else next.set('node', node.name);
        next.delete('page');
        setParams(next, { replace: true });
      }}
    >
      <Statistic title={pick(node.label)} value={data?.total ?? 0} loading={loading && !data} suffix={t('common.casesUnit')} />
    </Card>
  );
}
