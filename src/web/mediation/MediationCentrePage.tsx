// 诉前调解 centre (issue 16 item 6): the court's matters by status and age, with filters for overdue entrustments and
// by organisation or mediator, and the mediators' workload (sortable, exported to Excel).
import { Card, Checkbox, Select, Tabs, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router';
import type { MediationOrganisation, MediatorWorkloadRow } from '../../contracts/mediation';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import { CaseTable } from '../cases/CaseTable';
import { useI18n } from '../i18n/i18n';
import { PagedTable } from '../lists/PagedTable';
import { usePagedList } from '../lists/usePagedList';

function CentreMatters({ organisations }: { organisations: MediationOrganisation[] }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const overdue = params.get('overdueEntrustment') === 'true';
  const organisationId = Number(params.get('organisationId')) || undefined;
  const mediatorId = Number(params.get('mediatorId')) || undefined;
  const set = (k: string, v: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (v === undefined || v === '') next.delete(k);
    else next.set(k, String(v));
    next.delete('page');
    setParams(next, { replace: true });
  };
  const mediators = organisations.flatMap((o) => o.mediators.map((m) => ({ value: m.userId, label: `${m.displayName}（${o.name}）` })));
  return (
    <CaseTable
      view="mediationCentre"
      nodeFilter="all"
      withAge
      extraQuery={{ overdueEntrustment: overdue || undefined, organisationId, mediatorId }}
      filters={
        <>
          <Select
            allowClear
            placeholder={t('mediationCentre.organisation')}
            value={organisationId}
            onChange={(v: number | undefined) => set('organisationId', v)}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            style={{ width: 220 }}
            aria-label={t('mediationCentre.organisation')}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('mediationCentre.mediator')}
            value={mediatorId}
            onChange={(v: number | undefined) => set('mediatorId', v)}
            options={mediators}
            style={{ width: 240 }}
            aria-label={t('mediationCentre.mediator')}
          />
          <Checkbox checked={overdue} onChange={(e) => set('overdueEntrustment', e.target.checked ? 'true' : undefined)} data-testid="overdue-entrustment">
            {t('mediationCentre.overdueEntrustment')}
          </Checkbox>
        </>
      }
    />
  );
}

function MediatorWorkload() {
  const { t } = useI18n();
  const paged = usePagedList<MediatorWorkloadRow>('/mediation/workload');
  const count = (key: keyof MediatorWorkloadRow & string, title: string): ColumnsType<MediatorWorkloadRow>[number] => ({ title, key, dataIndex: key, sorter: true, width: 110, align: 'right' });
  const columns: ColumnsType<MediatorWorkloadRow> = [
    { title: t('mediationCentre.mediator'), key: 'displayName', dataIndex: 'displayName', sorter: true, width: 160, render: (v: string, r) => (r.isActive ? v : <span>{v} <Tag>{t('admin.inactive')}</Tag></span>) },
    { title: t('mediationCentre.organisation'), key: 'organisationName', dataIndex: 'organisationName', sorter: true, width: 240 },
    count('open', t('mediationCentre.open')),
    count('entrusted', t('mediationCentre.entrusted')),
    count('mediating', t('mediationCentre.mediating')),
    count('agreementDrafted', t('mediationCentre.agreementDrafted')),
    { ...count('overdue', t('mediationCentre.overdue')), render: (v: number) => (v ? <Tag color="red">{v}</Tag> : 0) },
    count('settledThisMonth', t('mediationCentre.settledThisMonth')),
  ];
  return (
    <Card title={t('mediationCentre.workload')}>
      <PagedTable<MediatorWorkloadRow> paged={paged} columns={columns} emptyText={t('mediationCentre.noMediators')} testId="mediator-workload" exportPath="/mediation/workload" />
    </Card>
  );
}

export function MediationCentrePage() {
  const { t } = useI18n();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const orgs = useApiGet<MediationOrganisation[]>(user?.courtId ? `/mediation/organisations?courtId=${user.courtId}` : null);
  const tab = params.get('tab') === 'workload' ? 'workload' : 'matters';
  return (
    <Tabs
      activeKey={tab}
      onChange={(k) => setParams(k === 'workload' ? { tab: k } : {}, { replace: true })}
      items={[
        { key: 'matters', label: t('menu.mediationCentre'), children: <CentreMatters organisations={orgs.data ?? []} /> },
        { key: 'workload', label: t('mediationCentre.workload'), children: <MediatorWorkload /> },
      ]}
    />
  );
}
