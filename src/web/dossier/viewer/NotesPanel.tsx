// The reader's own notes and bookmarks on this case's dossier (private: nobody else sees them, they are not part of
// the dossier): bookmark the page or note on it, jump to any of them, change or delete them.
import { BookFilled, BookOutlined, DeleteOutlined, EditOutlined, FormOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { DossierItem } from '../../../contracts/dossier';
import { DOSSIER_NOTE_MAX_LENGTH, type DossierNote } from '../../../contracts/dossierViewer';
import { api } from '../../api/client';
import { useAction } from '../../api/useAction';
import type { ViewerText } from './viewerMessages';

interface Props {
  caseId: number;
  notes: DossierNote[];
  items: Map<number, DossierItem>;
  openItem: DossierItem | null;
  page: number;
  t: ViewerText;
  onChanged(): void;
  onGo(item: DossierItem, page: number): void;
}

export function NotesPanel({ caseId, notes, items, openItem, page, t, onChanged, onGo }: Props) {
  const { message } = App.useApp();
  const action = useAction();
  const [editing, setEditing] = useState<{ note: DossierNote | null; text: string } | null>(null);
  const bookmark = openItem ? notes.find((n) => n.kind === 'bookmark' && n.attachmentId === openItem.id && n.page === page) : undefined;

  const toggleBookmark = async () => {
    if (!openItem) return;
    const ok = await action.run(() => (bookmark ? api.del(`/dossier-notes/${bookmark.id}`) : api.post(`/cases/${caseId}/dossier/notes`, { attachmentId: openItem.id, page, kind: 'bookmark' })));
    if (ok) {
      message.success(bookmark ? t('viewer.deleted') : t('viewer.bookmarked'));
      onChanged();
    }
  };
  const save = async () => {
    if (!editing || !openItem) return;
    const ok = await action.run(() =>
      editing.note ? api.patch(`/dossier-notes/${editing.note.id}`, { text: editing.text }) : api.post(`/cases/${caseId}/dossier/notes`, { attachmentId: openItem.id, page, kind: 'note', text: editing.text }),
    );
    if (ok) {
      message.success(t('viewer.saved'));
      setEditing(null);
      onChanged();
    }
  };
  const remove = async (n: DossierNote) => {
    if (await action.run(() => api.del(`/dossier-notes/${n.id}`))) {
      message.success(t('viewer.deleted'));
      onChanged();
    }
  };

  return (
    <div data-testid="viewer-notes">
      <Space wrap size={6}>
        <Button size="small" data-testid="viewer-bookmark" icon={bookmark ? <BookFilled /> : <BookOutlined />} disabled={!openItem || action.busy} onClick={() => void toggleBookmark()}>
          {bookmark ? t('viewer.removeBookmark') : t('viewer.addBookmark')}
        </Button>
        <Button size="small" data-testid="viewer-add-note" icon={<FormOutlined />} disabled={!openItem} onClick={() => setEditing({ note: null, text: '' })}>
          {t('viewer.addNote')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '6px 0' }}>
        {t('viewer.notesPrivate')}
      </Typography.Paragraph>
      {notes.length === 0 && <Typography.Text type="secondary">{t('viewer.noNotes')}</Typography.Text>}
      {notes.map((n) => {
        const item = items.get(n.attachmentId);
        if (!item) return null;
        const here = openItem?.id === n.attachmentId && page === n.page;
        return (
          <div key={n.id} data-testid={`viewer-note-${n.id}`} style={{ display: 'flex', gap: 4, alignItems: 'flex-start', padding: '4px 0', borderBottom: '1px solid #f0f0f0', background: here ? '#fffbe6' : undefined }}>
            <button type="button" onClick={() => onGo(item, n.page)} style={{ flex: 1, minWidth: 0, textAlign: 'left', border: 0, background: 'transparent', cursor: 'pointer', font: 'inherit', padding: 0 }}>
              {n.kind === 'bookmark' ? <BookFilled style={{ color: '#d48806' }} aria-label={t('viewer.bookmark')} /> : <FormOutlined aria-label={t('viewer.note')} />}{' '}
              <span style={{ fontSize: 12 }}>{t('viewer.notePage', { title: item.title, page: n.page })}</span>
              {n.text && <div style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{n.text}</div>}
            </button>
            <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('viewer.edit')} onClick={() => setEditing({ note: n, text: n.text ?? '' })} />
            <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('viewer.delete')} disabled={action.busy} onClick={() => void remove(n)} />
          </div>
        );
      })}
      <Modal
        open={editing !== null}
        title={t('viewer.noteTitle', { page: editing?.note?.page ?? page })}
        confirmLoading={action.busy}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        okButtonProps={{ 'data-testid': 'viewer-note-save' } as Record<string, string>}
      >
        <Input.TextArea
          id="viewer-note-text"
          rows={4}
          maxLength={DOSSIER_NOTE_MAX_LENGTH}
          showCount
          placeholder={t('viewer.notePlaceholder')}
          value={editing?.text}
          onChange={(e) => editing && setEditing({ ...editing, text: e.target.value })}
        />
      </Modal>
    </div>
  );
}
