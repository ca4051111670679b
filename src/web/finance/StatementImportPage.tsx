// 导入银行流水: upload a CSV export, see how each credit matches, then post them. Posting is a background job on the
// server: the page follows its progress (the job's id is in the address, so a reload or a later visit finds it).
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Segmented, Space, Table, Tag, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Job } from '../../contracts/jobs';
import type { StatementPostResult, StatementPreview } from '../../contracts/payments';
import { fenToYuanText } from '../../domain/payments/moneyText';
import { api, ApiError } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { JobProgress } from '../jobs/JobProgress';
import { useJob } from '../jobs/useJob';
import { reasonText } from './reasonText';

type Line = StatementPreview['lines'][number];
const OUTCOME_COLOR: Record<string, string> = { post: 'success', unidentified: 'warning', duplicate: 'default' };

/** The posting job's progress, then what it did. */
function PostingCard({ job }: { job: Job }) {
  const { t } = useI18n();
  const result = job.status === 'succeeded' ? (job.result as StatementPostResult | null) : null;
  return (
    <Card title={t('statement.posting')} data-testid="statement-job">
      <JobProgress job={job} unit={t('statement.lines')} />
      {result ? (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="statement-result"
          title={t('statement.postedSummary', { post: result.post, amount: fenToYuanText(result.amountPostedFen), unidentified: result.unidentified, duplicate: result.duplicate })}
        />
      ) : (
        job.status !== 'failed' && <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('job.leaveHint')}</Typography.Paragraph>
      )}
    </Card>
  );
}

export function StatementImportPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [preview, setPreview] = useState<StatementPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [account, setAccount] = useState<'fees' | 'execution'>('fees');
  const [params, setParams] = useSearchParams();
  const jobId = Number(params.get('job')) || null;
  const [started, setStarted] = useState<Job | null>(null);
  const { job } = useJob(jobId, started);
  const posted = job?.status === 'succeeded';

  useEffect(() => {
    if (posted) message.success(t('statement.posted'));
  }, [posted, message, t]);

  const upload = async (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    setBusy(true);
    try {
      setPreview(await api.upload<StatementPreview>(`/finance/statements?account=${account}`, form));
      setParams({}, { replace: true });
    } catch (e) {
      setPreview(null);
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  // Answers at once with the job (the same one if the statement is already being posted); the page then follows it.
  const post = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const queued = await api.post<Job>(`/finance/statements/${preview.id}/post`);
      setStarted(queued);
      setParams({ job: String(queued.id) });
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const following = jobId !== null && job?.id === jobId ? job : null;
  const canPost = preview?.status === 'preview' && (!following || following.status === 'failed');

  const columns = [
    { title: t('statement.row'), dataIndex: 'row', width: 60 },
    { title: t('statement.bankRef'), dataIndex: 'bankRef', width: 140 },
    { title: t('statement.date'), dataIndex: 'date', width: 110 },
    { title: t('fees.amount'), dataIndex: 'amount', width: 110, align: 'right' as const },
    { title: t('statement.payer'), key: 'payer', width: 150, render: (_: unknown, l: Line) => [l.payerName, l.payerAccount].filter(Boolean).join(' ') },
    { title: t('statement.memo'), dataIndex: 'memo', ellipsis: true },
    {
      title: t('statement.outcome'),
      key: 'outcome',
      width: 260,
      render: (_: unknown, l: Line) => (
        <Space size={4} wrap data-outcome={l.outcome}>
          <Tag color={OUTCOME_COLOR[l.outcome]}>{t(`outcome.${l.outcome}` as MessageKey)}</Tag>
          {l.caseId && <Link to={`/cases/${l.caseId}`}>{l.caseNumber ?? `#${l.caseId}`}</Link>}
          <Typography.Text type="secondary">{reasonText(t, l.reason)}</Typography.Text>
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('menu.statements')}>
        <Typography.Paragraph>{t('statement.intro')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('statement.columns')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 12 }}>
          <Typography.Text>{t('statement.account')}</Typography.Text>
          <Segmented
            value={account}
            onChange={(v) => setAccount(v as 'fees' | 'execution')}
            options={(['fees', 'execution'] as const).map((a) => ({ value: a, label: t(`statement.account.${a}`) }))}
            data-testid="statement-account"
          />
        </Space>
        <br />
        <Upload
          accept=".csv,.txt,text/csv"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy} data-testid="statement-upload">
            {t('statement.choose')}
          </Button>
        </Upload>
      </Card>
      {following && <PostingCard job={following} />}
      {preview && (
        <Card
          title={t('statement.preview', { file: preview.fileName, encoding: preview.encoding.toUpperCase() })}
          extra={
            posted && following?.result?.statementId === preview.id ? (
              <Tag color="success" data-testid="statement-posted">
                {t('statement.posted')}
              </Tag>
            ) : (
              <Button
                type="primary"
                onClick={post}
                loading={busy || (following !== null && !canPost)}
                disabled={!canPost || preview.totals.post + preview.totals.unidentified === 0}
                data-testid="statement-post"
              >
                {t('statement.post')}
              </Button>
            )
          }
          data-testid="statement-preview"
        >
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('statement.totals', { ...preview.totals, amount: preview.totals.amountToPost })}
          />
          <Table<Line> rowKey="row" size="small" columns={columns} dataSource={preview.lines} pagination={{ pageSize: 50, hideOnSinglePage: true }} />
          {preview.skipped.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('statement.skipped')}
              </Typography.Title>
              <Table
                rowKey="row"
                size="small"
                pagination={false}
                dataSource={preview.skipped}
                columns={[
                  { title: t('statement.row'), dataIndex: 'row', width: 60 },
                  { title: t('statement.outcome'), key: 'reason', width: 160, render: (_: unknown, k: { reason: string }) => reasonText(t, k.reason) },
                  { title: t('statement.memo'), dataIndex: 'text', ellipsis: true },
                ]}
              />
            </>
          )}
        </Card>
      )}
    </Space>
  );
}
