// 网络查控 over HTTP for the court: the case's 查控 panel, inquiries and controls from the case, assets found on site,
// the 执行局长's approval, the court's 查控 centre list (with its Excel export), and the agencies and setting of a court.
import Type, { type Static } from 'typebox';
import { sql } from 'drizzle-orm';
import { Agency, AgencyInput, AgencyUpdate, AgencyUser, AgencyUserInput, AgencyUserUpdate, AssetControlSettings, AssetControlSettingsInput, CaseAsset, CaseAssetControl, ControlInput, ControlRequest, CourtParams, DecisionInput, InquiryInput, OnSiteAssetInput, RequestIds, RequestQuery } from '../../../contracts/assetControl';
import { IdParams, Page } from '../../../contracts/common';
import { checkInquiryAnswer } from '../../../domain/execution/assetControl';
import { fenToYuan } from '../../../domain/money/yuan';
import { relationToCase } from '../../access/casePolicy';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { requireActor } from '../../http/authenticate';
import type { App } from '../../http/types';
import { registerListExport, zhEn, type ExportColumn } from '../../lists/excelExport';
import { appendCaseEvent } from '../cases/caseRecord';
import { courtInExecutionScope, executionAdminScope } from '../execution/executionSettings';
import { courtOf, errors, ownCourtCase } from '../execution/fundRoutes';
import { agencyAccounts, createAgencyAccount, updateAgency, updateAgencyAccount } from './agencyAccounts';
import { agenciesForCourt, courtControlApproval, createAgency, saveControlApproval } from './agencies';
import { caseAssets, caseControls, caseRequests, listCourtRequests, loadRequest } from './requestViews';
import { createInquiries, decideRequest, officerCase, requestControl } from './requests';

const STAFF = ['judge', 'judgeAssistant', 'courtClerk', 'divisionChief', 'president'] as const;
const OFFICERS = ['judge', 'judgeAssistant'] as const;

const REQUEST_COLUMNS: readonly ExportColumn<ControlRequest>[] = [
  { header: zhEn('案号', 'Case number'), width: 26, value: (r) => r.caseNumber },
  { header: zhEn('被执行人', 'Debtor'), width: 18, value: (r) => r.debtorName },
  { header: zhEn('协助执行单位', 'Agency'), width: 24, value: (r) => r.agencyName },
  { header: zhEn('渠道', 'Channel'), width: 10, value: (r, lang) => (r.channel === 'national' ? (lang === 'en' ? 'National' : '总对总') : lang === 'en' ? 'Local' : '点对点') },
  { header: zhEn('类别', 'Kind'), width: 12, value: (r, lang) => r.kindLabel[lang] },
  { header: zhEn('状态', 'Status'), width: 12, value: (r, lang) => r.statusLabel[lang] },
  { header: zhEn('金额（元）', 'Amount (yuan)'), width: 14, value: (r) => (r.amountFen === null ? null : Number(fenToYuan(BigInt(r.amountFen)))) },
  { header: zhEn('期限状态', 'Term'), width: 10, value: (r, lang) => (r.controlState === 'lapsed' ? (lang === 'en' ? 'Lapsed' : '已失效') : r.controlState === 'expiring' ? (lang === 'en' ? 'Expiring' : '即将到期') : null) },
  { header: zhEn('发起人', 'Requested by'), width: 12, value: (r) => r.requestedBy },
  { header: zhEn('发起时间', 'Requested at'), width: 18, value: (r) => r.requestedAt },
  { header: zhEn('反馈日期', 'Answered on'), width: 12, value: (r) => r.answeredOn },
];

export function assetControlRoutes(app: App, deps: Deps) {
  const clock = () => ({ today: deps.clock.today(), now: deps.clock.now() });
  const panel = async (caseId: number, canRequest: boolean, courtId: number) => {
    const today = deps.clock.today();
    const debtors = await deps.db.execute<{ id: string; name: string }>(sql`select id, name from case_parties where case_id = ${caseId} and standing = 'executionDebtor' order by id`);
    return {
      canRequest,
      debtors: debtors.rows.map((d) => ({ partyId: Number(d.id), name: d.name })),
      agencies: await agenciesForCourt(deps.db, courtId),
      requests: await caseRequests(deps.db, caseId, today, deps.config.timeZone),
      assets: await caseAssets(deps.db, caseId),
      controls: await caseControls(deps.db, caseId, today),
    };
  };

  app.get(
    '/api/v1/cases/:id/asset-control',
    { config: { access: [...STAFF] }, schema: { tags: ['assetControl'], summary: '案件查控 The case\'s inquiries and controls, its asset list and the freezes with days left', params: IdParams, response: { 200: CaseAssetControl, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      const c = await deps.db.transaction((tx) => ownCourtCase(tx, actor, req.params.id));
      const roles = (await relationToCase(deps.db, actor, c)).roles;
      return panel(c.id, roles.some((r) => r === 'judge' || r === 'judgeAssistant') && ['assigned', 'implementing'].includes(c.node), c.courtId);
    },
  );

  app.post(
    '/api/v1/cases/:id/asset-control/inquiries',
    { config: { access: [...OFFICERS] }, schema: { tags: ['assetControl'], summary: '发起网络查询 The officer sends inquiries about debtors to agencies (one request per debtor and agency)', params: IdParams, body: InquiryInput, response: { 201: RequestIds, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const ids = await deps.db.transaction(async (tx) => {
        const c = await officerCase(tx, actor, req.params.id);
        return createInquiries(tx, c, { partyIds: req.body.partyIds, agencyIds: req.body.agencyIds, channel: null, requestedBy: actor.userId, actorRole: 'judge', legalBasis: req.body.legalBasis, at: deps.clock.now() });
      });
      reply.status(201);
      return { ids };
    },
  );

  app.post(
    '/api/v1/cases/:id/asset-control/controls',
    { config: { access: [...OFFICERS] }, schema: { tags: ['assetControl'], summary: '发起冻结、查封、扣划、解除或续行 The officer asks an agency to control an asset, with the ruling and assistance notice generated', params: IdParams, body: ControlInput, response: { 201: ControlRequest, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const id = await deps.db.transaction(async (tx) => requestControl(tx, deps, actor, await officerCase(tx, actor, req.params.id), req.body, clock()));
      reply.status(201);
      return loadRequest(deps.db, id, deps.clock.today(), deps.config.timeZone);
    },
  );

  app.post(
    '/api/v1/cases/:id/asset-control/assets',
    { config: { access: [...OFFICERS] }, schema: { tags: ['assetControl'], summary: '登记现场调查发现的财产 The officer enters an asset found by other means (on-site investigation)', params: IdParams, body: OnSiteAssetInput, response: { 201: CaseAsset, ...errors } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const b = req.body;
      const assetId = await deps.db.transaction(async (tx) => {
        const c = await officerCase(tx, actor, req.params.id);
        const debtor = await tx.execute(sql`select 1 from case_parties where id = ${b.partyId} and case_id = ${c.id} and standing = 'executionDebtor'`);
        if (!debtor.rows.length) throw new AppError(422, 'ASSET_CONTROL_NOT_DEBTOR', '只能登记本案被执行人的财产。', 'Only assets of the debtors of this case can be entered.', { field: '/partyId' });
        const [a] = checkInquiryAnswer({ assets: [{ kind: b.kind, identifier: b.identifier, description: b.description, balanceFen: b.balanceFen ?? null }] }).assets;
        const foundOn = b.foundOn ?? deps.clock.today();
        if (foundOn > deps.clock.today()) throw new AppError(422, 'DATE_IN_FUTURE', '发现日期不能晚于今天。', 'The day found cannot be after today.', { field: '/foundOn' });
        const r = await tx.execute<{ id: string }>(sql`
          insert into case_assets (case_id, party_id, kind, identifier, description, balance_fen, source, found_on, created_by)
          values (${c.id}, ${b.partyId}, ${a!.kind}, ${a!.identifier}, ${a!.description}, ${a!.balanceFen ?? null}, 'onSite', ${foundOn}::date, ${actor.userId}) returning id`);
        const id = Number(r.rows[0]!.id);
        await appendCaseEvent(tx, { caseId: c.id, event: 'addCaseAsset', actorId: actor.userId, actorRole: 'judge', nodeBefore: c.node, nodeAfter: c.node, at: deps.clock.now(), payload: { assetId: id, kind: a!.kind, identifier: a!.identifier, foundOn } });
        return id;
      });
      reply.status(201);
      return (await caseAssets(deps.db, req.params.id)).find((a) => a.id === assetId)!;
    },
  );

  for (const [verb, approve] of [['approve', true], ['reject', false]] as const) {
    app.post(
      `/api/v1/asset-control/requests/:id/${verb}`,
      { config: { access: ['divisionChief'] }, schema: { tags: ['assetControl'], summary: approve ? '批准查控请求 The head of execution approves a request; the agency then sees it' : '不批准查控请求 The head of execution rejects a request, with a reason', params: IdParams, body: DecisionInput, response: { 200: ControlRequest, ...errors } } },
      async (req) => {
        const actor = requireActor(req);
        courtOf(actor);
        await deps.db.transaction((tx) => decideRequest(tx, actor, req.params.id, approve, req.body.note?.trim() || null, deps.clock.now()));
        return loadRequest(deps.db, req.params.id, deps.clock.today(), deps.config.timeZone);
      },
    );
  }

  app.get(
    '/api/v1/asset-control/requests',
    { config: { access: [...STAFF] }, schema: { tags: ['assetControl'], summary: '网络查控中心 The court\'s inquiries and controls (filter by status, kind, agency, lapsing)', querystring: RequestQuery, response: { 200: Page(ControlRequest), ...errors } } },
    async (req) => listCourtRequests(deps.db, courtOf(requireActor(req)), req.query, deps.clock.today(), deps.config.timeZone),
  );
  registerListExport<Static<typeof RequestQuery>, ControlRequest>(app, {
    url: '/api/v1/asset-control/requests',
    access: [...STAFF],
    tags: ['assetControl'],
    summary: '网络查控中心导出 Excel Export the court\'s inquiries and controls (the filter\'s rows)',
    querystring: RequestQuery,
    title: zhEn('网络查控', 'Inquiries and controls'),
    columns: REQUEST_COLUMNS,
    load: async (req, page) => listCourtRequests(deps.db, courtOf(requireActor(req)), { ...req.query, ...page }, deps.clock.today(), deps.config.timeZone),
  });

  app.get(
    '/api/v1/admin/asset-control/courts/:courtId/agencies',
    { config: { access: ['admin', 'divisionChief'] }, schema: { tags: ['assetControl'], summary: '协助执行单位 The national agencies and the court\'s local ones', params: CourtParams, response: { 200: Type.Array(Agency), ...errors } } },
    async (req) => {
      courtInExecutionScope(await executionAdminScope(deps.db, requireActor(req)), req.params.courtId);
      return agenciesForCourt(deps.db, req.params.courtId, false);
    },
  );
  app.post(
    '/api/v1/admin/asset-control/agencies',
    { config: { access: ['admin', 'divisionChief'] }, schema: { tags: ['assetControl'], summary: '新增协助执行单位 Add a local agency (a court\'s 点对点) or, the administrator, a national one', body: AgencyInput, response: { 201: Agency, ...errors } } },
    async (req, reply) => {
      const agency = await deps.db.transaction((tx) => createAgency(tx, requireActor(req), req.body));
      reply.status(201);
      return agency;
    },
  );
  app.patch(
    '/api/v1/admin/asset-control/agencies/:id',
    { config: { access: ['admin', 'divisionChief'] }, schema: { tags: ['assetControl'], summary: '修改或停用协助执行单位 Rename or (de)activate an agency: a local one of the court, or, the administrator, a national one', params: IdParams, body: AgencyUpdate, response: { 200: Agency, ...errors } } },
    async (req) => deps.db.transaction((tx) => updateAgency(tx, requireActor(req), req.params.id, req.body)),
  );
  app.get(
    '/api/v1/admin/asset-control/agencies/:id/users',
    { config: { access: ['admin', 'divisionChief'] }, schema: { tags: ['assetControl'], summary: '协助执行单位账号 The accounts of an agency', params: IdParams, response: { 200: Type.Array(AgencyUser), ...errors } } },
    async (req) => agencyAccounts(deps.db, requireActor(req), req.params.id),
  );
  app.post(
    '/api/v1/admin/asset-control/agencies/:id/users',
    { config: { access: ['admin', 'divisionChief'] }, schema: { tags: ['assetControl'], summary: '新建协助执行单位账号 Create an account of the agency (role agency), with its initial password', params: IdParams, body: AgencyUserInput, response: { 201: AgencyUser, ...errors } } },
    async (req, reply) => {
      const created = await createAgencyAccount(deps.db, requireActor(req), req.params.id, req.body);
      reply.status(201);
      return created;
    },
  );
  app.patch(
    '/api/v1/admin/asset-control/agency-users/:id',
    { config: { access: ['admin', 'divisionChief'] }, schema: { tags: ['assetControl'], summary: '修改协助执行单位账号 Rename, reset the password of or (de)activate an agency account', params: IdParams, body: AgencyUserUpdate, response: { 200: AgencyUser, ...errors } } },
    async (req) => updateAgencyAccount(deps.db, requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/api/v1/admin/asset-control/courts/:courtId/settings',
    { config: { access: ['admin', 'divisionChief'] }, schema: { tags: ['assetControl'], summary: '查控审批设置 Whether the court\'s requests wait for the head of execution', params: CourtParams, response: { 200: AssetControlSettings, ...errors } } },
    async (req) => {
      courtInExecutionScope(await executionAdminScope(deps.db, requireActor(req)), req.params.courtId);
      return { courtId: req.params.courtId, ...(await courtControlApproval(deps.db, req.params.courtId)) };
    },
  );
  app.put(
    '/api/v1/admin/asset-control/courts/:courtId/settings',
    { config: { access: ['admin', 'divisionChief'] }, schema: { tags: ['assetControl'], summary: '修改查控审批设置 Set whether the court\'s requests wait for the head of execution', params: CourtParams, body: AssetControlSettingsInput, response: { 200: AssetControlSettings, ...errors } } },
    async (req) => deps.db.transaction((tx) => saveControlApproval(tx, requireActor(req), req.params.courtId, req.body)),
  );
}
