// The case at a glance: number, title, node, procedure, court, judges, time in node, and the actions open to the user.
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { CaseDetail } from '../../contracts/cases';
import { NodeTag } from '../cases/NodeTag';
import { useI18n } from '../i18n/i18n';
import { labelOf, ORGANIZATION_KEYS, PANEL_ROLE_KEYS, PROCEDURE_LABELS } from '../i18n/vocabulary';

export function CaseHeader({ detail, actions }: { detail: CaseDetail; actions: ReactNode }) {
  const { t, pick } = useI18n();
  const d = detail;
  const panel = d.panel.map((p) => (p.role === 'member' ? p.name : `${p.name}（${t(PANEL_ROLE_KEYS[p.role] ?? 'panelRole.member')}）`)).join('、');
  const organization = d.organization ? t(ORGANIZATION_KEYS[d.organization] ?? 'organization.sole') : null;

  return (
    <Card style={{ marginBottom: 16 }}>
      <Space align="center" wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-number">
          {d.caseNumber ?? t('case.numberPendingShort')}
        </Typography.Title>
        <NodeTag node={d.node} label={d.nodeLabel} />
        {d.procedure && <Tag>{pick(labelOf(PROCEDURE_LABELS, d.procedure))}</Tag>}
      </Space>
      <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="case-title">
        {d.title}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: 'court', label: t('case.court'), children: d.courtName },
          { key: 'division', label: t('case.division'), children: d.divisionName ?? '—' },
          { key: 'judge', label: t('case.judge'), children: d.judgeName ?? '—' },
          { key: 'panel', label: organization ?? t('case.panel'), children: panel || '—' },
          { key: 'days', label: t('case.daysInNode'), children: t('common.daysCount', { n: d.daysInNode }) },
          { key: 'version', label: t('case.version'), children: <span data-testid="case-version">{d.version}</span> },
        ]}
      />
      {actions}
    </Card>
  );
}
