// 庭审: hearings in court time (Asia/Shanghai), with room and status.
import { Tag } from 'antd';
import type { Hearing } from '../api/types';
import { formatInstantRange } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { HEARING_STATUS } from '../i18n/vocabulary';
import { SectionTable } from '../lists/SectionTable';

export function HearingsTab({ hearings }: { hearings: Hearing[] }) {
  const { t } = useI18n();
  return (
    <SectionTable<Hearing>
      rowKey="id"
      data-testid="hearing-list"
      size="small"
      pagination={false}
      dataSource={hearings}
      columns={[
        { title: t('hearing.time'), key: 'time', width: 230, render: (_, h) => formatInstantRange(h.startsAt, h.endsAt) },
        { title: t('hearing.room'), dataIndex: 'roomName', width: 120 },
        {
          title: t('hearing.status'),
          dataIndex: 'status',
          width: 100,
          render: (s: string) => {
            const st = HEARING_STATUS[s];
            return st ? <Tag color={st.color}>{t(st.key)}</Tag> : <Tag>{s}</Tag>;
          },
        },
        { title: t('hearing.summary'), dataIndex: 'summary', render: (v: string | null) => v || '—' },
      ]}
    />
  );
}
