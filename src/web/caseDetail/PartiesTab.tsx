// 当事人: identities as the server chose to show them (masked for those who may not see them in full).
import { Card, Table, Typography } from 'antd';
import type { Party } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ID_TYPE_KEYS, PARTY_KIND_KEYS } from '../i18n/vocabulary';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { CardLine } from '../lists/CardList';

export function PartiesTab({ parties }: { parties: Party[] }) {
  const { t, pick } = useI18n();
  const narrow = useNarrowScreen();
  const dash = (v: string | null) => v || '—';
  const kind = (k: string) => (k in PARTY_KIND_KEYS ? t(PARTY_KIND_KEYS[k as keyof typeof PARTY_KIND_KEYS]) : k);
  const identity = (p: Party) =>
    p.kind === 'organization' ? (
      dash(p.creditCode)
    ) : p.idNumber ? (
      <span>
        <Typography.Text type="secondary">{p.idType && p.idType in ID_TYPE_KEYS ? t(ID_TYPE_KEYS[p.idType as keyof typeof ID_TYPE_KEYS]) : ''} </Typography.Text>
        {p.idNumber}
      </span>
    ) : (
      '—'
    );
  const agents = (p: Party) => (p.agents.length ? p.agents.map((a) => (a.lawFirm ? `${a.name}（${a.lawFirm}）` : a.name)).join('、') : '—');
  if (narrow) {
    return (
      <div data-testid="party-cards" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
        {parties.map((p) => (
          <Card key={p.id} size="small" title={`${pick(p.standingLabel)}：${p.name}`} styles={{ title: { whiteSpace: 'normal' } }}>
            <CardLine label={t('party.kind')}>{kind(p.kind)}</CardLine>
            <CardLine label={t('party.identity')}>{identity(p)}</CardLine>
            {p.legalRepresentative && <CardLine label={t('party.legalRepresentative')}>{p.legalRepresentative}</CardLine>}
            <CardLine label={t('party.phone')}>{dash(p.phone)}</CardLine>
            <CardLine label={t('party.agents')}>{agents(p)}</CardLine>
          </Card>
        ))}
      </div>
    );
  }
  return (
    <Table<Party>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={parties}
      scroll={{ x: 900 }}
      columns={[
        { title: t('party.standing'), dataIndex: 'standingLabel', width: 110, render: (_, p) => pick(p.standingLabel) },
        { title: t('party.name'), dataIndex: 'name' },
        { title: t('party.kind'), dataIndex: 'kind', width: 140, render: kind },
        { title: t('party.identity'), key: 'identity', render: (_, p) => identity(p) },
        { title: t('party.legalRepresentative'), dataIndex: 'legalRepresentative', width: 120, render: dash },
        { title: t('party.phone'), dataIndex: 'phone', width: 130, render: dash },
        { title: t('party.agents'), key: 'agents', render: (_, p) => agents(p) },
      ]}
    />
  );
}
