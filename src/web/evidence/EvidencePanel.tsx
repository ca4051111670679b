// 证据: each side's items with their status (未交换 / 已交换 / 逾期待定 / 已认证), the other sides' opinions and the
// court's finding; a party's opinion form, the judge's exchange, late-evidence and finding buttons, and the
// applications to extend the 举证期限. What a party sees is the server's decision (GET …/evidence).
import { FileOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Attachment, CaseDetail } from '../../contracts/cases';
import type { CaseEvidence, EvidenceItemView } from '../../contracts/evidenceExchange';
import { ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { SectionTable } from '../lists/SectionTable';
import { useEvidenceText } from './evidenceMessages';
import { ExtensionApplyModal, ExtensionDecisionModal, FindingModal, fireEvidenceEvent, LateDecisionModal, OpinionModal } from './EvidenceModals';

const STATUS_COLOR = { submitted: 'default', latePending: 'warning', exchanged: 'processing', excluded: 'error' } as const;

type Dialog = { kind: 'opinion' | 'finding' | 'late'; item: EvidenceItemView } | { kind: 'apply' } | { kind: 'decide'; request: CaseEvidence['extensionRequests'][number] } | null;

export function EvidencePanel({ detail, attachments, onChanged }: { detail: CaseDetail; attachments: readonly Attachment[]; onChanged(): void }) {
  const e = useEvidenceText();
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const evidence = useApiGet<CaseEvidence>(`/cases/${detail.id}/evidence`);
  const [dialog, setDialog] = useState<Dialog>(null);
  const allowed = new Set(detail.allowedEvents.map((x) => x.name));
  const data = evidence.data;
  if (!data) return evidence.loading ? null : <Empty description={t('evidence.none')} />;
  const done = () => {
    setDialog(null);
    evidence.reload();
    onChanged();
  };
  const exchange = () =>
    modal.confirm({
      title: e('ev.exchange'),
      content: e('ev.exchangeConfirm'),
      onOk: async () => {
        try {
          await fireEvidenceEvent(detail, 'exchangeEvidence', {});
          message.success(e('ev.done'));
          done();
        } catch (err) {
          message.error(err instanceof ApiError ? err.message : String(err));
        }
      },
    });
  return (
    <div data-testid="evidence-panel">
      <Space wrap style={{ marginBottom: 12 }}>
        <Tag color={data.evidencePeriod ? 'blue' : 'default'}>{data.evidencePeriod?.dueOn ? e('ev.period', { due: data.evidencePeriod.dueOn }) : e('ev.noPeriod')}</Tag>
        {allowed.has('exchangeEvidence') && data.items.some((i) => i.status === 'submitted') && (
          <Button type="primary" onClick={exchange} data-testid="evidence-exchange">
            {e('ev.exchange')}
          </Button>
        )}
        {allowed.has('applyEvidenceExtension') && (
          <Button onClick={() => setDialog({ kind: 'apply' })} data-testid="evidence-apply-extension">
            {e('ev.applyExtension')}
          </Button>
        )}
      </Space>
      {!data.isStaffOfCourt && <Alert type="info" showIcon title={e('ev.visibilityNote')} description={e('ev.crossDays', { n: data.crossExaminationDays })} style={{ marginBottom: 12 }} />}
      {data.items.length === 0 ? <Empty description={t('evidence.none')} /> : <ItemTable items={data.items} attachments={attachments} allowed={allowed} open={setDialog} />}
      <ExtensionList data={data} allowed={allowed} open={setDialog} />
      {dialog?.kind === 'opinion' && <OpinionModal detail={detail} item={dialog.item} onClose={() => setDialog(null)} onDone={done} />}
      {dialog?.kind === 'finding' && <FindingModal detail={detail} item={dialog.item} onClose={() => setDialog(null)} onDone={done} />}
      {dialog?.kind === 'late' && <LateDecisionModal detail={detail} item={dialog.item} onClose={() => setDialog(null)} onDone={done} />}
      {dialog?.kind === 'apply' && <ExtensionApplyModal detail={detail} onClose={() => setDialog(null)} onDone={done} />}
      {dialog?.kind === 'decide' && <ExtensionDecisionModal detail={detail} request={dialog.request} onClose={() => setDialog(null)} onDone={done} />}
    </div>
  );
}

function ItemTable({ items, attachments, allowed, open }: { items: EvidenceItemView[]; attachments: readonly Attachment[]; allowed: Set<string>; open(d: Dialog): void }) {
  const e = useEvidenceText();
  const { pick } = useI18n();
  const fileName = new Map(attachments.map((a) => [a.id, a.fileName]));
  return (
    <SectionTable<EvidenceItemView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      scroll={{ x: 900 }}
      data-testid="evidence-list"
      expandable={{ expandedRowRender: (i) => <ItemDetails item={i} />, rowExpandable: () => true }}
      columns={[
        // One list for every side the reader may see: the number names the side (原告证据1), the party who filed it follows.
        { title: e('ev.label'), key: 'label', width: 130, render: (_, i) => `${pick(i.label)}（${i.partyName}）` },
        { title: e('ev.status'), key: 'status', width: 120, render: (_, i) => <Tag color={i.finding ? 'success' : STATUS_COLOR[i.status]}>{i.finding ? e('ev.status.found') : e(`ev.status.${i.status}`)}</Tag> },
        { title: pick({ 'zh-CN': '证据名称', en: 'Evidence' }), dataIndex: 'name', width: 160 },
        { title: pick({ 'zh-CN': '证明目的', en: 'Purpose of proof' }), dataIndex: 'purpose' },
        { title: pick({ 'zh-CN': '页数', en: 'Pages' }), dataIndex: 'pages', width: 60 },
        {
          title: pick({ 'zh-CN': '文件', en: 'Files' }),
          key: 'files',
          width: 160,
          render: (_, i) =>
            i.attachmentIds.map((id) => (
              <div key={id}>
                <a href={`/api/v1/attachments/${id}/content`} target="_blank" rel="noreferrer">
                  <FileOutlined /> {fileName.get(id) ?? `#${id}`}
                </a>
              </div>
            )),
        },
        {
          title: e('ev.actions'),
          key: 'actions',
          width: 150,
          render: (_, i) => (
            <Space wrap size={4}>
              {i.opinionPartyIds.length > 0 && (
                <Button size="small" type="primary" onClick={() => open({ kind: 'opinion', item: i })} data-testid={`evidence-opinion-${i.id}`}>
                  {i.opinions.some((o) => i.opinionPartyIds.includes(o.partyId)) ? e('ev.editOpinion') : e('ev.giveOpinion')}
                </Button>
              )}
              {i.status === 'latePending' && allowed.has('decideLateEvidence') && (
                <Button size="small" onClick={() => open({ kind: 'late', item: i })} data-testid={`evidence-late-${i.id}`}>
                  {e('ev.decideLate')}
                </Button>
              )}
              {i.status === 'exchanged' && allowed.has('recordEvidenceFinding') && (
                <Button size="small" onClick={() => open({ kind: 'finding', item: i })} data-testid={`evidence-finding-${i.id}`}>
                  {e('ev.recordFinding')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

function ItemDetails({ item }: { item: EvidenceItemView }) {
  const e = useEvidenceText();
  const { pick } = useI18n();
  const view = (o: { view: 'accept' | 'reject' | 'partlyAccept'; reason: string | null }) => `${e(`ev.view.${o.view}`)}${o.reason ? `（${o.reason}）` : ''}`;
  const yes = (b: boolean) => (b ? e('ev.established') : e('ev.notEstablished'));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`evidence-details-${item.id}`}>
      <Typography.Text type="secondary">
        {pick({ 'zh-CN': '来源', en: 'Source' })}：{item.source} · {item.partyName} · {formatInstant(item.submittedAt)}
        {item.opinionDueOn ? ` · ${e('ev.opinionDue', { due: item.opinionDueOn })}` : ''}
      </Typography.Text>
      {item.isLate && (
        <Typography.Text>
          {e('ev.lateReason')}：{item.lateReason}
          {item.lateDecision && ` → ${e(`ev.late.${item.lateDecision.decision}`)}（${item.lateDecision.reason}）`}
        </Typography.Text>
      )}
      {item.opinions.map((o) => (
        <Descriptions key={o.partyId} size="small" column={1} bordered title={`${e('ev.opinions')}：${o.partyName}`}>
          <Descriptions.Item label={e('ev.authenticity')}>{view(o.authenticity)}</Descriptions.Item>
          <Descriptions.Item label={e('ev.legality')}>{view(o.legality)}</Descriptions.Item>
          <Descriptions.Item label={e('ev.relevance')}>{view(o.relevance)}</Descriptions.Item>
          <Descriptions.Item label={e('ev.purposeOpinion')}>{o.purposeOpinion}</Descriptions.Item>
        </Descriptions>
      ))}
      {item.finding && (
        <Descriptions size="small" column={1} bordered title={`${e('ev.finding')}：${e(`ev.verdict.${item.finding.verdict}`)}`}>
          <Descriptions.Item label={e('ev.authenticity')}>{yes(item.finding.authenticity)}</Descriptions.Item>
          <Descriptions.Item label={e('ev.legality')}>{yes(item.finding.legality)}</Descriptions.Item>
          <Descriptions.Item label={e('ev.relevance')}>{yes(item.finding.relevance)}</Descriptions.Item>
          <Descriptions.Item label={e('ev.reasoning')}>{item.finding.reasoning}</Descriptions.Item>
        </Descriptions>
      )}
    </Space>
  );
}

function ExtensionList({ data, allowed, open }: { data: CaseEvidence; allowed: Set<string>; open(d: Dialog): void }) {
  const e = useEvidenceText();
  if (!data.extensionRequests.length) return null;
  return (
    <List
      size="small"
      header={<Typography.Text strong>{e('ev.extensions')}</Typography.Text>}
      dataSource={data.extensionRequests}
      data-testid="evidence-extensions"
      renderItem={(r) => (
        <List.Item
          actions={r.status === 'pending' && allowed.has('decideEvidenceExtension') ? [<Button key="d" size="small" onClick={() => open({ kind: 'decide', request: r })} data-testid={`evidence-extension-decide-${r.id}`}>{e('ev.decide')}</Button>] : []}
        >
          <Space direction="vertical" size={0}>
            <span>{e('ev.ext.line', { party: r.partyName, days: r.requestedDays, reason: r.reason })}</span>
            <Typography.Text type="secondary">
              {r.status === 'granted' ? e('ev.ext.granted', { due: r.newDueOn ?? '' }) : e(`ev.ext.${r.status}`)}
              {r.decisionReason ? `（${r.decisionReason}）` : ''}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
