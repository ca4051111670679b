// Jurisdiction: the competent-court proposal (any logged-in user), the proposal a case was filed with, the rules (admin).
import Type from 'typebox';
import { ErrorBody, IdParams } from '../../../contracts/common';
import { CaseJurisdiction, CourtFilingSettings, CourtProposal, EndRuleInput, JurisdictionRuleInput, JurisdictionRuleRow, ProposalRequest } from '../../../contracts/jurisdiction';
import { CrossRegionFilingInput, FiledCase } from '../../../contracts/cases';
import { yuanToFen } from '../../../domain/money/yuan';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { caseDetail } from '../cases/caseDetail';
import { existingCourt, forwardingDaysOf, setFilingSettings, takeCrossRegionFiling } from './crossRegion';
import { caseJurisdictionOf } from './filingProposal';
import { proposeFor } from './proposal';
import { addRule, endRule, listRules } from './rules';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

export function jurisdictionRoutes(app: App, deps: Deps) {
  app.post(
    '/api/v1/jurisdiction/proposal',
    { config: { access: 'authenticated' }, schema: { tags: ['jurisdiction'], summary: '管辖法院建议 Propose the competent court', body: ProposalRequest, response: { 200: CourtProposal, ...errors } } },
    async (req) => {
      const b = req.body;
      const r = await proposeFor(deps.db, { isAdministrative: b.caseType === '行初', causeId: b.causeId, amountFen: b.amount === undefined ? null : yuanToFen(b.amount), places: b.places, chosenCourtId: b.courtId, onDate: b.onDate ?? deps.clock.today() });
      return r.proposal;
    },
  );

  app.get(
    '/api/v1/cases/:id/jurisdiction',
    { config: { access: 'authenticated' }, schema: { tags: ['jurisdiction'], summary: '立案时的管辖建议 The jurisdiction proposal the case was filed with', params: IdParams, response: { 200: CaseJurisdiction, ...errors } } },
    async (req) => caseJurisdictionOf(deps.db, requireActor(req), req.params.id),
  );

  app.post(
    '/api/v1/filings/cross-region',
    { config: { access: ['filingClerk'] }, schema: { tags: ['filings'], summary: '跨域立案收件 Take a filing for another court', body: CrossRegionFilingInput, response: { 201: FiledCase, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const { identityChecked: _checked, ...filing } = req.body;
      const { row, jurisdictionWarnings } = await takeCrossRegionFiling(deps, actor, filing);
      reply.status(201);
      return { ...(await caseDetail(deps.db, actor, row.id, deps.clock.today(), deps.clock.now())), jurisdictionWarnings };
    },
  );

  const admin = { access: ['admin'] as const };
  app.get(
    '/api/v1/admin/jurisdiction-rules',
    { config: admin, schema: { tags: ['admin'], summary: '管辖规则（全部版本）Jurisdiction rules, every version', response: { 200: Type.Array(JurisdictionRuleRow), ...errors } } },
    async () => listRules(deps.db),
  );

  app.post(
    '/api/v1/admin/jurisdiction-rules',
    { config: admin, schema: { tags: ['admin'], summary: '新增管辖规则版本 Add a jurisdiction rule version', body: JurisdictionRuleInput, response: { 201: JurisdictionRuleRow, ...errors } } },
    async (req, reply) => {
      const row = await deps.db.transaction((tx) => addRule(tx, requireActor(req), req.body));
      reply.status(201);
      return row;
    },
  );

  app.get(
    '/api/v1/admin/courts/:id/filing-settings',
    { config: admin, schema: { tags: ['admin'], summary: '法院立案设置（跨域立案转交期限）A court’s filing settings', params: IdParams, response: { 200: CourtFilingSettings, ...errors } } },
    async (req) => ({ crossRegionForwardingDays: await forwardingDaysOf(deps.db, await existingCourt(deps.db, req.params.id)) }),
  );

  app.put(
    '/api/v1/admin/courts/:id/filing-settings',
    { config: admin, schema: { tags: ['admin'], summary: '修改法院立案设置 Set a court’s filing settings', params: IdParams, body: CourtFilingSettings, response: { 200: CourtFilingSettings, ...errors } } },
    async (req) => deps.db.transaction((tx) => setFilingSettings(tx, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    '/api/v1/admin/jurisdiction-rules/:id/end',
    { config: admin, schema: { tags: ['admin'], summary: '终止管辖规则 End a jurisdiction rule', params: IdParams, body: EndRuleInput, response: { 200: JurisdictionRuleRow, ...errors } } },
    async (req) => deps.db.transaction((tx) => endRule(tx, requireActor(req), req.params.id, req.body.effectiveTo, deps.clock.today())),
  );
}
