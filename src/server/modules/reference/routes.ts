// Reference data for everyone logged in: courts, divisions, rooms, causes of action, case-type codes.
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { ErrorBody, IdParams, Page } from '../../../contracts/common';
import { CaseTypeCode, CaseTypeCodeQuery, Cause, CauseQuery, Court, Division, Room } from '../../../contracts/reference';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import type { App } from '../../http/types';
import { CAUSE_COLUMNS, caseTypeCodes, causes, referenceExportRoutes } from './referenceLists';

export const COURT_COLUMNS = sql`id, code, name, level, parent_id as "parentId", province, division_code as "divisionCode",
  code_basis as "codeBasis", code_evidence as "codeEvidence", is_active as "isActive"`;


export function referenceRoutes(app: App, deps: Deps) {
  app.get(
    '/api/v1/courts',
    { config: { access: 'authenticated' }, schema: { tags: ['reference'], summary: '法院 Courts', response: { 200: Type.Array(Court) } } },
    async () => (await deps.db.execute<Court>(sql`select ${COURT_COLUMNS} from courts order by case level when 'supreme' then 0 when 'high' then 1 when 'intermediate' then 2 else 3 end, code`)).rows,
  );

  app.get(
    '/api/v1/courts/:id/divisions',
    { config: { access: 'authenticated' }, schema: { tags: ['reference'], summary: '审判庭室 Divisions of a court', params: IdParams, response: { 200: Type.Array(Division) } } },
    async (req) => (await deps.db.execute(sql`select id, court_id as "courtId", name, kind from divisions where court_id = ${req.params.id} and is_active order by id`)).rows as never,
  );

  app.get(
    '/api/v1/courts/:id/rooms',
    { config: { access: 'authenticated' }, schema: { tags: ['reference'], summary: '法庭 Courtrooms of a court', params: IdParams, response: { 200: Type.Array(Room) } } },
    async (req) => (await deps.db.execute(sql`select id, court_id as "courtId", name from rooms where court_id = ${req.params.id} and is_active order by id`)).rows as never,
  );

  app.get(
    '/api/v1/causes',
    { config: { access: 'authenticated' }, schema: { tags: ['reference'], summary: '案由（检索）Causes of action, searchable', querystring: CauseQuery, response: { 200: Page(Cause), 400: ErrorBody } } },
    async (req) => causes(deps, req.query),
  );

  app.get(
    '/api/v1/causes/:id',
    { config: { access: 'authenticated' }, schema: { tags: ['reference'], summary: '案由 Cause of action', params: IdParams, response: { 200: Cause, 404: ErrorBody } } },
    async (req) => {
      const r = await deps.db.execute<Cause>(sql`select ${CAUSE_COLUMNS} from causes where id = ${req.params.id}`);
      if (!r.rows[0]) throw new AppError(404, 'CAUSE_UNKNOWN', '案由不存在。', 'No such cause of action.');
      return r.rows[0];
    },
  );

  app.get(
    '/api/v1/case-type-codes',
    { config: { access: 'authenticated' }, schema: { tags: ['reference'], summary: '案件类型代字 Case-type codes', querystring: CaseTypeCodeQuery, response: { 200: Page(CaseTypeCode), 400: ErrorBody } } },
    async (req) => caseTypeCodes(deps, req.query),
  );
  referenceExportRoutes(app, deps);
}
