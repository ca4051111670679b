// 卷宗目录: the administrator configures the dossier catalogue of a case type — rename, reorder, add and remove 正卷
// sections, move kinds between them — or returns it to the default; the 副卷 is shown read-only (it is fixed).
import { Alert, App, Button, Card, Input, List, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CaseTypeCatalogue, CatalogueSection } from '../../contracts/dossierCatalogue';
import { api, ApiError } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useKindLabel } from '../dossier/DossierHits';
import { useI18n } from '../i18n/i18n';

type Row = CatalogueSection & { volume: 'main' };
const FIXED = new Set(['index', 'other']);

/** A key for an added section that no section of the catalogue uses. */
function newKey(rows: readonly CatalogueSection[]): string {
  let n = 1;
  while (rows.some((r) => r.key === `section${n}`)) n += 1;
  return `section${n}`;
}

export function DossierCataloguesPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const kindLabel = useKindLabel();
  const list = useApiGet<CaseTypeCatalogue[]>('/admin/dossier-catalogues');
  const [caseType, setCaseType] = useState('民初');
  const current = list.data?.find((c) => c.caseType === caseType);
  // The edits of the catalogue as loaded (case type and version): another case type, or a save, starts afresh.
  const loaded = current ? `${current.caseType}:${current.version}` : '';
  const [draft, setDraft] = useState<{ of: string; rows: Row[] } | null>(null);
  const rows = draft?.of === loaded ? draft.rows : (current?.sections ?? []).filter((s): s is Row => s.volume === 'main');
  const setRows = (change: (rows: Row[]) => Row[]) => setDraft({ of: loaded, rows: change(rows) });
  const [newTitle, setNewTitle] = useState('');
  const [saving, setSaving] = useState(false);

  const placed = new Set(rows.flatMap((r) => r.kinds));
  const missing = (current?.requiredKinds ?? []).filter((k) => !placed.has(k));
  const secondaryKinds = new Set((current?.sections ?? []).filter((s) => s.volume === 'secondary').flatMap((s) => s.kinds));
  const kindOptions = (current?.knownKinds ?? []).filter((k) => !secondaryKinds.has(k)).map((k) => ({ value: k, label: kindLabel(k) }));

  const update = (key: string, change: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...change } : r)));
  // A kind chosen for a section leaves the section that listed it: each kind is placed in one section.
  const setKinds = (key: string, kinds: string[]) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, kinds } : { ...r, kinds: r.kinds.filter((k) => !kinds.includes(k)) })));
  const move = (i: number, by: -1 | 1) =>
    setRows((rs) => {
      const next = [...rs];
      [next[i], next[i + by]] = [next[i + by]!, next[i]!];
      return next;
    });
  const add = () => {
    if (!newTitle.trim()) return;
    setRows((rs) => [...rs.slice(0, -1), { key: newKey([...rs, ...(current?.sections ?? [])]), volume: 'main', title: newTitle.trim(), kinds: [] }, rs[rs.length - 1]!]);
    setNewTitle('');
  };
  const done = async (call: () => Promise<unknown>) => {
    setSaving(true);
    try {
      await call();
      message.success(t('common.saved'));
      list.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  const save = () => done(() => api.put(`/admin/dossier-catalogues/${encodeURIComponent(caseType)}`, { version: current!.version, sections: [...rows, ...current!.sections.filter((s) => s.volume === 'secondary')] }));
  const reset = () => done(() => api.del(`/admin/dossier-catalogues/${encodeURIComponent(caseType)}?version=${current!.version}`));

  return (
    <Card title={t('menu.adminDossierCatalogues')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          value={caseType}
          onChange={setCaseType}
          style={{ width: 260 }}
          aria-label={t('catalogue.caseType')}
          data-testid="catalogue-case-type"
          options={(list.data ?? []).map((c) => ({ value: c.caseType, label: `${c.caseType} ${pick(c.caseTypeLabel)}${c.isConfigured ? ` · ${t('catalogue.configured')}` : ''}` }))}
        />
        {current && <Tag color={current.isConfigured ? 'blue' : 'default'}>{t(current.isConfigured ? 'catalogue.configured' : 'catalogue.default')}</Tag>}
      </Space>
      <Typography.Paragraph type="secondary">{t('catalogue.hint')}</Typography.Paragraph>
      <Card type="inner" title={t('catalogue.main')} style={{ marginBottom: 16 }}>
        {missing.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`${t('catalogue.missing')}${missing.map(kindLabel).join('、')}`} />}
        <Table<Row>
          rowKey="key"
          size="small"
          loading={list.loading}
          dataSource={rows}
          pagination={false}
          columns={[
            { title: t('catalogue.order'), key: 'order', width: 60, render: (_, _r, i) => i + 1 },
            {
              title: t('catalogue.title'),
              key: 'title',
              width: 240,
              render: (_, r) => <Input value={r.title} maxLength={40} disabled={r.key === 'index'} onChange={(e) => update(r.key, { title: e.target.value })} aria-label={t('catalogue.title')} />,
            },
            {
              title: t('catalogue.kinds'),
              key: 'kinds',
              render: (_, r) =>
                r.key === 'index' ? (
                  <Typography.Text type="secondary">{t('catalogue.generated')}</Typography.Text>
                ) : (
                  <Select mode="multiple" style={{ width: '100%' }} value={r.kinds} options={kindOptions} optionFilterProp="label" placeholder={t('catalogue.kindsPlaceholder')} onChange={(v) => setKinds(r.key, v)} />
                ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 210,
              render: (_, r, i) =>
                r.key === 'index' ? null : (
                  <Space size="small">
                    <Button size="small" disabled={i <= 1} onClick={() => move(i, -1)}>
                      {t('catalogue.up')}
                    </Button>
                    <Button size="small" disabled={i >= rows.length - 1} onClick={() => move(i, 1)}>
                      {t('catalogue.down')}
                    </Button>
                    <Button size="small" danger disabled={FIXED.has(r.key) || r.kinds.length > 0} title={r.kinds.length ? t('catalogue.removeHint') : undefined} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                      {t('catalogue.remove')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
        <Space style={{ marginTop: 12 }} wrap>
          <Input value={newTitle} maxLength={40} onChange={(e) => setNewTitle(e.target.value)} placeholder={t('catalogue.addTitle')} style={{ width: 240 }} onPressEnter={add} />
          <Button onClick={add} disabled={!newTitle.trim()}>
            {t('catalogue.add')}
          </Button>
        </Space>
      </Card>
      <Card type="inner" title={t('catalogue.secondary')} style={{ marginBottom: 16 }}>
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('catalogue.secondaryNote')} />
        <List
          size="small"
          dataSource={(current?.sections ?? []).filter((s) => s.volume === 'secondary')}
          renderItem={(s, i) => (
            <List.Item>
              {i + 1}. {s.title}
              {s.kinds.length > 0 && <Typography.Text type="secondary"> （{s.kinds.map(kindLabel).join('、')}）</Typography.Text>}
            </List.Item>
          )}
        />
      </Card>
      <Space>
        <Button type="primary" loading={saving} disabled={!current || missing.length > 0} onClick={() => void save()} data-testid="catalogue-save">
          {t('catalogue.save')}
        </Button>
        <Popconfirm title={t('catalogue.resetConfirm')} onConfirm={() => void reset()} disabled={!current?.isConfigured}>
          <Button disabled={!current?.isConfigured} loading={saving}>
            {t('catalogue.reset')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}
