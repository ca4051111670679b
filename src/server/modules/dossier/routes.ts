// 电子卷宗 over HTTP: the catalogue tree (正卷 for whoever may see the case, 副卷 only for the court's staff), one item,
// and staff arrangement (rename, move, reorder). An item's file is downloaded at /api/v1/attachments/:id/content.
import { Dossier, DossierFileItems, DossierItem, DossierItemEdit, DossierItemParams, DossierSplitPlan, DossierSplitProposal } from '../../../contracts/dossier';
import Type from 'typebox';
import { Job } from '../../../contracts/jobs';
import { requestLanguage } from '../../http/language';
import { loadJob } from '../../jobs/jobStore';
import { presentJob } from '../jobs/present';
import { requestSplit, splitProposal } from './splitItem';
import { ErrorBody, IdParams } from '../../../contracts/common';
import type { Actor } from '../../access/actor';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { arrangeItem } from './arrangeItem';
import { findItem } from './dossierStore';
import { readableDossier } from './readableDossier';
import { fileIntoDossier } from './fileIntoDossier';
import { separatorSheetsFor, separatorSheetsPdf } from './separatorSheets';
import { findPdfFont, pdfFontMissing } from '../documents/renderPdf';
import { DossierSeparatorSheetsQuery } from '../../../contracts/dossier';

const errors = { 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const STAFF = ['filingClerk', 'judge', 'judgeAssistant', 'courtClerk', 'divisionChief', 'president'] as const;

export function dossierRoutes(app: App, deps: Deps) {
  const read = (actor: Actor, caseId: number) => readableDossier(deps.db, actor, caseId);

  app.get(
    '/api/v1/cases/:id/dossier',
    { config: { access: 'authenticated' }, schema: { tags: ['dossier'], summary: '电子卷宗 The case’s dossier: catalogue tree with items and page ranges (副卷 for court staff only)', params: IdParams, response: { 200: Dossier, ...errors } } },
    async (req) => read(requireActor(req), req.params.id),
  );

  app.get(
    '/api/v1/cases/:id/dossier/items/:itemId',
    { config: { access: 'authenticated' }, schema: { tags: ['dossier'], summary: '卷宗材料 One dossier item (a 副卷 item is not found for parties)', params: DossierItemParams, response: { 200: DossierItem, ...errors } } },
    async (req) => findItem(await read(requireActor(req), req.params.id), req.params.itemId),
  );

  app.patch(
    '/api/v1/cases/:id/dossier/items/:itemId',
    {
      config: { access: [...STAFF] },
      schema: { tags: ['dossier'], summary: '整理卷宗 Rename an item, move it to another section or volume, or reorder it (each change on the timeline)', params: DossierItemParams, body: DossierItemEdit, response: { 200: DossierItem, ...errors } },
    },
    async (req) => {
      const actor = requireActor(req);
      await deps.db.transaction((tx) => arrangeItem(tx, actor, req.params.id, req.params.itemId, req.body, deps.clock.now()));
      return findItem(await read(actor, req.params.id), req.params.itemId);
    },
  );

  app.post(
    '/api/v1/cases/:id/dossier/items',
    {
      config: { access: [...STAFF] },
      schema: {
        tags: ['dossier'],
        summary: '材料入卷 File uploads (scans of paper materials, records) into a section of the dossier; their pages are read in the background',
        params: IdParams,
        body: DossierFileItems,
        response: { 201: Dossier, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await deps.db.transaction((tx) => fileIntoDossier(tx, actor, req.params.id, req.body, deps.clock.now()));
      reply.status(201);
      return read(actor, req.params.id);
    },
  );

  app.get(
    '/api/v1/cases/:id/dossier/items/:itemId/split-proposal',
    {
      config: { access: [...STAFF] },
      schema: { tags: ['dossier'], summary: '拆分建议 The proposed parts of a batch scan (runs of pages between blank separator pages) with each page\'s first words', params: DossierItemParams, response: { 200: DossierSplitProposal, ...errors } },
    },
    async (req) => splitProposal(deps.db, requireActor(req), req.params.id, req.params.itemId),
  );

  app.post(
    '/api/v1/cases/:id/dossier/items/:itemId/split',
    {
      config: { access: [...STAFF] },
      schema: {
        tags: ['dossier'],
        summary: '拆分批量扫描件 Split a batch scan into dossier items by page ranges (a background job; pages not in any part, e.g. separators, are left out)',
        params: DossierItemParams,
        body: DossierSplitPlan,
        response: { 202: Job, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const jobId = await deps.db.transaction((tx) => requestSplit(tx, actor, req.params.id, req.params.itemId, req.body.parts));
      reply.status(202);
      return presentJob((await loadJob(deps.db, jobId))!, requestLanguage(req));
    },
  );

  app.get(
    '/api/v1/cases/:id/dossier/separator-sheets',
    {
      config: { access: [...STAFF] },
      schema: {
        tags: ['dossier'],
        summary: '打印分隔页 Separator sheets for batch scans (PDF, a QR code naming the section of the material after each sheet); all sections, or one',
        params: IdParams,
        querystring: DossierSeparatorSheetsQuery,
        response: { 200: Type.Any({ description: 'the PDF' }), ...errors, 503: ErrorBody },
      },
    },
    async (req, reply) => {
      const { caseNumber, sheets } = await separatorSheetsFor(deps.db, requireActor(req), req.params.id, req.query.sectionKey);
      const font = findPdfFont({ path: deps.config.pdfFontPath, name: deps.config.pdfFontName });
      if (!font) throw pdfFontMissing();
      const pdf = await separatorSheetsPdf(sheets, caseNumber, font);
      reply.header('content-type', 'application/pdf');
      reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent('卷宗分隔页.pdf')}`);
      reply.header('x-content-type-options', 'nosniff');
      return reply.send(pdf);
    },
  );
}
