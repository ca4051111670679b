// 送达 on the case page: each party's confirmed addresses (a party signs its own; the clerk records a paper form),
// the service tasks with their attempts, and — for court staff — opening tasks, sending, and recording results.
import { App, Button, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { CaseDetail } from '../../contracts/cases';
import type { CaseService, ServiceTask } from '../../contracts/service';
import { SERVED_DOCUMENTS, SERVICE_METHODS } from '../../domain/casetypes/eventInputs';
import { outcomesOf } from '../../domain/service/serviceAttempts';
import type { ServiceMethodName } from '../../domain/service/serviceRules';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { courtToday } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { SectionTable } from '../lists/SectionTable';
import type { MessageKey } from '../i18n/messages';
import { AddressConfirmationFields, type AddressConfirmationValues } from './AddressConfirmationFields';
import { outcomeTag, StatusTag } from './serviceTags';

type PartyService = CaseService['parties'][number];
export function CaseServiceTab({ detail, onChanged }: { detail: CaseDetail; onChanged(): void }) {
  const { t } = useI18n();
  const service = useApiGet<CaseService>(`/cases/${detail.id}/service`);
  const [confirming, setConfirming] = useState<PartyService | null>(null);
  const [creating, setCreating] = useState(false);
  const [recording, setRecording] = useState<ServiceTask | null>(null);
  const { message } = App.useApp();
  const { busy, run } = useAction();
  const s = service.data;
  const changed = () => {
    service.reload();
    onChanged();
  };
  const send = async (task: ServiceTask) => {
    let result = '';
    const ok = await run(async () => {
      const r = await api.post<{ channels: { channel: string; outcome: string }[] }>(`/service-tasks/${task.id}/send`);
      result = r.channels.map((c) => `${t(`serviceChannel.${c.channel}` as MessageKey)} ${t(`serviceOutcome.${c.outcome}` as MessageKey)}`).join('；');
    });
    if (ok) message.info(t('service.sentResult', { result }));
    changed();
  };

  const partyColumns: ColumnType<PartyService>[] = [
    { title: t('service.recipient'), key: 'name', width: 120, render: (_, p) => p.name },
    {
      title: t('service.addresses'),
      key: 'conf',
      render: (_, p) => {
        const c = p.confirmation;
        if (!c) return <Tag>{t('service.unconfirmed')}</Tag>;
        const basis = c.basis === 'carriedOver' ? t('service.basis.carriedOver', { case: c.fromCaseNumber ?? '' }) : t(`service.basis.${c.basis}` as MessageKey);
        return (
          <Space size={4} wrap>
            <Tag color={c.basis === 'filing' ? 'default' : 'green'}>{basis}</Tag>
            {c.channels.length ? c.channels.map((ch) => <Tag key={ch} color="blue">{t(`serviceChannel.${ch}` as MessageKey)}</Tag>) : <Tag>{t('service.noConsent')}</Tag>}
            {c.electronicConsent && <Typography.Text type="secondary">{t(c.consentScope === 'all' ? 'service.scopeAll' : 'service.scopeProcedural')}</Typography.Text>}
            {[c.mobile, c.email, c.postalAddress].filter(Boolean).map((v) => (
              <Typography.Text key={v}>{v}</Typography.Text>
            ))}
          </Space>
        );
      },
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_, p) =>
        p.mayConfirm && (
          <Button size="small" onClick={() => setConfirming(p)} data-testid={`confirm-address-${p.partyId}`}>
            {t('service.confirm')}
          </Button>
        ),
    },
  ];

  const taskColumns: ColumnType<ServiceTask>[] = [
    { title: t('service.recipient'), dataIndex: 'recipient', width: 90 },
    { title: t('service.document'), key: 'doc', width: 110, render: (_, x) => t(`serviceDocument.${x.document}` as MessageKey) },
    { title: t('service.method'), key: 'method', width: 100, render: (_, x) => t(`serviceMethod.${x.method}` as MessageKey) },
    { title: t('service.status'), key: 'status', width: 90, render: (_, x) => <StatusTag status={x.status} /> },
    { title: t('service.deemedOn'), dataIndex: 'deemedOn', width: 110, render: (v: string | null) => <span data-testid="task-deemed">{v ?? ''}</span> },
    { title: t('service.periodDue'), dataIndex: 'periodDueOn', width: 110, render: (v: string | null) => v ?? '' },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, x) =>
        s?.mayServe &&
        (x.status === 'pending' || x.status === 'inProgress') && (
          <Space size={4}>
            {x.method === 'electronic' && (
              <Button size="small" type="primary" loading={busy} onClick={() => void send(x)}>
                {t('service.send')}
              </Button>
            )}
            <Button size="small" onClick={() => setRecording(x)}>
              {t('service.record')}
            </Button>
          </Space>
        ),
    },
  ];

  return (
    <div data-testid="case-service">
      <Typography.Title level={5}>{t('service.addresses')}</Typography.Title>
      <SectionTable<PartyService> rowKey="partyId" size="small" pagination={false} loading={service.loading && !s} dataSource={s?.parties ?? []} columns={partyColumns} data-testid="service-parties" />
      <Space style={{ margin: '16px 0 8px', display: 'flex', justifyContent: 'space-between' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('service.tasks')}
        </Typography.Title>
        {s?.mayServe && detail.acceptedOn && (
          <Button onClick={() => setCreating(true)} data-testid="new-service-tasks">
            {t('service.newTasks')}
          </Button>
        )}
      </Space>
      <SectionTable<ServiceTask>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={s?.tasks ?? []}
        columns={taskColumns}
        emptyText={t('service.noTasks')}
        data-testid="service-tasks"
        expandable={{
          rowExpandable: (x) => x.attempts.length > 0,
          expandedRowRender: (x) => (
            <Space direction="vertical" size={2}>
              {x.attempts.map((a) => (
                <span key={a.id}>
                  {a.on} {t(`serviceMethod.${a.method}` as MessageKey)}
                  {a.channel ? `（${t(`serviceChannel.${a.channel}` as MessageKey)}）` : ''} {outcomeTag(t, a.outcome)} {a.recordedBy ?? ''} {typeof a.detail.note === 'string' ? a.detail.note : ''}
                  {typeof a.detail.trackingNo === 'string' ? ` ${a.detail.trackingNo}` : ''}
                  {a.proofAttachmentId && (
                    <a href={`/api/v1/attachments/${a.proofAttachmentId}/content`} target="_blank" rel="noreferrer">
                      {' '}
                      {t('service.proof')}
                    </a>
                  )}
                </span>
              ))}
            </Space>
          ),
        }}
      />
      {confirming && (
        <ConfirmAddressesModal
          caseId={detail.id}
          party={confirming}
          asClerk={!!s?.mayServe}
          onClose={() => setConfirming(null)}
          onDone={() => {
            setConfirming(null);
            changed();
          }}
        />
      )}
      {creating && (
        <NewTasksModal
          detail={detail}
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            changed();
          }}
        />
      )}
      {recording && (
        <AttemptModal
          task={recording}
          onClose={() => setRecording(null)}
          onDone={() => {
            setRecording(null);
            changed();
          }}
        />
      )}
    </div>
  );
}

function ConfirmAddressesModal({ caseId, party, asClerk, onClose, onDone }: { caseId: number; party: PartyService; asClerk: boolean; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<AddressConfirmationValues>();
  const { busy, run } = useAction(form);
  const c = party.confirmation;
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    if (await run(() => api.put(`/cases/${caseId}/parties/${party.partyId}/address-confirmation`, { ...v, signed: !!v.signed }))) onDone();
  };
  return (
    <Modal open title={t('service.confirmTitle', { name: party.name })} okText={t('common.confirm')} cancelText={t('common.cancel')} onOk={submit} confirmLoading={busy} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('service.explain')}</Typography.Paragraph>
      <Form<AddressConfirmationValues>
        form={form}
        layout="vertical"
        data-testid="address-confirmation"
        initialValues={{
          mobile: c?.mobile ?? undefined,
          email: c?.email ?? undefined,
          postalAddress: c?.postalAddress ?? undefined,
          platformAccount: c?.platformAccount ?? party.hasAccount,
          electronicConsent: c?.electronicConsent ?? false,
          consentScope: c?.consentScope ?? 'all',
          signed: false,
        }}
      >
        <AddressConfirmationFields hasAccount={party.hasAccount} asClerk={asClerk} />
      </Form>
    </Modal>
  );
}

function NewTasksModal({ detail, onClose, onDone }: { detail: CaseDetail; onClose(): void; onDone(): void }) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<{ document: string; partyIds: number[]; method?: string; publicNoticeReason?: string }>();
  const { busy, run } = useAction();
  const method = Form.useWatch('method', form);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    if (await run(() => api.post(`/cases/${detail.id}/service-tasks`, { document: v.document, partyIds: v.partyIds, ...(v.method ? { method: v.method } : {}), ...(v.publicNoticeReason ? { publicNoticeReason: v.publicNoticeReason } : {}) }))) onDone();
  };
  return (
    <Modal open title={t('service.newTasks')} okText={t('common.confirm')} cancelText={t('common.cancel')} onOk={submit} confirmLoading={busy} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="new-tasks-form">
        <Form.Item name="document" label={t('service.document')} rules={[{ required: true, message: t('service.documentRequired') }]}>
          <Select options={SERVED_DOCUMENTS.map((d) => ({ value: d, label: t(`serviceDocument.${d}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="partyIds" label={t('service.recipient')} rules={[{ required: true, message: t('service.partiesRequired') }]}>
          <Checkbox.Group options={detail.parties.map((p) => ({ value: p.id, label: `${pick(p.standingLabel)}：${p.name}` }))} />
        </Form.Item>
        <Form.Item name="method" label={t('service.method')} extra={method ? undefined : t('service.autoMethod')}>
          <Select allowClear options={SERVICE_METHODS.map((m) => ({ value: m, label: t(`serviceMethod.${m}` as MessageKey) }))} />
        </Form.Item>
        {method === 'publicNotice' && (
          <Form.Item name="publicNoticeReason" label={t('service.publicNoticeReason')} rules={[{ required: true, whitespace: true, message: t('service.publicNoticeReason') }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function AttemptModal({ task, onClose, onDone }: { task: ServiceTask; onClose(): void; onDone(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ method: ServiceMethodName; outcome: string; on: Dayjs; note?: string; publicNoticeReason?: string; proof?: File }>();
  const { busy, run } = useAction();
  const method: ServiceMethodName = Form.useWatch('method', form) ?? (task.method as ServiceMethodName);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const ok = await run(async () => {
      let proofAttachmentId: number | undefined;
      if (v.proof) {
        const f = new FormData();
        f.append('category', 'serviceProof');
        f.append('file', v.proof);
        proofAttachmentId = (await api.upload<{ id: number }>('/uploads', f)).id;
      }
      await api.post(`/service-tasks/${task.id}/attempts`, {
        method: v.method,
        outcome: v.outcome,
        on: v.on.format('YYYY-MM-DD'),
        ...(v.note ? { note: v.note } : {}),
        ...(v.publicNoticeReason ? { publicNoticeReason: v.publicNoticeReason } : {}),
        ...(proofAttachmentId ? { proofAttachmentId } : {}),
      });
    });
    if (ok) onDone();
  };
  return (
    <Modal open title={`${t('service.record')}：${task.recipient}`} okText={t('common.confirm')} cancelText={t('common.cancel')} onOk={submit} confirmLoading={busy} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="attempt-form" initialValues={{ method: task.method, on: courtToday() }}>
        <Form.Item name="method" label={t('service.method')}>
          <Select
            options={[...SERVICE_METHODS, 'refusedAtCourt' as const].map((m) => ({ value: m, label: t(`serviceMethod.${m}` as MessageKey) }))}
            onChange={() => form.setFieldValue('outcome', undefined)}
          />
        </Form.Item>
        <Form.Item name="outcome" label={t('service.outcome')} rules={[{ required: true, message: t('service.outcome') }]}>
          <Radio.Group options={outcomesOf(method).filter((o) => o !== 'logged').map((o) => ({ value: o, label: t(`serviceOutcome.${o}` as MessageKey) }))} />
        </Form.Item>
        <Form.Item name="on" label={t('service.on')} rules={[{ required: true, message: t('service.on') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {method === 'publicNotice' && (
          <Form.Item name="publicNoticeReason" label={t('service.publicNoticeReason')} rules={[{ required: true, whitespace: true, message: t('service.publicNoticeReason') }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('service.note')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="proof" label={t('service.proof')} valuePropName="file" getValueFromEvent={(e: { target: { files: FileList | null } }) => e.target.files?.[0]}>
          <input type="file" accept="application/pdf,image/png,image/jpeg" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
