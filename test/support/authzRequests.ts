// How the authorization matrix calls each route: with the ids of one court's target case (CourtObjects) and a body
// valid enough to pass schema validation, so that the request reaches the per-case checks in the handler. Where
// the court's own staff pass those checks, the object is chosen so that the request is refused after them without
// changing anything (a cancelled task, a posted statement, a claimed receipt, an input no event accepts), or
// changes nothing that matters (an administrator saving the settings as they are).
import { DEMO_PASSWORD, demoIdNumber } from '../../src/server/db/seed/demoProvince';
import type { CreditReference } from './authzExecution';
import type { CourtObjects } from './authzWorld';
import { jurisdictionRequests } from './authzJurisdiction';
import { dossierExportRequests } from './authzDossierExport';
import { evidenceRequests } from './authzEvidence';
import { hearingRequests, type HearingReference } from './authzHearings';
import { DEFAULT_TEMPLATES } from '../../src/domain/documents/templates';
import { DEFAULT_CATALOGUES } from '../../src/domain/dossier/catalogue';
import { DEFAULT_EXECUTION_STAGES } from '../../src/domain/execution/stages';
import { TINY_PDF, TINY_PNG } from './fixtures';

export interface MatrixRequest {
  method: string;
  path: string;
  body?: unknown;
  /** A multipart upload in field "file". */
  file?: { name: string; type: string; bytes: Uint8Array };
}

/** What the fixture read once for requests that must carry current data (an administrator saving it unchanged). */
export interface MatrixReference {
  today: string;
  logSize: number;
  court: Record<string, unknown>;
  caseTypeCode: string;
  calendarYear: number;
  calendar: { source: string; days: { date: string; off: boolean; name: string }[] };
  clockSettings: unknown;
  feeSettings: unknown;
  wangwu: { id: number; account: Record<string, unknown> };
  /** 南关's people's mediation committee and its mediator (ng-mediator); a matter it settled (its thread is closed). */
  mediation: { courtId: number; organisationId: number; organisationName: string; mediatorId: number; settledMatterId: number };
  /** 南关's 执 case assigned to its execution officer (ng-exec1), 南关's 快执团队 (seeded; the case is not in it), a paid payout and a 一日三通报. */
  execution: { caseId: number; teamId: number; payoutId: number; postponementId: number; disbursementEntryId: number; reportId: number };
  /** 失信与限消 on that 执 case (authzExecution.ts). */
  credit: CreditReference;
  /** On that 执 case: the national bank's answered inquiry and its pending freeze (with the assistance notice). */
  assetControl: AssetControlReference;
  /** A notification of 南关's finance officer (FIN): the 一日三通报 sent to them. */
  notificationId: number;
  /** 南关's 刑初 assigned to a panel of its 刑事审判庭 (authzCriminal.ts). */
  criminalCaseId: number;
  /** Issue 19 (authzSpecial.ts): 南关's granted 财保 and issued 民督, 长春中院's registered 民申. */
  special: { preservationCaseId: number; paymentOrderCaseId: number; retrialReviewCaseId: number };
  /** Issue 21 item 3 (authzHearings.ts): each court's scheduled hearing, by court id. */
  hearings: HearingReference;
}

/** An input no declared event accepts (every input schema is closed): a cell that gets past the access check answers 400 and nothing is fired. */
import type { AssetControlReference } from './assetControlScenario';

export const PROBE_INPUT = { matrixProbe: true };

/** The actor a request is made for (its own identity goes into a filing); null when anonymous. */
export type MatrixUser = { idNumber: string | null; displayName: string; roles: string[] } | null;

type Build = (o: CourtObjects, ref: MatrixReference, me: MatrixUser) => { path: string; body?: unknown; file?: MatrixRequest['file'] };

/** A filing as the actor would make it (for themselves, or a lawyer for 王五), except for its file. */
const filing = (o: CourtObjects, me: MatrixUser) => ({
  causeId: o.causeId,
  claims: ['判令被告偿还借款'],
  facts: '被告借款未还。',
  parties: [
    me?.roles.includes('lawyer')
      ? { standing: 'plaintiff', kind: 'person', name: '王五', idType: 'residentId', idNumber: demoIdNumber('22010219920202004'), isClient: true }
      : { standing: 'plaintiff', kind: 'person', name: me?.displayName ?? '王五', idType: 'residentId', idNumber: me?.idNumber ?? demoIdNumber('22010219920202004'), isSelf: true },
    { standing: 'defendant', kind: 'person', name: '赵六', idType: 'residentId', idNumber: demoIdNumber('22010219700101123'), address: '长春市' },
  ],
  // Another court's case file: only its uploader may put it in a filing, and only before it joins a case.
  attachmentIds: [o.attachmentId],
});

/** A 自诉 as the actor would file it, with a charge id no catalogue holds. */
const privateProsecution = (o: CourtObjects, me: MatrixUser) => ({
  courtId: o.courtId,
  complaintId: o.attachmentId,
  ground: 'minorWithEvidence',
  complainant: me?.roles.includes('lawyer') || !me?.idNumber ? { name: '王五', idNumber: demoIdNumber('22010219920202004') } : { name: me.displayName, idNumber: me.idNumber },
  capacity: 'victim',
  evidence: [{ name: '矩阵' }],
  facts: '矩阵',
  defendants: [{ name: '赵六', idNumber: demoIdNumber('22010219700101123'), birthOn: '1970-01-01', detentionStatus: 'notDetained', custodyIntervals: [], chargeIds: [2000000000] }],
});

/** One entry per route of the OpenAPI document, keyed "METHOD /path/{param}". */
export const ROUTE_REQUESTS: Record<string, Build> = {
  ...(jurisdictionRequests(filing) as Record<string, Build>),
  ...(dossierExportRequests as Record<string, Build>),
  ...(evidenceRequests as Record<string, Build>),
  ...(hearingRequests as Record<string, Build>),
  // Public: reached without a session and refused by validation (no password), so that the matrix neither spends a
  // deliberately slow password hash per actor nor counts as a burst of logins from one address.
  'POST /api/v1/auth/login': () => ({ path: '/api/v1/auth/login', body: { username: 'lisi' } }),
  'POST /api/v1/auth/logout': () => ({ path: '/api/v1/auth/logout', body: {} }),
  'GET /api/v1/auth/me': () => ({ path: '/api/v1/auth/me' }),
  'GET /api/v1/courts': () => ({ path: '/api/v1/courts' }),
  'GET /api/v1/courts/{id}/divisions': (o) => ({ path: `/api/v1/courts/${o.courtId}/divisions` }),
  'GET /api/v1/courts/{id}/rooms': (o) => ({ path: `/api/v1/courts/${o.courtId}/rooms` }),
  'GET /api/v1/causes': () => ({ path: `/api/v1/causes?q=${encodeURIComponent('民间借贷')}` }),
  'GET /api/v1/causes/{id}': (o) => ({ path: `/api/v1/causes/${o.causeId}` }),
  'GET /api/v1/causes/export': () => ({ path: `/api/v1/causes/export?q=${encodeURIComponent('民间借贷')}` }),
  'GET /api/v1/case-type-codes': () => ({ path: '/api/v1/case-type-codes' }),
  'GET /api/v1/case-type-codes/export': () => ({ path: '/api/v1/case-type-codes/export?hasTypeCode=true' }),
  'POST /api/v1/uploads': () => ({ path: '/api/v1/uploads', file: { name: '证据.pdf', type: 'application/pdf', bytes: TINY_PDF } }),
  'GET /api/v1/attachments/{id}/content': (o) => ({ path: `/api/v1/attachments/${o.attachmentId}/content` }),
  'GET /api/v1/cases/{id}/dossier': (o) => ({ path: `/api/v1/cases/${o.caseId}/dossier` }),
  'GET /api/v1/cases/{id}/dossier/items/{itemId}': (o) => ({ path: `/api/v1/cases/${o.caseId}/dossier/items/${o.attachmentId}` }),
  // A section no catalogue has: refused (422) past every access check, nothing arranged.
  'PATCH /api/v1/cases/{id}/dossier/items/{itemId}': (o) => ({ path: `/api/v1/cases/${o.caseId}/dossier/items/${o.attachmentId}`, body: { sectionKey: 'matrix' } }),
  'GET /api/v1/attachments/{id}/pages': (o) => ({ path: `/api/v1/attachments/${o.attachmentId}/pages` }),
  'GET /api/v1/attachments/{id}/view': (o) => ({ path: `/api/v1/attachments/${o.attachmentId}/view` }),
  // Nothing of the target's file failed: refused (409) past every access check, no job queued.
  'POST /api/v1/attachments/{id}/pages/retry': (o) => ({ path: `/api/v1/attachments/${o.attachmentId}/pages/retry` }),
  'GET /api/v1/cases/{id}/dossier/items/{itemId}/split-proposal': (o) => ({ path: `/api/v1/cases/${o.caseId}/dossier/items/${o.attachmentId}/split-proposal` }),
  // The target's file has no readable page: refused (409 DOSSIER_SPLIT_NOT_READY) past every access check.
  'POST /api/v1/cases/{id}/dossier/items/{itemId}/split': (o) => ({ path: `/api/v1/cases/${o.caseId}/dossier/items/${o.attachmentId}/split`, body: { parts: [{ fromPage: 1, toPage: 1, sectionKey: 'evidence', title: '矩阵' }] } }),
  // 分隔页: the sheets of the case's catalogue (a PDF) for staff who arrange its dossier.
  'GET /api/v1/cases/{id}/dossier/separator-sheets': (o) => ({ path: `/api/v1/cases/${o.caseId}/dossier/separator-sheets?sectionKey=evidence` }),
  // A section no catalogue has: refused (422) past every access check, nothing filed (the target's file is no upload of theirs anyway).
  'POST /api/v1/cases/{id}/dossier/items': (o) => ({ path: `/api/v1/cases/${o.caseId}/dossier/items`, body: { attachmentIds: [o.attachmentId], sectionKey: 'matrix' } }),
  // 卷宗目录 per case type (issue 20 item 1): 民终's; an update and a reset at a version it never had (409, nothing changed).
  'GET /api/v1/admin/dossier-catalogues': () => ({ path: '/api/v1/admin/dossier-catalogues' }),
  'GET /api/v1/admin/dossier-catalogues/{caseType}': () => ({ path: `/api/v1/admin/dossier-catalogues/${encodeURIComponent('民终')}` }),
  'PUT /api/v1/admin/dossier-catalogues/{caseType}': () => ({ path: `/api/v1/admin/dossier-catalogues/${encodeURIComponent('民终')}`, body: { version: 999999, sections: DEFAULT_CATALOGUES.civil } }),
  'DELETE /api/v1/admin/dossier-catalogues/{caseType}': () => ({ path: `/api/v1/admin/dossier-catalogues/${encodeURIComponent('民终')}?version=999999` }),
  // 卷宗检索 (issue 20 item 3): a phrase; each actor's answer holds only the pages it may see (rows in authorizationMatrixDossierSearch.table.ts).
  'GET /api/v1/dossier/search': () => ({ path: `/api/v1/dossier/search?q=${encodeURIComponent('借款')}` }),
  'GET /api/v1/dossier/search/export': () => ({ path: `/api/v1/dossier/search/export?q=${encodeURIComponent('借款')}` }),
  'GET /api/v1/cases/{id}/dossier/search': (o) => ({ path: `/api/v1/cases/${o.caseId}/dossier/search?q=${encodeURIComponent('借款')}` }),
  // The dossier's reading pane: a blank note is refused after every access check; no actor has note 999999999.
  'GET /api/v1/cases/{id}/dossier/items/{itemId}/pages': (o) => ({ path: `/api/v1/cases/${o.caseId}/dossier/items/${o.attachmentId}/pages` }),
  'GET /api/v1/cases/{id}/dossier/notes': (o) => ({ path: `/api/v1/cases/${o.caseId}/dossier/notes` }),
  'POST /api/v1/cases/{id}/dossier/notes': (o) => ({ path: `/api/v1/cases/${o.caseId}/dossier/notes`, body: { attachmentId: o.attachmentId, page: 1, kind: 'note', text: ' ' } }),
  'PATCH /api/v1/dossier-notes/{id}': () => ({ path: '/api/v1/dossier-notes/999999999', body: { text: '矩阵' } }),
  'DELETE /api/v1/dossier-notes/{id}': () => ({ path: '/api/v1/dossier-notes/999999999' }),
  'POST /api/v1/filings': (o, _ref, me) => ({ path: '/api/v1/filings', body: { caseType: '民初', courtId: o.courtId, ...filing(o, me) } }),
  'POST /api/v1/mediation/applications': (o, _ref, me) => ({ path: '/api/v1/mediation/applications', body: { courtId: o.courtId, ...filing(o, me) } }),
  'PUT /api/v1/filings/{id}': (o, _ref, me) => ({ path: `/api/v1/filings/${o.caseId}`, body: { expectedVersion: 1, filing: filing(o, me) } }),
  'GET /api/v1/case-types': () => ({ path: '/api/v1/case-types' }),
  'GET /api/v1/cases': (o) => ({ path: `/api/v1/cases?view=court&q=${encodeURIComponent(o.secrets[1]!)}` }),
  'GET /api/v1/cases/export': (o) => ({ path: `/api/v1/cases/export?view=court&q=${encodeURIComponent(o.secrets[1]!)}` }),
  'GET /api/v1/cases/{id}': (o) => ({ path: `/api/v1/cases/${o.caseId}` }),
  'GET /api/v1/cases/{id}/timeline': (o) => ({ path: `/api/v1/cases/${o.caseId}/timeline` }),
  // The route itself, with an event no case type declares: existence must not leak before the access check.
  'POST /api/v1/cases/{id}/events/{event}': (o) => ({ path: `/api/v1/cases/${o.caseId}/events/teleport`, body: { input: {} } }),
  'GET /api/v1/cases/{id}/eligible-judges': (o) => ({ path: `/api/v1/cases/${o.caseId}/eligible-judges` }),
  'POST /api/v1/admin/courts': (o) => ({ path: '/api/v1/admin/courts', body: { code: '吉0199', name: '矩阵测试法院', level: 'basic', parentId: o.courtId, codeBasis: 'derived' } }),
  'PUT /api/v1/admin/courts/{id}': (o, ref) => ({ path: `/api/v1/admin/courts/${o.courtId}`, body: ref.court }),
  'PATCH /api/v1/admin/causes/{id}': (o) => ({ path: `/api/v1/admin/causes/${o.causeId}`, body: {} }),
  'PATCH /api/v1/admin/case-type-codes/{code}': (_o, ref) => ({ path: `/api/v1/admin/case-type-codes/${ref.caseTypeCode}`, body: {} }),
  'GET /api/v1/admin/users': () => ({ path: '/api/v1/admin/users' }),
  'POST /api/v1/admin/users': () => ({ path: '/api/v1/admin/users', body: { username: 'matrix-new', displayName: '矩阵新用户', password: DEMO_PASSWORD, roles: ['party'], courtId: null, divisionId: null } }),
  'PUT /api/v1/admin/users/{id}': (_o, ref) => ({ path: `/api/v1/admin/users/${ref.wangwu.id}`, body: ref.wangwu.account }),
  'GET /api/v1/cases/{id}/clock': (o) => ({ path: `/api/v1/cases/${o.caseId}/clock` }),
  'GET /api/v1/element-schemas': () => ({ path: '/api/v1/element-schemas' }),
  'GET /api/v1/cases/{id}/elements': (o) => ({ path: `/api/v1/cases/${o.caseId}/elements` }),
  'GET /api/v1/cases/{id}/judgment-draft': (o) => ({ path: `/api/v1/cases/${o.caseId}/judgment-draft` }),
  'GET /api/v1/cases/{id}/mediation': (o) => ({ path: `/api/v1/cases/${o.caseId}/mediation` }),
  // The target is not closed: a party of it gets past the access check and is refused for the title's effect.
  'POST /api/v1/execution/applications': (o) => ({ path: '/api/v1/execution/applications', body: { titleCaseId: o.caseId, items: [{ kind: 'principal', label: '本金', amount: '100.00' }], debtorPartyIds: [o.partyId], assetClues: '', attachmentIds: [] } }),
  // A title file that is nobody's upload: past the access check, refused for the file (422), nothing opened.
  'POST /api/v1/execution/external-applications': (o) => ({
    path: '/api/v1/execution/external-applications',
    body: {
      courtId: o.courtId,
      title: { kind: 'arbitralAward', issuer: '长春仲裁委员会', documentNumber: '（2026）长仲裁字第1号', effectiveOn: '2026-01-05', performanceDeadlines: [], documentId: 2000000000 },
      applicants: [{ kind: 'person', name: '甲' }],
      debtors: [{ kind: 'person', name: '乙' }],
      items: [{ kind: 'principal', label: '本金', amount: '100.00' }],
      assetClues: '',
      attachmentIds: [],
    },
  }),
  // The 执 case is assigned, not closed: its staff pass every check and are refused (409 EXECUTION_NOT_RESTORABLE).
  'POST /api/v1/cases/{id}/execution/restorations': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution/restorations`, body: { reason: '矩阵', assetClues: '', attachmentIds: [] } }),
  // An objector that is no party: past every access check, refused (422 OBJECTION_OBJECTOR_INVALID), nothing opened.
  'POST /api/v1/cases/{id}/execution/objections': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution/objections`, body: { act: '矩阵', requests: '矩阵', facts: '', objectorPartyId: 2000000000, attachmentIds: [] } }),
  'GET /api/v1/cases/{id}/execution': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution` }),
  // Issue 19: applications refused after the access checks (no security; an unknown court; the target is not a judgment).
  'POST /api/v1/preservation/applications': (o) => ({ path: '/api/v1/preservation/applications', body: { courtId: o.courtId, stage: 'preSuit', parties: [{ standing: 'plaintiff', kind: 'person', name: '矩阵' }, { standing: 'defendant', kind: 'person', name: '矩阵' }], amount: '100.00', propertyClues: '矩阵', attachmentIds: [] } }),
  'POST /api/v1/payment-orders/applications': (o) => ({ path: '/api/v1/payment-orders/applications', body: { courtId: 2000000000, causeId: o.causeId, parties: [{ standing: 'plaintiff', kind: 'person', name: '矩阵' }, { standing: 'defendant', kind: 'person', name: '矩阵' }], claim: 'money', amount: '100.00', debtDueOn: '2026-01-01', hasCounterObligation: false, facts: '矩阵', attachmentIds: [] } }),
  'POST /api/v1/cases/{id}/retrial-applications': (o) => ({ path: `/api/v1/cases/${o.caseId}/retrial-applications`, body: { grounds: ['wrongLaw'], requests: '矩阵', facts: '矩阵', attachmentIds: [] } }),
  'GET /api/v1/cases/{id}/preservation': (_o, ref) => ({ path: `/api/v1/cases/${ref.special.preservationCaseId}/preservation` }),
  'GET /api/v1/cases/{id}/payment-order': (_o, ref) => ({ path: `/api/v1/cases/${ref.special.paymentOrderCaseId}/payment-order` }),
  'GET /api/v1/cases/{id}/retrial': (_o, ref) => ({ path: `/api/v1/cases/${ref.special.retrialReviewCaseId}/retrial` }),
  'GET /api/v1/cases/{id}/execution/end-of-round': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution/end-of-round` }),
  'GET /api/v1/cases/{id}/execution/funds': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution/funds` }),
  // A proposal beyond the case's funds: the officer would be refused for the amount (422), nothing saved.
  'POST /api/v1/cases/{id}/execution/payouts': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution/payouts`, body: { payeePartyId: 1, amount: '9999999.00', accountName: '张三', accountNo: '6222000011112222', bankName: '工行', reason: '矩阵' } }),
  // A payout already paid: whoever gets past the checks is refused (409), nothing moves.
  'POST /api/v1/execution/payouts/{id}/approve': (_o, ref) => ({ path: `/api/v1/execution/payouts/${ref.execution.payoutId}/approve`, body: {} }),
  'POST /api/v1/execution/payouts/{id}/reject': (_o, ref) => ({ path: `/api/v1/execution/payouts/${ref.execution.payoutId}/reject`, body: { note: '矩阵' } }),
  'POST /api/v1/execution/payouts/{id}/withdraw': (_o, ref) => ({ path: `/api/v1/execution/payouts/${ref.execution.payoutId}/withdraw` }),
  'GET /api/v1/execution/payouts': () => ({ path: '/api/v1/execution/payouts' }),
  // An allocation to someone who is no applicant (422) and a fee already collected or nothing to take it from (409).
  'POST /api/v1/cases/{id}/execution/allocations': (o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution/allocations`, body: { claims: [{ partyId: o.partyId, rank: 1, claim: '1.00' }], note: '矩阵' } }),
  'POST /api/v1/cases/{id}/execution/fee-deduction': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution/fee-deduction` }),
  'GET /api/v1/execution/fund-reports': () => ({ path: '/api/v1/execution/fund-reports' }),
  'POST /api/v1/execution/fund-reports': () => ({ path: '/api/v1/execution/fund-reports' }),
  'GET /api/v1/execution/fund-reports/{id}': (_o, ref) => ({ path: `/api/v1/execution/fund-reports/${ref.execution.reportId}` }),
  'GET /api/v1/execution/fund-reports/{id}/export': (_o, ref) => ({ path: `/api/v1/execution/fund-reports/${ref.execution.reportId}/export` }),
  'GET /api/v1/execution/payouts/export': () => ({ path: '/api/v1/execution/payouts/export' }),
  // 延期发放 on the 执 case (nothing held now: the officer would be refused 409); a postponement already approved (409);
  // finance reverses the payout's disbursement, which is not reversible here (422 FUND_REVERSAL_NOT_ALLOWED).
  'POST /api/v1/cases/{id}/execution/postponements': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution/postponements`, body: { reason: 'thirdPartyObjection', untilOn: '2099-12-31' } }),
  'POST /api/v1/execution/postponements/{id}/approve': (_o, ref) => ({ path: `/api/v1/execution/postponements/${ref.execution.postponementId}/approve`, body: {} }),
  'POST /api/v1/execution/postponements/{id}/reject': (_o, ref) => ({ path: `/api/v1/execution/postponements/${ref.execution.postponementId}/reject`, body: { note: '矩阵' } }),
  'POST /api/v1/execution/postponements/{id}/withdraw': (_o, ref) => ({ path: `/api/v1/execution/postponements/${ref.execution.postponementId}/withdraw` }),
  'GET /api/v1/execution/postponements': () => ({ path: '/api/v1/execution/postponements' }),
  'GET /api/v1/execution/postponements/export': () => ({ path: '/api/v1/execution/postponements/export' }),
  // 执行和解 on the assigned 执 case: read by its viewers; only its officer (no actor here) records an agreement (an
  // unordered schedule: 422) or a payment; its applicant applies to restore (no agreement: 404 SETTLEMENT_NOT_FOUND).
  'GET /api/v1/cases/{id}/execution/settlement': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution/settlement` }),
  'POST /api/v1/cases/{id}/execution/settlement': (_o, ref) => ({
    path: `/api/v1/cases/${ref.execution.caseId}/execution/settlement`,
    body: { agreedOn: '2026-01-05', replaces: '矩阵', instalments: [{ amount: '1.00', dueOn: '2026-03-01' }, { amount: '1.00', dueOn: '2026-02-01' }], documentId: 2000000000 },
  }),
  'POST /api/v1/cases/{id}/execution/settlement/payments': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution/settlement/payments`, body: { paidOn: '2026-01-05', amount: '1.00' } }),
  'POST /api/v1/cases/{id}/execution/settlement/restoration': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution/settlement/restoration`, body: { ground: 'default', reason: '矩阵' } }),
  'POST /api/v1/cases/{id}/execution/entries/{entryId}/reverse': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/execution/entries/${ref.execution.disbursementEntryId}/reverse`, body: { reason: '矩阵' } }),
  // 失信与限消 (authzExecution.ts): proposals for the applicant (422, not a debtor); a lifted order, a deleted listing and a
  // finished correction (409 after every check).
  'GET /api/v1/cases/{id}/credit': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/credit` }),
  'POST /api/v1/cases/{id}/credit/restrictions': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/credit/restrictions`, body: { partyId: ref.credit.applicantPartyId } }),
  'POST /api/v1/credit/restrictions/{id}/decision': (_o, ref) => ({ path: `/api/v1/credit/restrictions/${ref.credit.restrictionId}/decision`, body: { approve: true } }),
  'POST /api/v1/credit/restrictions/{id}/lift': (_o, ref) => ({ path: `/api/v1/credit/restrictions/${ref.credit.restrictionId}/lift`, body: { reason: 'guarantee' } }),
  'POST /api/v1/cases/{id}/credit/listings': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/credit/listings`, body: { partyId: ref.credit.applicantPartyId, ground: 4, initiative: 'exOfficio', facts: '矩阵' } }),
  'POST /api/v1/credit/listings/{id}/decision': (_o, ref) => ({ path: `/api/v1/credit/listings/${ref.credit.listingId}/decision`, body: { approve: true } }),
  'POST /api/v1/credit/listings/{id}/deletion-ground': (_o, ref) => ({ path: `/api/v1/credit/listings/${ref.credit.listingId}/deletion-ground`, body: { ground: 'performed' } }),
  'POST /api/v1/credit/listings/{id}/delete': (_o, ref) => ({ path: `/api/v1/credit/listings/${ref.credit.listingId}/delete`, body: { ground: 'performed' } }),
  'POST /api/v1/credit/listings/{id}/corrections': (_o, ref) => ({ path: `/api/v1/credit/listings/${ref.credit.listingId}/corrections`, body: { reason: '矩阵' } }),
  'POST /api/v1/credit/corrections/{id}/decision': (_o, ref) => ({ path: `/api/v1/credit/corrections/${ref.credit.correctionId}/decision`, body: { justified: true } }),
  'POST /api/v1/credit/corrections/{id}/correct': (_o, ref) => ({ path: `/api/v1/credit/corrections/${ref.credit.correctionId}/correct` }),
  'POST /api/v1/credit/corrections/{id}/reconsideration': (_o, ref) => ({ path: `/api/v1/credit/corrections/${ref.credit.correctionId}/reconsideration`, body: { reason: '矩阵' } }),
  'POST /api/v1/credit/corrections/{id}/reconsideration-decision': (_o, ref) => ({ path: `/api/v1/credit/corrections/${ref.credit.correctionId}/reconsideration-decision`, body: { upheld: false } }),
  'GET /api/v1/credit/approvals': () => ({ path: '/api/v1/credit/approvals' }),
  'GET /api/v1/credit/listings': () => ({ path: '/api/v1/credit/listings' }),
  'GET /api/v1/credit/listings/export': () => ({ path: '/api/v1/credit/listings/export' }),
  'GET /api/v1/public/dishonest-debtors': () => ({ path: '/api/v1/public/dishonest-debtors' }),
  // 分段集约: the administrator saves the defaults unchanged, re-registers a seeded team's name (409) and patches nothing;
  // a batch names a case not in the team, so that each allowed actor is answered per case and nothing moves.
  'GET /api/v1/admin/execution/courts/{courtId}/settings': (o) => ({ path: `/api/v1/admin/execution/courts/${o.courtId}/settings` }),
  'PUT /api/v1/admin/execution/courts/{courtId}/settings': (o) => ({ path: `/api/v1/admin/execution/courts/${o.courtId}/settings`, body: { stages: DEFAULT_EXECUTION_STAGES.map((x) => ({ code: x.code, label: x.label, limitDays: null })), triage: { simpleMaxAmount: '100000.00', preservedCoverPercent: 100 } } }),
  'GET /api/v1/admin/execution/courts/{courtId}/team-candidates': (o) => ({ path: `/api/v1/admin/execution/courts/${o.courtId}/team-candidates` }),
  'GET /api/v1/admin/execution/teams': (o) => ({ path: `/api/v1/admin/execution/teams?courtId=${o.courtId}` }),
  'GET /api/v1/admin/execution/teams/export': (o) => ({ path: `/api/v1/admin/execution/teams/export?courtId=${o.courtId}` }),
  'POST /api/v1/admin/execution/teams': (o) => ({ path: '/api/v1/admin/execution/teams', body: { courtId: o.courtId, name: '快执团队', kind: 'fast', memberIds: [] } }),
  'PATCH /api/v1/admin/execution/teams/{id}': (_o, ref) => ({ path: `/api/v1/admin/execution/teams/${ref.execution.teamId}`, body: {} }),
  'GET /api/v1/execution/teams': () => ({ path: '/api/v1/execution/teams' }),
  'GET /api/v1/execution/teams/{teamId}/queue': (_o, ref) => ({ path: `/api/v1/execution/teams/${ref.execution.teamId}/queue` }),
  'GET /api/v1/execution/teams/{teamId}/queue/export': (_o, ref) => ({ path: `/api/v1/execution/teams/${ref.execution.teamId}/queue/export` }),
  'POST /api/v1/execution/teams/{teamId}/batch': (_o, ref) => ({ path: `/api/v1/execution/teams/${ref.execution.teamId}/batch`, body: { action: 'moveStage', caseIds: [ref.execution.caseId], stage: '集约查控' } }),
  // 南关's settled matter (李四 and ng-mediator take part): read, and marked read; writing is refused as closed (409).
  'GET /api/v1/cases/{id}/messages': (_o, ref) => ({ path: `/api/v1/cases/${ref.mediation.settledMatterId}/messages?thread=mediation` }),
  'POST /api/v1/cases/{id}/messages': (_o, ref) => ({ path: `/api/v1/cases/${ref.mediation.settledMatterId}/messages`, body: { thread: 'mediation', body: '矩阵消息' } }),
  'POST /api/v1/cases/{id}/messages/read': (_o, ref) => ({ path: `/api/v1/cases/${ref.mediation.settledMatterId}/messages/read`, body: { thread: 'mediation', upToMessageId: 1 } }),
  'GET /api/v1/mediation/organisations': (o) => ({ path: `/api/v1/mediation/organisations?courtId=${o.courtId}` }),
  'GET /api/v1/mediation/workload': (o) => ({ path: `/api/v1/mediation/workload?courtId=${o.courtId}` }),
  'GET /api/v1/mediation/workload/export': (o) => ({ path: `/api/v1/mediation/workload/export?courtId=${o.courtId}` }),
  'GET /api/v1/admin/mediation/organisations': (o) => ({ path: `/api/v1/admin/mediation/organisations?courtId=${o.courtId}` }),
  'GET /api/v1/admin/mediation/organisations/export': (o) => ({ path: `/api/v1/admin/mediation/organisations/export?courtId=${o.courtId}` }),
  // The committee's own name again: refused as a duplicate after every access check (409), nothing registered.
  'POST /api/v1/admin/mediation/organisations': (_o, ref) => ({
    path: '/api/v1/admin/mediation/organisations',
    body: { courtId: ref.mediation.courtId, name: ref.mediation.organisationName, kind: 'peopleMediationCommittee' },
  }),
  'PATCH /api/v1/admin/mediation/organisations/{id}': (_o, ref) => ({ path: `/api/v1/admin/mediation/organisations/${ref.mediation.organisationId}`, body: {} }),
  'GET /api/v1/admin/mediation/mediators': (o) => ({ path: `/api/v1/admin/mediation/mediators?courtId=${o.courtId}` }),
  'GET /api/v1/admin/mediation/mediators/export': (o) => ({ path: `/api/v1/admin/mediation/mediators/export?courtId=${o.courtId}` }),
  // A username already taken (ng-mediator's): refused after every access check (409), no account made.
  'POST /api/v1/admin/mediation/mediators': (_o, ref) => ({
    path: '/api/v1/admin/mediation/mediators',
    body: { username: 'ng-mediator', displayName: '矩阵调解员', password: DEMO_PASSWORD, organisationId: ref.mediation.organisationId, specialties: [], courtIds: [ref.mediation.courtId] },
  }),
  'PATCH /api/v1/admin/mediation/mediators/{id}': (_o, ref) => ({ path: `/api/v1/admin/mediation/mediators/${ref.mediation.mediatorId}`, body: {} }),
  'GET /api/v1/periods': () => ({ path: '/api/v1/periods?level=attention' }),
  'GET /api/v1/periods/export': () => ({ path: '/api/v1/periods/export?level=attention' }),
  'GET /api/v1/extensions/pending': () => ({ path: '/api/v1/extensions/pending' }),
  'GET /api/v1/extensions/pending/export': () => ({ path: '/api/v1/extensions/pending/export' }),
  'GET /api/v1/reminders': () => ({ path: '/api/v1/reminders' }),
  'GET /api/v1/reminders/export': () => ({ path: '/api/v1/reminders/export' }),
  'POST /api/v1/reminders/{id}/read': (o) => ({ path: `/api/v1/reminders/${o.reminderId}/read`, body: {} }),
  'POST /api/v1/calc/period': (_o, ref) => ({ path: '/api/v1/calc/period', body: { trigger: ref.today, days: 15 } }),
  'GET /api/v1/calendar/{year}': (_o, ref) => ({ path: `/api/v1/calendar/${ref.calendarYear}` }),
  'GET /api/v1/calendar/{year}/days': (_o, ref) => ({ path: `/api/v1/calendar/${ref.calendarYear}/days?off=true` }),
  'GET /api/v1/calendar/{year}/days/export': (_o, ref) => ({ path: `/api/v1/calendar/${ref.calendarYear}/days/export?off=true` }),
  'PUT /api/v1/admin/calendar/{year}': (_o, ref) => ({ path: `/api/v1/admin/calendar/${ref.calendarYear}`, body: ref.calendar }),
  'GET /api/v1/courts/{id}/closures': (o) => ({ path: `/api/v1/courts/${o.courtId}/closures` }),
  'GET /api/v1/courts/{id}/closures/export': (o) => ({ path: `/api/v1/courts/${o.courtId}/closures/export?year=2031` }),
  'POST /api/v1/admin/courts/{id}/closures': (o) => ({ path: `/api/v1/admin/courts/${o.courtId}/closures`, body: { date: '2031-07-01', reason: '矩阵测试闭院' } }),
  'DELETE /api/v1/admin/courts/{id}/closures/{closureId}': (o) => ({ path: `/api/v1/admin/courts/${o.courtId}/closures/${o.closureId}` }),
  'GET /api/v1/admin/settings/clock': () => ({ path: '/api/v1/admin/settings/clock' }),
  'PUT /api/v1/admin/settings/clock': (_o, ref) => ({ path: '/api/v1/admin/settings/clock', body: ref.clockSettings }),
  'GET /api/v1/cases/{id}/fees': (o) => ({ path: `/api/v1/cases/${o.caseId}/fees` }),
  'POST /api/v1/finance/statements': () => ({ path: '/api/v1/finance/statements', file: { name: 's.csv', type: 'text/csv', bytes: new TextEncoder().encode('交易日期,流水号,金额,对方户名\n2027-02-01,MATRIXUP,10.00,某人\n') } }),
  'POST /api/v1/finance/statements/{id}/post': (o) => ({ path: `/api/v1/finance/statements/${o.postedStatementId}/post`, body: {} }),
  'GET /api/v1/finance/receipts': () => ({ path: '/api/v1/finance/receipts' }),
  'GET /api/v1/finance/receipts/export': () => ({ path: '/api/v1/finance/receipts/export' }),
  'POST /api/v1/finance/receipts/{id}/claim': (o) => ({ path: `/api/v1/finance/receipts/${o.claimedReceiptId}/claim`, body: { caseNumber: o.caseNumber, reason: '矩阵测试认领' } }),
  'GET /api/v1/finance/statements/{id}': (o) => ({ path: `/api/v1/finance/statements/${o.previewStatementId}` }),
  'GET /api/v1/jobs/{id}': (o) => ({ path: `/api/v1/jobs/${o.postingJobId}` }),
  'POST /api/v1/calc/fee': () => ({ path: '/api/v1/calc/fee', body: { kind: 'property', amount: '150000' } }),
  'GET /api/v1/admin/settings/fees': () => ({ path: '/api/v1/admin/settings/fees' }),
  'PUT /api/v1/admin/settings/fees': (_o, ref) => ({ path: '/api/v1/admin/settings/fees', body: ref.feeSettings }),
  'GET /api/v1/public-notices': (o) => ({ path: `/api/v1/public-notices?courtId=${o.courtId}` }),
  'GET /api/v1/public-notices/hearings': (o) => ({ path: `/api/v1/public-notices/hearings?courtId=${o.courtId}` }),
  'GET /api/v1/transparency/checkpoint': () => ({ path: '/api/v1/transparency/checkpoint' }),
  'GET /api/v1/transparency/checkpoints/{size}': (_o, ref) => ({ path: `/api/v1/transparency/checkpoints/${ref.logSize}` }),
  'GET /api/v1/transparency/keys': () => ({ path: '/api/v1/transparency/keys' }),
  'GET /api/v1/transparency/proofs/inclusion': (_o, ref) => ({ path: `/api/v1/transparency/proofs/inclusion?leafIndex=0&treeSize=${ref.logSize}` }),
  'GET /api/v1/transparency/proofs/consistency': (_o, ref) => ({ path: `/api/v1/transparency/proofs/consistency?first=1&second=${ref.logSize}` }),
  'GET /api/v1/attachments/{id}/pdf': (o) => ({ path: `/api/v1/attachments/${o.noticeId}/pdf` }),
  'GET /api/v1/admin/document-templates': (o) => ({ path: `/api/v1/admin/document-templates?courtId=${o.courtId}&caseType=${encodeURIComponent('民初')}` }),
  'PUT /api/v1/admin/document-templates/{caseType}/{kind}': (o) => ({ path: `/api/v1/admin/document-templates/${encodeURIComponent('民初')}/complaintCopy`, body: { courtId: o.courtId, ...DEFAULT_TEMPLATES.complaintCopy } }),
  'POST /api/v1/admin/courts/{id}/seal': (o) => ({ path: `/api/v1/admin/courts/${o.courtId}/seal`, file: { name: 'seal.png', type: 'image/png', bytes: TINY_PNG } }),
  'GET /api/v1/attachments/{id}/receipt': (o) => ({ path: `/api/v1/attachments/${o.attachmentId}/receipt` }),
  'GET /api/v1/cases/{id}/timeline/{seq}/receipt': (o) => ({ path: `/api/v1/cases/${o.caseId}/timeline/1/receipt` }),
  'GET /api/v1/notifications': () => ({ path: '/api/v1/notifications' }),
  'GET /api/v1/notifications/unread-count': () => ({ path: '/api/v1/notifications/unread-count' }),
  'POST /api/v1/notifications/{id}/read': (_o, ref) => ({ path: `/api/v1/notifications/${ref.notificationId}/read` }),
  'POST /api/v1/notifications/read-all': () => ({ path: '/api/v1/notifications/read-all' }),
  'GET /api/v1/inbox': () => ({ path: '/api/v1/inbox' }),
  'GET /api/v1/inbox/{id}': (o) => ({ path: `/api/v1/inbox/${o.deliveryId}` }),
  'GET /api/v1/inbox/{id}/file': (o) => ({ path: `/api/v1/inbox/${o.deliveryId}/file` }),
  'GET /api/v1/cases/{id}/service': (o) => ({ path: `/api/v1/cases/${o.caseId}/service` }),
  // Unsigned: the court's own service staff get past the access check and are refused for that.
  'PUT /api/v1/cases/{id}/parties/{partyId}/address-confirmation': (o) => ({
    path: `/api/v1/cases/${o.caseId}/parties/${o.partyId}/address-confirmation`,
    body: { postalAddress: '长春市南关区矩阵路1号', platformAccount: false, electronicConsent: false, consentScope: 'procedural', signed: false },
  }),
  'GET /api/v1/cases/{id}/parties/{partyId}/addresses': (o) => ({ path: `/api/v1/cases/${o.caseId}/parties/${o.partyId}/addresses` }),
  'POST /api/v1/cases/{id}/service-tasks': (o) => ({ path: `/api/v1/cases/${o.caseId}/service-tasks`, body: { document: o.openTaskDocument, partyIds: [o.partyId] } }),
  'POST /api/v1/service-tasks/{id}/attempts': (o, ref) => ({ path: `/api/v1/service-tasks/${o.finishedTaskId}/attempts`, body: { outcome: 'signed', on: ref.today, method: 'mail' } }),
  'POST /api/v1/service-tasks/{id}/send': (o) => ({ path: `/api/v1/service-tasks/${o.finishedTaskId}/send`, body: {} }),
  'POST /api/v1/service-tasks/{id}/cancel': (o) => ({ path: `/api/v1/service-tasks/${o.finishedTaskId}/cancel`, body: {} }),
  'GET /api/v1/service-centre/tasks': (o) => ({ path: `/api/v1/service-centre/tasks?status=all&courtId=${o.courtId}` }),
  'GET /api/v1/service-centre/tasks/export': (o) => ({ path: `/api/v1/service-centre/tasks/export?status=all&courtId=${o.courtId}` }),
  'GET /api/v1/service-centre/scope': (o) => ({ path: `/api/v1/service-centre/scope?courtId=${o.courtId}` }),
  'POST /api/v1/service-centre/send-electronic': (o) => ({ path: '/api/v1/service-centre/send-electronic', body: { taskIds: [o.finishedTaskId] } }),
  'POST /api/v1/service-centre/mail-list': (o) => ({ path: '/api/v1/service-centre/mail-list', body: { taskIds: [o.finishedTaskId] } }),
  'POST /api/v1/service-centre/receipts': (o, ref) => ({ path: '/api/v1/service-centre/receipts', body: { items: [{ trackingNo: o.trackingNo, outcome: 'signed', on: ref.today }] } }),
  'GET /api/v1/service-centre/stats': (o) => ({ path: `/api/v1/service-centre/stats?courtId=${o.courtId}` }),
  'GET /api/v1/statistics/monthly': (o) => ({ path: `/api/v1/statistics/monthly?courtId=${o.courtId}` }),
  'GET /api/v1/statistics/mediation': (o) => ({ path: `/api/v1/statistics/mediation?courtId=${o.courtId}` }),
  // 网络查控: the officer's requests name nobody of the case (refused after access); the agency's portal acts on the
  // bank's answered inquiry (answering, executing, refusing it again are refused after access) and its pending freeze.
  'GET /api/v1/cases/{id}/asset-control': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/asset-control` }),
  'POST /api/v1/cases/{id}/asset-control/inquiries': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/asset-control/inquiries`, body: { partyIds: [2000000000], agencyIds: [1] } }),
  'POST /api/v1/cases/{id}/asset-control/controls': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/asset-control/controls`, body: { kind: 'freeze', assetId: 2000000000, amountFen: 1 } }),
  'POST /api/v1/cases/{id}/asset-control/assets': (_o, ref) => ({ path: `/api/v1/cases/${ref.execution.caseId}/asset-control/assets`, body: { partyId: 2000000000, kind: 'other', identifier: 'X', description: '矩阵' } }),
  'POST /api/v1/asset-control/requests/{id}/approve': (_o, ref) => ({ path: `/api/v1/asset-control/requests/${ref.assetControl.freezeId}/approve`, body: {} }),
  'POST /api/v1/asset-control/requests/{id}/reject': (_o, ref) => ({ path: `/api/v1/asset-control/requests/${ref.assetControl.freezeId}/reject`, body: { note: '矩阵' } }),
  'GET /api/v1/asset-control/requests': () => ({ path: '/api/v1/asset-control/requests' }),
  'GET /api/v1/asset-control/requests/export': () => ({ path: '/api/v1/asset-control/requests/export' }),
  'GET /api/v1/admin/asset-control/courts/{courtId}/agencies': (o) => ({ path: `/api/v1/admin/asset-control/courts/${o.courtId}/agencies` }),
  'POST /api/v1/admin/asset-control/agencies': (o) => ({ path: '/api/v1/admin/asset-control/agencies', body: { channel: 'local', kind: 'bank', name: '矩阵银行', courtId: o.courtId } }),
  // The national bank and its account: the administrator's only; a taken username is refused after access (409).
  'PATCH /api/v1/admin/asset-control/agencies/{id}': (_o, ref) => ({ path: `/api/v1/admin/asset-control/agencies/${ref.assetControl.agencyId}`, body: {} }),
  'GET /api/v1/admin/asset-control/agencies/{id}/users': (_o, ref) => ({ path: `/api/v1/admin/asset-control/agencies/${ref.assetControl.agencyId}/users` }),
  'POST /api/v1/admin/asset-control/agencies/{id}/users': (_o, ref) => ({ path: `/api/v1/admin/asset-control/agencies/${ref.assetControl.agencyId}/users`, body: { username: 'admin', displayName: '矩阵', password: 'matrix-pass-2026' } }),
  'PATCH /api/v1/admin/asset-control/agency-users/{id}': (_o, ref) => ({ path: `/api/v1/admin/asset-control/agency-users/${ref.assetControl.agencyUserId}`, body: {} }),
  'GET /api/v1/admin/asset-control/courts/{courtId}/settings': (o) => ({ path: `/api/v1/admin/asset-control/courts/${o.courtId}/settings` }),
  'PUT /api/v1/admin/asset-control/courts/{courtId}/settings': (o) => ({ path: `/api/v1/admin/asset-control/courts/${o.courtId}/settings`, body: { controlApproval: 'none' } }),
  'GET /api/v1/agency/requests': () => ({ path: '/api/v1/agency/requests' }),
  'GET /api/v1/agency/requests/{id}': (_o, ref) => ({ path: `/api/v1/agency/requests/${ref.assetControl.freezeId}` }),
  'POST /api/v1/agency/requests/{id}/answer': (_o, ref) => ({ path: `/api/v1/agency/requests/${ref.assetControl.inquiryId}/answer`, body: { assets: [] } }),
  'POST /api/v1/agency/requests/{id}/execute': (_o, ref) => ({ path: `/api/v1/agency/requests/${ref.assetControl.inquiryId}/execute`, body: {} }),
  'POST /api/v1/agency/requests/{id}/refuse': (_o, ref) => ({ path: `/api/v1/agency/requests/${ref.assetControl.inquiryId}/refuse`, body: { reason: '矩阵' } }),
  'POST /api/v1/agency/requests/{id}/receipt': (o, ref) => ({ path: `/api/v1/agency/requests/${ref.assetControl.inquiryId}/receipt`, body: { attachmentId: o.attachmentId } }),
  'GET /api/v1/agency/requests/{id}/documents/{attachmentId}': (_o, ref) => ({ path: `/api/v1/agency/requests/${ref.assetControl.freezeId}/documents/${ref.assetControl.documentId}` }),
  'GET /api/v1/statistics/execution': (o) => ({ path: `/api/v1/statistics/execution?courtId=${o.courtId}` }),
  'GET /api/v1/statistics/execution/export': (o) => ({ path: `/api/v1/statistics/execution/export?courtId=${o.courtId}` }),
  // 刑事: no actor of the matrix is a procurator; the prosecution is refused before its content is read.
  'POST /api/v1/prosecutions': (o) => ({ path: '/api/v1/prosecutions', body: { indictmentId: o.attachmentId, evidence: [{ name: '矩阵' }], facts: '矩阵', defendants: [] } }),
  // 自诉: the complainant is the party themself (a lawyer's client 王五); refused for a charge not in the catalogue.
  'POST /api/v1/private-prosecutions': (o, _ref, me) => ({ path: '/api/v1/private-prosecutions', body: privateProsecution(o, me) }),
  'GET /api/v1/criminal-charges': () => ({ path: `/api/v1/criminal-charges?q=${encodeURIComponent('盗窃')}` }),
  'GET /api/v1/cases/{id}/criminal': (_o, ref) => ({ path: `/api/v1/cases/${ref.criminalCaseId}/criminal` }),
};

/** "METHOD /path/{param}" of an OpenAPI operation. */
export const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

export function routeRequest(key: string, o: CourtObjects, ref: MatrixReference, me: MatrixUser): MatrixRequest {
  const build = ROUTE_REQUESTS[key];
  if (!build) throw new Error(`no request for ${key}`);
  return { method: key.slice(0, key.indexOf(' ')), ...build(o, ref, me) };
}

/** A batch answers 200 with one result per task: the matrix reads the first result as the answer it stands for. */
export function effectiveAnswer(key: string, status: number, body: any): { status: number; code: string | undefined } {
  if (key !== 'POST /api/v1/service-centre/send-electronic' || status !== 200) return { status, code: body?.code };
  const first = body?.results?.[0];
  if (first?.ok) return { status: 200, code: undefined };
  return { status: ({ SERVICE_TASK_NOT_FOUND: 404, SERVICE_TASK_FINISHED: 409 } as Record<string, number>)[first?.code] ?? 422, code: first?.code };
}

export interface MatrixResponse {
  status: number;
  body: any;
  text: string;
}

/** Sends one request with an actor's session (or none), without taking any cookie from the answer. */
export async function send(baseUrl: string, session: { cookie: string | null; csrfToken: string | null } | null, req: MatrixRequest): Promise<MatrixResponse> {
  const headers: Record<string, string> = {};
  if (session?.cookie) headers.cookie = session.cookie;
  if (session?.csrfToken && req.method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
  let body: BodyInit | undefined;
  if (req.file) {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(req.file.bytes)], { type: req.file.type }), req.file.name);
    body = form;
  } else if (req.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(req.body);
  }
  const res = await fetch(baseUrl + req.path, { method: req.method, headers, body });
  const text = await res.text();
  let parsed: any = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // a file or a signed note: keep the text
  }
  return { status: res.status, body: parsed, text };
}
