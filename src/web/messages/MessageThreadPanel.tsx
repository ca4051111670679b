// 消息: a case's message thread (src/domain/messages/threadKinds.ts) — the messages oldest first with their files,
// 已读/未读 on one's own messages, and a box to write with files. Opening it marks the shown messages read. Built
// to read on a phone: no table, wrapped lines.
import { PaperClipOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, List, Pagination, Space, Tag, Typography, Upload, type UploadFile } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { Attachment } from '../../contracts/cases';
import type { MessageThread, ThreadMessage } from '../../contracts/messages';
import type { MessageThreadKindName } from '../../domain/messages/threadKinds';
import { MESSAGE_MAX_ATTACHMENTS, MESSAGE_MAX_LENGTH } from '../../domain/messages/threadKinds';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { ACCEPT, materialUploadRequest } from '../filing/MaterialsUpload';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';

const PAGE_SIZE = 50;

export function MessageThreadPanel({ caseId, thread }: { caseId: number; thread: MessageThreadKindName }) {
  const { t } = useI18n();
  // null: not yet known — the first load tells the total, then the last page (the newest messages) is shown.
  const [page, setPage] = useState<number | null>(null);
  const path = `/cases/${caseId}/messages?thread=${thread}&page=${page ?? 1}&pageSize=${PAGE_SIZE}`;
  // Quiet: who may see the case but is not in the thread (403) simply sees no panel.
  const list = useApiGet<MessageThread>(path, { quiet: true, keepPreviousData: true });
  const d = list.data;

  // Adjusted while rendering (not in an effect): the first answer names the last page, which is then loaded.
  if (d && page === null) setPage(Math.max(1, Math.ceil(d.total / PAGE_SIZE)));

  // The shown messages are read once they are on screen (a participant's receipt; readers leave none).
  const last = d?.items.at(-1);
  const reload = list.reload;
  const markedUpTo = useRef(0);
  useEffect(() => {
    if (!d?.isParticipant || !last || d.unreadCount === 0 || last.id <= markedUpTo.current) return;
    markedUpTo.current = last.id;
    void api.post(`/cases/${caseId}/messages/read`, { thread, upToMessageId: last.id }).then(reload, () => undefined);
  }, [d, last, caseId, thread, reload]);

  if (!d) return null;
  return (
    <div data-testid="message-thread" style={{ marginTop: 16 }}>
      <Typography.Title level={5}>
        <Space>
          {t('thread.title')}
          {d.unreadCount ? <Tag color="red">{t('thread.unread', { n: d.unreadCount })}</Tag> : null}
        </Space>
      </Typography.Title>
      {d.total > PAGE_SIZE && <Pagination size="small" simple current={page ?? 1} pageSize={PAGE_SIZE} total={d.total} onChange={setPage} style={{ marginBottom: 8 }} />}
      <List size="small" bordered locale={{ emptyText: t('thread.empty') }} dataSource={d.items} renderItem={(m) => <MessageItem message={m} />} />
      {!d.isOpen && <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('thread.closed')} />}
      {d.isOpen && !d.isParticipant && <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('thread.readOnly')} />}
      {d.isOpen && d.isParticipant && (
        <Composer
          caseId={caseId}
          thread={thread}
          onSent={() => {
            setPage(null);
            reload();
          }}
        />
      )}
    </div>
  );
}

function MessageItem({ message: m }: { message: ThreadMessage }) {
  const { t, pick } = useI18n();
  const who = m.isMine ? t('thread.me') : m.author.displayName;
  const side = m.author.side && m.author.side !== m.author.displayName ? `（${m.author.side}）` : '';
  return (
    <List.Item data-testid="message-item" style={{ display: 'block' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline' }}>
        <Typography.Text strong>
          {who}
          {side}
        </Typography.Text>
        <Tag>{pick(m.author.roleLabel)}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatInstant(m.createdAt)}
        </Typography.Text>
      </div>
      {m.body && <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.body}</Typography.Paragraph>}
      {m.attachments.map((a) => (
        <div key={a.id}>
          <a href={`/api/v1/attachments/${a.id}/content`} target="_blank" rel="noreferrer" style={{ overflowWrap: 'anywhere' }}>
            <PaperClipOutlined /> {a.fileName}
          </a>
        </div>
      ))}
      {m.isMine && (
        <div data-testid="message-receipt" style={{ marginTop: 4 }}>
          {m.readBy.length ? <Tag color="green">{t('thread.read')}</Tag> : <Tag>{t('thread.notRead')}</Tag>}
          {m.readBy.map((r) => (
            <Typography.Text key={r.userId} type="secondary" style={{ fontSize: 12, marginInlineEnd: 8 }}>
              {t('thread.readBy', { name: r.displayName, at: formatInstant(r.readAt) })}
            </Typography.Text>
          ))}
        </div>
      )}
    </List.Item>
  );
}

function Composer({ caseId, thread, onSent }: { caseId: number; thread: MessageThreadKindName; onSent: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { busy, run } = useAction();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<UploadFile<Attachment>[]>([]);

  const send = async () => {
    if (files.some((f) => f.status === 'uploading')) return void message.warning(t('thread.uploading'));
    const attachmentIds = files.flatMap((f) => (f.status === 'done' && f.response ? [f.response.id] : []));
    if (!body.trim() && !attachmentIds.length) return void message.warning(t('thread.emptyMessage'));
    const ok = await run(() => api.post(`/cases/${caseId}/messages`, { thread, body, attachmentIds }));
    if (!ok) return;
    setBody('');
    setFiles([]);
    onSent();
  };

  return (
    <div style={{ marginTop: 8 }}>
      <Input.TextArea
        data-testid="message-input"
        aria-label={t('thread.title')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        placeholder={t('thread.placeholder')}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={MESSAGE_MAX_LENGTH}
        showCount
      />
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 8, marginTop: 8 }}>
        <Upload<Attachment>
          accept={ACCEPT}
          multiple
          maxCount={MESSAGE_MAX_ATTACHMENTS}
          fileList={files}
          onChange={(e) => setFiles(e.fileList)}
          customRequest={materialUploadRequest('other', (m) => message.error(m))}
        >
          <Button icon={<PaperClipOutlined />}>{t('thread.attach')}</Button>
        </Upload>
        <Button type="primary" icon={<SendOutlined />} loading={busy} onClick={() => void send()} data-testid="message-send">
          {t('thread.send')}
        </Button>
      </div>
    </div>
  );
}
