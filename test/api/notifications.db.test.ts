// 我的通知: every signed-in user lists, counts and marks read only their own notifications; another's id is not
// found; a source that sends the same notification again (same user and dedupe key) sends nothing.
import { beforeAll, describe, expect, test } from 'vitest';
import { notifyUsers, type NewNotification } from '../../src/server/modules/notifications/notify';
import { ApiClient } from '../support/apiClient';
import { serverForSpec } from '../support/serverForSpec';

const world = serverForSpec();
let judge: ApiClient;
let party: ApiClient;

const note = (userId: number, i: number, kind = 'test'): NewNotification => ({
  userId,
  courtId: null,
  kind,
  title: { 'zh-CN': `通知${i}`, en: `Notice ${i}` },
  body: { 'zh-CN': `正文${i}`, en: `Body ${i}` },
  link: `/my-cases?n=${i}`,
  dedupeKey: `test:${i}`,
});
const send = (notes: NewNotification[]) => world.server.deps.db.transaction((tx) => notifyUsers(tx, notes));
const unread = async (c: ApiClient) => (await c.get('/api/v1/notifications/unread-count')).body.unread;

beforeAll(async () => {
  [judge, party] = await Promise.all([ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1'), ApiClient.loggedIn(world.server.baseUrl, 'zhangsan')]);
  expect(await send(Array.from({ length: 25 }, (_, i) => note(judge.user.id, i + 1, i % 2 ? 'odd' : 'even')))).toBe(25);
  expect(await send([note(party.user.id, 1), note(party.user.id, 2)])).toBe(2);
});

describe('我的通知', () => {
  test('each user lists only their own, newest first, a page at a time', async () => {
    const p1 = (await judge.get('/api/v1/notifications?pageSize=10')).body;
    expect(p1).toMatchObject({ total: 25, page: 1, pageSize: 10 });
    expect(p1.items.map((n: { title: { en: string } }) => n.title.en)).toEqual(Array.from({ length: 10 }, (_, i) => `Notice ${25 - i}`));
    expect(p1.items[0]).toMatchObject({ kind: 'even', body: { 'zh-CN': '正文25', en: 'Body 25' }, link: '/my-cases?n=25', caseId: null, readAt: null });
    const p3 = (await judge.get('/api/v1/notifications?pageSize=10&page=3')).body;
    expect(p3.items.map((n: { title: { en: string } }) => n.title.en)).toEqual(['Notice 5', 'Notice 4', 'Notice 3', 'Notice 2', 'Notice 1']);
    const own = (await party.get('/api/v1/notifications')).body;
    expect(own.total).toBe(2);
    expect(own.items.map((n: { title: { 'zh-CN': string } }) => n.title['zh-CN'])).toEqual(['通知2', '通知1']);
    const byKind = (await judge.get('/api/v1/notifications?sort=kind&pageSize=100')).body.items.map((n: { kind: string }) => n.kind);
    expect(byKind.indexOf('odd')).toBe(13);
    expect((await judge.get('/api/v1/notifications?sort=userId')).status).toBe(400);
    expect(await unread(judge)).toBe(25);
    expect(await unread(party)).toBe(2);
  });

  test('sent again with the same keys: nothing new', async () => {
    expect(await send([note(judge.user.id, 1), note(judge.user.id, 26)])).toBe(1);
    expect(await unread(judge)).toBe(26);
  });

  test('another user\'s notification is not found, and stays unread', async () => {
    const theirs = (await judge.get('/api/v1/notifications?pageSize=1')).body.items[0];
    const r = await party.post(`/api/v1/notifications/${theirs.id}/read`, {});
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('NOTIFICATION_NOT_FOUND');
    expect((await party.post('/api/v1/notifications/999999999/read', {})).status).toBe(404);
    expect(await unread(judge)).toBe(26);
  });

  test('read one: it keeps its first reading time and goes below the unread ones; unread=true leaves it out', async () => {
    const first = (await judge.get('/api/v1/notifications?pageSize=1')).body.items[0];
    const r = await judge.post(`/api/v1/notifications/${first.id}/read`, {});
    expect(r.status).toBe(200);
    expect(r.body.readAt).not.toBeNull();
    expect((await judge.post(`/api/v1/notifications/${first.id}/read`, {})).body.readAt).toBe(r.body.readAt);
    expect(await unread(judge)).toBe(25);
    const all = (await judge.get('/api/v1/notifications?pageSize=100')).body.items;
    expect(all.at(-1).id).toBe(first.id);
    const onlyUnread = (await judge.get('/api/v1/notifications?unread=true&pageSize=100')).body;
    expect(onlyUnread.total).toBe(25);
    expect(onlyUnread.items.map((n: { id: number }) => n.id)).not.toContain(first.id);
  });

  test('read all marks only the user\'s own', async () => {
    expect((await judge.post('/api/v1/notifications/read-all', {})).body).toEqual({ marked: 25 });
    expect(await unread(judge)).toBe(0);
    expect((await judge.post('/api/v1/notifications/read-all', {})).body).toEqual({ marked: 0 });
    expect(await unread(party)).toBe(2);
    expect((await judge.get('/api/v1/notifications?unread=true')).body.total).toBe(0);
  });

  test('signed out: 401', async () => {
    const anon = new ApiClient(world.server.baseUrl);
    expect((await anon.get('/api/v1/notifications')).status).toBe(401);
    expect((await anon.get('/api/v1/notifications/unread-count')).status).toBe(401);
  });
});
