// 证据: on case types that exchange evidence (民初, 民终) the evidence module's panel (exchange, 质证, 认证); elsewhere
// every evidence list the parties filed (submitEvidence on the timeline), item by item, with its files and whether it
// came after the 举证期限 (CPL-2023 art 68).
import { FileOutlined } from '@ant-design/icons';
import { Empty, Tag } from 'antd';
import type { Attachment, CaseDetail, TimelineEntry } from '../../contracts/cases';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { SectionTable } from '../lists/SectionTable';
import { evidenceRows, type EvidenceRow } from './evidenceRows';

/** Case types whose evidence is exchanged and cross-examined (domain/casetypes/evidenceExchangeEvents.ts). */
const EXCHANGE_CASE_TYPES = ['民初', '民终'];

export function EvidenceTab({ detail, entries, attachments, onChanged }: { detail: CaseDetail; entries: readonly TimelineEntry[] | undefined; attachments: readonly Attachment[]; onChanged(): void }) {
  if (EXCHANGE_CASE_TYPES.includes(detail.caseType)) return <EvidencePanel detail={detail} attachments={attachments} onChanged={onChanged} />;
  return <EvidenceLists entries={entries} attachments={attachments} />;
}

function EvidenceLists({ entries, attachments }: { entries: readonly TimelineEntry[] | undefined; attachments: readonly Attachment[] }) {
  const { t } = useI18n();
  const rows = evidenceRows(entries ?? []);
  if (!rows.length) return <Empty description={t('evidence.none')} />;
  const fileName = new Map(attachments.map((a) => [a.id, a.fileName]));
  return (
    <SectionTable<EvidenceRow>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 900 }}
      data-testid="evidence-list"
      columns={[
        { title: t('evidence.party'), dataIndex: 'party', width: 110 },
        { title: t('evidence.name'), dataIndex: 'name', width: 180 },
        { title: t('evidence.source'), dataIndex: 'source', width: 140 },
        { title: t('evidence.purpose'), dataIndex: 'purpose' },
        { title: t('evidence.pages'), dataIndex: 'pages', width: 70 },
        {
          title: t('evidence.files'),
          key: 'files',
          width: 180,
          render: (_, r) =>
            r.attachmentIds.map((id) => (
              <div key={id}>
                <a href={`/api/v1/attachments/${id}/content`} target="_blank" rel="noreferrer">
                  <FileOutlined /> {fileName.get(id) ?? `#${id}`}
                </a>
              </div>
            )),
        },
        { title: t('evidence.submittedAt'), key: 'at', width: 170, render: (_, r) => (
          <>
            {formatInstant(r.at)}
            {r.isLate && <Tag color="warning" style={{ marginInlineStart: 4 }}>{t('evidence.late')}</Tag>}
          </>
        ) },
      ]}
    />
  );
}
