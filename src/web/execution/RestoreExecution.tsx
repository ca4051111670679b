// 恢复执行: on an execution case closed by 终结本次执行程序, the applicant (or the court of its own motion) opens a new
// linked 执恢 case (CPL-Interp art 517: at any time, no 2-year limit; FEE art 26: no new fee). The server decides.
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CaseDetail } from '../../contracts/cases';
import type { ExecutionRecord } from '../../contracts/execution';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';

const RESTORABLE = ['currentRoundEnded'];
const EX_OFFICIO = ['judge', 'filingClerk', 'divisionChief'] as const;

export function RestoreExecutionButton({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const [open, setOpen] = useState(false);
  const closed = detail.node === 'closed' || detail.node === 'archived';
  const applicant = detail.parties.some((p) => detail.myPartyIds.includes(p.id) && p.standing === 'executionApplicant');
  if (!closed || !RESTORABLE.includes(detail.closingMethod ?? '') || !(applicant || hasRole(...EX_OFFICIO))) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="restore-execution">
        {t('restoration.apply')}
      </Button>
      {open && <RestoreModal detail={detail} onClose={() => setOpen(false)} />}
    </>
  );
}

function RestoreModal({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const { busy, run } = useAction(form);
  const submit = async () => {
    const v = await form.validateFields();
    await run(async () => {
      const r = await api.post<ExecutionRecord>(`/cases/${detail.id}/execution/restorations`, { reason: v.reason.trim(), assetClues: (v.assetClues ?? '').trim(), attachmentIds: [] });
      message.success(t('execution.submitted', { caseNumber: r.caseNumber ?? String(r.caseId) }));
      onClose();
      void navigate(`/cases/${r.caseId}`);
    });
  };
  return (
    <Modal open title={t('restoration.apply')} onCancel={onClose} onOk={() => void submit()} okText={t('common.submit')} confirmLoading={busy} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('restoration.hint')} />
      <Form form={form} layout="vertical" data-testid="restoration-form">
        <Form.Item name="reason" label={t('restoration.reason')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="assetClues" label={t('execution.assetClues')}>
          <Input.TextArea rows={3} maxLength={5000} showCount placeholder={t('execution.assetCluesPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
