// Issue 16 item 4: the message thread of a 民诉前调 matter — the mediator and both parties write (text and files),
// read receipts appear once a participant has read, the filing clerk follows without taking part, and the thread
// closes (for writing only) when the matter ends. Real HTTP and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { courtId, TINY_PDF } from '../support/fixtures';
import { fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let clerk: ApiClient;
let mediator: ApiClient;
let zhang: ApiClient;
let lisi: ApiClient;
let committee: { id: number; mediators: { userId: number; displayName: string }[] };

beforeAll(async () => {
  const base = world.server.baseUrl;
  [clerk, mediator, zhang, lisi] = await Promise.all([ApiClient.loggedIn(base, 'ng-filing'), ApiClient.loggedIn(base, 'ng-mediator'), ApiClient.loggedIn(base, 'zhangsan'), ApiClient.loggedIn(base, 'lisi')]);
  const orgs = (await clerk.get(`/api/v1/mediation/organisations?courtId=${await courtId(clerk, '吉0102')}`)).body;
  committee = orgs.find((o: { name: string }) => o.name === '南关区人民调解委员会');
});

/** 张三's complaint against 李四, routed to mediation and entrusted to ng-mediator; accepted unless `decline`. */
async function matter(o: { decline?: boolean } = {}) {
  const filing = await fileLoanCase(world.server.baseUrl, { mediationConsent: true });
  const routed = await clerk.fire(filing.id, 'routeToMediation', {});
  const id = routed.body.continuations.find((c: { caseType: string }) => c.caseType === '民诉前调').id as number;
  const mediatorId = committee.mediators.find((m) => m.displayName === '南关法院特邀调解员')!.userId;
  expect((await clerk.fire(id, 'designateMediator', { organisationId: committee.id, mediatorId, acknowledgeWarnings: true })).status).toBe(200);
  expect((await mediator.fire(id, o.decline ? 'declineEntrustment' : 'acceptEntrustment', o.decline ? { reason: '与当事人有利害关系' } : {})).status).toBe(200);
  return { id, filingId: filing.id };
}

const thread = (api: ApiClient, id: number, q = '') => api.get(`/api/v1/cases/${id}/messages?thread=mediation${q}`);
const post = (api: ApiClient, id: number, body: string, attachmentIds?: number[]) => api.post(`/api/v1/cases/${id}/messages`, { thread: 'mediation', body, ...(attachmentIds ? { attachmentIds } : {}) });
const read = (api: ApiClient, id: number, upToMessageId: number) => api.post(`/api/v1/cases/${id}/messages/read`, { thread: 'mediation', upToMessageId });
const upload = async (api: ApiClient, name: string) => {
  const r = await api.upload(name, TINY_PDF, 'application/pdf');
  expect(r.status).toBe(201);
  return r.body.id as number;
};
type Msg = { id: number; body: string; author: { displayName: string; role: string; side: string | null }; readBy: { displayName: string; readAt: string }[]; attachments: { id: number; fileName: string }[] };

describe('the message thread of a mediation matter', () => {
  test('the mediator and both parties write; receipts appear only once read; files stay in the thread', async () => {
    const { id } = await matter();
    const first = await post(mediator, id, '  请双方于本周内提交还款方案。 ');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ body: '请双方于本周内提交还款方案。', isMine: true, author: { displayName: '南关法院特邀调解员', role: 'mediator', side: null }, readBy: [] });

    // 张三 sees it unread; the mediator sees no receipt until 张三 has read.
    const seen = (await thread(zhang, id)).body;
    expect(seen).toMatchObject({ isParticipant: true, isOpen: true, unreadCount: 1, total: 1 });
    expect(seen.items[0].isMine).toBe(false);
    expect((await thread(mediator, id)).body.items[0].readBy).toEqual([]);
    clock.set('2026-03-03');
    expect((await read(zhang, id, first.body.id)).body).toEqual({ marked: 1, unreadCount: 0 });
    // Idempotent: a second mark changes nothing (the time of the first stays).
    clock.set('2026-03-04');
    expect((await read(zhang, id, first.body.id)).body).toEqual({ marked: 0, unreadCount: 0 });
    const receipts = (await thread(mediator, id)).body.items[0].readBy;
    expect(receipts).toEqual([{ userId: zhang.user!.id, displayName: '张三', readAt: expect.stringMatching(/^2026-03-0[23]T/) }]);

    // 张三 answers with a file; 李四 answers too, on his side.
    const fileId = await upload(zhang, '还款方案.pdf');
    const second = await post(zhang, id, '方案见附件。', [fileId]);
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ author: { role: 'party', side: '张三' }, attachments: [{ id: fileId, fileName: '还款方案.pdf' }] });
    const third = await post(lisi, id, '', [await upload(lisi, '收入证明.pdf')]);
    expect(third.status).toBe(201);
    expect(third.body.author).toMatchObject({ displayName: '李四', side: '李四' });

    expect((await thread(mediator, id)).body.unreadCount).toBe(2);
    expect((await read(mediator, id, third.body.id)).body).toEqual({ marked: 2, unreadCount: 0 });
    expect((await read(lisi, id, third.body.id)).body.marked).toBe(2);
    const all = (await thread(zhang, id)).body.items as Msg[];
    expect(all.map((m) => m.body)).toEqual(['请双方于本周内提交还款方案。', '方案见附件。', '']);
    expect(all.map((m) => m.readBy.map((r) => r.displayName).sort())).toEqual([['张三', '李四'].sort(), ['南关法院特邀调解员', '李四'].sort(), ['南关法院特邀调解员']]);
    // Pages run oldest first.
    expect((await thread(zhang, id, '&page=2&pageSize=2')).body.items.map((m: Msg) => m.id)).toEqual([third.body.id]);

    // A message's file is the thread's: not among the matter's materials, and only the thread's readers open it.
    expect((await clerk.get(`/api/v1/cases/${id}`)).body.attachments.map((a: { id: number }) => a.id)).not.toContain(fileId);
    expect((await lisi.request('GET', `/api/v1/attachments/${fileId}/content`)).status).toBe(200);
    expect((await clerk.request('GET', `/api/v1/attachments/${fileId}/content`)).status).toBe(200);
    const judge = await ApiClient.loggedIn(world.server.baseUrl, 'ng-judge1');
    expect((await judge.get(`/api/v1/cases/${id}`)).status).toBe(200);
    expect((await judge.request('GET', `/api/v1/attachments/${fileId}/content`)).status).toBe(404);
    const staff = await thread(judge, id);
    expect([staff.status, staff.body.code]).toEqual([403, 'MESSAGE_THREAD_FORBIDDEN']);

    // The filing clerk of the 诉调对接 centre reads, but neither writes nor leaves receipts.
    expect((await thread(clerk, id)).body).toMatchObject({ isParticipant: false, unreadCount: null, total: 3 });
    for (const r of [await post(clerk, id, '请尽快调解'), await read(clerk, id, third.body.id)]) expect([r.status, r.body.code]).toEqual([403, 'MESSAGE_THREAD_FORBIDDEN']);
  });

  test('who may not see the matter gets 404; a mediator who declined gets 403; a 民初 case has no such thread', async () => {
    const { id, filingId } = await matter();
    const { id: declined } = await matter({ decline: true });
    // A lawyer on a case of his own, and a mediator of another organisation.
    await fileLoanCase(world.server.baseUrl, {}, 'lawyer-wang');
    for (const name of ['lawyer-wang', 'kc-mediator']) {
      const api = await ApiClient.loggedIn(world.server.baseUrl, name);
      for (const r of [await thread(api, id), await post(api, id, '你好'), await read(api, id, 1)]) expect([r.status, r.body.code]).toEqual([404, 'CASE_NOT_FOUND']);
    }
    expect((await mediator.get(`/api/v1/cases/${declined}`)).status).toBe(200);
    for (const r of [await thread(mediator, declined), await post(mediator, declined, '你好')]) {
      expect(r.status).toBe(403);
      expect(r.body.code).toBe('MESSAGE_THREAD_FORBIDDEN');
      expect(r.body.messages.en).toContain('do not take part');
    }
    const none = await thread(zhang, filingId);
    expect([none.status, none.body.code]).toEqual([404, 'MESSAGE_THREAD_NOT_FOUND']);
  });

  test('files: only the author\'s own uploads that no case or message holds; bad input is refused with its code, nothing saved', async () => {
    const { id, filingId } = await matter();
    const filed = (await zhang.get(`/api/v1/cases/${filingId}`)).body.attachments[0].id as number;
    const lisis = await upload(lisi, '李四的文件.pdf');
    const once = await upload(zhang, '一次.pdf');
    expect((await post(zhang, id, '第一次', [once])).status).toBe(201);
    for (const ids of [[filed], [lisis], [once], [once + 1_000_000]]) {
      const r = await post(zhang, id, '附件', ids);
      expect([r.status, r.body.code, r.body.details.attachmentIds]).toEqual([422, 'ATTACHMENT_INVALID', ids]);
    }
    const bad: [unknown, number, string][] = [
      [{ thread: 'mediation', body: 'x'.repeat(2001) }, 400, 'VALIDATION_FAILED'],
      [{ thread: 'judge', body: '你好' }, 400, 'VALIDATION_FAILED'],
      [{ thread: 'mediation', body: '你好', attachmentIds: [1, 2, 3, 4, 5, 6] }, 400, 'VALIDATION_FAILED'],
      [{ thread: 'mediation', body: '你好', extra: true }, 400, 'VALIDATION_FAILED'],
      [{ thread: 'mediation', body: '   ' }, 422, 'MESSAGE_EMPTY'],
    ];
    for (const [body, status, code] of bad) {
      const r = await zhang.post(`/api/v1/cases/${id}/messages`, body);
      expect([r.status, r.body.code]).toEqual([status, code]);
    }
    const q = await zhang.get(`/api/v1/cases/${id}/messages?thread=mediation&pageSize=500`);
    expect([q.status, q.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await thread(zhang, id)).body.total).toBe(1);
    // The refused file is still free for its author.
    expect((await post(lisi, id, '补充', [lisis])).status).toBe(201);
  });

  test('once the matter has ended nobody writes (409), and the thread is still read', async () => {
    const { id, filingId } = await matter();
    const m = await post(lisi, id, '我方不同意该方案。', [await upload(lisi, '李四反对意见.pdf')]);
    expect((await mediator.fire(id, 'endMediation', { ground: 'wideDivergence' })).status).toBe(200);
    for (const api of [mediator, zhang]) {
      const r = await post(api, id, '再商量一下？');
      expect([r.status, r.body.code]).toEqual([409, 'MESSAGE_THREAD_CLOSED']);
    }
    expect((await thread(zhang, id)).body).toMatchObject({ isOpen: false, unreadCount: 1, total: 1 });
    expect((await read(zhang, id, m.body.id)).body).toEqual({ marked: 1, unreadCount: 0 });
    expect((await thread(lisi, id)).body.items[0].readBy.map((r: { displayName: string }) => r.displayName)).toEqual(['张三']);
    // The complaint goes back to registration with the matter's materials, not with what was said in mediation.
    const filing = (await clerk.get(`/api/v1/cases/${filingId}`)).body;
    expect(filing.node).toBe('submitted');
    expect(filing.attachments.map((a: { fileName: string }) => a.fileName)).not.toContain('李四反对意见.pdf');
  });
});
