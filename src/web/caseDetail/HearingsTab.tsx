// 庭审: hearings in court time (Asia/Shanghai), with room, mode (and the online link), clerk and status; each opens
// its transcript (庭审笔录) and, for the trial team, takes the recording.
import { App, Button, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../contracts/cases';
import { api } from '../api/client';
import { useAction } from '../api/useAction';
import type { Hearing } from '../api/types';
import { formatInstantRange } from '../format/dates';
import { TranscriptDrawer } from '../hearings/TranscriptDrawer';
import { useI18n } from '../i18n/i18n';
import { HEARING_STATUS } from '../i18n/vocabulary';
import { SectionTable } from '../lists/SectionTable';

const MODE_COLOR: Record<string, string> = { inPerson: 'default', online: 'blue', hybrid: 'purple' };

export function HearingsTab({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const { run } = useAction();
  const { message } = App.useApp();
  const [open, setOpen] = useState<number | null>(null);
  const recorder = detail.myRoles.some((r) => r === 'judge' || r === 'judgeAssistant' || r === 'courtClerk');
  const upload = (h: Hearing, file: File) => {
    const form = new FormData();
    form.append('file', file);
    void run(() => api.upload(`/hearings/${h.id}/recording`, form)).then((ok) => ok && message.success(t('hearing.recordingUploaded')));
    return false;
  };
  return (
    <>
      <SectionTable<Hearing>
        rowKey="id"
        data-testid="hearing-list"
        size="small"
        pagination={false}
        dataSource={detail.hearings}
        columns={[
          { title: t('hearing.time'), key: 'time', width: 210, render: (_, h) => formatInstantRange(h.startsAt, h.endsAt) },
          { title: t('hearing.room'), dataIndex: 'roomName', width: 110 },
          {
            title: t('hearing.mode'),
            key: 'mode',
            width: 200,
            render: (_, h) => (
              <Space orientation="vertical" size={0}>
                <Tag color={MODE_COLOR[h.mode]}>{t(`hearing.mode.${h.mode as 'inPerson' | 'online' | 'hybrid'}`)}</Tag>
                {h.meetingLink && (
                  <Typography.Link href={h.meetingLink} target="_blank" rel="noreferrer" data-testid="hearing-meeting-link" style={{ wordBreak: 'break-all' }}>
                    {t('hearing.meetingLink')}
                  </Typography.Link>
                )}
              </Space>
            ),
          },
          { title: t('hearing.clerk'), dataIndex: 'clerkName', width: 110, render: (v: string | null) => v || '—' },
          {
            title: t('hearing.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: string) => {
              const st = HEARING_STATUS[s];
              return st ? <Tag color={st.color}>{t(st.key)}</Tag> : <Tag>{s}</Tag>;
            },
          },
          { title: t('hearing.summary'), dataIndex: 'summary', render: (v: string | null) => v || '—' },
          {
            title: '',
            key: 'actions',
            width: 200,
            render: (_, h) =>
              h.status === 'postponed' ? null : (
                <Space wrap>
                  <Button size="small" onClick={() => setOpen(h.id)} data-testid="hearing-transcript">
                    {t('hearing.transcript')}
                  </Button>
                  {recorder && (
                    <Upload accept="audio/*,video/*" showUploadList={false} beforeUpload={(file) => upload(h, file)}>
                      <Button size="small">{t('hearing.uploadRecording')}</Button>
                    </Upload>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {open !== null && <TranscriptDrawer hearingId={open} onClose={() => setOpen(null)} />}
    </>
  );
}
