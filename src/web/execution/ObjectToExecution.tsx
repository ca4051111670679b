// 执行异议 (CPL-2023 art 236): a party of an execution case in progress objects in writing to an execution act; the
// filing clerk records a written objection of a party, or a third party's objection to the object of execution (art 238).
// The server opens a linked 执异 case (registered within 3 days, ruled within 15 by a panel without the officers).
import { Alert, App, Button, Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CaseDetail } from '../../contracts/cases';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';

const IN_PROGRESS = ['registered', 'assigned', 'implementing', 'suspended'];

export function ObjectToExecutionButton({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const [open, setOpen] = useState(false);
  const asParty = hasRole('party', 'lawyer') && detail.myPartyIds.length > 0;
  const asClerk = !hasRole('party', 'lawyer') && hasRole('filingClerk');
  if (!IN_PROGRESS.includes(detail.node) || (!asParty && !asClerk)) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="object-execution" style={{ marginInlineStart: 8 }}>
        {t(asClerk ? 'objection.record' : 'objection.apply')}
      </Button>
      {open && <ObjectionModal detail={detail} clerk={asClerk} onClose={() => setOpen(false)} />}
    </>
  );
}

/** What the clerk records: the objector is a party of the case (art 236) or the third party with its identity (art 238). */
function objectorOf(v: Record<string, string | number | undefined>, clerk: boolean, detail: CaseDetail) {
  if (!clerk) return { objectorPartyId: detail.myPartyIds[0] };
  if (v.kind !== 'object') return { kind: 'act', objectorPartyId: v.objectorPartyId };
  const address = String(v.outsiderAddress ?? '').trim();
  return { kind: 'object', objector: { kind: 'person', name: String(v.outsiderName).trim(), idType: 'residentId', idNumber: String(v.outsiderId).trim(), ...(address ? { address } : {}) } };
}

function ClerkObjectorFields({ detail }: { detail: CaseDetail }) {
  const { t, pick } = useI18n();
  const kind = Form.useWatch('kind', Form.useFormInstance()) as string | undefined;
  return (
    <>
      <Form.Item name="kind" label={t('objection.kind')} initialValue="act">
        <Radio.Group options={(['act', 'object'] as const).map((k) => ({ value: k, label: t(`objection.kind.${k}`) }))} />
      </Form.Item>
      {kind === 'object' ? (
        <>
          <Form.Item name="outsiderName" label={t('objection.outsiderName')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="outsiderId" label={t('objection.outsiderId')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="outsiderAddress" label={t('objection.outsiderAddress')}>
            <Input maxLength={200} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="objectorPartyId" label={t('objection.objectorParty')} rules={[{ required: true }]}>
          <Select options={detail.parties.map((p) => ({ value: p.id, label: `${p.name}（${pick(p.standingLabel)}）` }))} />
        </Form.Item>
      )}
    </>
  );
}

function ObjectionModal({ detail, clerk, onClose }: { detail: CaseDetail; clerk: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const { busy, run } = useAction(form);
  const kind = Form.useWatch('kind', form) as string | undefined;
  const submit = async () => {
    const v = await form.validateFields();
    await run(async () => {
      const r = await api.post<{ caseId: number; caseNumber: string | null }>(`/cases/${detail.id}/execution/objections`, { act: v.act.trim(), requests: v.requests.trim(), facts: (v.facts ?? '').trim(), ...objectorOf(v, clerk, detail), attachmentIds: [] });
      message.success(t('execution.submitted', { caseNumber: r.caseNumber ?? String(r.caseId) }));
      onClose();
      void navigate(`/cases/${r.caseId}`);
    });
  };
  return (
    <Modal open title={t(clerk ? 'objection.record' : 'objection.apply')} onCancel={onClose} onOk={() => void submit()} okText={t('common.submit')} confirmLoading={busy} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('objection.hint')} />
      <Form form={form} layout="vertical" data-testid="objection-form">
        {clerk && <ClerkObjectorFields detail={detail} />}
        <Form.Item name="act" label={t(kind === 'object' ? 'objection.object' : 'objection.act')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="requests" label={t('objection.requests')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="facts" label={t('objection.facts')}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
