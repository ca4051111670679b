// 材料: the dossier's files, each opened from the server in a new tab, with its SHA-256 for checking integrity.
import { FileOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import type { Attachment } from '../../contracts/cases';
import { formatInstant } from '../format/dates';
import { formatFileSize, shortHash } from '../format/sizes';
import { DOCUMENT_TITLES, type DocumentKind } from '../../domain/documents/templates';
import { documentLabel } from '../../domain/service/serviceLabels';
import { useI18n } from '../i18n/i18n';
import { ATTACHMENT_CATEGORY_KEYS } from '../i18n/vocabulary';
import { SectionTable } from '../lists/SectionTable';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const COURT_DOCUMENTS = new Set(['judgment', 'ruling', 'mediationAgreement']);
const isGenerated = (category: string) => Object.hasOwn(DOCUMENT_TITLES, category);

export function AttachmentsTab({ attachments }: { attachments: Attachment[] }) {
  const { t, pick } = useI18n();
  const categoryLabel = (c: string) => {
    if (ATTACHMENT_CATEGORY_KEYS[c]) return t(ATTACHMENT_CATEGORY_KEYS[c]);
    if (isGenerated(c)) return pick(DOCUMENT_TITLES[c as DocumentKind]);
    return COURT_DOCUMENTS.has(c) ? pick(documentLabel(c)) : c;
  };
  return (
    <SectionTable<Attachment>
      rowKey="id"
      data-testid="attachment-list"
      size="small"
      pagination={false}
      dataSource={attachments}
      scroll={{ x: 800 }}
      columns={[
        {
          title: t('attachment.fileName'),
          dataIndex: 'fileName',
          render: (name: string, a) => (
            <>
              <a href={`/api/v1/attachments/${a.id}/content`} target="_blank" rel="noreferrer">
                <FileOutlined /> {name}
              </a>
              {a.mimeType === DOCX && isGenerated(a.category) && (
                <a href={`/api/v1/attachments/${a.id}/pdf`} target="_blank" rel="noreferrer" style={{ marginInlineStart: 8 }}>
                  PDF
                </a>
              )}
            </>
          ),
        },
        { title: t('attachment.category'), dataIndex: 'category', width: 110, render: categoryLabel },
        { title: t('attachment.size'), dataIndex: 'sizeBytes', width: 100, align: 'right', render: formatFileSize },
        { title: t('attachment.uploadedBy'), dataIndex: 'uploadedBy', width: 120 },
        { title: t('attachment.uploadedAt'), dataIndex: 'uploadedAt', width: 150, render: (v: string) => formatInstant(v) },
        {
          title: 'SHA-256',
          dataIndex: 'sha256',
          width: 140,
          render: (v: string) => (
            <Tooltip title={v}>
              <Typography.Text code copyable={{ text: v }}>
                {shortHash(v)}
              </Typography.Text>
            </Tooltip>
          ),
        },
        {
          title: t('verify.receipt'),
          key: 'receipt',
          width: 100,
          render: (_, a) => (
            <a href={`/api/v1/attachments/${a.id}/receipt`} download data-testid="attachment-receipt">
              {t('verify.receipt')}
            </a>
          ),
        },
      ]}
    />
  );
}
