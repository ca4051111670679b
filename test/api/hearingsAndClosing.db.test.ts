// Hearings (no double booking of a room or a judge), closing and archiving, appeal rules.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays } from '../../src/domain/calendar/plainDate';
import { ApiClient } from '../support/apiClient';
import { courtId, TINY_PDF, todayInShanghai } from '../support/fixtures';
import { assignedCase, closeInput, closingDocument } from '../support/scenarios';
import { startTestServer, type TestServer } from '../support/testServer';

let server: TestServer;
let judge: ApiClient;
let rooms: { id: number; name: string }[];
beforeAll(async () => {
  server = await startTestServer();
  judge = await ApiClient.loggedIn(server.baseUrl, 'ng-judge1');
  rooms = (await judge.get(`/api/v1/courts/${await courtId(judge, '吉0102')}/rooms`)).body;
});
afterAll(async () => {
  await server?.close();
});

const slot = (day: string, from: string, to: string, roomId: number) => ({ startsAt: `${day}T${from}:00+08:00`, endsAt: `${day}T${to}:00+08:00`, roomId });

// Hearings recorded as held in these tests start at midnight today (a hearing is recorded once it has begun); a held
// hearing no longer books its judge or room, so each test may take that slot again.
describe('scheduling hearings', () => {
  test('the same room or the same judge cannot be booked twice at overlapping times', async () => {
    const day = addDays(todayInShanghai(), 3);
    const one = await assignedCase(server.baseUrl);
    const two = await assignedCase(server.baseUrl);
    expect((await judge.fire(one.id, 'scheduleHearing', slot(day, '09:00', '10:30', rooms[0]!.id))).status).toBe(200);

    const sameJudge = await judge.fire(two.id, 'scheduleHearing', slot(day, '10:00', '11:00', rooms[1]!.id));
    expect(sameJudge.status).toBe(409);
    expect(sameJudge.body).toMatchObject({ code: 'HEARING_CONFLICT', details: { reason: 'judge' } });

    const other = await ApiClient.loggedIn(server.baseUrl, 'ng-chief');
    const judges = await other.get(`/api/v1/cases/${two.id}/eligible-judges`);
    const judge2 = judges.body.find((j: { displayName: string }) => j.displayName === '南关法院法官乙');
    await other.fire(two.id, 'reassign', { mode: 'manual', organization: 'sole', judgeId: judge2.id, reason: '原承办法官当日已有庭审' });
    const j2 = await ApiClient.loggedIn(server.baseUrl, 'ng-judge2');
    const sameRoom = await j2.fire(two.id, 'scheduleHearing', slot(day, '10:00', '11:00', rooms[0]!.id));
    expect(sameRoom.status).toBe(409);
    expect(sameRoom.body).toMatchObject({ code: 'HEARING_CONFLICT', details: { reason: 'room' } });
    expect(sameRoom.body.message).toContain(rooms[0]!.name);

    // Back to back is not an overlap.
    const adjacent = await j2.fire(two.id, 'scheduleHearing', slot(day, '10:30', '11:30', rooms[0]!.id));
    expect(adjacent.status).toBe(200);
  });

  test('a refused booking leaves the case as it was', async () => {
    const day = addDays(todayInShanghai(), 4);
    const one = await assignedCase(server.baseUrl);
    const two = await assignedCase(server.baseUrl);
    await judge.fire(one.id, 'scheduleHearing', slot(day, '14:00', '15:00', rooms[2]!.id));
    const before = await judge.get(`/api/v1/cases/${two.id}`);
    expect((await judge.fire(two.id, 'scheduleHearing', slot(day, '14:30', '15:30', rooms[2]!.id))).status).toBe(409);
    const after = await judge.get(`/api/v1/cases/${two.id}`);
    expect(after.body).toMatchObject({ node: 'assigned', version: before.body.version, hearings: [] });
  });

  test('a postponement frees the old slot and books the new one, with its reason on the timeline', async () => {
    const day = addDays(todayInShanghai(), 5);
    const c = await assignedCase(server.baseUrl);
    await judge.fire(c.id, 'scheduleHearing', slot(day, '09:00', '10:00', rooms[0]!.id));
    const p = await judge.fire(c.id, 'postponeHearing', { ...slot(addDays(day, 1), '09:00', '10:00', rooms[0]!.id), reason: '被告申请新证据' });
    expect(p.status).toBe(200);
    expect(p.body.hearings.map((h: { status: string }) => h.status)).toEqual(['postponed', 'scheduled']);
    const t = await judge.get(`/api/v1/cases/${c.id}/timeline`);
    expect(t.body.at(-1)).toMatchObject({ event: 'postponeHearing', payload: expect.objectContaining({ reason: '被告申请新证据' }) });
  });

  test('a hearing cannot be recorded as held before its day, nor scheduled in the past', async () => {
    const c = await assignedCase(server.baseUrl);
    const past = await judge.fire(c.id, 'scheduleHearing', slot(addDays(todayInShanghai(), -1), '09:00', '10:00', rooms[0]!.id));
    expect(past.body.code).toBe('HEARING_IN_PAST');
    const later = await judge.fire(c.id, 'scheduleHearing', slot(addDays(todayInShanghai(), 8), '09:00', '10:00', rooms[1]!.id));
    expect(later.status).toBe(200);
    const early = await judge.fire(c.id, 'recordHearing', {});
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('HEARING_NOT_YET');
  });
});

describe('closing, archiving and appeal', () => {
  test('a judgment, ruling or mediation closes with its signed document, which becomes the material the service carries', async () => {
    const c = await assignedCase(server.baseUrl);
    const today = todayInShanghai();
    expect((await judge.fire(c.id, 'scheduleHearing', slot(today, '00:00', '00:10', rooms[0]!.id))).status).toBe(200);
    expect((await judge.fire(c.id, 'recordHearing', { summary: '双方到庭。' })).status).toBe(200);
    // (A 驳回起诉 or jurisdiction ruling may instead be generated from its reasons: generatedNotices.db.test.ts.)
    for (const method of ['judgment', 'ruling', 'mediation']) {
      const r = await judge.fire(c.id, 'close', { method, closedOn: today, ...(method === 'ruling' ? { rulingKind: 'other' } : {}) });
      expect([method, r.status, r.body.code]).toEqual([method, 422, 'CLOSING_DOCUMENT_REQUIRED']);
    }
    // Someone else's upload is not the judge's judgment.
    const foreign = await c.party.upload('判决书.pdf', TINY_PDF, 'application/pdf', 'other');
    const stolen = await judge.fire(c.id, 'close', { method: 'judgment', closedOn: today, documentId: foreign.body.id });
    expect([stolen.status, stolen.body.code]).toEqual([422, 'CLOSING_DOCUMENT_INVALID']);

    const documentId = await closingDocument(judge);
    const closed = await judge.fire(c.id, 'close', { method: 'judgment', closedOn: today, documentId });
    expect(closed.status).toBe(200);
    expect(closed.body.attachments.find((a: { id: number }) => a.id === documentId)).toMatchObject({ category: 'judgment', fileName: '判决书.pdf' });
    const leaf = await server.database.pool.query(`select 1 from tlog_entries where kind = 'caseFile' and ref_id = $1`, [documentId]);
    expect(leaf.rowCount).toBe(1);

    // Serving the judgment on the platform carries that file.
    const lisi = closed.body.parties.find((p: { name: string }) => p.name === '李四');
    const served = await judge.fire(c.id, 'serveOnPlatform', { document: 'judgment', partyIds: [lisi.id] });
    expect(served.status).toBe(200);
    const timeline = (await judge.get(`/api/v1/cases/${c.id}/timeline`)).body;
    expect(timeline.find((e: { event: string }) => e.event === 'serveOnPlatform').payload.attachmentId).toBe(documentId);
  });

  test('a judgment pronounced orally may close before it is written; without any file nothing is served', async () => {
    const c = await assignedCase(server.baseUrl);
    const today = todayInShanghai();
    expect((await judge.fire(c.id, 'scheduleHearing', slot(today, '00:00', '00:10', rooms[1]!.id))).status).toBe(200);
    expect((await judge.fire(c.id, 'recordHearing', {})).status).toBe(200);
    const closed = await judge.fire(c.id, 'close', { method: 'judgment', closedOn: today, oralPronouncement: true });
    expect(closed.status).toBe(200);
    const lisi = closed.body.parties.find((p: { name: string }) => p.name === '李四');
    const served = await judge.fire(c.id, 'serveOnPlatform', { document: 'judgment', partyIds: [lisi.id] });
    expect([served.status, served.body.code]).toEqual([422, 'SERVICE_FILE_MISSING']);
  });

  test('a judgment needs a hearing; a withdrawal does not; a closed case is archived by its clerk', async () => {
    const c = await assignedCase(server.baseUrl);
    const today = todayInShanghai();
    const j = await judge.fire(c.id, 'close', await closeInput(judge, { method: 'judgment', closedOn: today }));
    expect(j.body.code).toBe('JUDGMENT_WITHOUT_HEARING');
    const w = await judge.fire(c.id, 'close', { method: 'withdrawal', closedOn: today });
    expect(w.body).toMatchObject({ node: 'closed', closingMethod: 'withdrawal' });
    // Withdrawal ends the case for good: no appeal.
    const appeal = await c.party.fire(c.id, 'appeal', { partyIds: [w.body.parties[0].id], reasons: '不服' });
    expect(appeal.body.code).toBe('APPEAL_NOT_AVAILABLE');
    const clerk = await ApiClient.loggedIn(server.baseUrl, 'ng-clerk');
    const a = await clerk.fire(c.id, 'archive', {});
    expect(a.body).toMatchObject({ node: 'archived', archivedOn: today, allowedEvents: [] });
  });

  test('a small-claims judgment is final; a party may appeal only for itself', async () => {
    const small = await assignedCase(server.baseUrl, 'smallClaims');
    const today = todayInShanghai();
    // Earlier today: a hearing is recorded once it has begun.
    await judge.fire(small.id, 'scheduleHearing', slot(today, '00:00', '00:10', rooms[2]!.id));
    await judge.fire(small.id, 'recordHearing', {});
    const closed = await judge.fire(small.id, 'close', await closeInput(judge, { method: 'judgment', closedOn: today }));
    const mine = closed.body.parties.find((p: { name: string }) => p.name === '张三');
    expect((await small.party.fire(small.id, 'appeal', { partyIds: [mine.id], reasons: '不服' })).body.code).toBe('APPEAL_NOT_AVAILABLE');

    const ruled = await assignedCase(server.baseUrl);
    const r = await judge.fire(ruled.id, 'close', await closeInput(judge, { method: 'ruling', rulingKind: 'dismissal', closedOn: today }));
    expect(r.status).toBe(200);
    const forOther = await ruled.party.fire(ruled.id, 'appeal', { partyIds: [r.body.parties.find((p: { name: string }) => p.name === '李四').id], reasons: '代他人上诉' });
    expect(forOther.body.code).toBe('APPEAL_PARTY_NOT_REPRESENTED');
    const own = await ruled.party.fire(ruled.id, 'appeal', { partyIds: [r.body.parties.find((p: { name: string }) => p.name === '张三').id], reasons: '驳回起诉错误' });
    expect(own.status).toBe(200);
    expect((await ruled.party.fire(ruled.id, 'appeal', { partyIds: [own.body.parties[0].id], reasons: '再次上诉' })).body.code).toBe('APPEAL_ALREADY_FILED');
    // The other side joins the same appeal case rather than opening a second one.
    const lisi = await ApiClient.loggedIn(server.baseUrl, 'lisi');
    const lisiParty = own.body.parties.find((p: { name: string }) => p.name === '李四');
    const joined = await lisi.fire(ruled.id, 'appeal', { partyIds: [lisiParty.id], reasons: '一并上诉' });
    expect(joined.status).toBe(200);
    expect(joined.body.continuations).toHaveLength(1);
    const appeal = await lisi.get(`/api/v1/cases/${joined.body.continuations[0].id}`);
    expect(appeal.body.parties.map((p: { standing: string }) => p.standing)).toEqual(['appellant', 'appellant']);
  });
});
