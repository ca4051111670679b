// The listed person's own 失信 entries on the case's 执行 tab (DISHONEST arts 11–12): apply for correction with the
// reason and, optionally, evidence; follow the application with the period of its step (the court's 15-day review,
// …); ask for reconsideration after a rejection. Cards, not tables: it works on a phone. The server decides who may.
import { App, Button, Card, Form, Input, Modal, Space, Tag, Typography, type UploadFile } from 'antd';
import { useState } from 'react';
import type { Attachment, CaseDetail } from '../../contracts/cases';
import type { Correction, Listing } from '../../contracts/creditSanctions';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { DocumentUpload } from '../caseDetail/eventForms/closeForm';
import { uploadedIds } from '../filing/filingForm';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { LISTING_STATUS_COLOR } from './CreditSanctionsPage';

const OPEN = new Set(['pending', 'justified', 'reconsidering']);
type Dialog = { listing: Listing } | { reconsider: Correction };

function CorrectionState({ c }: { c: Correction }) {
  const { t } = useI18n();
  const p = c.currentPeriod;
  return (
    <Space wrap size={4}>
      <Tag color={c.status === 'corrected' ? 'green' : c.status === 'rejected' || c.status === 'reconsiderationDismissed' ? 'red' : 'processing'}>{t(`credit.correction.status.${c.status}` as MessageKey)}</Tag>
      {p?.dueOn && <Tag color={p.level === 'overdue' ? 'red' : p.level === 'red' ? 'volcano' : 'default'} data-testid="correction-period">{t(`credit.period.${p.kind}` as MessageKey, { date: p.dueOn })}</Tag>}
      {p?.level === 'overdue' && <Tag color="red">{t('credit.periodOverdue')}</Tag>}
    </Space>
  );
}

export function MyCorrections({ detail, listings, corrections, onChanged }: { detail: CaseDetail; listings: Listing[]; corrections: Correction[]; onChanged(): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const { busy, run } = useAction();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [form] = Form.useForm<{ reason: string; files?: UploadFile<Attachment>[] }>();
  const mine = listings.filter((l) => detail.myPartyIds.includes(l.partyId));
  if (!mine.length) return null;
  const submit = async () => {
    const v = await form.validateFields();
    const ok = await run(async () => {
      if (!dialog) return;
      if ('listing' in dialog) {
        const attachmentIds = uploadedIds(v.files);
        await api.post(`/credit/listings/${dialog.listing.id}/corrections`, { reason: v.reason.trim(), ...(attachmentIds.length ? { attachmentIds } : {}) });
      } else await api.post(`/credit/corrections/${dialog.reconsider.id}/reconsideration`, { reason: v.reason.trim() });
    });
    if (ok) {
      message.success(dialog && 'listing' in dialog ? t('credit.correctionFiled') : t('common.saved'));
      setDialog(null);
      onChanged();
    }
  };
  return (
    <Card size="small" title={t('credit.mine')} style={{ marginBottom: 12 }} data-testid="my-credit">
      <Typography.Paragraph type="secondary">{t('credit.mineHint')}</Typography.Paragraph>
      {mine.map((l) => {
        const applications = corrections.filter((c) => c.listingId === l.id);
        const open = applications.some((c) => OPEN.has(c.status));
        const mayApply = (l.status === 'listed' || l.status === 'forewarned') && !open;
        return (
          <Card key={l.id} size="small" type="inner" style={{ marginBottom: 8 }} data-testid={`my-listing-${l.id}`}
            title={<Space wrap size={4}><span>{l.partyName}</span><Tag color={LISTING_STATUS_COLOR[l.status]}>{t(`credit.status.${l.status}` as MessageKey)}</Tag></Space>}>
            <div>{t('credit.ground')}：{pick(l.groundLabel)}</div>
            <div>{t('credit.term')}：{l.termYears === null ? t('credit.noFixedTerm') : t('credit.termYears', { years: l.termYears })}{l.effectiveOn ? `（${[l.effectiveOn, l.expiresOn].filter(Boolean).join(' → ')}）` : ''}</div>
            {applications.map((c) => (
              <div key={c.id} style={{ marginTop: 8, paddingTop: 8, borderTop: '1px solid #f0f0f0' }} data-testid="my-correction">
                <div>{t('credit.corrections')}（{t('credit.appliedOn')} {c.appliedOn}）：{c.reason}</div>
                <CorrectionState c={c} />
                {c.decisionNote && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{c.decisionNote}</Typography.Paragraph>}
                {c.status === 'rejected' && c.currentPeriod?.kind === 'dishonestReconsiderationApplication' && (
                  <Button size="small" style={{ marginTop: 4 }} onClick={() => { form.resetFields(); setDialog({ reconsider: c }); }}>{t('credit.applyReconsideration')}</Button>
                )}
              </div>
            ))}
            {mayApply && <Button type="primary" size="small" style={{ marginTop: 8 }} onClick={() => { form.resetFields(); setDialog({ listing: l }); }}>{t('credit.applyCorrection')}</Button>}
            {open && <Typography.Text type="secondary">{t('credit.correctionOpen')}</Typography.Text>}
          </Card>
        );
      })}
      <Modal open={dialog !== null} title={dialog && 'reconsider' in dialog ? t('credit.applyReconsideration') : t('credit.applyCorrection')} okText={t('common.confirm')} cancelText={t('common.cancel')} onOk={submit} confirmLoading={busy} onCancel={() => setDialog(null)} destroyOnHidden>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="reason" label={t('credit.correctionReason')} extra={t('credit.correctionReasonHint')} rules={[{ required: true, whitespace: true }, { max: 2000 }]}>
            <Input.TextArea rows={4} maxLength={2000} />
          </Form.Item>
          {dialog && 'listing' in dialog && (
            <Form.Item name="files" label={t('credit.correctionFile')} valuePropName="fileList" getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}>
              <DocumentUpload text="credit.correctionFile" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
