// 开庭公告 on the public notice board (CPL-2023 arts 137, 139): a hearing of a case heard in public is announced with
// the court, case number, cause, the parties' names, time and place from its scheduling until it begins, without
// login; a postponed hearing is marked as such beside the new one; a closed hearing is not announced.
import { beforeAll, describe, expect, test } from 'vitest';
import type { ApiClient } from '../support/apiClient';
import { assignedCase } from '../support/scenarios';
import { openSession } from '../support/sessions';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });

let judge: ApiClient;
let courtId: number;
let roomId: number;
const at = (day: string, hour: string) => `2026-03-${day}T${hour}:00+08:00`;

interface Announcement {
  id: number;
  caseNumber: string;
  causeName: string | null;
  parties: { standing: string; name: string }[];
  startsAt: string;
  roomName: string;
  postponed: boolean;
  announcedOn: string;
  isTimely: boolean;
  content: { 'zh-CN': string; en: string };
}

/** The board as anyone sees it, without a session. */
async function board(): Promise<Announcement[]> {
  const res = await fetch(`${world.server.baseUrl}/api/v1/public-notices/hearings?courtId=${courtId}&pageSize=100`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Announcement[] }).items;
}

async function announcementsGenerated(caseId: number): Promise<number> {
  const r = await world.server.database.pool.query(`select count(*)::int as n from generated_documents where case_id = $1 and kind = 'hearingAnnouncement'`, [caseId]);
  return r.rows[0].n;
}

beforeAll(async () => {
  judge = await openSession(world.server, 'ng-judge1');
});

describe('开庭公告', () => {
  test('a public hearing is announced until it begins; a postponed one is marked; a closed one never shows', async () => {
    clock.set('2026-03-02');
    const open = await assignedCase(world.server.baseUrl);
    const closed = await assignedCase(world.server.baseUrl);
    courtId = open.detail.courtId;
    const rooms = (await judge.get(`/api/v1/courts/${courtId}/rooms`)).body as { id: number; name: string }[];
    roomId = rooms[0]!.id;
    const schedule = (id: number, day: string, extra: Record<string, unknown> = {}) =>
      judge.fire(id, 'scheduleHearing', { startsAt: at(day, '09:30'), endsAt: at(day, '11:30'), roomId, acknowledgeWarnings: true, ...extra });

    expect((await schedule(open.id, '11')).status).toBe(200);
    expect((await schedule(closed.id, '13', { closedGround: 'secret' })).status).toBe(400);
    expect((await schedule(closed.id, '13', { closedGround: 'privacy' })).status).toBe(200);

    let items = await board();
    expect(items).toHaveLength(1);
    const a = items[0]!;
    expect(a).toMatchObject({
      caseNumber: open.detail.caseNumber,
      causeName: '民间借贷纠纷',
      parties: [{ standing: 'plaintiff', name: '张三' }, { standing: 'defendant', name: '李四' }],
      startsAt: '2026-03-11T01:30:00.000Z',
      roomName: rooms[0]!.name,
      postponed: false,
      announcedOn: '2026-03-02',
      isTimely: true,
    });
    expect(a.content['zh-CN']).toBe(
      `本院定于2026年3月11日 09:30在${rooms[0]!.name}公开开庭审理原告张三，被告李四民间借贷纠纷一案（${open.detail.caseNumber}）。特此公告。（长春市南关区人民法院，依据《民事诉讼法》第一百三十九条）`,
    );
    expect(a.content.en).toContain('(Civil Procedure Law, art. 139)');
    // The closed hearing has its summonses but no announcement, on the board or in the case's materials.
    expect(await announcementsGenerated(open.id)).toBe(1);
    expect(await announcementsGenerated(closed.id)).toBe(0);

    // Postponed on 03-10 to 03-12: the old announcement is marked, the new one was not made 3 days ahead.
    clock.set('2026-03-10');
    const postpone = (id: number, day: string) => judge.fire(id, 'postponeHearing', { startsAt: at(day, '14:00'), endsAt: at(day, '16:00'), roomId, reason: '当事人申请延期', acknowledgeWarnings: true });
    expect((await postpone(open.id, '12')).status).toBe(200);
    // The closed hearing stays closed when postponed.
    expect((await postpone(closed.id, '16')).status).toBe(200);
    items = await board();
    expect(items.map((i) => [i.startsAt, i.postponed])).toEqual([
      ['2026-03-11T01:30:00.000Z', true],
      ['2026-03-12T06:00:00.000Z', false],
    ]);
    expect(items[1]).toMatchObject({ announcedOn: '2026-03-10', isTimely: false });
    expect(items[0]!.content['zh-CN']).toMatch(/^【已延期】原定于2026年3月11日 09:30的开庭已延期/);

    // On the hearing's day it is still there; the day after, the board is empty.
    clock.set('2026-03-12');
    expect((await board()).map((i) => i.postponed)).toEqual([false]);
    clock.set('2026-03-13');
    expect(await board()).toEqual([]);
  });

  test('the board of every court, paged, and bad input refused', async () => {
    clock.set('2026-03-02');
    const all = await fetch(`${world.server.baseUrl}/api/v1/public-notices/hearings`);
    expect(all.status).toBe(200);
    expect((await fetch(`${world.server.baseUrl}/api/v1/public-notices/hearings?courtId=0`)).status).toBe(400);
    expect((await fetch(`${world.server.baseUrl}/api/v1/public-notices/hearings?pageSize=1000`)).status).toBe(400);
  });
});
