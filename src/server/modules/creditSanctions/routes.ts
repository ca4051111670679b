// 失信与限消 over HTTP: a case's orders and listings (the officer proposes, the 院长 signs, the officer lifts and
// deletes), the listed person's correction applications, the 院长's queue, the court's list with its Excel export,
// and the public page of current 失信 debtors (no login).
import Type, { type Static } from 'typebox';
import { IdParams, Page } from '../../../contracts/common';
import { ApprovalItem, CaseCredit, Correction, CorrectionDecisionInput, CorrectionInput, DecisionInput, DeletionGroundInput, LiftInput, Listing, ListingInput, ListingQuery, PublicListing, PublicListingQuery, ReconsiderationDecisionInput, ReconsiderationInput, Restriction, RestrictionInput } from '../../../contracts/creditSanctions';
import { LISTING_GROUND_LABELS, type ListingGround } from '../../../domain/creditSanctions/dishonestListing';
import { EXECUTION_CASE_TYPES } from '../../../domain/casetypes/executionCase';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Deps } from '../../deps';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { registerListExport, zhEn, type ExportColumn } from '../../lists/excelExport';
import { loadCase } from '../cases/caseRecord';
import { courtOf, errors } from '../execution/fundRoutes';
import { applyForCorrection, applyForReconsideration, completeCorrection, decideCorrection, recordReconsiderationDecision } from './corrections';
import { loadCreditSettings } from './creditSettings';
import { approvalQueue, caseCredit, listListings, loadCorrection, loadListing, loadRestriction, LISTING_STATUS_LABELS, publicListings } from './creditView';
import { deleteListing, recordDeletionGroundOf } from './deletion';
import { decideListing, proposeListing } from './listings';
import { decideRestriction, liftRestriction, proposeRestriction } from './restrictions';

const OFFICERS = ['judge'] as const;
const LISTING_COLUMNS: readonly ExportColumn<Listing>[] = [
  { header: zhEn('被执行人', 'Debtor'), width: 20, value: (r) => r.partyName },
  { header: zhEn('证件号码', 'ID number'), width: 22, value: (r) => r.maskedIdNumber },
  { header: zhEn('案号', 'Case number'), width: 26, value: (r) => r.caseNumber },
  { header: zhEn('失信情形', 'Ground'), width: 30, value: (r, lang) => LISTING_GROUND_LABELS[r.ground as ListingGround]?.[lang] ?? String(r.ground) },
  { header: zhEn('期限（年）', 'Term (years)'), width: 10, value: (r, lang) => r.termYears ?? (lang === 'en' ? 'none' : '不定期') },
  { header: zhEn('生效日期', 'In effect from'), width: 12, value: (r) => r.effectiveOn },
  { header: zhEn('届满日期', 'Expires'), width: 12, value: (r) => r.expiresOn },
  { header: zhEn('状态', 'Status'), width: 16, value: (r, lang) => LISTING_STATUS_LABELS[r.status]?.[lang] ?? r.status },
  { header: zhEn('删除期限', 'Delete by'), width: 12, value: (r) => r.deletionDueOn },
];

export function creditSanctionRoutes(app: App, deps: Deps) {
  const clock = () => ({ today: deps.clock.today(), now: deps.clock.now() });
  const note = (n: string | undefined) => n?.trim() || null;
  const tx = deps.db.transaction.bind(deps.db);

  app.get(
    '/api/v1/cases/:id/credit',
    { config: { access: 'authenticated' }, schema: { tags: ['creditSanctions'], summary: '失信与限消 A case\'s restriction orders, listings and corrections (a party: its own)', params: IdParams, response: { 200: CaseCredit, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCase(deps.db, req.params.id);
      const rel = c && EXECUTION_CASE_TYPES.includes(c.caseType) ? await relationToCase(deps.db, actor, c) : null;
      if (!c || !rel?.canView) throw caseNotFound();
      const staff = rel.isStaffOfCourt && c.courtId === actor.courtId;
      return { ...(await caseCredit(deps.db, c.id, staff ? null : rel.partyIds)), graceDays: (await loadCreditSettings(deps.db)).graceDays };
    },
  );

  app.post(
    '/api/v1/cases/:id/credit/restrictions',
    { config: { access: [...OFFICERS] }, schema: { tags: ['creditSanctions'], summary: '提出限制消费令 The officer proposes a consumption-restriction order for a debtor (the president signs)', params: IdParams, body: RestrictionInput, response: { 201: Restriction, ...errors } } },
    async (req, reply) => {
      const id = await tx((t) => proposeRestriction(t, requireActor(req), req.params.id, req.body, clock()));
      reply.status(201);
      return loadRestriction(deps.db, id);
    },
  );
  app.post(
    '/api/v1/credit/restrictions/:id/decision',
    { config: { access: ['president'] }, schema: { tags: ['creditSanctions'], summary: '院长签发或退回限制消费令 The president signs (the order is generated) or refuses it', params: IdParams, body: DecisionInput, response: { 200: Restriction, ...errors } } },
    async (req) => {
      await tx((t) => decideRestriction(t, deps, requireActor(req), req.params.id, { approve: req.body.approve, note: note(req.body.note) }, clock()));
      return loadRestriction(deps.db, req.params.id);
    },
  );
  app.post(
    '/api/v1/credit/restrictions/:id/lift',
    { config: { access: [...OFFICERS] }, schema: { tags: ['creditSanctions'], summary: '解除限制消费令 The officer lifts an order (guarantee, applicant consent, performance)', params: IdParams, body: LiftInput, response: { 200: Restriction, ...errors } } },
    async (req) => {
      await tx((t) => liftRestriction(t, requireActor(req), req.params.id, { reason: req.body.reason, note: note(req.body.note) }, clock()));
      return loadRestriction(deps.db, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/credit/listings',
    { config: { access: [...OFFICERS] }, schema: { tags: ['creditSanctions'], summary: '提出纳入失信名单 The officer proposes a listing (exclusions refused with 422; a restriction order is proposed with it)', params: IdParams, body: ListingInput, response: { 201: Listing, ...errors } } },
    async (req, reply) => {
      const b = req.body;
      const r = await tx((t) => proposeListing(t, requireActor(req), req.params.id, { ...b, ground: b.ground as ListingGround }, clock()));
      reply.status(201);
      return loadListing(deps.db, r.id);
    },
  );
  app.post(
    '/api/v1/credit/listings/:id/decision',
    { config: { access: ['president'] }, schema: { tags: ['creditSanctions'], summary: '院长签发或退回失信决定 The president signs the decision (listed, or forewarned for the grace period) or refuses it', params: IdParams, body: DecisionInput, response: { 200: Listing, ...errors } } },
    async (req) => {
      await tx((t) => decideListing(t, deps, requireActor(req), req.params.id, { approve: req.body.approve, note: note(req.body.note) }, clock()));
      return loadListing(deps.db, req.params.id);
    },
  );
  app.post(
    '/api/v1/credit/listings/:id/deletion-ground',
    { config: { access: [...OFFICERS] }, schema: { tags: ['creditSanctions'], summary: '登记删除事由 The officer records a deletion ground: delete within 3 working days (on the clock)', params: IdParams, body: DeletionGroundInput, response: { 200: Listing, ...errors } } },
    async (req) => {
      const c = clock();
      await tx((t) => recordDeletionGroundOf(t, deps, requireActor(req), req.params.id, req.body.ground, req.body.on ?? c.today, c));
      return loadListing(deps.db, req.params.id);
    },
  );
  app.post(
    '/api/v1/credit/listings/:id/delete',
    { config: { access: [...OFFICERS] }, schema: { tags: ['creditSanctions'], summary: '删除失信信息 The officer deletes the entry with its ground: off the public page at once', params: IdParams, body: DeletionGroundInput, response: { 200: Listing, ...errors } } },
    async (req) => {
      const c = clock();
      await tx((t) => deleteListing(t, requireActor(req), req.params.id, req.body.ground, req.body.on ?? c.today, c));
      return loadListing(deps.db, req.params.id);
    },
  );

  app.post(
    '/api/v1/credit/listings/:id/corrections',
    { config: { access: ['party', 'lawyer'] }, schema: { tags: ['creditSanctions'], summary: '申请纠正失信信息 The listed person applies for correction (reviewed within 15 days)', params: IdParams, body: CorrectionInput, response: { 201: Correction, ...errors } } },
    async (req, reply) => {
      const id = await tx((t) => applyForCorrection(t, requireActor(req), req.params.id, req.body.reason, clock(), req.body.attachmentIds ?? []));
      reply.status(201);
      return loadCorrection(deps.db, id);
    },
  );
  app.post(
    '/api/v1/credit/corrections/:id/decision',
    { config: { access: [...OFFICERS] }, schema: { tags: ['creditSanctions'], summary: '审查纠正申请 The officer decides: justified (correct within 3 working days) or rejected', params: IdParams, body: CorrectionDecisionInput, response: { 200: Correction, ...errors } } },
    async (req) => {
      await tx((t) => decideCorrection(t, requireActor(req), req.params.id, { justified: req.body.justified, note: note(req.body.note) }, clock()));
      return loadCorrection(deps.db, req.params.id);
    },
  );
  app.post(
    '/api/v1/credit/corrections/:id/correct',
    { config: { access: [...OFFICERS] }, schema: { tags: ['creditSanctions'], summary: '纠正完毕 The officer corrects: the entry is deleted as listed in error', params: IdParams, response: { 200: Correction, ...errors } } },
    async (req) => {
      await tx((t) => completeCorrection(t, requireActor(req), req.params.id, clock()));
      return loadCorrection(deps.db, req.params.id);
    },
  );
  app.post(
    '/api/v1/credit/corrections/:id/reconsideration',
    { config: { access: ['party', 'lawyer'] }, schema: { tags: ['creditSanctions'], summary: '申请复议 The listed person asks the higher court to reconsider (within 10 days)', params: IdParams, body: ReconsiderationInput, response: { 200: Correction, ...errors } } },
    async (req) => {
      await tx((t) => applyForReconsideration(t, requireActor(req), req.params.id, req.body.reason, clock()));
      return loadCorrection(deps.db, req.params.id);
    },
  );
  app.post(
    '/api/v1/credit/corrections/:id/reconsideration-decision',
    { config: { access: [...OFFICERS] }, schema: { tags: ['creditSanctions'], summary: '登记复议决定 The officer records the higher court\'s decision', params: IdParams, body: ReconsiderationDecisionInput, response: { 200: Correction, ...errors } } },
    async (req) => {
      await tx((t) => recordReconsiderationDecision(t, requireActor(req), req.params.id, { upheld: req.body.upheld, note: note(req.body.note) }, clock()));
      return loadCorrection(deps.db, req.params.id);
    },
  );

  app.get(
    '/api/v1/credit/approvals',
    { config: { access: ['president'] }, schema: { tags: ['creditSanctions'], summary: '失信、限消待签发 What awaits the president\'s signature', response: { 200: Type.Array(ApprovalItem), ...errors } } },
    async (req) => approvalQueue(deps.db, courtOf(requireActor(req))),
  );

  const LIST_READERS = ['judge', 'judgeAssistant', 'courtClerk', 'divisionChief', 'president'] as const;
  app.get(
    '/api/v1/credit/listings',
    { config: { access: [...LIST_READERS] }, schema: { tags: ['creditSanctions'], summary: '本院失信名单 The court\'s listings (current by default)', querystring: ListingQuery, response: { 200: Page(Listing), ...errors } } },
    async (req) => listListings(deps.db, courtOf(requireActor(req)), req.query),
  );
  registerListExport<Static<typeof ListingQuery>, Listing>(app, {
    url: '/api/v1/credit/listings',
    access: [...LIST_READERS],
    tags: ['creditSanctions'],
    summary: '本院失信名单导出 Excel Export the court\'s listings (the filter\'s rows)',
    querystring: ListingQuery,
    title: zhEn('失信被执行人名单', 'Dishonest judgment debtors'),
    columns: LISTING_COLUMNS,
    load: async (req, page) => listListings(deps.db, courtOf(requireActor(req)), { ...req.query, ...page }),
  });

  app.get(
    '/api/v1/public/dishonest-debtors',
    { config: { access: 'public' }, schema: { tags: ['creditSanctions'], summary: '失信被执行人名单公布（公开）Current dishonest judgment debtors: name, masked ID number, case, court, ground, term', security: [], querystring: PublicListingQuery, response: { 200: Page(PublicListing), 400: errors[400] } } },
    async (req) => publicListings(deps.db, deps.clock.today(), req.query),
  );
}
