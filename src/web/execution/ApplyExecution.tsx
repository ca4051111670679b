// 申请执行 from a closed case: a party (or its lawyer) lists what to execute, sees the doubled interest for delay the
// domain computes with its derivation (CPL-2023 art 264; DELAY-2014), names the debtors, gives asset clues and files.
// The server checks that the document has taken effect and opens the 执 case.
import { Alert, App, Button, Checkbox, Form, Input, Modal, type UploadFile } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Attachment, CaseDetail, TimelineEntry } from '../../contracts/cases';
import type { ExecutionRecord } from '../../contracts/execution';
import { titleCreditors } from '../../domain/execution/titleCreditors';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useSession } from '../auth/session';
import { DocumentUpload } from '../caseDetail/eventForms/closeForm';
import { courtToday } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { day, ExecutionItemsFields, itemsBody, type ItemValues } from './ExecutionItemsFields';

/** Case types whose closing document may be executed. */
const TITLE_TYPES = ['民初', '民终', '民特'];
const DEBTOR_STANDINGS = ['defendant', 'originalDefendant', 'thirdParty', 'originalThirdParty'];

/** CPL-2023 art 247: whether the viewer is among the parties the title entitles (the server decides in any case). */
function entitled(detail: CaseDetail, timeline: readonly TimelineEntry[]): boolean {
  if (detail.caseType === '民初') {
    // titleCreditors, with the counterclaims this case's timeline shows.
    const counterclaimants = new Set(timeline.filter((e) => e.event === 'fileCounterclaim').map((e) => Number((e.payload.input as { partyId?: number } | undefined)?.partyId)));
    const parties = detail.parties.map((p) => ({ partyId: p.id, standing: p.standing, firstInstanceStanding: null, counterclaimed: counterclaimants.has(p.id) }));
    return titleCreditors({ caseType: detail.caseType, closingMethod: detail.closingMethod }, parties).some((c) => detail.myPartyIds.includes(c.partyId));
  }
  // 民终 and 民特: the first-instance sides are the server's to check; not offered to someone only on the defendant's side.
  const mine = detail.parties.filter((p) => detail.myPartyIds.includes(p.id));
  return mine.some((p) => detail.closingMethod === 'mediation' || !DEBTOR_STANDINGS.includes(p.standing));
}

export function ApplyExecutionButton({ detail, timeline }: { detail: CaseDetail; timeline: readonly TimelineEntry[] | undefined }) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const [open, setOpen] = useState(false);
  const closed = detail.node === 'closed' || detail.node === 'archived';
  if (!TITLE_TYPES.includes(detail.caseType) || !closed || !hasRole('party', 'lawyer') || !entitled(detail, timeline ?? [])) return null;
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="apply-execution">
        {t('execution.apply')}
      </Button>
      {open && <ApplyExecutionModal detail={detail} onClose={() => setOpen(false)} />}
    </>
  );
}

function ApplyExecutionModal({ detail, onClose }: { detail: CaseDetail; onClose: () => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const { busy, run } = useAction(form);
  const others = detail.parties.filter((p) => !detail.myPartyIds.includes(p.id));

  const submit = async () => {
    const v = await form.validateFields();
    await run(async () => {
      const body = {
        titleCaseId: detail.id,
        items: itemsBody(v.items as ItemValues[]),
        ...(v.interestTo ? { interestTo: day(v.interestTo) } : {}),
        debtorPartyIds: v.debtorPartyIds,
        assetClues: (v.assetClues ?? '').trim(),
        attachmentIds: ((v.files ?? []) as UploadFile<Attachment>[]).flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : [])),
      };
      const r = await api.post<ExecutionRecord>('/execution/applications', body);
      message.success(t('execution.submitted', { caseNumber: r.caseNumber ?? String(r.caseId) }));
      onClose();
      void navigate(`/cases/${r.caseId}`);
    });
  };

  return (
    <Modal open width={760} title={t('execution.applyTitle', { caseNumber: detail.caseNumber ?? '' })} onCancel={onClose} onOk={() => void submit()} okText={t('common.submit')} confirmLoading={busy} destroyOnHidden>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('execution.applyHint')} />
      <Form form={form} layout="vertical" initialValues={{ items: [{ kind: 'principal' }], interestTo: courtToday(), debtorPartyIds: others.length === 1 ? [others[0]!.id] : [] }} data-testid="execution-form">
        <ExecutionItemsFields form={form} />
        <Form.Item name="debtorPartyIds" label={t('execution.debtors')} rules={[{ required: true, message: t('execution.debtorsRequired') }]}>
          <Checkbox.Group options={others.map((p) => ({ value: p.id, label: `${pick(p.standingLabel)}：${p.name}` }))} />
        </Form.Item>
        <Form.Item name="assetClues" label={t('execution.assetClues')}>
          <Input.TextArea rows={3} maxLength={5000} showCount placeholder={t('execution.assetCluesPlaceholder')} />
        </Form.Item>
        <Form.Item name="files" label={t('execution.files')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}>
          <DocumentUpload text="execution.uploadFile" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
