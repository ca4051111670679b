// 导出整卷: starts the export of one volume as one PDF (a background job on the server), shows its progress and
// downloads the PDF when it is done. Self-contained — give it the case and the volume — so any toolbar can hold it.
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { DossierExport, ExportStarted } from '../../contracts/dossierExport';
import { api, download } from '../api/client';
import { useAction } from '../api/useAction';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/useJob';
import { useExportText } from './exportMessages';

const API = '/api/v1';

export function ExportDossierButton({ caseId, volume }: { caseId: number; volume: 'primary' | 'secondary' }) {
  const t = useExportText();
  const action = useAction();
  const [started, setStarted] = useState<ExportStarted | null>(null);
  const [ready, setReady] = useState<DossierExport | null>(null);
  const { job } = useJob(started?.jobId ?? null);
  const fetched = useRef<number | null>(null);

  useEffect(() => {
    if (!started || job?.status !== 'succeeded' || fetched.current === started.exportId) return;
    fetched.current = started.exportId;
    void action.run(async () => {
      const x = await api.get<DossierExport>(`/dossier-exports/${started.exportId}`);
      setReady(x);
      if (x.contentUrl) await download(x.contentUrl.slice(API.length), x.fileName);
    });
  }, [started, job, action]);

  const start = () =>
    void action.run(async () => {
      setReady(null);
      setStarted(await api.post<ExportStarted>(`/cases/${caseId}/dossier/exports`, { volume }));
    });
  const running = started !== null && job?.status !== 'succeeded' && job?.status !== 'failed';
  const summary = ready?.summary as { pages?: number; placeholders?: number } | null | undefined;
  return (
    <Space direction="vertical" size={4} data-testid={`dossier-export-${volume}`} style={{ minWidth: 0 }}>
      <Space wrap>
        <Button icon={<FilePdfOutlined />} loading={action.busy || running} onClick={start}>
          {t(volume === 'primary' ? 'export.primary' : 'export.secondary')}
        </Button>
        {ready?.contentUrl && (
          <Button icon={<DownloadOutlined />} onClick={() => void action.run(() => download(ready.contentUrl!.slice(API.length), ready.fileName))}>
            {t('export.download')}
          </Button>
        )}
      </Space>
      {job && job.status !== 'succeeded' && <JobProgress job={job} unit={t('export.items')} />}
      {summary && <Typography.Text type="secondary">{t('export.ready', { pages: summary.pages ?? 0, placeholders: summary.placeholders ?? 0 })}</Typography.Text>}
    </Space>
  );
}
