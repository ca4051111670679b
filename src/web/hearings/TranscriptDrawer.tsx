// 庭审笔录 in a drawer: the trial team edits the sections and saves drafts (the version it read, so a concurrent edit
// is refused), then finalises; each party (or its lawyer) and the clerk read the final text and sign it, or ask for a
// correction, which the clerk makes (a new revision, signatures restart) or declines; the judge may close signing
// with a note. Usable at 390 px: one column, full-width drawer on a narrow screen.
import { Alert, App, Button, Descriptions, Drawer, Empty, Input, List, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Transcript } from '../../contracts/hearings';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useNarrowScreen } from '../layout/useNarrowScreen';

type Section = Transcript['sections'][number];
const STATUS_COLOR: Record<Transcript['status'], string> = { none: 'default', draft: 'gold', finalised: 'blue', filed: 'green' };

export function TranscriptDrawer({ hearingId, onClose }: { hearingId: number; onClose(): void }) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const narrow = useNarrowScreen();
  const path = `/hearings/${hearingId}/transcript`;
  // Not written or not final yet is a 404 for a party: said in the drawer, not as an error toast.
  const res = useApiGet<Transcript>(path, { quiet: true });
  const { busy, run } = useAction();
  // The text being edited, for the record as last read (a save, a finalisation or a correction reads it afresh).
  const [edits, setEdits] = useState<{ key: string; sections: Section[] } | null>(null);
  const [objection, setObjection] = useState('');
  const [resolution, setResolution] = useState('');
  const [note, setNote] = useState('');
  const tr = res.data;
  const key = tr ? `${tr.status}:${tr.version}:${tr.revision}` : '';
  const sections = edits && edits.key === key ? edits.sections : (tr?.sections ?? []);
  const setSections = (next: Section[]) => setEdits({ key, sections: next });

  const act = (f: () => Promise<Transcript>) => run(async () => res.setData(await f()));
  const editable = !!tr && (tr.mayEdit || (tr.mayResolve && tr.objections.some((o) => o.status === 'open')));
  const partyName = (id: number) => tr?.parties.find((p) => p.id === id)?.name ?? String(id);

  return (
    <Drawer open onClose={onClose} title={t('transcript.title')} size={narrow ? '100%' : 720} data-testid="transcript-drawer">
      {res.error ? (
        <Empty description={res.error.message} />
      ) : !tr ? (
        <Spin />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }} size="middle">
          <Space wrap>
            <Tag color={STATUS_COLOR[tr.status]} data-testid="transcript-status">
              {t(`transcript.status.${tr.status}`)}
            </Tag>
            {tr.sha256 && (
              <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                {t('transcript.hash', { revision: tr.revision })}: {tr.sha256}
              </Typography.Text>
            )}
          </Space>
          {sections.map((s, i) => (
            <div key={s.key}>
              <Typography.Text strong>{s.title}</Typography.Text>
              {editable ? (
                <Input.TextArea
                  autoSize={{ minRows: 3, maxRows: 16 }}
                  value={s.text}
                  maxLength={50000}
                  onChange={(e) => setSections(sections.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
                  data-testid={`transcript-section-${s.key}`}
                />
              ) : (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{s.text || '—'}</Typography.Paragraph>
              )}
            </div>
          ))}
          {tr.mayEdit && (
            <Space wrap>
              <Button loading={busy} onClick={() => act(() => api.put<Transcript>(path, { sections, expectedVersion: tr.version }))} data-testid="transcript-save">
                {t('transcript.save')}
              </Button>
              <Button
                type="primary"
                disabled={tr.status !== 'draft'}
                onClick={() => modal.confirm({ title: t('transcript.finalise'), content: t('transcript.finaliseConfirm'), onOk: () => act(() => api.post<Transcript>(`${path}/finalise`, { expectedVersion: tr.version })) })}
                data-testid="transcript-finalise"
              >
                {t('transcript.finalise')}
              </Button>
            </Space>
          )}
          {tr.status !== 'none' && tr.status !== 'draft' && (
            <Descriptions size="small" column={1} bordered title={t('transcript.signatures')}>
              {tr.parties.map((p) => {
                const s = tr.signatures.find((x) => x.partyId === p.id);
                return (
                  <Descriptions.Item key={p.id} label={p.name}>
                    {s ? t('transcript.signed', { signer: s.signerName, at: formatInstant(s.signedAt) }) : t('transcript.unsigned')}
                  </Descriptions.Item>
                );
              })}
              <Descriptions.Item label={t('transcript.court')}>
                {(() => {
                  const s = tr.signatures.find((x) => x.partyId === null);
                  return s ? t('transcript.signed', { signer: s.signerName, at: formatInstant(s.signedAt) }) : t('transcript.unsigned');
                })()}
              </Descriptions.Item>
            </Descriptions>
          )}
          {tr.status === 'finalised' && (tr.maySignFor.length > 0 || tr.maySignForCourt) && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text>{t('transcript.signConfirm')}</Typography.Text>
              <Space wrap>
                {tr.maySignFor.map((id) => (
                  <Button key={id} type="primary" loading={busy} onClick={() => act(() => api.post<Transcript>(`${path}/signatures`, { sha256: tr.sha256, partyId: id }))} data-testid="transcript-sign">
                    {t('transcript.signFor', { party: partyName(id) })}
                  </Button>
                ))}
                {tr.maySignForCourt && (
                  <Button type="primary" loading={busy} onClick={() => act(() => api.post<Transcript>(`${path}/signatures`, { sha256: tr.sha256 }))} data-testid="transcript-sign-court">
                    {t('transcript.signCourt')}
                  </Button>
                )}
              </Space>
            </Space>
          )}
          {tr.status === 'finalised' && tr.maySignFor.length > 0 && (
            <Space.Compact style={{ width: '100%' }}>
              <Input placeholder={t('transcript.objectionText')} value={objection} maxLength={4000} onChange={(e) => setObjection(e.target.value)} data-testid="transcript-objection" />
              <Button disabled={!objection.trim()} loading={busy} onClick={() => act(() => api.post<Transcript>(`${path}/objections`, { text: objection.trim(), partyId: tr.maySignFor[0] })).then(() => setObjection(''))}>
                {t('transcript.object')}
              </Button>
            </Space.Compact>
          )}
          {tr.objections.length > 0 && (
            <List
              size="small"
              header={t('transcript.objections')}
              dataSource={tr.objections}
              renderItem={(o) => (
                <List.Item>
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <Typography.Text>
                      {o.partyName ?? o.raisedBy}：{o.text} <Tag>{o.status}</Tag>
                    </Typography.Text>
                    {o.resolution && <Typography.Text type="secondary">{o.resolution}</Typography.Text>}
                    {o.status === 'open' && tr.mayResolve && (
                      <>
                        <Alert type="info" showIcon title={t('transcript.correctHint')} />
                        <Input placeholder={t('transcript.resolution')} value={resolution} maxLength={2000} onChange={(e) => setResolution(e.target.value)} />
                        <Space wrap>
                          <Button disabled={!resolution.trim()} onClick={() => act(() => api.post<Transcript>(`${path}/objections/${o.id}/resolve`, { decision: 'correct', resolution: resolution.trim(), sections }))}>
                            {t('transcript.correct')}
                          </Button>
                          <Button disabled={!resolution.trim()} onClick={() => act(() => api.post<Transcript>(`${path}/objections/${o.id}/resolve`, { decision: 'decline', resolution: resolution.trim() }))}>
                            {t('transcript.decline')}
                          </Button>
                        </Space>
                      </>
                    )}
                  </Space>
                </List.Item>
              )}
            />
          )}
          {tr.mayCloseSigning && (
            <Space.Compact style={{ width: '100%' }}>
              <Input placeholder={t('transcript.closingNote')} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
              <Button danger disabled={!note.trim()} loading={busy} onClick={() => act(() => api.post<Transcript>(`${path}/close-signing`, { note: note.trim() }))}>
                {t('transcript.closeSigning')}
              </Button>
            </Space.Compact>
          )}
          {tr.filedAttachmentId !== null && (
            <Alert
              type="success"
              showIcon
              title={t('transcript.filed')}
              description={
                <a href={`/api/v1/attachments/${tr.filedAttachmentId}/content`} target="_blank" rel="noreferrer">
                  {t('transcript.openFile')}
                </a>
              }
            />
          )}
        </Space>
      )}
    </Drawer>
  );
}
