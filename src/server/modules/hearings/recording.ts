// The hearing's audio/video recording: uploaded by the trial team, checked by content (audio or video containers),
// limited in size by a setting ([U]), stored like every material (by SHA-256, with its transparency-log leaf) and
// attached to the hearing and to the case's dossier (庭审笔录 section), with a timeline entry.
import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { fileEntry } from '../../../domain/transparency/logEntries';
import type { Actor } from '../../access/actor';
import { receiveStagedFile } from '../../blobs/stagedUpload';
import { detectMediaType, MEDIA_MIME, mediaExtensionMatches } from '../../blobs/mediaType';
import { attachments } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { safeFileName } from '../../http/multipart';
import { queueEntry } from '../transparency/transparencyLog';
import { hearingForActor, recorderRole, requireRecorder } from './hearingAccess';
import { loadHearingSettings } from './hearingSettings';
import { timeline } from './transcriptActions';

const tooLarge = (max: number) => {
  const mb = Math.floor(max / 1024 / 1024);
  return new AppError(413, 'RECORDING_TOO_LARGE', `录音录像文件超过 ${mb} MB 的大小限制。`, `The recording exceeds the ${mb} MB limit.`);
};

export async function uploadRecording(req: FastifyRequest, deps: Deps, actor: Actor, hearingId: number) {
  // Who may upload is known before the body is read: a stranger's gigabytes are never staged.
  const before = await hearingForActor(deps.db, actor, hearingId);
  requireRecorder(before);
  if (before.hearing.status === 'postponed') throw new AppError(422, 'HEARING_POSTPONED', '该次开庭已延期，请在实际开庭的排期下上传录音录像。', 'This hearing was postponed; upload the recording under the hearing that took place.');
  const max = (await loadHearingSettings(deps.db)).recordingMaxBytes;
  const received = await receiveStagedFile(req, deps.blobs, max, tooLarge, true);
  const staged = received.content;
  const fileName = safeFileName(received.fileName, 'recording');
  const type = staged.size === 0 ? null : detectMediaType(staged.head);
  if (!type || !mediaExtensionMatches(fileName, type)) {
    await staged.discard();
    throw new AppError(415, 'RECORDING_TYPE_NOT_ALLOWED', '只能上传常见格式的录音录像（MP4、MOV、WebM、MKV、MP3、WAV、M4A、AAC、OGG、FLAC、AMR），且扩展名须与内容一致。', 'Only common audio or video files (MP4, MOV, WebM, MKV, MP3, WAV, M4A, AAC, OGG, FLAC, AMR) whose extension matches their content can be uploaded.');
  }
  await staged.keep();
  return deps.db.transaction(async (tx) => {
    const a = await hearingForActor(tx, actor, hearingId, true);
    requireRecorder(a);
    const row = (
      await tx
        .insert(attachments)
        .values({ caseId: a.c.id, uploadedBy: actor.userId, fileName, mimeType: MEDIA_MIME[type], sizeBytes: staged.size, sha256: staged.sha256, storageKey: staged.key, category: 'hearingRecording' })
        .returning()
    )[0]!;
    await queueEntry(tx, 'caseFile', row.id, fileEntry({ ...row, caseId: a.c.id }));
    await tx.execute(sql`insert into hearing_recordings (attachment_id, hearing_id) values (${row.id}, ${a.hearing.id})`);
    await timeline(tx, a, actor, recorderRole(a), 'hearingRecordingUploaded', { attachmentId: row.id, fileName, mimeType: row.mimeType, sizeBytes: row.sizeBytes, sha256: row.sha256 }, deps.clock.now());
    return { attachmentId: row.id, hearingId: a.hearing.id, fileName, mimeType: row.mimeType, sizeBytes: row.sizeBytes, sha256: row.sha256, uploadedAt: row.createdAt.toISOString() };
  });
}

export async function listRecordings(deps: Deps, actor: Actor, hearingId: number) {
  return deps.db.transaction(async (tx) => {
    const a = await hearingForActor(tx, actor, hearingId);
    const r = await tx.execute<{ id: string; file_name: string; mime_type: string; size_bytes: string; sha256: string; created_at: Date }>(sql`
      select t.id, t.file_name, t.mime_type, t.size_bytes, t.sha256, t.created_at from hearing_recordings r join attachments t on t.id = r.attachment_id
       where r.hearing_id = ${a.hearing.id} order by t.id`);
    return r.rows.map((x) => ({ attachmentId: Number(x.id), hearingId: a.hearing.id, fileName: x.file_name, mimeType: x.mime_type, sizeBytes: Number(x.size_bytes), sha256: x.sha256, uploadedAt: new Date(x.created_at).toISOString() }));
  });
}
