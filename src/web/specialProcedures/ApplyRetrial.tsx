// 申请再审 (CPL-2023 arts 210–216): a party of a closed 民初/民终 case applies to the next-higher court, choosing the
// grounds of art 211; the server checks the judgment's effect, the 6 months and the divorce bar, and opens the 民申.
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { CaseDetail } from '../../contracts/cases';
import type { RetrialRecord } from '../../contracts/retrial';
import { KNOWLEDGE_GROUNDS, RETRIAL_GROUND_LABELS, RETRIAL_GROUNDS, type RetrialGround } from '../../domain/retrial/retrialApplication';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useSession } from '../auth/session';
import { courtToday } from '../format/dates';
import { useI18n } from '../i18n/i18n';

export function ApplyRetrialButton({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const [open, setOpen] = useState(false);
  const judgment = (detail.caseType === '民初' || detail.caseType === '民终') && (detail.node === 'closed' || detail.node === 'archived') && detail.closingMethod === 'judgment';
  if (!judgment || !hasRole('party', 'lawyer') || !detail.myPartyIds.length) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="apply-retrial" style={{ marginInlineStart: 8 }}>
        {t('retrial.apply')}
      </Button>
      {open && <RetrialModal detail={detail} onClose={() => setOpen(false)} />}
    </>
  );
}

function RetrialModal({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const { busy, run } = useAction(form);
  const grounds = (Form.useWatch('grounds', form) as RetrialGround[] | undefined) ?? [];
  const submit = async () => {
    const v = await form.validateFields();
    await run(async () => {
      const known = v.knownOn as Dayjs | undefined;
      const r = await api.post<RetrialRecord>(`/cases/${detail.id}/retrial-applications`, { grounds: v.grounds, ...(known ? { knownOn: known.format('YYYY-MM-DD') } : {}), requests: v.requests.trim(), facts: v.facts.trim(), attachmentIds: [] });
      message.success(t('retrial.submitted', { caseNumber: r.caseNumber ?? String(r.caseId) }));
      void navigate(`/cases/${r.caseId}`);
    });
  };
  return (
    <Modal open title={t('retrial.apply')} onCancel={onClose} onOk={() => void submit()} confirmLoading={busy} width={720} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('retrial.applyHint')} />
      <Form form={form} layout="vertical" data-testid="retrial-form">
        <Form.Item name="grounds" label={t('retrial.grounds')} rules={[{ required: true, message: t('retrial.groundsRequired') }]}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={RETRIAL_GROUNDS.map((g) => ({ value: g, label: pick(RETRIAL_GROUND_LABELS[g]) }))} />
        </Form.Item>
        {grounds.some((g) => KNOWLEDGE_GROUNDS.includes(g)) && (
          <Form.Item name="knownOn" label={t('retrial.knownOn')}>
            <DatePicker disabledDate={(d) => d.isAfter(courtToday())} />
          </Form.Item>
        )}
        <Form.Item name="requests" label={t('retrial.requests')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="facts" label={t('retrial.facts')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
