// 调解组织与调解员: a court's mediation organisations and the mediators serving it, each a server-sorted, filtered and
// exportable list with create/edit dialogs and an active switch. The administrator sees every court (or one chosen);
// a 立案庭 chief, their own court.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select, Space, Switch, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import type { MediatorRow, OrganisationRow } from '../../contracts/mediation';
import type { Court } from '../../contracts/reference';
import { MEDIATION_ORGANISATION_KIND_LABELS, MEDIATION_ORGANISATION_KINDS } from '../../domain/mediation/organisations';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';
import { MediatorModal } from './MediatorModal';
import { OrganisationModal } from './OrganisationModal';

const ORGANISATIONS = '/admin/mediation/organisations';
const MEDIATORS = '/admin/mediation/mediators';

/** The active switch of a row: saves at once, then reloads the list. */
function ActiveSwitch({ value, path, onSaved }: { value: boolean; path: string; onSaved(): void }) {
  const { message } = App.useApp();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const toggle = async (isActive: boolean) => {
    setBusy(true);
    try {
      await api.patch(path, { isActive });
      message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return <Switch size="small" checked={value} loading={busy} onChange={(v) => void toggle(v)} checkedChildren={t('admin.active')} unCheckedChildren={t('admin.inactive')} />;
}

/** The sortable, filterable 启用 column with its switch, and the 编辑 column: the same on both lists. */
function rowControls<T extends { isActive: boolean }>(t: ReturnType<typeof useI18n>['t'], pathOf: (row: T) => string, reload: () => void, edit: (row: T) => void): ColumnType<T>[] {
  return [
    {
      title: t('admin.isActive'),
      key: 'isActive',
      dataIndex: 'isActive',
      sorter: true,
      width: 110,
      filters: [{ value: 'true', text: t('admin.active') }, { value: 'false', text: t('admin.inactive') }],
      filterMultiple: false,
      render: (v: boolean, row) => <ActiveSwitch value={v} path={pathOf(row)} onSaved={reload} />,
    },
    { title: t('common.actions'), key: 'actions', width: 90, render: (_, row) => <Button type="link" onClick={() => edit(row)}>{t('common.edit')}</Button> },
  ];
}

/** A list card: its title, an add button, a search box (which starts the list again from page 1) and the table. */
function ListCard({ title, addLabel, onAdd, searchPlaceholder, onSearch, children }: { title: string; addLabel: string; onAdd(): void; searchPlaceholder: string; onSearch(q: string): void; children: ReactNode }) {
  return (
    <Card
      title={title}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
          {addLabel}
        </Button>
      }
    >
      <Input.Search allowClear placeholder={searchPlaceholder} onSearch={(v) => onSearch(v.trim())} style={{ width: 320, marginBottom: 12 }} />
      {children}
    </Card>
  );
}

export function MediationPage() {
  const { t, pick } = useI18n();
  const { user } = useSession();
  const isAdmin = !!user?.roles.includes('admin');
  const allCourts = useApiGet<Court[]>('/courts');
  const [chosenCourt, setChosenCourt] = useState<number | undefined>();
  const courtId = isAdmin ? chosenCourt : (user?.courtId ?? undefined);
  const [orgQ, setOrgQ] = useState('');
  const [mediatorQ, setMediatorQ] = useState('');
  const organisations = usePagedList<OrganisationRow>(ORGANISATIONS, { courtId, q: orgQ || undefined });
  const mediators = usePagedList<MediatorRow>(MEDIATORS, { courtId, q: mediatorQ || undefined });
  const [editingOrg, setEditingOrg] = useState<{ row: OrganisationRow | null } | null>(null);
  const [editingMediator, setEditingMediator] = useState<{ row: MediatorRow | null } | null>(null);
  const courts = allCourts.data ?? [];
  const registrable = isAdmin ? courts : courts.filter((c) => c.id === user?.courtId);
  const ownCourtName = courts.find((c) => c.id === user?.courtId)?.name ?? '';

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {isAdmin ? (
        <Select
          allowClear
          placeholder={t('mediationAdmin.allCourts')}
          style={{ width: 320 }}
          showSearch={{ optionFilterProp: 'label' }}
          value={chosenCourt}
          onChange={(v: number | undefined) => {
            setChosenCourt(v);
            organisations.resetPage();
            mediators.resetPage();
          }}
          options={courts.map((c) => ({ value: c.id, label: c.name }))}
          aria-label={t('mediationAdmin.court')}
        />
      ) : (
        <Typography.Text type="secondary">{t('mediationAdmin.ownCourtOnly', { court: ownCourtName })}</Typography.Text>
      )}
      <ListCard
        title={t('mediationAdmin.organisations')}
        addLabel={t('mediationAdmin.addOrganisation')}
        onAdd={() => setEditingOrg({ row: null })}
        searchPlaceholder={t('mediationAdmin.search')}
        onSearch={(q) => {
          setOrgQ(q);
          organisations.resetPage();
        }}
      >
        <PagedTable<OrganisationRow>
          paged={organisations}
          testId="mediation-organisations"
          exportPath={ORGANISATIONS}
          emptyText={t('common.none')}
          columns={[
            { title: t('mediationAdmin.name'), key: 'name', dataIndex: 'name', sorter: true, width: 240 },
            {
              title: t('mediationAdmin.kind'),
              key: 'kind',
              dataIndex: 'kindLabel',
              width: 200,
              filters: MEDIATION_ORGANISATION_KINDS.map((k) => ({ value: k, text: pick(MEDIATION_ORGANISATION_KIND_LABELS[k]) })),
              filterMultiple: false,
              render: (label: OrganisationRow['kindLabel']) => pick(label),
            },
            ...(isAdmin ? [{ title: t('mediationAdmin.registeredBy'), key: 'courtId', dataIndex: 'courtName', sorter: true, width: 220 }] : []),
            { title: t('mediationAdmin.contact'), key: 'contact', dataIndex: 'contact', width: 180, render: (v: string | null) => v ?? '—' },
            { title: t('mediationAdmin.mediatorCount'), key: 'mediatorCount', dataIndex: 'mediatorCount', width: 90 },
            ...rowControls<OrganisationRow>(t, (o) => `${ORGANISATIONS}/${o.id}`, organisations.list.reload, (o) => setEditingOrg({ row: o })),
          ]}
        />
      </ListCard>
      <ListCard
        title={t('mediationAdmin.mediators')}
        addLabel={t('mediationAdmin.addMediator')}
        onAdd={() => setEditingMediator({ row: null })}
        searchPlaceholder={t('mediationAdmin.searchMediators')}
        onSearch={(q) => {
          setMediatorQ(q);
          mediators.resetPage();
        }}
      >
        <PagedTable<MediatorRow>
          paged={mediators}
          rowKey="userId"
          testId="mediation-mediators"
          exportPath={MEDIATORS}
          emptyText={t('common.none')}
          columns={[
            { title: t('mediationAdmin.displayName'), key: 'displayName', dataIndex: 'displayName', sorter: true, width: 120 },
            { title: t('admin.username'), key: 'username', dataIndex: 'username', sorter: true, width: 130 },
            { title: t('party.phone'), key: 'phone', dataIndex: 'phone', width: 130, render: (v: string | null) => v ?? '—' },
            { title: t('mediationAdmin.organisation'), key: 'organisationName', dataIndex: 'organisationName', sorter: true, width: 220 },
            { title: t('mediationAdmin.specialties'), key: 'specialties', dataIndex: 'specialties', width: 200, render: (xs: string[]) => (xs.length ? xs.map((s) => <Tag key={s}>{s}</Tag>) : '—') },
            { title: t('mediationAdmin.courtsServed'), key: 'courtNames', dataIndex: 'courtNames', width: 260, render: (xs: string[]) => xs.join('、') },
            ...rowControls<MediatorRow>(t, (m) => `${MEDIATORS}/${m.userId}`, mediators.list.reload, (m) => setEditingMediator({ row: m })),
          ]}
        />
      </ListCard>
      <OrganisationModal
        open={!!editingOrg}
        organisation={editingOrg?.row ?? null}
        courts={registrable}
        onClose={() => setEditingOrg(null)}
        onSaved={() => {
          setEditingOrg(null);
          organisations.list.reload();
          mediators.list.reload();
        }}
      />
      <MediatorModal
        open={!!editingMediator}
        mediator={editingMediator?.row ?? null}
        courts={courts}
        ownCourtId={isAdmin ? null : (user?.courtId ?? null)}
        onClose={() => setEditingMediator(null)}
        onSaved={() => {
          setEditingMediator(null);
          mediators.list.reload();
          organisations.list.reload();
        }}
      />
    </Space>
  );
}
