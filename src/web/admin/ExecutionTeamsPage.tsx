// 执行阶段与执行团队 (分段集约): a court's stages and 繁简分流 rules, and its execution teams as a server-sorted,
// filtered and exportable list with create/edit dialogs. The administrator chooses the court; a 执行局 chief has their own.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import type { TeamRow } from '../../contracts/executionTeams';
import { EXECUTION_TEAM_KINDS } from '../../contracts/executionTeams';
import type { Court } from '../../contracts/reference';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { ExecutionStagesCard } from './ExecutionStagesCard';
import { ExecutionTeamModal, TEAM_KIND_LABELS } from './ExecutionTeamModal';

const TEAMS = '/admin/execution/teams';

function ActiveSwitch({ team, onSaved }: { team: TeamRow; onSaved(): void }) {
  const { message } = App.useApp();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const toggle = async (isActive: boolean) => {
    setBusy(true);
    try {
      await api.patch(`${TEAMS}/${team.id}`, { isActive });
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return <Switch size="small" checked={team.isActive} loading={busy} onChange={(v) => void toggle(v)} checkedChildren={t('admin.active')} unCheckedChildren={t('admin.inactive')} />;
}

export function ExecutionTeamsPage() {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const isAdmin = !!user?.roles.includes('admin');
  const allCourts = useApiGet<Court[]>('/courts');
  const courts = (allCourts.data ?? []).filter((c) => c.level !== 'high' && c.level !== 'supreme');
  const [chosen, setChosen] = useState<number | undefined>();
  const courtId = isAdmin ? chosen : (user?.courtId ?? undefined);
  const [q, setQ] = useState('');
  const teams = usePagedList<TeamRow>(TEAMS, { courtId, q: q || undefined });
  const [editing, setEditing] = useState<{ row: TeamRow | null } | null>(null);
  const ownCourtName = (allCourts.data ?? []).find((c) => c.id === user?.courtId)?.name ?? '';

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {isAdmin ? (
        <Select
          placeholder={t('executionAdmin.chooseCourt')}
          style={{ width: 320 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={chosen}
          onChange={(v: number) => {
            setChosen(v);
            teams.resetPage();
          }}
          options={courts.map((c) => ({ value: c.id, label: c.name }))}
          aria-label={t('executionAdmin.court')}
        />
      ) : (
        <Typography.Text type="secondary">{t('executionAdmin.ownCourtOnly', { court: ownCourtName })}</Typography.Text>
      )}
      {courtId !== undefined && <ExecutionStagesCard courtId={courtId} />}
      <Card
        title={t('executionAdmin.teams')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} disabled={courtId === undefined} onClick={() => setEditing({ row: null })}>
            {t('executionAdmin.addTeam')}
          </Button>
        }
      >
        <Input.Search
          allowClear
          placeholder={t('executionAdmin.search')}
          onSearch={(v) => {
            setQ(v.trim());
            teams.resetPage();
          }}
          style={{ width: 320, marginBottom: 12 }}
        />
        <PagedTable<TeamRow>
          paged={teams}
          testId="execution-teams"
          exportPath={TEAMS}
          emptyText={t('common.none')}
          columns={[
            { title: t('executionAdmin.teamName'), key: 'name', dataIndex: 'name', sorter: true, width: 180 },
            {
              title: t('executionAdmin.teamKind'),
              key: 'kind',
              dataIndex: 'kind',
              sorter: true,
              width: 180,
              filters: EXECUTION_TEAM_KINDS.map((k) => ({ value: k, text: pick(TEAM_KIND_LABELS[k]) })),
              filterMultiple: false,
              render: (_: unknown, r) => pick(r.kindLabel),
            },
            ...(isAdmin ? [{ title: t('executionAdmin.court'), key: 'courtId', dataIndex: 'courtName', sorter: true, width: 200 }] : []),
            { title: t('executionAdmin.members'), key: 'memberCount', dataIndex: 'members', sorter: true, width: 260, render: (ms: TeamRow['members']) => ms.map((m) => m.displayName).join('、') || '—' },
            { title: t('executionAdmin.openCases'), key: 'openCases', dataIndex: 'openCases', sorter: true, width: 100 },
            {
              title: t('admin.isActive'),
              key: 'isActive',
              dataIndex: 'isActive',
              sorter: true,
              width: 110,
              filters: [{ value: 'true', text: t('admin.active') }, { value: 'false', text: t('admin.inactive') }],
              filterMultiple: false,
              render: (_: boolean, r) => <ActiveSwitch team={r} onSaved={teams.list.reload} />,
            },
            { title: t('common.actions'), key: 'actions', width: 90, render: (_, r) => <Button type="link" onClick={() => setEditing({ row: r })}>{t('common.edit')}</Button> },
          ]}
        />
      </Card>
      {courtId !== undefined || editing?.row ? (
        <ExecutionTeamModal
          open={!!editing}
          team={editing?.row ?? null}
          courtId={editing?.row?.courtId ?? courtId!}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            teams.list.reload();
          }}
        />
      ) : null}
    </Space>
  );
}
