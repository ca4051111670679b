// The progress of a background job (a statement's posting; later OCR, document generation, imports): a bar with
// "done / total", then success or the server's error message.
import { Alert, Progress, Space, Typography } from 'antd';
import type { Job } from '../../contracts/jobs';
import { useI18n } from '../i18n/i18n';

export function JobProgress({ job, unit }: { job: Job; unit: string }) {
  const { t } = useI18n();
  const { done, total } = job.progress;
  const percent = job.status === 'succeeded' ? 100 : total ? Math.floor((done / total) * 100) : 0;
  const status = job.status === 'failed' ? 'exception' : job.status === 'succeeded' ? 'success' : 'active';
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="job-progress" data-status={job.status}>
      <Progress percent={percent} status={status} />
      <Typography.Text type="secondary" data-testid="job-progress-text">
        {t(`job.${job.status}`)}
        {total !== null && ` · ${t('job.done', { done: done.toLocaleString(), total: total.toLocaleString(), unit })}`}
        {job.attempts > 1 && ` · ${t('job.resumed')}`}
      </Typography.Text>
      {job.error && <Alert type="error" showIcon title={job.error.message} description={job.error.code} />}
    </Space>
  );
}
