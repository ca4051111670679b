// 归档: whether the case is archived and, for the court's staff, its archive package — build it (again) on a closed
// or archived case, follow the job, download the ZIP that `courtflow verify` checks offline.
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { ArchiveStatus, ExportStarted } from '../../contracts/dossierExport';
import { api, download } from '../api/client';
import { useAction } from '../api/useAction';
import { useApiGet } from '../api/useApiGet';
import { JobProgress } from '../jobs/JobProgress';
import { isFinished, useJob } from '../jobs/useJob';
import { useExportText } from './exportMessages';

export function ArchivePanel({ caseId }: { caseId: number }) {
  const t = useExportText();
  const action = useAction();
  const status = useApiGet<ArchiveStatus>(`/cases/${caseId}/archive`);
  const [jobId, setJobId] = useState<number | null>(null);
  const latest = status.data?.latest ?? null;
  const following = jobId ?? (latest && (latest.status === 'queued' || latest.status === 'running') ? latest.job.id : null);
  const { job } = useJob(following);
  const { reload } = status;
  useEffect(() => {
    if (isFinished(job)) reload();
  }, [job, reload]);
  const s = status.data;
  if (!s || (!s.archivedOn && !s.canBuild && !latest)) return null;
  const build = () => void action.run(async () => setJobId((await api.post<ExportStarted>(`/cases/${caseId}/archive`)).jobId));
  return (
    <Card size="small" title={<><InboxOutlined /> {t('archive.title')}</>} style={{ marginBottom: 12 }} data-testid="dossier-archive">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text data-testid="dossier-archive-status">{s.archivedOn ? t('archive.archivedOn', { date: s.archivedOn }) : t('archive.notArchived')}</Typography.Text>
        {job && !isFinished(job) && <JobProgress job={job} unit={t('archive.steps')} />}
        {latest?.status === 'failed' && latest.job.error && <Typography.Text type="danger">{latest.job.error.message}</Typography.Text>}
        <Space wrap>
          {s.canBuild && (
            <Button icon={<InboxOutlined />} loading={action.busy || (job !== null && !isFinished(job))} onClick={build}>
              {t(latest ? 'archive.rebuild' : 'archive.build')}
            </Button>
          )}
          {latest?.contentUrl && (
            <Button icon={<DownloadOutlined />} onClick={() => void action.run(() => download(latest.contentUrl!.slice('/api/v1'.length), latest.fileName))}>
              {t('archive.download')}
            </Button>
          )}
        </Space>
        {latest?.sha256 && <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>SHA-256 {latest.sha256}</Typography.Text>}
        {(s.canBuild || latest) && <Typography.Text type="secondary">{t('archive.hint')}</Typography.Text>}
      </Space>
    </Card>
  );
}
