// 当事人: identities as the server chose to show them (masked for those who may not see them in full).
import { Table, Typography } from 'antd';
import type { Party } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { ID_TYPE_KEYS, PARTY_KIND_KEYS } from '../i18n/vocabulary';

export function PartiesTab({ parties }: { parties: Party[] }) {
  const { t, pick } = useI18n();
  const dash = (v: string | null) => v || '—';
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
        { title: t('party.kind'), dataIndex: 'kind', width: 140, render: (k: string) => (k in PARTY_KIND_KEYS ? t(PARTY_KIND_KEYS[k as keyof typeof PARTY_KIND_KEYS]) : k) },
        {
          title: t('party.identity'),
          key: 'identity',
          render: (_, p) =>
            p.kind === 'organization' ? (
              dash(p.creditCode)
            ) : p.idNumber ? (
              <span>
                <Typography.Text type="secondary">{p.idType && p.idType in ID_TYPE_KEYS ? t(ID_TYPE_KEYS[p.idType as keyof typeof ID_TYPE_KEYS]) : ''} </Typography.Text>
                {p.idNumber}
              </span>
            ) : (
              '—'
            ),
        },
        { title: t('party.legalRepresentative'), dataIndex: 'legalRepresentative', width: 120, render: dash },
        { title: t('party.phone'), dataIndex: 'phone', width: 130, render: dash },
        {
          title: t('party.agents'),
          key: 'agents',
          render: (_, p) => (p.agents.length ? p.agents.map((a) => (a.lawFirm ? `${a.name}（${a.lawFirm}）` : a.name)).join('、') : '—'),
        },
      ]}
    />
  );
}
