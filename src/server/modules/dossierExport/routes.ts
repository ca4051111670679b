// 电子卷宗 export and archive over HTTP (issue 20, item 5). An export of the 正卷 is for whoever may see the case, of
// the 副卷 for the court's staff only; an archive package (both volumes, originals, receipts) is the court's own.
// The work is a background job: the request only queues it.
import { isArchivableNode } from '../../../domain/dossier/archivePackage';
import { ArchiveStatus, DossierExport, ExportRequest, ExportStarted } from '../../../contracts/dossierExport';
import { ErrorBody, IdParams } from '../../../contracts/common';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import { BlobMissingError } from '../../blobs/blobStore';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import { requestLanguage } from '../../http/language';
import type { App } from '../../http/types';
import { loadCase, lockCase } from '../cases/caseRecord';
import { canArrange, seesSecondaryVolume } from '../dossier/dossierStore';
import { exportFileName, exportNotFound, latestArchive, loadExport, presentExport, queueExport, type ExportRow } from './exportStore';

const errors = { 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const STAFF = ['filingClerk', 'judge', 'judgeAssistant', 'courtClerk', 'divisionChief', 'president'] as const;
/** [U] 归档 follows 结案: a package is built for a closed (结案) or archived (归档) case. */

export const secondaryForbidden = () =>
  new AppError(403, 'DOSSIER_SECONDARY_FORBIDDEN', '副卷仅供本院工作人员查阅，不能导出。', 'The secondary volume is for the court’s own staff only and cannot be exported.');

export function dossierExportRoutes(app: App, deps: Deps) {
  const relationOf = async (actor: Actor, caseId: number) => {
    const c = await loadCase(deps.db, caseId);
    const relation = c && (await relationToCase(deps.db, actor, c));
    if (!c || !relation?.canView) throw caseNotFound();
    return { c, relation };
  };
  /** An export row the actor may see: the court's staff see the case's; anyone else only their own 正卷 exports. */
  const visibleExport = async (actor: Actor, id: number): Promise<ExportRow> => {
    const x = await loadExport(deps.db, id);
    if (!x) throw exportNotFound();
    const c = await loadCase(deps.db, x.caseId);
    const relation = c && (await relationToCase(deps.db, actor, c));
    if (!relation?.canView) throw exportNotFound();
    if (seesSecondaryVolume(relation)) return x;
    if (x.kind === 'archive' || x.volume !== 'main' || x.requestedBy !== actor.userId) throw exportNotFound();
    return x;
  };

  app.post(
    '/api/v1/cases/:id/dossier/exports',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['dossier'],
        summary: '导出整卷 Export one volume as one PDF (a background job: 202, follow it at GET /api/v1/dossier-exports/{exportId})',
        params: IdParams,
        body: ExportRequest,
        response: { 202: ExportStarted, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { c, relation } = await relationOf(actor, req.params.id);
      const volume = req.body.volume === 'secondary' ? 'secondary' : 'main';
      if (volume === 'secondary' && !seesSecondaryVolume(relation)) throw secondaryForbidden();
      const started = await deps.db.transaction((tx) => queueExport(tx, { caseId: c.id, courtId: c.courtId, kind: 'export', volume, by: actor.userId }));
      reply.status(202);
      return started;
    },
  );

  app.get(
    '/api/v1/dossier-exports/:id',
    { config: { access: 'authenticated' }, schema: { tags: ['dossier'], summary: '导出状态 An export or archive package: status, progress, and where to download it', params: IdParams, response: { 200: DossierExport, ...errors } } },
    async (req) => presentExport(deps.db, await visibleExport(requireActor(req), req.params.id), requestLanguage(req)),
  );

  app.get(
    '/api/v1/dossier-exports/:id/content',
    { config: { access: 'authenticated' }, schema: { tags: ['dossier'], summary: '下载导出 Download the exported PDF or the archive ZIP', params: IdParams, response: { 200: { description: 'the PDF or ZIP' }, ...errors } } },
    async (req, reply) => {
      const x = await visibleExport(requireActor(req), req.params.id);
      if (x.status !== 'done' || !x.storageKey)
        throw new AppError(409, 'DOSSIER_EXPORT_NOT_READY', '导出尚未完成，请稍后再下载。', 'The export is not finished yet; download it when it is done.');
      let stream;
      try {
        stream = await deps.blobs.open(x.storageKey);
      } catch (e) {
        if (!(e instanceof BlobMissingError)) throw e;
        throw new AppError(500, 'FILE_CONTENT_MISSING', '该文件内容缺失，请联系管理员。', 'The content of this file is missing; contact the administrator.');
      }
      reply.header('content-type', x.kind === 'archive' ? 'application/zip' : 'application/pdf');
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(exportFileName(x))}`);
      reply.header('x-content-sha256', x.sha256 ?? '');
      reply.header('x-content-type-options', 'nosniff');
      return reply.send(stream);
    },
  );

  app.get(
    '/api/v1/cases/:id/archive',
    { config: { access: 'authenticated' }, schema: { tags: ['dossier'], summary: '归档状态 The case’s archive status and latest archive package (court staff)', params: IdParams, response: { 200: ArchiveStatus, ...errors } } },
    async (req) => {
      const { c, relation } = await relationOf(requireActor(req), req.params.id);
      const latest = seesSecondaryVolume(relation) ? await latestArchive(deps.db, c.id) : null;
      return {
        caseId: c.id,
        archivedOn: c.archivedOn ?? null,
        canBuild: canArrange(relation) && isArchivableNode(c.node),
        latest: latest && (await presentExport(deps.db, latest, requestLanguage(req))),
      };
    },
  );

  app.post(
    '/api/v1/cases/:id/archive',
    {
      config: { access: [...STAFF] },
      schema: { tags: ['dossier'], summary: '生成归档包 Build the case’s archive package (closed or archived case; a background job: 202)', params: IdParams, response: { 202: ExportStarted, ...errors } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const started = await deps.db.transaction(async (tx) => {
        const c = await lockCase(tx, req.params.id);
        const relation = c && (await relationToCase(tx, actor, c));
        if (!c || !relation?.canView) throw caseNotFound();
        if (!canArrange(relation)) throw new AppError(403, 'ARCHIVE_FORBIDDEN', '只有本院办理本案的工作人员可以生成归档包。', 'Only staff of the court handling the case may build its archive package.');
        if (!isArchivableNode(c.node))
          throw new AppError(409, 'ARCHIVE_CASE_NOT_CLOSED', '案件结案后才能归档。', 'A case is archived only after it is closed.', { node: c.node });
        return queueExport(tx, { caseId: c.id, courtId: c.courtId, kind: 'archive', volume: null, by: actor.userId });
      });
      reply.status(202);
      return started;
    },
  );
}
