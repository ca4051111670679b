// Uploading dossier materials (size- and type-checked, stored by SHA-256) and reading them back.
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { Attachment } from '../../../contracts/cases';
import { ErrorBody, IdParams } from '../../../contracts/common';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import { BlobTooLargeError } from '../../blobs/blobStore';
import { detectFileType, extensionMatches, MIME_OF } from '../../blobs/fileType';
import { attachments } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { loadCase } from '../cases/caseRecord';

const CATEGORIES = new Set(['complaint', 'evidence', 'identity', 'authorization', 'serviceProof', 'other']);

export function uploadRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/uploads',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['uploads'],
        summary: '上传材料 Upload a PDF or image (multipart field "file", optional field "category")',
        consumes: ['multipart/form-data'],
        response: { 201: Attachment, 400: ErrorBody, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const part = await req.file();
      if (!part) throw new AppError(400, 'UPLOAD_MISSING_FILE', '请选择要上传的文件。', 'Choose a file to upload.');
      // Path separators and control characters never reach a stored name.
      // eslint-disable-next-line no-control-regex
      const fileName = part.filename.normalize('NFC').replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || 'file';
      let stored;
      try {
        stored = await deps.blobs.put(part.file, deps.config.uploadMaxBytes);
      } catch (e) {
        if (e instanceof BlobTooLargeError || part.file.truncated) {
          const mb = Math.floor(deps.config.uploadMaxBytes / 1024 / 1024);
          throw new AppError(413, 'UPLOAD_TOO_LARGE', `文件超过 ${mb} MB 的大小限制。`, `The file exceeds the ${mb} MB limit.`);
        }
        throw e;
      }
      if (part.file.truncated) {
        const mb = Math.floor(deps.config.uploadMaxBytes / 1024 / 1024);
        throw new AppError(413, 'UPLOAD_TOO_LARGE', `文件超过 ${mb} MB 的大小限制。`, `The file exceeds the ${mb} MB limit.`);
      }
      const type = detectFileType(stored.head);
      if (!type || !extensionMatches(fileName, type) || stored.size === 0) {
        // Same content always gets the same verdict, so no accepted attachment can share this blob.
        await deps.blobs.remove(stored.key);
        throw new AppError(415, 'UPLOAD_TYPE_NOT_ALLOWED', '只能上传 PDF、PNG 或 JPEG 文件，且文件扩展名须与内容一致。', 'Only PDF, PNG or JPEG files whose extension matches their content can be uploaded.');
      }
      const categoryField = part.fields.category as { value?: unknown } | undefined;
      const category = typeof categoryField?.value === 'string' && CATEGORIES.has(categoryField.value) ? categoryField.value : 'evidence';
      const row = await deps.db
        .insert(attachments)
        .values({ uploadedBy: actor.userId, fileName, mimeType: MIME_OF[type], sizeBytes: stored.size, sha256: stored.sha256, storageKey: stored.key, category })
        .returning();
      const a = row[0]!;
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
      return reply.send(deps.blobs.get(a.storage_key));
    },
  );
}

/** An attachment the actor may see (its uploader before filing, then whoever may view the case), else 404. */
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
      return (await relationToCase(tx, actor, c)).canView;
    });
    if (!visible) throw denied();
  }
  return a;
}
