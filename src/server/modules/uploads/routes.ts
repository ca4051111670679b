// Uploading dossier materials (size- and type-checked, stored by SHA-256) and reading them back.
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { Attachment } from '../../../contracts/cases';
import { isMaterialCategory } from '../../../domain/filing/materials';
import { ErrorBody, IdParams } from '../../../contracts/common';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import { hiddenEvidenceAttachments } from '../evidenceExchange/evidenceVisibility';
import { BlobMissingError } from '../../blobs/blobStore';
import { receiveStagedFile } from '../../blobs/stagedUpload';
import { detectFileType, extensionMatches, MIME_OF } from '../../blobs/fileType';
import { attachments } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import { safeFileName } from '../../http/multipart';
import type { App } from '../../http/types';
import { loadCase } from '../cases/caseRecord';
import { isInSecondaryVolume, seesSecondaryVolume } from '../dossier/dossierStore';
import { queuePageReading } from '../filePages/pageStore';
import { threadOfAttachment, threadRoles } from '../messages/threadAccess';
import { threadAccess } from '../../../domain/messages/threadKinds';


export function uploadRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/uploads',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['uploads'],
        summary: '上传材料 Upload a PDF, image or DOCX (multipart field "file", optional field "category"); its pages are then read in the background',
        consumes: ['multipart/form-data'],
        response: { 201: Attachment, 400: ErrorBody, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const max = deps.config.uploadMaxBytes;
      const received = await receiveStagedFile(req, deps.blobs, max, tooLarge);
      const { content: staged, fields } = received;
      const fileName = safeFileName(received.fileName);
      if (staged.size === 0) {
        await staged.discard();
        throw new AppError(422, 'UPLOAD_EMPTY', '文件是空的（0 字节），请重新选择要上传的文件。', 'The file is empty (0 bytes): choose the file to upload again.');
      }
      const type = detectFileType(staged.head);
      if (!type || !extensionMatches(fileName, type)) {
        await staged.discard();
        throw new AppError(415, 'UPLOAD_TYPE_NOT_ALLOWED', '只能上传 PDF、PNG、JPEG、TIFF 或 DOCX 文件，且文件扩展名须与内容一致。', 'Only PDF, PNG, JPEG, TIFF or DOCX files whose extension matches their content can be uploaded.');
      }
      await staged.keep();
      const category = isMaterialCategory(fields.category) ? fields.category : 'evidence';
      // The file and the job that splits it into pages and reads their text (never in this request) commit together.
      const a = await deps.db.transaction(async (tx) => {
        const row = await tx
          .insert(attachments)
          .values({ uploadedBy: actor.userId, fileName, mimeType: MIME_OF[type], sizeBytes: staged.size, sha256: staged.sha256, storageKey: staged.key, category })
          .returning();
        await queuePageReading(tx, row[0]!.id, actor.userId);
        return row[0]!;
      });
      reply.status(201);
      return { id: a.id, caseId: null, fileName, mimeType: a.mimeType, sizeBytes: a.sizeBytes, sha256: a.sha256, category, uploadedAt: a.createdAt.toISOString(), uploadedBy: actor.displayName };
    },
  );

  app.get(
    '/api/v1/attachments/:id/content',
    { config: { access: 'authenticated' }, schema: { tags: ['uploads'], summary: '下载材料 Download a material', params: IdParams, response: { 200: Type.Any({ description: 'the file' }), 404: ErrorBody } } },
    async (req, reply) => {
      const a = await visibleAttachment(deps, requireActor(req), req.params.id);
      reply.header('content-type', a.mime_type);
      reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(a.file_name)}`);
      reply.header('x-content-sha256', a.sha256);
      reply.header('x-content-type-options', 'nosniff');
      return reply.send(await openStored(deps, a.storage_key));
    },
  );
}

/** Stored content for a download; a row whose content is missing is the operator's problem, said in the API's format. */
async function openStored(deps: Deps, key: string) {
  try {
    return await deps.blobs.open(key);
  } catch (e) {
    if (!(e instanceof BlobMissingError)) throw e;
    throw new AppError(500, 'FILE_CONTENT_MISSING', '该材料的文件内容缺失，请联系管理员。', 'The content of this material is missing; contact the administrator.');
  }
}

const tooLarge = (maxBytes: number) => {
  const mb = Math.floor(maxBytes / 1024 / 1024);
  return new AppError(413, 'UPLOAD_TOO_LARGE', `文件超过 ${mb} MB 的大小限制。`, `The file exceeds the ${mb} MB limit.`);
};

/** An attachment the actor may see (its uploader before filing, then whoever may view the case — or, for a message's file, read its thread), else 404. */
export async function visibleAttachment(deps: Deps, actor: Actor, id: number) {
  const r = await deps.db.execute<{ case_id: number | null; uploaded_by: number; file_name: string; mime_type: string; storage_key: string; sha256: string }>(
    sql`select case_id, uploaded_by, file_name, mime_type, storage_key, sha256 from attachments where id = ${id}`,
  );
  const a = r.rows[0];
  const denied = () => new AppError(404, 'ATTACHMENT_NOT_FOUND', '材料不存在或您无权查看。', 'The material does not exist or you may not see it.');
  if (!a) throw denied();
  if (a.case_id === null) {
    if (Number(a.uploaded_by) !== actor.userId) throw denied();
  } else {
    const visible = await deps.db.transaction(async (tx) => {
      const c = await loadCase(tx, Number(a.case_id));
      if (!c) throw caseNotFound();
      const relation = await relationToCase(tx, actor, c);
      if (!relation.canView) return false;
      // 电子卷宗: a file in the 副卷 is the court's own; nobody else finds it.
      if (!seesSecondaryVolume(relation) && (await isInSecondaryVolume(tx, c.id, c.caseType, id))) return false;
      // 证据交换: another side's evidence file only once the evidence is exchanged.
      if ((await hiddenEvidenceAttachments(tx, c.id, relation)).has(id)) return false;
      // A file carried by a message is for the thread's participants and readers only.
      const thread = await threadOfAttachment(tx, id);
      return !thread || threadAccess(thread, threadRoles(relation)) !== 'none';
    });
    if (!visible) throw denied();
  }
  return a;
}
