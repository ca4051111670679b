// Issue 21 item 3: booking a hearing refuses a room, judge or clerk already booked at an overlapping time, warns of a
// lawyer due at another hearing and of rest days / hours outside the working window (kept in the payload); the
// courtroom calendar of a court; rooms equipped for online hearings and the meeting link from the settings.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { docxText } from '../support/docxText';
import { courtId } from '../support/fixtures';
import { at, caseOfJudge } from '../support/hearingScenario';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let judge1: ApiClient;
let judge2: ApiClient;
let admin: ApiClient;
let court: number;
let rooms: { id: number; name: string }[];
let clerkId: number;
beforeAll(async () => {
  const base = world.server.baseUrl;
  [judge1, judge2, admin] = await Promise.all([ApiClient.loggedIn(base, 'ng-judge1'), ApiClient.loggedIn(base, 'ng-judge2'), ApiClient.loggedIn(base, 'admin')]);
  court = await courtId(judge1, '吉0102');
  rooms = (await judge1.get(`/api/v1/courts/${court}/rooms`)).body;
  clerkId = (await ApiClient.loggedIn(base, 'ng-clerk')).user!.id as number;
});

const slot = (day: string, from: string, to: string, room: number) => ({ startsAt: at(day, from), endsAt: at(day, to), roomId: rooms[room]!.id });

describe('conflicts are refused', () => {
  test('a room booked by another case at an overlapping time is refused; back to back is fine', async () => {
    const a = await caseOfJudge(world.server.baseUrl, '南关法院法官甲');
    const b = await caseOfJudge(world.server.baseUrl, '南关法院法官乙');
    expect((await judge1.fire(a.id, 'scheduleHearing', slot('2026-03-10', '09:00', '10:00', 0))).status).toBe(200);
    const check = await judge2.post('/api/v1/hearings/check', { caseId: b.id, ...slot('2026-03-10', '09:30', '10:30', 0) });
    expect(check.status).toBe(200);
    expect(check.body.conflicts).toEqual([expect.objectContaining({ reason: 'room', roomName: rooms[0]!.name })]);
    const clash = await judge2.fire(b.id, 'scheduleHearing', slot('2026-03-10', '09:30', '10:30', 0));
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ code: 'HEARING_CONFLICT', details: { reason: 'room' } });
    expect((await judge2.fire(b.id, 'scheduleHearing', slot('2026-03-10', '10:00', '11:00', 0))).status).toBe(200);
  });

  test("the clerk sitting at another case's hearing cannot be booked for an overlapping one", async () => {
    const a = await caseOfJudge(world.server.baseUrl, '南关法院法官甲');
    const b = await caseOfJudge(world.server.baseUrl, '南关法院法官乙');
    // 法官甲's hearing takes the clerk of 法官甲's team by default.
    const booked = await judge1.fire(a.id, 'scheduleHearing', slot('2026-03-11', '09:00', '10:00', 1));
    expect(booked.status).toBe(200);
    expect(booked.body.hearings[0]).toMatchObject({ clerkName: '南关法院书记员', mode: 'inPerson', meetingLink: null });
    const check = await judge2.post('/api/v1/hearings/check', { caseId: b.id, ...slot('2026-03-11', '09:30', '10:30', 2), clerkId });
    expect(check.body.conflicts.map((c: { reason: string }) => c.reason)).toEqual(['clerk']);
    const clash = await judge2.fire(b.id, 'scheduleHearing', { ...slot('2026-03-11', '09:30', '10:30', 2), clerkId });
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ code: 'HEARING_CONFLICT', details: { reason: 'clerk' } });
    // Without that clerk (法官乙's team has none) the same slot is free.
    expect((await judge2.fire(b.id, 'scheduleHearing', slot('2026-03-11', '09:30', '10:30', 2))).status).toBe(200);
    const notAClerk = await judge2.post('/api/v1/hearings/check', { caseId: b.id, ...slot('2026-03-12', '09:30', '10:30', 2), clerkId: (judge1.user!.id as number) });
    expect(notAClerk.body.code).toBe('HEARING_CLERK_INVALID');
  });
});

describe('warnings are shown, and kept when the court goes ahead', () => {
  test("a lawyer of the case due at another hearing is a warning, not a refusal", async () => {
    const a = await caseOfJudge(world.server.baseUrl, '南关法院法官甲', 'lawyer-wang');
    const b = await caseOfJudge(world.server.baseUrl, '南关法院法官乙', 'lawyer-wang');
    expect((await judge1.fire(a.id, 'scheduleHearing', slot('2026-03-12', '09:00', '10:00', 0))).status).toBe(200);
    const check = await judge2.post('/api/v1/hearings/check', { caseId: b.id, ...slot('2026-03-12', '09:30', '10:30', 1) });
    expect(check.body.conflicts).toEqual([]);
    expect(check.body.warnings).toEqual([expect.objectContaining({ kind: 'lawyerBusy' })]);
    expect(check.body.warnings[0].message).toContain('王律师');
    const booked = await judge2.fire(b.id, 'scheduleHearing', slot('2026-03-12', '09:30', '10:30', 1));
    expect(booked.status).toBe(200);
    const timeline = (await judge2.get(`/api/v1/cases/${b.id}/timeline`)).body;
    const entry = (Array.isArray(timeline) ? timeline : timeline.items).find((e: { event: string }) => e.event === 'scheduleHearing');
    expect(entry.payload.warnings).toEqual([expect.objectContaining({ kind: 'lawyerBusy' })]);
  });

  test('a Saturday and an evening are warned about by the court calendar and the working hours', async () => {
    const a = await caseOfJudge(world.server.baseUrl, '南关法院法官甲');
    const saturday = await judge1.post('/api/v1/hearings/check', { caseId: a.id, ...slot('2026-03-14', '09:00', '10:00', 2) });
    expect(saturday.body.warnings.map((w: { kind: string }) => w.kind)).toEqual(['restDay']);
    const evening = await judge1.post('/api/v1/hearings/check', { caseId: a.id, ...slot('2026-03-16', '18:00', '19:00', 2) });
    expect(evening.body.warnings.map((w: { kind: string }) => w.kind)).toEqual(['outsideHours']);
    const inside = await judge1.post('/api/v1/hearings/check', { caseId: a.id, ...slot('2026-03-16', '09:00', '10:00', 2) });
    expect(inside.body).toMatchObject({ conflicts: [], warnings: [] });
    // The working window is a setting.
    const settings = (await admin.get('/api/v1/admin/settings/hearings')).body;
    expect((await admin.put('/api/v1/admin/settings/hearings', { ...settings, workingHours: { startsAt: '08:00', endsAt: '20:00' } })).status).toBe(200);
    const later = await judge1.post('/api/v1/hearings/check', { caseId: a.id, ...slot('2026-03-16', '18:00', '19:00', 2) });
    expect(later.body.warnings).toEqual([]);
    expect((await admin.put('/api/v1/admin/settings/hearings', settings)).status).toBe(200);
  });

  test('a party cannot check slots; a judge of another case of the court is refused (403)', async () => {
    const a = await caseOfJudge(world.server.baseUrl, '南关法院法官甲');
    const party = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
    expect((await party.post('/api/v1/hearings/check', { caseId: a.id, ...slot('2026-03-16', '09:00', '10:00', 2) })).status).toBe(403);
    const other = await judge2.post('/api/v1/hearings/check', { caseId: a.id, ...slot('2026-03-16', '09:00', '10:00', 2) });
    expect(other.body.code).toBe('HEARING_CHECK_FORBIDDEN');
  });
});

describe('the courtroom calendar', () => {
  test('lists the court hearings between two dates, by room and by judge; staff of the court only', async () => {
    const all = await judge2.get(`/api/v1/courts/${court}/hearing-calendar?from=2026-03-10&to=2026-03-12`);
    expect(all.status).toBe(200);
    expect(all.body.rooms.length).toBe(rooms.length);
    expect(all.body.hearings.length).toBeGreaterThanOrEqual(6);
    for (const h of all.body.hearings) expect(h.startsAt >= '2026-03-09T16:00:00.000Z' && h.startsAt < '2026-03-12T16:00:00.000Z').toBe(true);
    const room0 = await judge2.get(`/api/v1/courts/${court}/hearing-calendar?from=2026-03-10&to=2026-03-12&roomId=${rooms[0]!.id}`);
    expect(room0.body.hearings.length).toBeGreaterThan(0);
    expect(room0.body.hearings.every((h: { roomId: number }) => h.roomId === rooms[0]!.id)).toBe(true);
    const byJudge = await judge2.get(`/api/v1/courts/${court}/hearing-calendar?from=2026-03-10&to=2026-03-12&judgeId=${judge2.user!.id}`);
    expect(byJudge.body.hearings.length).toBe(3);
    expect(byJudge.body.hearings.every((h: { judgeNames: string[] }) => h.judgeNames.includes('南关法院法官乙'))).toBe(true);
    const oneDay = await judge2.get(`/api/v1/courts/${court}/hearing-calendar?from=2026-03-11&to=2026-03-11`);
    expect(oneDay.body.hearings.map((h: { startsAt: string }) => h.startsAt.slice(0, 10))).toEqual(oneDay.body.hearings.map(() => '2026-03-11'));
    const party = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
    expect((await party.get(`/api/v1/courts/${court}/hearing-calendar?from=2026-03-10&to=2026-03-12`)).body.code).toBe('HEARING_CALENDAR_FORBIDDEN');
    const otherCourt = await ApiClient.loggedIn(world.server.baseUrl, 'kc-judge1');
    expect((await otherCourt.get(`/api/v1/courts/${court}/hearing-calendar?from=2026-03-10&to=2026-03-12`)).status).toBe(403);
    expect((await judge2.get(`/api/v1/courts/${court}/hearing-calendar?from=2026-03-10&to=2026-06-12`)).body.code).toBe('HEARING_CALENDAR_RANGE');
  });
});

describe('online and hybrid hearings', () => {
  test('need a room equipped for them; get a meeting link from the template, shown to the parties and in the summons', async () => {
    const a = await caseOfJudge(world.server.baseUrl, '南关法院法官甲');
    const refused = await judge1.fire(a.id, 'scheduleHearing', { ...slot('2026-03-17', '09:00', '10:00', 0), mode: 'online' });
    expect(refused.body.code).toBe('ROOM_NOT_ONLINE_CAPABLE');
    const room = await admin.post('/api/v1/admin/rooms', { courtId: court, name: '科技法庭一', code: 'T1', isOnlineCapable: true });
    expect(room.status).toBe(201);
    expect((await admin.post('/api/v1/admin/rooms', { courtId: court, name: '科技法庭一', isOnlineCapable: false })).body.code).toBe('ROOM_NAME_TAKEN');
    const bad = await admin.put('/api/v1/admin/settings/hearings', { ...(await admin.get('/api/v1/admin/settings/hearings')).body, meetingLinkTemplate: 'https://x.court/{{meeting}}' });
    expect(bad.body.code).toBe('MEETING_LINK_TEMPLATE_INVALID');
    const booked = await judge1.fire(a.id, 'scheduleHearing', { startsAt: at('2026-03-17', '09:00'), endsAt: at('2026-03-17', '10:00'), roomId: room.body.id, mode: 'hybrid' });
    expect(booked.status).toBe(200);
    const h = booked.body.hearings[0];
    expect(h).toMatchObject({ mode: 'hybrid', meetingLink: `https://meet.example.court/${h.id}?room=T1` });
    const party = await ApiClient.loggedIn(world.server.baseUrl, 'zhangsan');
    expect((await party.get(`/api/v1/cases/${a.id}`)).body.hearings[0].meetingLink).toBe(h.meetingLink);
    // Postponed, it stays hybrid with the same clerk, and gets a link of its own.
    const moved = await judge1.fire(a.id, 'postponeHearing', { startsAt: at('2026-03-18', '09:00'), endsAt: at('2026-03-18', '10:00'), roomId: room.body.id, reason: '当事人申请' });
    expect(moved.status).toBe(200);
    const next = moved.body.hearings.find((x: { status: string }) => x.status === 'scheduled');
    expect(next).toMatchObject({ mode: 'hybrid', clerkName: h.clerkName, meetingLink: `https://meet.example.court/${next.id}?room=T1` });
    // Deactivated, the room takes no more hearings and leaves the booking list.
    const off = await admin.put(`/api/v1/admin/rooms/${room.body.id}`, { courtId: court, name: '科技法庭一', code: 'T1', isOnlineCapable: true, isActive: false });
    expect(off.body.isActive).toBe(false);
    expect((await judge1.get(`/api/v1/courts/${court}/rooms`)).body.some((r: { id: number }) => r.id === room.body.id)).toBe(false);
    expect((await admin.get(`/api/v1/admin/rooms?courtId=${court}`)).body.find((r: { id: number }) => r.id === room.body.id)).toMatchObject({ isOnlineCapable: true, isActive: false });
    const summons = (await party.get(`/api/v1/cases/${a.id}`)).body.attachments.find((x: { category: string }) => x.category === 'summons');
    const text = await docxText((await party.bytes(`/api/v1/attachments/${summons.id}/content`)).bytes);
    expect(text).toContain(`开庭方式：线上线下融合开庭（在线庭审链接：${h.meetingLink}）`);
  });
});
