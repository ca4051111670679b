// Generated documents as PDF, and the court administrator's template set and seal (docs/documents.md).
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { DOCUMENT_KINDS, DOCUMENT_TITLES, documentKindsFor, unknownFields, type DocumentKind } from '../../../domain/documents/templates';
import { CASE_TYPES } from '../../../domain/casetypes/registry';
import { detectFileType, MIME_OF } from '../../blobs/fileType';
import { courtSeals, documentTemplates } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import { receiveOneFile } from '../../http/multipart';
import type { App } from '../../http/types';
import { visibleAttachment } from '../uploads/routes';
import { sealOf } from './courtSeal';
import { findPdfFont, isDecodableImage, pdfFontMissing, renderPdf } from './renderPdf';
import { templateFor } from './templateStore';

const SEAL_MAX_BYTES = 1024 * 1024;

const TemplateRow = Type.Object({
  caseType: Type.String(),
  kind: Type.Enum(DOCUMENT_KINDS),
  label: Type.Object({ 'zh-CN': Type.String(), en: Type.String() }),
  title: Type.String(),
  body: Type.String(),
  source: Type.Union([Type.Literal('court'), Type.Literal('default'), Type.Literal('builtIn')]),
});

const CourtQuery = Type.Object({ courtId: Type.Integer({ minimum: 1 }), caseType: Type.Optional(Type.String({ maxLength: 10 })) }, { additionalProperties: false });

async function courtExists(deps: Deps, courtId: number) {
  const r = await deps.db.execute(sql`select 1 from courts where id = ${courtId}`);
  if (!r.rows.length) throw new AppError(404, 'COURT_NOT_FOUND', '法院不存在。', 'No such court.');
}

export function documentRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/attachments/:id/pdf',
    { config: { access: 'authenticated' }, schema: { tags: ['documents'], summary: '文书 PDF 版 A generated document as PDF (printable)', params: IdParams, response: { 200: Type.Any({ description: 'the PDF' }), 404: ErrorBody, 503: ErrorBody } } },
    async (req, reply) => {
      const a = await visibleAttachment(deps, requireActor(req), req.params.id);
      const r = await deps.db.execute<{ court_name: string; title: string; paragraphs: string[]; court_id: number }>(
        sql`select g.court_name, g.title, g.paragraphs, k.court_id from generated_documents g join cases k on k.id = g.case_id where g.attachment_id = ${req.params.id}`,
      );
      const g = r.rows[0];
      if (!g) throw new AppError(404, 'DOCUMENT_NOT_GENERATED', '只有系统生成的文书可以转为 PDF；上传的材料请直接下载。', 'Only documents the system generated can be had as PDF; download uploaded materials as they are.');
      const font = findPdfFont({ path: deps.config.pdfFontPath, name: deps.config.pdfFontName });
      if (!font) throw pdfFontMissing();
      const pdf = await renderPdf({ courtName: g.court_name, title: g.title, paragraphs: g.paragraphs, seal: await sealOf(deps.db, deps, Number(g.court_id)) }, font);
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(a.file_name.replace(/\.docx$/, '.pdf'))}`);
      reply.header('x-content-type-options', 'nosniff');
      return reply.send(pdf);
    },
  );

  const admin = { access: ['admin'] as const };
  app.get(
    '/api/v1/admin/document-templates',
    { config: admin, schema: { tags: ['documents'], summary: '文书模板 The template set in force for a court', querystring: CourtQuery, response: { 200: Type.Array(TemplateRow), 404: ErrorBody } } },
    async (req) => {
      await courtExists(deps, req.query.courtId);
      const types = req.query.caseType ? [req.query.caseType].filter((t) => Object.hasOwn(CASE_TYPES, t)) : Object.keys(CASE_TYPES);
      const rows = [];
      for (const caseType of types) {
        for (const kind of documentKindsFor(caseType)) rows.push({ caseType, kind, label: DOCUMENT_TITLES[kind], ...(await templateFor(deps.db, req.query.courtId, caseType, kind)) });
      }
      return rows;
    },
  );

  app.put(
    '/api/v1/admin/document-templates/:caseType/:kind',
    {
      config: admin,
      schema: {
        tags: ['documents'],
        summary: '修改文书模板 Replace a court\'s template of a case type and document',
        params: Type.Object({ caseType: Type.String({ maxLength: 10 }), kind: Type.Enum(DOCUMENT_KINDS) }),
        body: Type.Object({ courtId: Type.Integer({ minimum: 1 }), title: Type.String({ minLength: 1, maxLength: 100 }), body: Type.String({ minLength: 1, maxLength: 20000 }) }, { additionalProperties: false }),
        response: { 200: TemplateRow, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => {
      const { caseType, kind } = req.params;
      if (!Object.hasOwn(CASE_TYPES, caseType)) throw new AppError(404, 'CASE_TYPE_UNKNOWN', `不支持的案件类型“${caseType}”。`, `Unknown case type "${caseType}".`);
      await courtExists(deps, req.body.courtId);
      const unknown = unknownFields(req.body);
      if (unknown.length) {
        const list = unknown.map((f) => `{{${f}}}`).join('、');
        throw new AppError(422, 'TEMPLATE_FIELD_UNKNOWN', `模板中有不存在的字段：${list}。`, `The template uses unknown fields: ${list}.`, { fields: unknown });
      }
      const actor = requireActor(req);
      await deps.db
        .insert(documentTemplates)
        .values({ courtId: req.body.courtId, caseType, kind, title: req.body.title, body: req.body.body, updatedBy: actor.userId })
        .onConflictDoUpdate({ target: [documentTemplates.courtId, documentTemplates.caseType, documentTemplates.kind], set: { title: req.body.title, body: req.body.body, updatedBy: actor.userId, updatedAt: new Date() } });
      return { caseType, kind, label: DOCUMENT_TITLES[kind as DocumentKind], ...(await templateFor(deps.db, req.body.courtId, caseType, kind)) };
    },
  );

  app.post(
    '/api/v1/admin/courts/:id/seal',
    {
      config: admin,
      schema: {
        tags: ['documents'],
        summary: '上传院印 Upload the court\'s seal image (multipart field "file"; PNG or JPEG, at most 1 MB)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: Type.Object({ courtId: Type.Integer(), mimeType: Type.String(), sha256: Type.String() }), 404: ErrorBody, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (req) => {
      await courtExists(deps, req.params.id);
      const tooLarge = () => new AppError(413, 'SEAL_TOO_LARGE', '院印图片不能超过 1 MB。', 'The seal image may be at most 1 MB.');
      const notImage = () => new AppError(415, 'SEAL_TYPE_NOT_ALLOWED', '院印须是 PNG 或 JPEG 图片。', 'The seal must be a PNG or JPEG image.');
      // At most 1 MB: read whole, so that the image is decoded (not only its first bytes checked) before it is kept.
      const received = await receiveOneFile(
        req,
        async (part) => {
          const chunks: Buffer[] = [];
          for await (const chunk of part.file) chunks.push(chunk as Buffer);
          if (part.file.truncated) throw tooLarge();
          return Buffer.concat(chunks);
        },
        async () => {},
        SEAL_MAX_BYTES,
      );
      const image = received.content;
      const type = detectFileType(image.subarray(0, 64));
      if ((type !== 'png' && type !== 'jpeg') || !(await isDecodableImage(image))) throw notImage();
      const staged = await deps.blobs.stage(Readable.from([image]), SEAL_MAX_BYTES);
      await staged.keep();
      const actor = requireActor(req);
      const row = { courtId: req.params.id, storageKey: staged.key, mimeType: MIME_OF[type], sha256: staged.sha256, updatedBy: actor.userId };
      await deps.db.insert(courtSeals).values(row).onConflictDoUpdate({ target: courtSeals.courtId, set: { ...row, updatedAt: new Date() } });
      return { courtId: req.params.id, mimeType: row.mimeType, sha256: row.sha256 };
    },
  );
}
