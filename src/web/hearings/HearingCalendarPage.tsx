// 法庭排期表: the court's hearings by room, a week (one column a day) or one day, filtered by room or judge; a hearing
// opens its case. For the court's own staff (the server refuses everyone else).
import { Alert, Button, Card, DatePicker, Empty, Radio, Select, Space, Table, Tag, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CalendarHearing, HearingCalendar } from '../../contracts/hearings';
import { qs } from '../api/client';
import { useApiGet } from '../api/useApiGet';
import { useSession } from '../auth/session';
import { courtToday, formatInstant } from '../format/dates';
import { useI18n } from '../i18n/i18n';

type View = 'week' | 'day';
const MODE_COLOR: Record<string, string> = { inPerson: 'default', online: 'blue', hybrid: 'purple' };

function HearingChip({ h }: { h: CalendarHearing }) {
  const { t } = useI18n();
  return (
    <Tooltip title={`${h.judgeNames.join('、')}${h.clerkName ? ` · ${h.clerkName}` : ''}`}>
      <div style={{ marginBottom: 4 }} data-testid="calendar-hearing">
        <Link to={`/cases/${h.caseId}`}>
          {formatInstant(h.startsAt, 'HH:mm')}–{formatInstant(h.endsAt, 'HH:mm')} {h.caseNumber ?? `#${h.caseId}`}
        </Link>{' '}
        {h.mode !== 'inPerson' && <Tag color={MODE_COLOR[h.mode]}>{t(`hearing.mode.${h.mode as 'online' | 'hybrid'}`)}</Tag>}
        {h.status === 'held' && <Tag color="green">✓</Tag>}
      </div>
    </Tooltip>
  );
}

export function HearingCalendarPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState<Dayjs>(courtToday());
  const [roomId, setRoomId] = useState<number | undefined>();
  const [judgeId, setJudgeId] = useState<number | undefined>();
  const from = view === 'week' ? anchor.subtract((anchor.day() + 6) % 7, 'day') : anchor;
  const days = Array.from({ length: view === 'week' ? 7 : 1 }, (_, i) => from.add(i, 'day'));
  const to = days[days.length - 1]!;
  const courtId = user?.courtId ?? null;
  const path = courtId === null ? null : `/courts/${courtId}/hearing-calendar${qs({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD'), roomId, judgeId })}`;
  const cal = useApiGet<HearingCalendar>(path, { keepPreviousData: true });
  if (courtId === null) return <Alert type="info" title={t('calendar.noCourt')} />;
  const rooms = (cal.data?.rooms ?? []).filter((r) => (roomId === undefined ? r.isActive || cal.data?.hearings.some((h) => h.roomId === r.id) : r.id === roomId));
  const step = view === 'week' ? 7 : 1;
  const columns = [
    {
      title: t('hearing.room'),
      key: 'room',
      fixed: 'left' as const,
      width: 120,
      render: (_: unknown, r: (typeof rooms)[number]) => (
        <Space orientation="vertical" size={0}>
          {r.name}
          {r.isOnlineCapable && <Tag color="blue">{t('calendar.online')}</Tag>}
        </Space>
      ),
    },
    ...days.map((d) => ({
      title: d.format(view === 'week' ? 'MM-DD ddd' : 'YYYY-MM-DD ddd'),
      key: d.format('YYYY-MM-DD'),
      width: view === 'week' ? 170 : undefined,
      render: (_: unknown, r: (typeof rooms)[number]) => {
        const list = (cal.data?.hearings ?? []).filter((h) => h.roomId === r.id && formatInstant(h.startsAt, 'YYYY-MM-DD') === d.format('YYYY-MM-DD'));
        return list.length ? list.map((h) => <HearingChip key={h.hearingId} h={h} />) : <span style={{ color: '#bbb' }}>{t('calendar.empty')}</span>;
      },
    })),
  ];
  return (
    <Card title={t('calendar.title')} data-testid="hearing-calendar">
      <Space wrap style={{ marginBottom: 16 }}>
        <Radio.Group optionType="button" value={view} onChange={(e) => setView(e.target.value as View)} options={[{ value: 'week', label: t('calendar.week') }, { value: 'day', label: t('calendar.day') }]} />
        <Button onClick={() => setAnchor(anchor.subtract(step, 'day'))}>{t('calendar.previous')}</Button>
        <DatePicker value={anchor} allowClear={false} onChange={(d) => d && setAnchor(dayjs(d.format('YYYY-MM-DD')))} />
        <Button onClick={() => setAnchor(anchor.add(step, 'day'))}>{t('calendar.next')}</Button>
        <Button onClick={() => setAnchor(courtToday())}>{t('calendar.today')}</Button>
        <Select allowClear placeholder={t('calendar.allRooms')} style={{ minWidth: 140 }} value={roomId} onChange={setRoomId} options={(cal.data?.rooms ?? []).map((r) => ({ value: r.id, label: r.name }))} data-testid="calendar-room" />
        <Select allowClear placeholder={t('calendar.allJudges')} style={{ minWidth: 140 }} value={judgeId} onChange={setJudgeId} options={(cal.data?.judges ?? []).map((j) => ({ value: j.id, label: j.name }))} data-testid="calendar-judge" />
      </Space>
      {rooms.length === 0 && !cal.loading ? (
        <Empty />
      ) : (
        <Table rowKey="id" size="small" bordered pagination={false} loading={cal.loading} dataSource={rooms} columns={columns} scroll={{ x: 'max-content' }} />
      )}
    </Card>
  );
}
