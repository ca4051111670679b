// 到账与不明款: receipts of this court, unidentified ones first; a finance officer claims one to a case with a reason.
import { Button, Card, Form, Input, Modal, Segmented, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Static } from 'typebox';
import type { Receipt as ReceiptSchema } from '../../contracts/payments';
import { api } from '../api/client';
import { useModalSave } from '../api/useModalSave';
import { courtToday } from '../format/dates';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { reasonText } from './reasonText';

type Receipt = Static<typeof ReceiptSchema>;
const STATUSES = ['unidentified', 'posted', 'claimed'] as const;
const STATUS_COLOR: Record<string, string> = { unidentified: 'warning', posted: 'success', claimed: 'processing' };

export function ReceiptsPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('unidentified');
  const [q, setQ] = useState('');
  const [account, setAccount] = useState<'all' | 'fees' | 'execution'>('all');
  const paged = usePagedList<Receipt>('/finance/receipts', { status, q, ...(account === 'all' ? {} : { account }) });
  const { list, resetPage } = paged;
  const [claiming, setClaiming] = useState<Receipt | null>(null);

  const columns: ColumnsType<Receipt> = [
    // Keys are the list's sort columns.
    { title: t('statement.date'), key: 'receivedOn', dataIndex: 'receivedOn', sorter: true, width: 110 },
    { title: t('statement.bankRef'), key: 'bankRef', dataIndex: 'bankRef', sorter: true, width: 170 },
    { title: t('fees.amount'), key: 'amount', dataIndex: 'amount', sorter: true, width: 130, align: 'right' },
    { title: t('statement.payer'), key: 'payerName', sorter: true, width: 220, render: (_, r) => [r.payerName, r.payerAccount].filter(Boolean).join(' ') },
    { title: t('statement.memo'), key: 'memo', dataIndex: 'memo', width: 220 },
    { title: t('receipts.account'), key: 'account', width: 110, render: (_, r) => t(`statement.account.${r.account}` as MessageKey) },
    {
      title: t('receipts.claimDue'),
      key: 'claimDueOn',
      width: 110,
      render: (_, r) => (r.status === 'unidentified' && r.claimDueOn ? <Typography.Text type={r.claimDueOn < courtToday().format('YYYY-MM-DD') ? 'danger' : undefined}>{r.claimDueOn}</Typography.Text> : null),
    },
    {
      title: t('receipts.status'),
      key: 'status',
      sorter: true,
      width: 240,
      render: (_, r) => (
        <>
          <Tag color={STATUS_COLOR[r.status]}>{t(`receiptStatus.${r.status}` as MessageKey)}</Tag>
          {r.caseId && <Link to={`/cases/${r.caseId}`}>{r.caseNumber}</Link>}{' '}
          <Typography.Text type="secondary">{r.claimReason ?? reasonText(t, r.match)}</Typography.Text>
        </>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, r) =>
        r.status === 'unidentified' ? (
          <Button size="small" onClick={() => setClaiming(r)}>
            {t('receipts.claim')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card
      title={t('menu.receipts')}
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('receipts.searchPlaceholder')}
            aria-label={t('receipts.searchPlaceholder')}
            onSearch={(v) => {
              setQ(v.trim());
              resetPage();
            }}
            style={{ width: 220 }}
          />
          <Segmented
            value={account}
            onChange={(v) => {
              setAccount(v as 'all' | 'fees' | 'execution');
              resetPage();
            }}
            options={[
              { value: 'all', label: t('receipts.allAccounts') },
              { value: 'fees', label: t('statement.account.fees') },
              { value: 'execution', label: t('statement.account.execution') },
            ]}
          />
          <Segmented
          value={status}
          onChange={(v) => {
            setStatus(v as (typeof STATUSES)[number]);
            resetPage();
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(`receiptStatus.${s}` as MessageKey) }))}
          />
        </Space>
      }
    >
      <PagedTable<Receipt> paged={paged} columns={columns} emptyText={t('receipts.empty')} testId="receipts" exportPath="/finance/receipts" />
      <ClaimModal
        receipt={claiming}
        onClose={() => setClaiming(null)}
        onDone={() => {
          setClaiming(null);
          list.reload();
        }}
      />
    </Card>
  );
}

function ClaimModal({ receipt, onClose, onDone }: { receipt: Receipt | null; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ caseNumber: string; reason: string }>();
  const send = (v: { caseNumber: string; reason: string }) => api.post(`/finance/receipts/${receipt!.id}/claim`, { caseNumber: v.caseNumber.trim(), reason: v.reason.trim() });
  const { save: submit, saving: busy } = useModalSave(form, send, onDone, (v) => t('receipts.claimed', { caseNumber: v.caseNumber.trim() }));
  return (
    <Modal
      open={!!receipt}
      title={receipt ? t('receipts.claimTitle', { amount: receipt.amount, payer: receipt.payerName }) : ''}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onOk={submit}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="caseNumber" label={t('receipts.caseNumber')} rules={[{ required: true, whitespace: true, message: t('receipts.caseNumberRequired') }]}>
          <Input placeholder="（2026）吉0102民初1号" maxLength={60} />
        </Form.Item>
        <Form.Item name="reason" label={t('receipts.reason')} rules={[{ required: true, whitespace: true, min: 2, message: t('receipts.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
