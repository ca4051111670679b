// 执行团队案件队列 (分段集约): a team's open cases at each stage with the due dates of their stage limits, sorted and
// filtered on the server and exported; selected cases are moved to a stage or reassigned within the team in one go,
// or sent their execution notices, each through its own case event, with the outcome shown per case.
import { Alert, App, Button, Card, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { BatchAction, BatchResult, ConfiguredStage as ExecutionStage, CourtExecutionSetup, TeamQueueRow, TeamRow } from '../../contracts/executionTeams';
import { EXECUTION_TRACK_LABELS } from '../../domain/execution/triage';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useI18n } from '../i18n/i18n';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';

function BatchBar({ team, stages, selected, onDone }: { team: TeamRow; stages: ExecutionStage[]; selected: number[]; onDone(r: BatchResult): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [stage, setStage] = useState<string | undefined>();
  const [judgeId, setJudgeId] = useState<number | undefined>();
  const [busy, setBusy] = useState(false);
  const run = async (body: BatchAction) => {
    setBusy(true);
    try {
      onDone(await api.post<BatchResult>(`/execution/teams/${team.id}/batch`, body));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const none = selected.length === 0;
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="queue-batch">
      <Typography.Text>{t('executionQueue.selected', { n: selected.length })}</Typography.Text>
      <Select placeholder={t('executionQueue.moveTo')} style={{ width: 200 }} value={stage} onChange={setStage} options={stages.map((s) => ({ value: s.code, label: pick(s.label) }))} aria-label={t('executionQueue.moveTo')} />
      <Button disabled={none || !stage} loading={busy} onClick={() => void run({ action: 'moveStage', caseIds: selected, stage: stage! })}>
        {t('executionQueue.run')}
      </Button>
      <Select placeholder={t('executionQueue.reassignTo')} style={{ width: 220 }} value={judgeId} onChange={setJudgeId} options={team.members.map((m) => ({ value: m.userId, label: m.displayName }))} aria-label={t('executionQueue.reassignTo')} />
      <Button disabled={none || !judgeId} loading={busy} onClick={() => void run({ action: 'reassign', caseIds: selected, judgeId: judgeId! })}>
        {t('executionQueue.run')}
      </Button>
      <Button disabled={none} loading={busy} onClick={() => void run({ action: 'issueNotice', caseIds: selected })}>
        {t('executionQueue.issueNotices')}
      </Button>
    </Space>
  );
}

export function TeamQueuePage() {
  const { t } = useI18n();
  const setup = useApiGet<CourtExecutionSetup>('/execution/teams');
  const [teamId, setTeamId] = useState<number | undefined>();
  const teamList = setup.data?.teams;
  if (teamList && !teamList.length) return <Alert type="info" showIcon title={t('executionQueue.noTeams')} />;
  const team = teamList?.find((x) => x.id === teamId) ?? teamList?.[0];
  if (!team || !setup.data) return null;
  // Keyed by team: another team's queue starts with its own filters, page and selection.
  return <TeamQueue key={team.id} team={team} teams={setup.data.teams} stages={setup.data.stages} onTeam={setTeamId} />;
}

function TeamQueue({ team, teams, stages: stageList, onTeam }: { team: TeamRow; teams: TeamRow[]; stages: ExecutionStage[]; onTeam(id: number): void }) {
  const { t, pick } = useI18n();
  const [stage, setStage] = useState<string | undefined>();
  const [officerId, setOfficerId] = useState<number | undefined>();
  const [overdue, setOverdue] = useState(false);
  const path = `/execution/teams/${team.id}/queue`;
  const queue = usePagedList<TeamQueueRow>(path, { stage, officerId, overdue: overdue || undefined });
  const [selected, setSelected] = useState<number[]>([]);
  const [result, setResult] = useState<BatchResult | null>(null);

  const filtersChanged = () => {
    setSelected([]);
    queue.resetPage();
  };
  return (
    <Card title={t('executionQueue.title')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select style={{ width: 240 }} value={team.id} aria-label={t('executionQueue.team')} onChange={(v: number) => onTeam(v)} options={teams.map((x) => ({ value: x.id, label: `${x.name} · ${pick(x.kindLabel)}` }))} />
        <Select allowClear placeholder={t('executionQueue.allStages')} style={{ width: 180 }} value={stage} aria-label={t('executionQueue.stage')} onChange={(v?: string) => { setStage(v); filtersChanged(); }} options={stageList.map((s) => ({ value: s.code, label: pick(s.label) }))} />
        <Select allowClear placeholder={t('executionQueue.allOfficers')} style={{ width: 180 }} value={officerId} aria-label={t('executionQueue.officer')} onChange={(v?: number) => { setOfficerId(v); filtersChanged(); }} options={team.members.map((m) => ({ value: m.userId, label: m.displayName }))} />
        <Space>
          <Switch checked={overdue} onChange={(v) => { setOverdue(v); filtersChanged(); }} aria-label={t('executionQueue.overdueOnly')} />
          {t('executionQueue.overdueOnly')}
        </Space>
      </Space>
      <BatchBar team={team} stages={stageList} selected={selected} onDone={(r) => { setResult(r); setSelected([]); queue.list.reload(); }} />
      <PagedTable<TeamQueueRow>
        paged={queue}
        rowKey="caseId"
        testId="execution-queue"
        exportPath={path}
        emptyText={t('executionQueue.empty')}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)) }}
        columns={[
          { title: t('case.number'), key: 'caseNumber', dataIndex: 'caseNumber', sorter: true, width: 200, render: (v: string | null, r) => <Link to={`/cases/${r.caseId}`}>{v ?? r.caseId}</Link> },
          { title: t('executionQueue.stage'), key: 'stage', dataIndex: 'stageLabel', sorter: true, width: 120, render: (l: TeamQueueRow['stageLabel']) => (l ? pick(l) : '—') },
          { title: t('executionQueue.enteredOn'), key: 'stageEnteredOn', dataIndex: 'stageEnteredOn', sorter: true, width: 110, render: (v: string | null) => v ?? '—' },
          { title: t('executionQueue.officer'), key: 'officer', dataIndex: 'officerName', sorter: true, width: 120, render: (v: string | null) => v ?? '—' },
          { title: t('executionQueue.track'), key: 'track', dataIndex: 'track', width: 120, render: (v: TeamQueueRow['track']) => (v ? <Tag color={v === 'simple' ? 'green' : 'blue'}>{pick(EXECUTION_TRACK_LABELS[v])}</Tag> : '—') },
          { title: t('executionQueue.amount'), key: 'amount', dataIndex: 'amount', sorter: true, width: 120, align: 'right' },
          {
            title: t('executionQueue.limits'),
            key: 'periods',
            width: 300,
            render: (_, r) => r.periods.map((p) => <div key={p.kind} style={p.overdue ? { color: '#cf1322' } : undefined}>{pick(p.label)}：{p.dueOn ?? '—'}</div>),
          },
          { title: t('executionQueue.dueOn'), key: 'dueOn', dataIndex: 'dueOn', sorter: true, width: 110, render: (v: string | null, r) => (v ? <span>{v}{r.overdue && <Tag color="red" style={{ marginLeft: 4 }}>{t('executionQueue.overdue')}</Tag>}</span> : '—') },
        ]}
      />
      <Modal open={!!result} title={result ? t('executionQueue.result', { ok: result.succeeded, failed: result.failed }) : ''} onOk={() => setResult(null)} onCancel={() => setResult(null)} cancelButtonProps={{ style: { display: 'none' } }}>
        <Table
          size="small"
          rowKey="caseId"
          pagination={false}
          dataSource={result?.results ?? []}
          columns={[
            { title: t('case.number'), key: 'n', render: (_, r) => r.caseNumber ?? r.caseId },
            { title: '', key: 'r', render: (_, r) => (r.ok ? <Tag color="green">{t('executionQueue.ok')}</Tag> : <Typography.Text type="danger">{r.message ? pick(r.message) : r.code}</Typography.Text>) },
          ]}
        />
      </Modal>
    </Card>
  );
}
