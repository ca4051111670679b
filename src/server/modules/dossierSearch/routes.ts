// 卷宗检索 over HTTP: across every dossier the reader may see (with court, case type, year and kind filters, and an
// Excel export of the hits), and inside one case's dossier from its 电子卷宗 tab.
import { CaseDossierSearchQuery, DossierSearchPage, DossierSearchQuery, type DossierSearchHit } from '../../../contracts/dossierSearch';
import { ErrorBody, IdParams } from '../../../contracts/common';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import { secondaryVolumeCourt, visibleCasesSql } from '../../access/caseScope';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { registerListExport, zhEn, type ExportColumn } from '../../lists/excelExport';
import { sql } from 'drizzle-orm';
import { loadCase } from '../cases/caseRecord';
import { seesSecondaryVolume } from '../dossier/dossierStore';
import { searchDossierPages } from './searchPages';

const errors = { 400: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody };

const searchForbidden = () =>
  new AppError(403, 'DOSSIER_SEARCH_FORBIDDEN', '您的角色不能检索卷宗。', 'Your role cannot search case dossiers.');

const VOLUME_LABELS = { main: zhEn('正卷', 'Main volume'), secondary: zhEn('副卷', 'Secondary volume') } as const;

const HIT_COLUMNS: readonly ExportColumn<DossierSearchHit>[] = [
  { header: zhEn('案号', 'Case number'), width: 26, value: (r, lang) => r.caseNumber ?? (lang === 'en' ? 'not yet numbered' : '待编号') },
  { header: zhEn('法院', 'Court'), width: 24, value: (r) => r.courtName },
  { header: zhEn('卷别', 'Volume'), width: 8, value: (r, lang) => VOLUME_LABELS[r.item.volume][lang] },
  { header: zhEn('类目', 'Section'), width: 20, value: (r) => r.item.sectionTitle },
  { header: zhEn('材料', 'Item'), width: 30, value: (r) => r.item.title },
  { header: zhEn('页', 'Page'), width: 6, value: (r) => r.pageNo },
  { header: zhEn('摘要', 'Snippet'), width: 80, value: (r) => r.snippet.text },
];

export function dossierSearchRoutes(app: App, deps: Deps) {
  const searchAll = (actor: Actor, q: DossierSearchQuery) => {
    const cases = visibleCasesSql(actor);
    if (!cases) throw searchForbidden();
    const secondaryFor = secondaryVolumeCourt(actor);
    return searchDossierPages(deps.db, { ...q, cases, secondaryFor, evidenceReader: secondaryFor === null ? actor.userId : null });
  };

  app.get(
    '/api/v1/dossier/search',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['dossier'],
        summary: '卷宗检索 Full-text search of the dossier pages of every case the user may see (副卷 pages for the case’s court staff only)',
        querystring: DossierSearchQuery,
        response: { 200: DossierSearchPage, ...errors },
      },
    },
    async (req) => searchAll(requireActor(req), req.query),
  );

  registerListExport<DossierSearchQuery, DossierSearchHit>(app, {
    url: '/api/v1/dossier/search',
    access: 'authenticated',
    tags: ['dossier'],
    summary: '卷宗检索导出 Excel Export the hits of a dossier search to Excel',
    querystring: DossierSearchQuery,
    title: zhEn('卷宗检索结果', 'Dossier search hits'),
    columns: HIT_COLUMNS,
    load: (req, page) => searchAll(requireActor(req), { ...req.query, ...page }),
  });

  app.get(
    '/api/v1/cases/:id/dossier/search',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['dossier'],
        summary: '卷宗内检索 Full-text search inside one case’s dossier (副卷 for the court’s staff only)',
        params: IdParams,
        querystring: CaseDossierSearchQuery,
        response: { 200: DossierSearchPage, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCase(deps.db, req.params.id);
      const relation = c && (await relationToCase(deps.db, actor, c));
      if (!c || !relation?.canView) throw caseNotFound();
      return searchDossierPages(deps.db, { ...req.query, cases: sql`k.id = ${c.id}`, secondaryFor: seesSecondaryVolume(relation) ? 'all' : null, evidenceReader: relation.isStaffOfCourt ? null : actor.userId });
    },
  );
}
