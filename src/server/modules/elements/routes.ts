// 要素式审判 over HTTP: the element schemas (for filing forms of any client) and a case's elements.
import Type from 'typebox';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { CaseElementsResponse, ElementSchemaView } from '../../../contracts/elements';
import { ELEMENT_SCHEMAS } from '../../../domain/elements/registry';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { caseElements, schemaView } from './caseElements';

const VIEWS = ELEMENT_SCHEMAS.map(schemaView);

export function elementRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/element-schemas',
    { config: { access: 'authenticated' }, schema: { tags: ['elements'], summary: '要素表（按纠纷类型）Element schemas by dispute kind', response: { 200: Type.Array(ElementSchemaView), 401: ErrorBody } } },
    async () => VIEWS,
  );

  app.get(
    '/api/v1/cases/:id/elements',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['elements'], summary: '案件要素：起诉要素、要素式答辩、争议焦点与庭审提纲 The case’s elements, answers, disputes and hearing outline', params: IdParams, response: { 200: CaseElementsResponse, 401: ErrorBody, 404: ErrorBody } },
    },
    async (req) => deps.db.transaction((tx) => caseElements(tx, requireActor(req), req.params.id)),
  );
}
