// 执行异议 (CPL-2023 art 236): a party of an execution case in progress objects in writing to an execution act; the
// server opens a linked 执异 case (registered within 3 days, ruled within 15 by a panel without the officers).
import { Alert, App, Button, Form, Input, Modal } from 'antd';
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
  if (!IN_PROGRESS.includes(detail.node) || !hasRole('party', 'lawyer') || !detail.myPartyIds.length) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="object-execution" style={{ marginInlineStart: 8 }}>
        {t('objection.apply')}
      </Button>
      {open && <ObjectionModal detail={detail} onClose={() => setOpen(false)} />}
    </>
  );
}

function ObjectionModal({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const { busy, run } = useAction(form);
  const submit = async () => {
    const v = await form.validateFields();
    await run(async () => {
      const r = await api.post<{ caseId: number; caseNumber: string | null }>(`/cases/${detail.id}/execution/objections`, { act: v.act.trim(), requests: v.requests.trim(), facts: (v.facts ?? '').trim(), objectorPartyId: detail.myPartyIds[0], attachmentIds: [] });
      message.success(t('execution.submitted', { caseNumber: r.caseNumber ?? String(r.caseId) }));
      onClose();
      void navigate(`/cases/${r.caseId}`);
    });
  };
  return (
    <Modal open title={t('objection.apply')} onCancel={onClose} onOk={() => void submit()} okText={t('common.submit')} confirmLoading={busy} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('objection.hint')} />
      <Form form={form} layout="vertical" data-testid="objection-form">
        <Form.Item name="act" label={t('objection.act')} rules={[{ required: true, whitespace: true }]}>
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
