// 刑事案件 routes: the procuratorate's online prosecution, a party's 自诉, the 罪名 catalogue, and a case's criminal facts.
import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { CaseDetail } from '../../../contracts/cases';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { ChargeQuery, CriminalCharge, CriminalFacts, PrivateProsecutionInput, ProsecutionInput } from '../../../contracts/criminal';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { caseDetail } from '../cases/caseDetail';
import { loadCase } from '../cases/caseRecord';
import { criminalFacts } from './criminalView';
import { filePrivateProsecution } from './filePrivateProsecution';
import { fileProsecution } from './fileProsecution';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

export function criminalRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/prosecutions',
    { config: { access: ['procurator'] }, schema: { tags: ['criminal'], summary: '提起公诉 File a public prosecution online', body: ProsecutionInput, response: { 201: CaseDetail, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const id = await fileProsecution(deps, actor, req.body);
      reply.status(201);
      return caseDetail(deps.db, actor, id, deps.clock.today(), deps.clock.now());
    },
  );

  app.post(
    '/api/v1/private-prosecutions',
    { config: { access: ['party', 'lawyer'] }, schema: { tags: ['criminal'], summary: '提起自诉 File a private prosecution online (CrPL art 210)', body: PrivateProsecutionInput, response: { 201: CaseDetail, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const id = await filePrivateProsecution(deps, actor, req.body);
      reply.status(201);
      return caseDetail(deps.db, actor, id, deps.clock.today(), deps.clock.now());
    },
  );

  app.get(
    '/api/v1/criminal-charges',
    { config: { access: 'authenticated' }, schema: { tags: ['reference'], summary: '罪名（检索）Criminal charges, searchable', querystring: ChargeQuery, response: { 200: Type.Array(CriminalCharge), 400: ErrorBody } } },
    async (req) => {
      const q = req.query.q?.trim() ?? '';
      const r = await deps.db.execute(sql`
        select id, seq, name, article, chapter, section from criminal_charges
         where ${q} = '' or strpos(name, ${q}) > 0 or strpos(article, ${q}) > 0
         order by (name = ${q}) desc, char_length(name), seq limit 50`);
      return r.rows as never;
    },
  );

  app.get(
    '/api/v1/cases/:id/criminal',
    { config: { access: 'authenticated' }, schema: { tags: ['criminal'], summary: '刑事案件信息 Defendants, charges, detention and sentences of a criminal case', params: IdParams, response: { 200: CriminalFacts, ...errors } } },
    async (req) =>
      deps.db.transaction(async (tx) => {
        const actor = requireActor(req);
        const c = await loadCase(tx, req.params.id);
        if (!c || !(await relationToCase(tx, actor, c)).canView) throw caseNotFound();
        const facts = await criminalFacts(tx, c.id, deps.clock.today());
        if (!facts) throw new AppError(404, 'NOT_A_CRIMINAL_CASE', '本案不是刑事案件。', 'This is not a criminal case.');
        return facts;
      }),
  );
}
