// 材料: the dossier's files, each opened from the server in a new tab, with its SHA-256 for checking integrity.
import { FileOutlined } from '@ant-design/icons';
import { Table, Tooltip, Typography } from 'antd';
import type { Attachment } from '../../contracts/cases';
import { formatInstant } from '../format/dates';
import { formatFileSize, shortHash } from '../format/sizes';
import { useI18n } from '../i18n/i18n';
import { ATTACHMENT_CATEGORY_KEYS } from '../i18n/vocabulary';

export function AttachmentsTab({ attachments }: { attachments: Attachment[] }) {
  const { t } = useI18n();
  return (
    <Table<Attachment>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={attachments}
      scroll={{ x: 800 }}
      columns={[
        {
          title: t('attachment.fileName'),
          dataIndex: 'fileName',
          render: (name: string, a) => (
            <a href={`/api/v1/attachments/${a.id}/content`} target="_blank" rel="noreferrer">
              <FileOutlined /> {name}
            </a>
          ),
        },
        { title: t('attachment.category'), dataIndex: 'category', width: 110, render: (c: string) => (ATTACHMENT_CATEGORY_KEYS[c] ? t(ATTACHMENT_CATEGORY_KEYS[c]) : c) },
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
