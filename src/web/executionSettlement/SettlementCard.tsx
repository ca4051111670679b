// 执行和解 on the 执行 tab (CPL-2023 art 241; EXEC-SETTLE): the agreement, its instalments with their state (a missed
// one red, with whether the warning went out), the payments (direct and through the court's account), the last day to
// apply to restore, and the restoration. The officer records the agreement and payments; the applicant (or the officer
// for them) applies to restore the original title.
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseDetail } from '../../contracts/cases';
import type { CaseSettlement, Settlement } from '../../contracts/executionSettlement';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { RecordSettlementModal, RestoreAfterSettlementModal, SettlementPaymentModal } from './SettlementModals';

const OPEN_NODES = ['assigned', 'implementing', 'suspended'];
const STATE_COLOR: Record<string, string> = { paid: 'green', due: 'default', missed: 'red' };
const STATUS_COLOR: Record<string, string> = { performing: 'processing', performed: 'success', defaulted: 'error' };

export function SettlementCard({ detail }: { detail: CaseDetail }) {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const view = useApiGet<CaseSettlement>(`/cases/${detail.id}/execution/settlement?v=${detail.version}`, { keepPreviousData: true });
  const [open, setOpen] = useState<'record' | 'payment' | 'restore' | null>(null);
  if (!view.data) return null;
  const s = view.data.settlement;
  const isOfficer = detail.panel.some((p) => p.userId === user?.id);
  const applicant = detail.parties.some((p) => detail.myPartyIds.includes(p.id) && p.standing === 'executionApplicant');
  const inForce = s !== null && s.restoration === null && s.status !== 'performed';
  const closed = detail.node === 'closed' || detail.node === 'archived';
  const done = () => {
    setOpen(null);
    view.reload();
  };
  const actions = (
    <Space wrap>
      {isOfficer && !inForce && OPEN_NODES.includes(detail.node) && (
        <Button onClick={() => setOpen('record')} data-testid="settlement-record">
          {t('settlement.record')}
        </Button>
      )}
      {isOfficer && inForce && (
        <Button onClick={() => setOpen('payment')} data-testid="settlement-payment">
          {t('settlement.recordPayment')}
        </Button>
      )}
      {s && s.restoration === null && s.status !== 'performed' && (applicant || isOfficer) && (
        <Button danger onClick={() => setOpen('restore')} data-testid="settlement-restore">
          {t('settlement.restore')}
        </Button>
      )}
    </Space>
  );
  return (
    <Card title={t('settlement.title')} style={{ marginTop: 16 }} data-testid="execution-settlement" extra={actions}>
      {s ? <SettlementBody s={s} /> : <Typography.Paragraph type="secondary">{t('settlement.none')}</Typography.Paragraph>}
      {s?.status === 'performed' && !closed && <Alert type="success" showIcon title={t('settlement.performedHint')} />}
      {s?.restoration && (
        <Alert
          type="warning"
          showIcon
          data-testid="settlement-restoration"
          title={t('settlement.restorationOf', { date: s.restoration.restoredOn, ground: pick(s.restoration.groundLabel) })}
          description={
            <>
              {s.restoration.reason}
              {s.restoration.restoredCaseId && (
                <>
                  {' · '}
                  {t('settlement.restoredCase')}：<Link to={`/cases/${s.restoration.restoredCaseId}`}>{s.restoration.restoredCaseId}</Link>
                </>
              )}
            </>
          }
        />
      )}
      {open === 'record' && <RecordSettlementModal caseId={detail.id} onClose={() => setOpen(null)} onDone={done} />}
      {open === 'payment' && <SettlementPaymentModal caseId={detail.id} onClose={() => setOpen(null)} onDone={done} />}
      {open === 'restore' && <RestoreAfterSettlementModal caseId={detail.id} closed={closed} onClose={() => setOpen(null)} onDone={done} />}
    </Card>
  );
}

function SettlementBody({ s }: { s: Settlement }) {
  const { t, pick } = useI18n();
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('settlement.agreedOn')}>{s.agreedOn}</Descriptions.Item>
        <Descriptions.Item label={t('settlement.state')}>
          <Tag color={STATUS_COLOR[s.status]} data-testid="settlement-status">
            {pick(s.statusLabel)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('settlement.total')}>{s.total} 元</Descriptions.Item>
        <Descriptions.Item label={t('settlement.paidTotal')}>{s.paid} 元</Descriptions.Item>
        <Descriptions.Item label={t('settlement.restorationDueOn')}>{s.restorationDueOn}</Descriptions.Item>
        <Descriptions.Item label={t('settlement.replaces')}>{s.replaces}</Descriptions.Item>
      </Descriptions>
      <Table
        rowKey="seq"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={s.instalments}
        data-testid="settlement-instalments"
        columns={[
          { title: t('settlement.seq'), dataIndex: 'seq' },
          { title: t('settlement.amount'), dataIndex: 'amount', align: 'right' },
          { title: t('settlement.dueOn'), dataIndex: 'dueOn' },
          { title: t('settlement.paid'), dataIndex: 'paid', align: 'right' },
          {
            title: t('settlement.state'),
            key: 'state',
            render: (_, i) => (
              <>
                <Tag color={STATE_COLOR[i.state]}>{t(`settlement.state.${i.state}` as MessageKey)}</Tag>
                {i.warnedAt && <Tag>{t('settlement.warned')}</Tag>}
              </>
            ),
          },
        ]}
      />
      {s.payments.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('settlement.payments')}
          </Typography.Title>
          <Table
            rowKey={(p) => `${p.source}${p.paidOn}${p.amount}${p.note ?? ''}`}
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={s.payments}
            columns={[
              { title: t('settlement.paidOn'), dataIndex: 'paidOn' },
              { title: t('settlement.amount'), dataIndex: 'amount', align: 'right' },
              { title: t('settlement.state'), key: 'source', render: (_, p) => t(`settlement.source.${p.source}` as MessageKey) },
              { title: t('settlement.note'), dataIndex: 'note' },
            ]}
          />
        </>
      )}
    </>
  );
}
