// Issue 21 item 3: the clerk writes the hearing's record from a skeleton of the case's data, saves versioned drafts,
// finalises it (SHA-256); each party and the clerk sign online (timeline entries and transparency-log leaves); a
// party's objection is corrected into a new revision whose signatures restart; the fully signed record is filed in
// the dossier as a DOCX; the recording is uploaded to the hearing; nobody outside the case reads any of it.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { docxText } from '../support/docxText';
import { courtId } from '../support/fixtures';
import { at, caseOfJudge } from '../support/hearingScenario';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
let judge: ApiClient;
let clerk: ApiClient;
let zhangsan: ApiClient;
let lisi: ApiClient;
let lawyer: ApiClient;
let rooms: { id: number }[];
beforeAll(async () => {
  const base = world.server.baseUrl;
  [judge, clerk, zhangsan, lisi, lawyer] = await Promise.all([
    ApiClient.loggedIn(base, 'ng-judge1'),
    ApiClient.loggedIn(base, 'ng-clerk'),
    ApiClient.loggedIn(base, 'zhangsan'),
    ApiClient.loggedIn(base, 'lisi'),
    ApiClient.loggedIn(base, 'lawyer-wang'),
  ]);
  rooms = (await judge.get(`/api/v1/courts/${await courtId(judge, '吉0102')}/rooms`)).body;
  // 王律师 acts in a case of his own (another case of the same court): none of the hearings below is his to see.
  await caseOfJudge(base, '南关法院法官乙', 'lawyer-wang');
});

/** A case heard on the given day (09:00–10:00), the clock moved to the next day. */
async function heardCase(day: string, room = 0) {
  clock.set('2026-03-02');
  const c = await caseOfJudge(world.server.baseUrl, '南关法院法官甲');
  const booked = await judge.fire(c.id, 'scheduleHearing', { startsAt: at(day, '09:00'), endsAt: at(day, '10:00'), roomId: rooms[room]!.id });
  expect(booked.status).toBe(200);
  const hearingId = booked.body.hearings[0].id as number;
  return { caseId: c.id, hearingId, hold: async () => {
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    clock.set(next);
    expect((await judge.fire(c.id, 'recordHearing', { summary: '双方到庭' })).status).toBe(200);
  } };
}

const leaves = async (kind: string, ids: number[]) =>
  (await world.server.database.pool.query(`select ref_id from tlog_entries where kind = $1 and ref_id = any($2::bigint[])`, [kind, ids])).rowCount;

describe('the transcript from draft to the dossier', () => {
  test('draft → finalise → both parties and the clerk sign → filed as a DOCX with its leaf; a correction restarts the signatures', async () => {
    const { caseId, hearingId, hold } = await heardCase('2026-03-10');
    const path = `/api/v1/hearings/${hearingId}/transcript`;

    // The skeleton is written from the case: appearances, the claims as filed.
    const first = await clerk.get(path);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'none', version: 0, mayEdit: true });
    const text = (key: string) => first.body.sections.find((s: { key: string }) => s.key === key).text as string;
    expect(text('opening')).toContain('原告：张三，到庭。');
    expect(text('opening')).toContain('书记员：南关法院书记员');
    expect(text('claims')).toContain('1. 判令被告偿还借款本金人民币150000元');
    // A party does not read a draft; nor does anyone outside the case.
    expect((await zhangsan.get(path)).status).toBe(404);
    expect((await lawyer.get(path)).body.code).toBe('HEARING_NOT_FOUND');

    const sections = first.body.sections.map((s: { key: string; title: string; text: string }) => (s.key === 'debate' ? { ...s, text: '原告：坚持诉讼请求。\n被告：借款已部分归还。' } : s));
    const saved = await clerk.put(path, { sections, expectedVersion: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'draft', version: 1 });
    expect((await judge.put(path, { sections, expectedVersion: 0 })).body.code).toBe('TRANSCRIPT_CHANGED');
    expect((await zhangsan.put(path, { sections, expectedVersion: 1 })).status).toBe(403);
    expect((await clerk.put(path, { sections: [{ key: 'nonsense', title: 'x', text: '' }], expectedVersion: 1 })).body.code).toBe('TRANSCRIPT_SECTIONS_INVALID');
    expect((await clerk.put(path, { sections, expectedVersion: 1 })).body.version).toBe(2);

    // Finalising needs the hearing held.
    expect((await clerk.post(`${path}/finalise`, { expectedVersion: 2 })).body.code).toBe('HEARING_NOT_HELD');
    await hold();
    const final = await clerk.post(`${path}/finalise`, { expectedVersion: 2 });
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({ status: 'finalised', revision: 1, mayEdit: false, missing: { court: true } });
    expect(final.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await clerk.put(path, { sections, expectedVersion: 3 })).body.code).toBe('TRANSCRIPT_FINALISED');

    // The parties read the final text and sign it (a stale hash is refused).
    const mine = await zhangsan.get(path);
    expect(mine.status).toBe(200);
    const zhangsanParty = mine.body.parties.find((p: { name: string }) => p.name === '张三').id;
    const lisiParty = mine.body.parties.find((p: { name: string }) => p.name === '李四').id;
    expect(mine.body.maySignFor).toEqual([zhangsanParty]);
    expect((await zhangsan.post(`${path}/signatures`, { sha256: '0'.repeat(64) })).body.code).toBe('TRANSCRIPT_CHANGED');
    const signed = await zhangsan.post(`${path}/signatures`, { sha256: final.body.sha256 });
    expect(signed.status).toBe(200);
    expect(signed.body.signatures).toEqual([expect.objectContaining({ partyId: zhangsanParty, signerName: '张三', role: 'party', sha256: final.body.sha256 })]);
    expect((await zhangsan.post(`${path}/signatures`, { sha256: final.body.sha256 })).body.code).toBe('TRANSCRIPT_ALREADY_SIGNED');

    // 李四 asks for a correction; the clerk corrects: a new revision, a new hash, signatures start afresh.
    const objected = await lisi.post(`${path}/objections`, { text: '我方当庭陈述的还款金额为5万元，笔录未记载。' });
    expect(objected.status).toBe(201);
    const objectionId = objected.body.objections[0].id;
    expect((await zhangsan.post(`${path}/objections/${objectionId}/resolve`, { decision: 'decline', resolution: 'x' })).status).toBe(403);
    const corrected = sections.map((s: { key: string; text: string }) => (s.key === 'debate' ? { ...s, text: `${s.text}\n被告：已归还5万元。` } : s));
    const fixed = await clerk.post(`${path}/objections/${objectionId}/resolve`, { decision: 'correct', resolution: '已补记被告陈述', sections: corrected });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ status: 'finalised', revision: 2, signatures: [], missing: { partyIds: [zhangsanParty, lisiParty], court: true } });
    expect(fixed.body.sha256).not.toBe(final.body.sha256);
    expect(fixed.body.objections[0]).toMatchObject({ status: 'corrected', resolution: '已补记被告陈述' });

    expect((await zhangsan.post(`${path}/signatures`, { sha256: fixed.body.sha256 })).status).toBe(200);
    expect((await lisi.post(`${path}/signatures`, { sha256: fixed.body.sha256 })).status).toBe(200);
    const done = await clerk.post(`${path}/signatures`, { sha256: fixed.body.sha256 });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'filed', missing: { partyIds: [], court: false } });
    const fileId = done.body.filedAttachmentId as number;

    // Filed in the dossier as a 庭审笔录 DOCX, with its leaf; every signature is a timeline entry with its leaf.
    const detail = (await zhangsan.get(`/api/v1/cases/${caseId}`)).body;
    expect(detail.attachments.find((a: { id: number }) => a.id === fileId)).toMatchObject({ category: 'hearingRecord' });
    const docx = await docxText((await zhangsan.bytes(`/api/v1/attachments/${fileId}/content`)).bytes);
    expect(docx).toContain('被告：已归还5万元。');
    expect(docx).toContain('原告张三：张三于');
    expect(docx).toContain(fixed.body.sha256);
    expect(await leaves('caseFile', [fileId])).toBe(1);
    const events = await world.server.database.pool.query(`select id, event, payload from case_events where case_id = $1 and event like 'hearingTranscript%' order by seq`, [caseId]);
    expect(events.rows.map((e) => e.event)).toEqual([
      'hearingTranscriptFinalised',
      'hearingTranscriptSigned',
      'hearingTranscriptObjected',
      'hearingTranscriptCorrected',
      'hearingTranscriptSigned',
      'hearingTranscriptSigned',
      'hearingTranscriptSigned',
      'hearingTranscriptFiled',
    ]);
    const signatures = events.rows.filter((e) => e.event === 'hearingTranscriptSigned');
    expect(signatures.slice(1).map((e) => e.payload.sha256)).toEqual([fixed.body.sha256, fixed.body.sha256, fixed.body.sha256]);
    expect(await leaves('caseEvent', events.rows.map((e) => Number(e.id)))).toBe(8);
    const sigRows = await world.server.database.pool.query(`select case_event_id from hearing_transcript_signatures where revision = 2 and case_event_id = any($1::bigint[])`, [signatures.map((e) => e.id)]);
    expect(sigRows.rowCount).toBe(3);
    // After filing nothing more is signed.
    expect((await lisi.post(`${path}/signatures`, { sha256: fixed.body.sha256 })).body.code).toBe('TRANSCRIPT_NOT_SIGNABLE');
  });

  test('the judge closes signing with a note of who refused; the record is filed with the note', async () => {
    const { hearingId, hold } = await heardCase('2026-03-11');
    const path = `/api/v1/hearings/${hearingId}/transcript`;
    const skeleton = (await clerk.get(path)).body;
    await clerk.put(path, { sections: skeleton.sections, expectedVersion: 0 });
    await hold();
    const final = (await clerk.post(`${path}/finalise`, { expectedVersion: 1 })).body;
    expect((await zhangsan.post(`${path}/signatures`, { sha256: final.sha256 })).status).toBe(200);
    expect((await clerk.post(`${path}/close-signing`, { note: '李四拒绝签名' })).body.code).toBe('TRANSCRIPT_CLOSE_FORBIDDEN');
    const closed = await judge.post(`${path}/close-signing`, { note: '被告李四经宣读后拒绝签名。' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'filed', closingNote: '被告李四经宣读后拒绝签名。' });
    const docx = await docxText((await judge.bytes(`/api/v1/attachments/${closed.body.filedAttachmentId}/content`)).bytes);
    expect(docx).toContain('被告李四：未签名');
    expect(docx).toContain('被告李四经宣读后拒绝签名。');
  });
});

describe('the recording', () => {
  const MP4 = new Uint8Array(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom', 'latin1'), Buffer.alloc(200, 1)]));
  const WAV = new Uint8Array(Buffer.concat([Buffer.from('RIFF', 'latin1'), Buffer.alloc(4), Buffer.from('WAVEfmt ', 'latin1'), Buffer.alloc(100, 2)]));

  test('the clerk uploads audio or video (by content) to the hearing and the dossier; others may not; a PDF is refused', async () => {
    const { caseId, hearingId } = await heardCase('2026-03-12', 1);
    const up = await clerk.uploadTo(`/api/v1/hearings/${hearingId}/recording`, '庭审录像.mp4', MP4, 'video/mp4');
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ hearingId, mimeType: 'video/mp4', sizeBytes: MP4.length });
    expect((await clerk.uploadTo(`/api/v1/hearings/${hearingId}/recording`, '庭审录音.wav', WAV, 'audio/wav')).status).toBe(201);
    expect((await clerk.uploadTo(`/api/v1/hearings/${hearingId}/recording`, 'x.mp4', WAV, 'video/mp4')).body.code).toBe('RECORDING_TYPE_NOT_ALLOWED');
    expect((await clerk.uploadTo(`/api/v1/hearings/${hearingId}/recording`, 'x.pdf', new TextEncoder().encode('%PDF-1.4'), 'application/pdf')).status).toBe(415);
    expect((await zhangsan.uploadTo(`/api/v1/hearings/${hearingId}/recording`, 'x.mp4', MP4, 'video/mp4')).body.code).toBe('HEARING_RECORD_FORBIDDEN');
    expect((await lawyer.uploadTo(`/api/v1/hearings/${hearingId}/recording`, 'x.mp4', MP4, 'video/mp4')).status).toBe(404);
    const list = await zhangsan.get(`/api/v1/hearings/${hearingId}/recordings`);
    expect(list.body.map((r: { fileName: string }) => r.fileName)).toEqual(['庭审录像.mp4', '庭审录音.wav']);
    expect((await lawyer.get(`/api/v1/hearings/${hearingId}/recordings`)).status).toBe(404);
    const detail = (await judge.get(`/api/v1/cases/${caseId}`)).body;
    expect(detail.attachments.find((a: { id: number }) => a.id === up.body.attachmentId)).toMatchObject({ category: 'hearingRecording' });
    expect(await leaves('caseFile', [up.body.attachmentId])).toBe(1);
    const bytes = await zhangsan.bytes(`/api/v1/attachments/${up.body.attachmentId}/content`);
    expect(bytes.headers.get('content-type')).toBe('video/mp4');
  });
});
