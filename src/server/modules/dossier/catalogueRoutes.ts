// The administrator configures the dossier catalogue of each case type (issue 20 item 1): the list of case types with
// the catalogue in force, one case type's, a validated replacement and the way back to the default. Each change is one
// transaction on the setting's optimistic version, with an audit entry; a section holding staff-placed items stays.
import Type from 'typebox';
import type { DossierSection } from '../../../domain/dossier/catalogue';
import { CASE_TYPES } from '../../../domain/casetypes/registry';
import { catalogueGroup } from '../../../domain/dossier/catalogue';
import { checkCatalogue, KNOWN_KINDS, removedSectionKeys, requiredMainKinds } from '../../../domain/dossier/catalogueConfig';
import { ErrorBody } from '../../../contracts/common';
import { CaseTypeCatalogue, CaseTypeParams, CatalogueResetQuery, CatalogueUpdate } from '../../../contracts/dossierCatalogue';
import type { Queryable, Tx } from '../../db/database';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { audit } from '../admin/audit';
import { lockCatalogueSetting, loadCatalogueSetting, placedItemCount, saveCatalogue, type CatalogueSetting } from './catalogueStore';

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

function declared(caseType: string): string {
  if (!Object.hasOwn(CASE_TYPES, caseType)) throw new AppError(404, 'CASE_TYPE_UNKNOWN', `不支持的案件类型“${caseType}”。`, `Unknown case type "${caseType}".`);
  return caseType;
}

function present(caseType: string, s: CatalogueSetting): CaseTypeCatalogue {
  return {
    caseType,
    caseTypeLabel: CASE_TYPES[caseType]!.label,
    group: catalogueGroup(caseType),
    isConfigured: s.isConfigured,
    version: s.version,
    sections: s.sections.map(({ key, volume, title, kinds }) => ({ key, volume, title, kinds: [...kinds] })),
    requiredKinds: requiredMainKinds(caseType),
    knownKinds: [...KNOWN_KINDS],
  };
}

const readOne = async (q: Queryable, caseType: string) => present(caseType, await loadCatalogueSetting(q, caseType));

/** The setting locked at the version the administrator saw (409 when someone changed it since). */
async function lockAt(tx: Tx, caseType: string, version: number): Promise<CatalogueSetting> {
  const before = await lockCatalogueSetting(tx, caseType);
  if (before.version !== version)
    throw new AppError(409, 'CATALOGUE_CHANGED', '该案件类型的卷宗目录已被他人修改，请刷新后重新编辑。', 'Someone changed this case type\'s catalogue meanwhile; reload it and edit again.', { currentVersion: before.version });
  return before;
}

/** A section that holds items staff placed in it is kept: dropping it would move them back by kind unannounced. */
async function keepPlacedSections(tx: Tx, caseType: string, before: readonly DossierSection[], after: readonly DossierSection[]): Promise<void> {
  const removed = removedSectionKeys(before, after);
  const n = await placedItemCount(tx, caseType, removed);
  if (n > 0)
    throw new AppError(409, 'CATALOGUE_SECTION_IN_USE', `要删除的类目中有${n}份由工作人员整理放入的材料，请先在案件卷宗中移走这些材料。`, `${n} items were placed by staff in the sections to remove; move them out in the cases' dossiers first.`, { itemCount: n, sectionKeys: removed });
}

export function catalogueRoutes(app: App, deps: Deps) {
  const admin = { access: ['admin'] as const };

  app.get(
    '/api/v1/admin/dossier-catalogues',
    { config: admin, schema: { tags: ['admin'], summary: '卷宗目录 The dossier catalogue of every case type (default or configured)', response: { 200: Type.Array(CaseTypeCatalogue), 401: ErrorBody, 403: ErrorBody } } },
    async () => deps.db.transaction(async (tx) => Promise.all(Object.keys(CASE_TYPES).map((t) => readOne(tx, t)))),
  );

  app.get(
    '/api/v1/admin/dossier-catalogues/:caseType',
    { config: admin, schema: { tags: ['admin'], summary: '一类案件的卷宗目录 One case type\'s dossier catalogue', params: CaseTypeParams, response: { 200: CaseTypeCatalogue, ...errors } } },
    async (req) => readOne(deps.db, declared(req.params.caseType)),
  );

  app.put(
    '/api/v1/admin/dossier-catalogues/:caseType',
    {
      config: admin,
      schema: { tags: ['admin'], summary: '配置卷宗目录 Configure a case type\'s dossier catalogue (the 副卷 is fixed)', params: CaseTypeParams, body: CatalogueUpdate, response: { 200: CaseTypeCatalogue, 400: ErrorBody, ...errors } },
    },
    async (req) => {
      const caseType = declared(req.params.caseType);
      const sections = req.body.sections as DossierSection[];
      checkCatalogue(caseType, sections);
      return deps.db.transaction(async (tx) => {
        const before = await lockAt(tx, caseType, req.body.version);
        await keepPlacedSections(tx, caseType, before.sections, sections);
        await saveCatalogue(tx, caseType, sections, requireActor(req).userId);
        const after = await readOne(tx, caseType);
        await audit(tx, requireActor(req).userId, 'update', 'dossierCatalogue', caseType, before.isConfigured ? before.sections : null, after.sections);
        return after;
      });
    },
  );

  app.delete(
    '/api/v1/admin/dossier-catalogues/:caseType',
    { config: admin, schema: { tags: ['admin'], summary: '恢复默认卷宗目录 Back to the default catalogue of the case type', params: CaseTypeParams, querystring: CatalogueResetQuery, response: { 200: CaseTypeCatalogue, 400: ErrorBody, ...errors } } },
    async (req) => {
      const caseType = declared(req.params.caseType);
      return deps.db.transaction(async (tx) => {
        const before = await lockAt(tx, caseType, req.query.version);
        if (!before.isConfigured) return readOne(tx, caseType);
        await saveCatalogue(tx, caseType, null, requireActor(req).userId);
        const after = await readOne(tx, caseType);
        await keepPlacedSections(tx, caseType, before.sections, after.sections);
        await audit(tx, requireActor(req).userId, 'reset', 'dossierCatalogue', caseType, before.sections, null);
        return after;
      });
    },
  );
}
