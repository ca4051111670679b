// The 证据 tab's forms: a party's 质证意见, the judge's 认证 and late-evidence decision, and the extension application
// with the court's decision. Court steps are case events; the opinion is the evidence module's own PUT.
import { Alert, Form, Input, InputNumber, Modal, Radio, Select, Switch } from 'antd';
import { useEffect } from 'react';
import type { CaseDetail } from '../../contracts/cases';
import type { EvidenceItemView } from '../../contracts/evidenceExchange';
import { api } from '../api/client';
import { useModalSave } from '../api/useModalSave';
import { useI18n } from '../i18n/i18n';
import { useEvidenceText } from './evidenceMessages';

/** Fires one of the evidence events with the case version the user saw. */
export const fireEvidenceEvent = (detail: CaseDetail, event: string, input: Record<string, unknown>) =>
  api.post<CaseDetail>(`/cases/${detail.id}/events/${event}`, { input, expectedVersion: detail.version });

interface ModalProps {
  detail: CaseDetail;
  onClose(): void;
  onDone(): void;
}

const PROPERTIES = ['authenticity', 'legality', 'relevance'] as const;
type Values = Record<string, any>;

function useEvidenceForm(send: (v: Values) => Promise<unknown>, onDone: () => void) {
  const [form] = Form.useForm<Values>();
  const e = useEvidenceText();
  const { save, saving } = useModalSave(form, send, onDone, () => e('ev.done'));
  return { form, save, saving };
}

export function OpinionModal({ detail, item, onClose, onDone }: ModalProps & { item: EvidenceItemView }) {
  const e = useEvidenceText();
  const { pick } = useI18n();
  const mine = item.opinions.find((o) => item.opinionPartyIds.includes(o.partyId));
  const { form, save, saving } = useEvidenceForm(
    (v) =>
      api.put(`/cases/${detail.id}/evidence/${item.id}/opinion`, {
        partyId: v.partyId,
        ...Object.fromEntries(PROPERTIES.map((p) => [p, { view: v[p].view, ...(v[p].reason?.trim() ? { reason: v[p].reason.trim() } : {}) }])),
        purposeOpinion: v.purposeOpinion.trim(),
      }),
    onDone,
  );
  useEffect(() => {
    form.setFieldsValue({
      partyId: item.opinionPartyIds[0],
      ...Object.fromEntries(PROPERTIES.map((p) => [p, { view: mine?.[p].view ?? 'accept', reason: mine?.[p].reason ?? '' }])),
      purposeOpinion: mine?.purposeOpinion ?? '',
    });
  }, [form, item, mine]);
  const parties = detail.parties.filter((p) => item.opinionPartyIds.includes(p.id));
  return (
    <Modal open title={`${e('ev.giveOpinion')}：${pick(item.label)} ${item.name}`} onCancel={onClose} onOk={save} confirmLoading={saving} width={560} destroyOnHidden>
      <Alert type="info" showIcon title={e('ev.opinionDue', { due: item.opinionDueOn ?? '' })} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" data-testid="opinion-form">
        <Form.Item name="partyId" label={e('ev.asParty')} hidden={parties.length < 2} rules={[{ required: true, message: e('ev.required') }]}>
          <Select options={parties.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        {PROPERTIES.map((p) => (
          <div key={p}>
            <Form.Item name={[p, 'view']} label={e(`ev.${p}`)} rules={[{ required: true, message: e('ev.required') }]}>
              <Radio.Group optionType="button" options={(['accept', 'reject', 'partlyAccept'] as const).map((v) => ({ value: v, label: e(`ev.view.${v}`) }))} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a[p]?.view !== b[p]?.view}>
              {() =>
                (form.getFieldValue(p) as { view?: string } | undefined)?.view !== 'accept' && (
                  <Form.Item name={[p, 'reason']} label={e('ev.reason')} rules={[{ required: true, whitespace: true, message: e('ev.reasonRequired') }]}>
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                )
              }
            </Form.Item>
          </div>
        ))}
        <Form.Item name="purposeOpinion" label={e('ev.purposeOpinion')} rules={[{ required: true, whitespace: true, message: e('ev.required') }]}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function FindingModal({ detail, item, onClose, onDone }: ModalProps & { item: EvidenceItemView }) {
  const e = useEvidenceText();
  const { pick } = useI18n();
  const { form, save, saving } = useEvidenceForm(
    (v) => fireEvidenceEvent(detail, 'recordEvidenceFinding', { itemId: item.id, verdict: v.verdict, authenticity: v.authenticity, legality: v.legality, relevance: v.relevance, reasoning: v.reasoning.trim() }),
    onDone,
  );
  const f = item.finding;
  return (
    <Modal open title={`${e('ev.recordFinding')}：${pick(item.label)} ${item.name}`} onCancel={onClose} onOk={save} confirmLoading={saving} width={560} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        data-testid="finding-form"
        initialValues={{ verdict: f?.verdict ?? 'accepted', authenticity: f?.authenticity ?? true, legality: f?.legality ?? true, relevance: f?.relevance ?? true, reasoning: f?.reasoning ?? '' }}
      >
        <Form.Item name="verdict" label={e('ev.verdict')}>
          <Radio.Group optionType="button" options={(['accepted', 'partlyAccepted', 'rejected'] as const).map((v) => ({ value: v, label: e(`ev.verdict.${v}`) }))} />
        </Form.Item>
        {PROPERTIES.map((p) => (
          <Form.Item key={p} name={p} label={e(`ev.${p}`)} valuePropName="checked">
            <Switch checkedChildren={e('ev.established')} unCheckedChildren={e('ev.notEstablished')} />
          </Form.Item>
        ))}
        <Form.Item name="reasoning" label={e('ev.reasoning')} rules={[{ required: true, whitespace: true, message: e('ev.required') }]}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function LateDecisionModal({ detail, item, onClose, onDone }: ModalProps & { item: EvidenceItemView }) {
  const e = useEvidenceText();
  const { pick } = useI18n();
  const { form, save, saving } = useEvidenceForm((v) => fireEvidenceEvent(detail, 'decideLateEvidence', { itemId: item.id, decision: v.decision, reason: v.reason.trim() }), onDone);
  return (
    <Modal open title={`${e('ev.decideLate')}：${pick(item.label)} ${item.name}`} onCancel={onClose} onOk={save} confirmLoading={saving} width={560} destroyOnHidden>
      <Alert type="info" showIcon title={e('ev.lateHint')} style={{ marginBottom: 12 }} />
      <p>
        {e('ev.lateReason')}：{item.lateReason}
      </p>
      <Form form={form} layout="vertical" data-testid="late-form" initialValues={{ decision: 'admit' }}>
        <Form.Item name="decision">
          <Radio.Group options={(['admit', 'admitWithAdmonition', 'exclude'] as const).map((v) => ({ value: v, label: e(`ev.late.${v}`) }))} />
        </Form.Item>
        <Form.Item name="reason" label={e('ev.decisionReason')} rules={[{ required: true, whitespace: true, message: e('ev.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ExtensionApplyModal({ detail, onClose, onDone }: ModalProps) {
  const e = useEvidenceText();
  const { form, save, saving } = useEvidenceForm((v) => fireEvidenceEvent(detail, 'applyEvidenceExtension', { partyId: v.partyId, days: v.days, reason: v.reason.trim() }), onDone);
  const parties = detail.parties.filter((p) => detail.myPartyIds.includes(p.id));
  return (
    <Modal open title={e('ev.applyExtension')} onCancel={onClose} onOk={save} confirmLoading={saving} width={520} destroyOnHidden>
      <Alert type="info" showIcon title={e('ev.extensionHint')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" data-testid="extension-form" initialValues={{ partyId: parties[0]?.id, days: 15 }}>
        <Form.Item name="partyId" label={e('ev.asParty')} hidden={parties.length < 2} rules={[{ required: true, message: e('ev.required') }]}>
          <Select options={parties.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="days" label={e('ev.days')} rules={[{ required: true, message: e('ev.required') }]}>
          <InputNumber min={1} max={90} />
        </Form.Item>
        <Form.Item name="reason" label={e('ev.extensionReason')} rules={[{ required: true, whitespace: true, message: e('ev.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ExtensionDecisionModal({ detail, request, onClose, onDone }: ModalProps & { request: { id: number; requestedDays: number; partyName: string; reason: string } }) {
  const e = useEvidenceText();
  const { form, save, saving } = useEvidenceForm(
    (v) => fireEvidenceEvent(detail, 'decideEvidenceExtension', { requestId: request.id, granted: v.granted, ...(v.granted ? { days: v.days } : {}), reason: v.reason.trim() }),
    onDone,
  );
  return (
    <Modal open title={e('ev.decide')} onCancel={onClose} onOk={save} confirmLoading={saving} width={520} destroyOnHidden>
      <p>{e('ev.ext.line', { party: request.partyName, days: request.requestedDays, reason: request.reason })}</p>
      <Form form={form} layout="vertical" data-testid="extension-decision-form" initialValues={{ granted: true, days: request.requestedDays }}>
        <Form.Item name="granted">
          <Radio.Group optionType="button" options={[{ value: true, label: e('ev.grant') }, { value: false, label: e('ev.refuse') }]} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.granted !== b.granted}>
          {() =>
            form.getFieldValue('granted') && (
              <Form.Item name="days" label={e('ev.days')} rules={[{ required: true, message: e('ev.required') }]}>
                <InputNumber min={1} max={90} />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="reason" label={e('ev.decisionReason')} rules={[{ required: true, whitespace: true, message: e('ev.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
