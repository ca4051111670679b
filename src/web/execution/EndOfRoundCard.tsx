// 终本's checklist on the 执行 tab (ZHONGBEN arts 1–3, 5): each condition green or red with its evidence from the case
// and what is missing; the proposal and the president's decision are the case's events (the event bar above).
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import type { CaseDetail } from '../../contracts/cases';
import type { EndOfRoundChecklist } from '../../contracts/execution';
import { STAFF_ROLES } from '../../domain/roles/roles';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';

const BEFORE_END = ['implementing', 'endOfRoundReview'];

export function EndOfRoundCard({ detail }: { detail: CaseDetail }) {
  const { t, pick } = useI18n();
  const { hasRole } = useSession();
  const shown = BEFORE_END.includes(detail.node) && hasRole(...STAFF_ROLES);
  const list = useApiGet<EndOfRoundChecklist>(shown ? `/cases/${detail.id}/execution/end-of-round?v=${detail.version}` : null, { quiet: true, keepPreviousData: true });
  const c = list.data;
  if (!shown || !c) return null;
  return (
    <Card
      size="small"
      title={t('endOfRound.checklist')}
      style={{ marginBottom: 16 }}
      data-testid="end-of-round-checklist"
      extra={<Tag color={c.allHold ? 'success' : 'error'}>{c.allHold ? t('endOfRound.allHold') : t('endOfRound.notYet')}</Tag>}
    >
      {c.pending && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('endOfRound.pending')} description={c.pending.propertyNotDisposable ?? undefined} />}
      <List
        dataSource={c.items}
        renderItem={(i) => (
          <List.Item data-testid={`end-of-round-${i.condition}`} data-holds={i.holds}>
            <Space align="start">
              {i.holds ? <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('endOfRound.holds')} /> : <CloseCircleFilled style={{ color: '#cf1322' }} aria-label={t('endOfRound.missing')} />}
              <div>
                <Typography.Text strong>{pick(i.label)}</Typography.Text> <Typography.Text type="secondary">（{i.source}）</Typography.Text>
                {i.evidence.map((e, n) => (
                  <div key={`e${n}`}>{pick(e)}</div>
                ))}
                {i.missing.map((m, n) => (
                  <Typography.Text key={`m${n}`} type="danger" style={{ display: 'block' }}>
                    {pick(m)}
                  </Typography.Text>
                ))}
              </div>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
