// Who reads each list, search and detail route, on what: the plans of the read-route fuzz. A GET of the OpenAPI
// document that takes parameters and has no plan here fails the suite.
import { DOSSIER_READ_PLANS } from './dossierPlans';
import { DOSSIER_EXPORT_READ_PLANS } from './dossierExportPlans';
import { DOSSIER_VIEWER_READ_PLANS } from './dossierViewerPlans';
import { EVIDENCE_READ_PLANS } from './evidencePlans';
import { HEARING_READ_PLANS } from './hearingPlans';
import { SEPARATOR_SHEET_READ_PLANS } from './separatorSheetPlans';
import { ELEMENT_READ_PLANS } from './elementPlans';
import { DOSSIER_FILING_READ_PLANS } from './dossierFilingPlans';
import { DOSSIER_CATALOGUE_READ_PLANS } from './dossierCataloguePlans';
import { jurisdictionReadPlans } from './jurisdictionPlans';
import fc from 'fast-check';
import { USER_SORT_COLUMNS } from '../../../src/contracts/auth';
import { CASE_SORT_COLUMNS } from '../../../src/contracts/cases';
import { CALENDAR_DAY_SORT_COLUMNS, CLOSURE_SORT_COLUMNS, PENDING_EXTENSION_SORT_COLUMNS, REMINDER_SORT_COLUMNS, SUPERVISION_SORT_COLUMNS } from '../../../src/contracts/clock';
import { LISTING_SORT_COLUMNS } from '../../../src/contracts/creditSanctions';
import { PAYOUT_SORT_COLUMNS } from '../../../src/contracts/executionFunds';
import { POSTPONEMENT_SORT_COLUMNS } from '../../../src/contracts/executionPostponements';
import { REQUEST_SORT_COLUMNS } from '../../../src/contracts/assetControl';
import { RECEIPT_SORT_COLUMNS } from '../../../src/contracts/payments';
import { CASE_TYPE_CODE_SORT_COLUMNS, CAUSE_SORT_COLUMNS } from '../../../src/contracts/reference';
import { MEDIATOR_SORT_COLUMNS, MEDIATOR_WORKLOAD_SORT_COLUMNS, ORGANISATION_SORT_COLUMNS } from '../../../src/contracts/mediation';
import { NOTIFICATION_SORT_COLUMNS } from '../../../src/contracts/notifications';
import { SERVICE_SORT_COLUMNS } from '../../../src/contracts/service';
import { QUEUE_SORT_COLUMNS, TEAM_SORT_COLUMNS } from '../../../src/contracts/executionTeams';
import { CaseAt, partyRef } from './caseRefs';
import { CRIMINAL_READ_PLANS } from './criminalRoutePlans';
import type { FuzzWorld } from './fuzzWorld';
import { HOSTILE_TEXT } from './hostile';
import type { RoutePlan } from './routeTarget';

const someCase = () => fc.constantFrom(new CaseAt('submitted'), new CaseAt('accepted'), new CaseAt('closed'));
const courts = (w: FuzzWorld) => fc.oneof({ arbitrary: fc.constantFrom(...w.ref.courts), weight: 4 }, { arbitrary: fc.integer({ min: 1, max: 2 ** 31 }), weight: 1 });
const STAFF = ['ng-filing', 'ng-chief', 'ng-judge1', 'ng-clerk', 'ng-president'];
/** A sort: an allow-listed column either way, or anything else (refused with 400). */
const sortOf = (columns: readonly string[]) => fc.constantFrom(...columns, ...columns.map((c) => `-${c}`), 'id;drop table cases', '--id', ...HOSTILE_TEXT);
const caseHints = () => ({
  q: search,
  node: fc.constantFrom('submitted', 'accepted', 'closed', ...HOSTILE_TEXT),
  caseType: fc.constantFrom('民初', '民终', '刑初', ''),
  sort: sortOf(CASE_SORT_COLUMNS),
  receivedFrom: fc.constantFrom('2026-01-01', '2026-13-01', '0000-00-00', ...HOSTILE_TEXT),
});
const search = fc.constantFrom('张三', '李四', '民间借贷', '吉0102民初', '（2026）', '%', '_', '\\', "'", '有限公司', 'a', ...HOSTILE_TEXT);

export const READ_ROUTE_PLANS: Record<string, RoutePlan> = {
  ...jurisdictionReadPlans(courts),
  ...DOSSIER_READ_PLANS,
  ...DOSSIER_EXPORT_READ_PLANS,
  ...DOSSIER_VIEWER_READ_PLANS,
  ...EVIDENCE_READ_PLANS,
  ...HEARING_READ_PLANS,
  ...SEPARATOR_SHEET_READ_PLANS,
  ...ELEMENT_READ_PLANS,
  ...DOSSIER_FILING_READ_PLANS,
  ...DOSSIER_CATALOGUE_READ_PLANS,
  ...CRIMINAL_READ_PLANS,
  'GET /api/v1/cases': { actors: ['zhangsan', ...STAFF, 'cc-filing'], hints: caseHints, weight: 3 },
  'GET /api/v1/cases/export': { actors: ['zhangsan', 'ng-filing', 'ng-chief'], hints: caseHints, weight: 1 },
  'GET /api/v1/causes': { actors: ['zhangsan', null], hints: () => ({ q: search, sort: sortOf(CAUSE_SORT_COLUMNS) }), weight: 2 },
  'GET /api/v1/causes/export': { actors: ['admin'], hints: () => ({ q: search, level: fc.constantFrom(3, 4), sort: sortOf(CAUSE_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/case-type-codes': { actors: ['zhangsan'], hints: () => ({ q: search, sort: sortOf(CASE_TYPE_CODE_SORT_COLUMNS) }) },
  'GET /api/v1/case-type-codes/export': { actors: ['admin'], hints: () => ({ q: search, sort: sortOf(CASE_TYPE_CODE_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/admin/users': { actors: ['admin'], hints: () => ({ q: search, sort: sortOf(USER_SORT_COLUMNS) }) },
  'GET /api/v1/periods': { actors: ['ng-chief', 'ng-president'], hints: () => ({ kind: fc.constantFrom('trialLimit', 'defence', 'appealJudgment', ...HOSTILE_TEXT), sort: sortOf(SUPERVISION_SORT_COLUMNS) }) },
  'GET /api/v1/periods/export': { actors: ['ng-chief', 'ng-president'], hints: () => ({ kind: fc.constantFrom('trialLimit', 'defence', ...HOSTILE_TEXT), sort: sortOf(SUPERVISION_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/extensions/pending': { actors: ['ng-president', 'cc-president'], hints: () => ({ approver: fc.constantFrom('president', 'higherCourt', ...HOSTILE_TEXT), sort: sortOf(PENDING_EXTENSION_SORT_COLUMNS) }) },
  'GET /api/v1/extensions/pending/export': { actors: ['ng-president', 'cc-president'], hints: () => ({ sort: sortOf(PENDING_EXTENSION_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/reminders': { actors: ['ng-judge1', 'zhangsan'], hints: () => ({ level: fc.constantFrom('yellow', 'overdue', ...HOSTILE_TEXT), sort: sortOf(REMINDER_SORT_COLUMNS) }) },
  'GET /api/v1/reminders/export': { actors: ['ng-judge1', 'zhangsan'], hints: () => ({ sort: sortOf(REMINDER_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/finance/receipts': { actors: ['ng-finance'], hints: () => ({ q: search, sort: sortOf(RECEIPT_SORT_COLUMNS) }) },
  'GET /api/v1/execution/payouts': { actors: ['ng-finance', 'ng-chief'], hints: () => ({ q: search, status: fc.constantFrom('proposed', 'paid', ...HOSTILE_TEXT), sort: sortOf(PAYOUT_SORT_COLUMNS) }) },
  'GET /api/v1/execution/fund-reports': { actors: ['ng-finance', 'ng-exec1'], weight: 0.25 },
  'GET /api/v1/execution/fund-reports/{id}': { actors: ['ng-finance', 'ng-exec1', 'kc-finance'], params: () => ({ id: fc.integer({ min: 1, max: 5 }) }), weight: 0.25 },
  'GET /api/v1/execution/fund-reports/{id}/export': { actors: ['ng-finance'], params: () => ({ id: fc.integer({ min: 1, max: 5 }) }), weight: 0.25 },
  'GET /api/v1/execution/payouts/export': { actors: ['ng-finance'], hints: () => ({ q: search, sort: sortOf(PAYOUT_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/execution/postponements': { actors: ['ng-finance', 'ng-execchief', 'ng-exec1'], hints: () => ({ q: search, status: fc.constantFrom('proposed', 'approved', ...HOSTILE_TEXT), sort: sortOf(POSTPONEMENT_SORT_COLUMNS), requestedFrom: fc.constantFrom('2026-01-01', '2026-13-01', ...HOSTILE_TEXT) }) },
  'GET /api/v1/execution/postponements/export': { actors: ['ng-finance'], hints: () => ({ q: search, sort: sortOf(POSTPONEMENT_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/finance/receipts/export': { actors: ['ng-finance'], hints: () => ({ q: search, sort: sortOf(RECEIPT_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/public-notices': { actors: [null, 'zhangsan'], hints: (w) => ({ courtId: courts(w) }) },
  'GET /api/v1/public-notices/hearings': { actors: [null], hints: (w) => ({ courtId: courts(w) }) },
  'GET /api/v1/inbox': { actors: ['zhangsan', 'lisi'] },
  'GET /api/v1/notifications': { actors: ['zhangsan', 'ng-finance', 'ng-exec1'], hints: () => ({ unread: fc.boolean(), sort: sortOf(NOTIFICATION_SORT_COLUMNS) }) },
  'GET /api/v1/service-centre/tasks': { actors: ['ng-clerk', 'ng-president', 'cc-president'], hints: (w) => ({ courtId: courts(w), judgeId: fc.constantFrom(...w.ref.ng.judges), q: search, sort: sortOf(SERVICE_SORT_COLUMNS) }), weight: 2 },
  'GET /api/v1/service-centre/tasks/export': { actors: ['ng-clerk', 'cc-president'], hints: (w) => ({ courtId: courts(w), q: search, sort: sortOf(SERVICE_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/service-centre/scope': { actors: ['ng-clerk', 'cc-president'], hints: (w) => ({ courtId: courts(w) }) },
  'GET /api/v1/service-centre/stats': { actors: ['ng-clerk', 'cc-president'], hints: (w) => ({ courtId: courts(w) }), weight: 2 },
  'GET /api/v1/statistics/mediation': { actors: ['ng-president', 'ng-chief', 'cc-president'], hints: (w) => ({ courtId: courts(w) }), weight: 0.5 },
  'GET /api/v1/statistics/execution': { actors: ['ng-president', 'ng-chief', 'cc-president'], hints: (w) => ({ courtId: courts(w) }), weight: 0.5 },
  'GET /api/v1/statistics/execution/export': { actors: ['ng-president', 'cc-president'], hints: (w) => ({ courtId: courts(w) }), weight: 0.25 },
  'GET /api/v1/statistics/monthly': { actors: ['ng-president', 'ng-chief', 'cc-president'], hints: (w) => ({ courtId: courts(w) }) },
  'GET /api/v1/mediation/organisations': { actors: ['ng-filing', 'admin', 'zhangsan'], hints: (w) => ({ courtId: courts(w) }), weight: 0.5 },
  'GET /api/v1/mediation/workload': { actors: ['ng-filing', 'ng-chief', 'admin', 'zhangsan'], hints: (w) => ({ courtId: courts(w), organisationId: fc.constantFrom(...w.ref.organisations), sort: sortOf(MEDIATOR_WORKLOAD_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/mediation/workload/export': { actors: ['ng-filing', 'admin'], hints: (w) => ({ courtId: courts(w), sort: sortOf(MEDIATOR_WORKLOAD_SORT_COLUMNS) }), weight: 0.25 },
  'GET /api/v1/admin/mediation/organisations': { actors: ['admin', 'ng-chief'], hints: (w) => ({ courtId: courts(w), q: search, sort: sortOf(ORGANISATION_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/admin/mediation/organisations/export': { actors: ['admin'], hints: (w) => ({ courtId: courts(w), q: search, sort: sortOf(ORGANISATION_SORT_COLUMNS) }), weight: 0.25 },
  'GET /api/v1/admin/mediation/mediators': { actors: ['admin', 'ng-filing'], hints: (w) => ({ courtId: courts(w), organisationId: fc.constantFrom(...w.ref.organisations), q: search, sort: sortOf(MEDIATOR_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/admin/mediation/mediators/export': { actors: ['admin'], hints: (w) => ({ courtId: courts(w), q: search, sort: sortOf(MEDIATOR_SORT_COLUMNS) }), weight: 0.25 },
  'GET /api/v1/transparency/proofs/inclusion': { actors: [null], hints: () => ({ leafIndex: fc.nat(40), treeSize: fc.integer({ min: 1, max: 40 }) }) },
  'GET /api/v1/transparency/proofs/consistency': { actors: [null], hints: () => ({ first: fc.nat(40), second: fc.nat(40) }) },
  // Details by id: fewer runs, the id is the only parameter.
  'GET /api/v1/inbox/{id}': { actors: ['zhangsan', 'lisi', 'ng-clerk'], params: () => ({ id: fc.integer({ min: 1, max: 30 }) }), weight: 0.25 },
  'GET /api/v1/inbox/{id}/file': { actors: ['zhangsan', 'lisi', 'ng-clerk'], params: () => ({ id: fc.integer({ min: 1, max: 30 }) }), hints: () => ({ download: fc.boolean() }), weight: 0.25 },
  'GET /api/v1/courts/{id}/divisions': { actors: ['zhangsan'], params: (w) => ({ id: courts(w) }), weight: 0.25 },
  'GET /api/v1/courts/{id}/rooms': { actors: ['ng-judge1'], params: (w) => ({ id: courts(w) }), weight: 0.25 },
  'GET /api/v1/courts/{id}/closures': { actors: ['ng-judge1'], params: (w) => ({ id: courts(w) }), hints: () => ({ year: fc.constantFrom(2026, 2031, 1999), q: search, sort: sortOf(CLOSURE_SORT_COLUMNS) }), weight: 0.25 },
  'GET /api/v1/courts/{id}/closures/export': { actors: ['ng-judge1'], params: (w) => ({ id: courts(w) }), hints: () => ({ year: fc.constantFrom(2026, 2031), q: search, sort: sortOf(CLOSURE_SORT_COLUMNS) }), weight: 0.25 },
  'GET /api/v1/causes/{id}': { actors: ['zhangsan'], params: (w) => ({ id: fc.constantFrom(...w.ref.causes) }), weight: 0.25 },
  'GET /api/v1/calendar/{year}': { actors: [null], weight: 0.25 },
  'GET /api/v1/calendar/{year}/days': { actors: [null], params: () => ({ year: fc.constantFrom(2025, 2026, 1999, 2101) }), hints: () => ({ q: search, sort: sortOf(CALENDAR_DAY_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/calendar/{year}/days/export': { actors: [null], params: () => ({ year: fc.constantFrom(2025, 2026, 1999) }), hints: () => ({ q: search, sort: sortOf(CALENDAR_DAY_SORT_COLUMNS) }), weight: 0.25 },
  'GET /api/v1/attachments/{id}/content': { actors: ['zhangsan'], weight: 0.25 },
  'GET /api/v1/attachments/{id}/pages': { actors: ['zhangsan'], weight: 0.25 },
  'GET /api/v1/attachments/{id}/receipt': { actors: ['zhangsan'], weight: 0.25 },
  'GET /api/v1/attachments/{id}/pdf': { actors: ['zhangsan', 'ng-clerk'], weight: 0.25 },
  'GET /api/v1/admin/document-templates': { actors: ['admin', 'ng-clerk'], hints: (w) => ({ courtId: courts(w), caseType: fc.constantFrom('民初', '民终', '刑初', ...HOSTILE_TEXT) }), weight: 0.5 },
  'GET /api/v1/cases/{id}': { actors: ['zhangsan', 'ng-judge1'], params: () => ({ id: someCase() }), weight: 0.25 },
  'GET /api/v1/cases/{id}/timeline': { actors: ['zhangsan', 'ng-judge1'], params: () => ({ id: someCase() }), weight: 0.25 },
  'GET /api/v1/cases/{id}/timeline/{seq}/receipt': { actors: ['zhangsan'], params: () => ({ id: someCase() }), weight: 0.25 },
  'GET /api/v1/cases/{id}/eligible-judges': { actors: ['ng-chief'], params: () => ({ id: someCase() }), weight: 0.25 },
  'GET /api/v1/cases/{id}/clock': { actors: ['ng-judge1'], params: () => ({ id: someCase() }), weight: 0.25 },
  'GET /api/v1/cases/{id}/fees': { actors: ['zhangsan'], params: () => ({ id: someCase() }), weight: 0.25 },
  'GET /api/v1/cases/{id}/service': { actors: ['zhangsan', 'ng-clerk'], params: () => ({ id: someCase() }), weight: 0.25 },
  'GET /api/v1/cases/{id}/parties/{partyId}/addresses': { actors: ['ng-clerk'], params: () => ({ id: someCase(), partyId: partyRef }), weight: 0.25 },
  'GET /api/v1/cases/{id}/mediation': { actors: ['zhangsan', 'ng-mediator', 'kc-mediator', 'ng-filing'], params: () => ({ id: fc.constantFrom(new CaseAt('received', '民诉前调'), new CaseAt('agreementDrafted', '民诉前调'), new CaseAt('submitted')) }), weight: 0.25 },
  // 终本's checklist: the court's staff only (a party: 404).
  'GET /api/v1/cases/{id}/execution/end-of-round': { actors: ['zhangsan', 'ng-exec1', 'ng-president', 'kc-filing'], params: () => ({ id: fc.constantFrom(new CaseAt('implementing', '执'), new CaseAt('submitted', '执'), new CaseAt('submitted')) }), weight: 0.25 },
  // 财保, 民督, 民申 records: the case's own (the respondent of a 财保 not before the ruling), any other case 404.
  'GET /api/v1/cases/{id}/preservation': { actors: ['zhangsan', 'lisi', 'ng-judge1', 'kc-filing'], params: () => ({ id: fc.constantFrom(new CaseAt('submitted', '财保'), new CaseAt('granted', '财保'), new CaseAt('submitted')) }), weight: 0.25 },
  'GET /api/v1/cases/{id}/payment-order': { actors: ['zhangsan', 'lisi', 'ng-judge1', 'kc-filing'], params: () => ({ id: fc.constantFrom(new CaseAt('orderIssued', '民督'), new CaseAt('submitted')) }), weight: 0.25 },
  'GET /api/v1/cases/{id}/retrial': { actors: ['zhangsan', 'lisi', 'cc-filing', 'ng-judge1'], params: () => ({ id: fc.constantFrom(new CaseAt('registered', '民申'), new CaseAt('submitted')) }), weight: 0.25 },
  'GET /api/v1/cases/{id}/execution': { actors: ['zhangsan', 'lisi', 'ng-exec1', 'ng-filing', 'kc-filing'], params: () => ({ id: fc.constantFrom(new CaseAt('submitted', '执'), new CaseAt('implementing', '执'), new CaseAt('submitted')) }), weight: 0.25 },
  // 失信与限消: a case's (a party: its own), the court's list and export, the president's queue, the public page (anyone).
  'GET /api/v1/cases/{id}/credit': { actors: ['zhangsan', 'lisi', 'ng-exec1', 'ng-president', 'kc-filing'], params: () => ({ id: fc.constantFrom(new CaseAt('implementing', '执'), new CaseAt('submitted')) }), weight: 0.25 },
  'GET /api/v1/credit/listings': { actors: ['ng-exec1', 'ng-president', 'ng-finance'], hints: () => ({ q: search, status: fc.constantFrom('listed', 'deleted', ...HOSTILE_TEXT), ground: fc.constantFrom(1, 2, 7), sort: sortOf(LISTING_SORT_COLUMNS), effectiveFrom: fc.constantFrom('2026-01-01', '2026-13-01', ...HOSTILE_TEXT) }) },
  'GET /api/v1/credit/listings/export': { actors: ['ng-president'], hints: () => ({ q: search, sort: sortOf(LISTING_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/public/dishonest-debtors': { actors: [null, 'zhangsan'], hints: () => ({ name: search, caseNumber: search, court: search }) },
  'GET /api/v1/cases/{id}/execution/settlement': { actors: ['zhangsan', 'lisi', 'ng-exec1', 'kc-filing'], params: () => ({ id: fc.constantFrom(new CaseAt('implementing', '执'), new CaseAt('suspended', '执'), new CaseAt('submitted')) }), weight: 0.25 },
  'GET /api/v1/cases/{id}/execution/funds': { actors: ['zhangsan', 'lisi', 'ng-exec1', 'ng-finance', 'kc-filing'], params: () => ({ id: fc.constantFrom(new CaseAt('submitted', '执'), new CaseAt('implementing', '执'), new CaseAt('submitted')) }), weight: 0.25 },
  'GET /api/v1/cases/{id}/messages': {
    actors: ['zhangsan', 'ng-mediator', 'ng-filing', 'ng-judge1', 'kc-mediator'],
    params: () => ({ id: fc.constantFrom(new CaseAt('mediating', '民诉前调'), new CaseAt('agreed', '民诉前调'), new CaseAt('submitted')) }),
    hints: () => ({ thread: fc.constantFrom('mediation', 'judge', ...HOSTILE_TEXT) }),
    weight: 0.25,
  },
  'GET /api/v1/finance/statements/{id}': { actors: ['ng-finance'], weight: 0.25 },
  'GET /api/v1/jobs/{id}': { actors: ['ng-finance', 'zhangsan'], params: () => ({ id: fc.integer({ min: 1, max: 20 }) }), weight: 0.25 },
  'GET /api/v1/transparency/checkpoints/{size}': { actors: [null], params: () => ({ size: fc.nat(40) }), weight: 0.25 },
  // 分段集约: the administrator and 南关's 执行局 chief (ng-chief heads a civil division: refused); teams are seeded, a few per court.
  'GET /api/v1/admin/execution/courts/{courtId}/settings': { actors: ['admin', 'ng-execchief', 'ng-chief'], params: (w) => ({ courtId: courts(w) }), weight: 0.25 },
  'GET /api/v1/admin/execution/courts/{courtId}/team-candidates': { actors: ['admin', 'ng-execchief'], params: (w) => ({ courtId: courts(w) }), weight: 0.25 },
  'GET /api/v1/admin/execution/teams': { actors: ['admin', 'ng-execchief', 'ng-chief'], hints: (w) => ({ courtId: courts(w), q: search, kind: fc.constantFrom('command', 'fast', 'full', ...HOSTILE_TEXT), sort: sortOf(TEAM_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/admin/execution/teams/export': { actors: ['admin', 'ng-execchief'], hints: (w) => ({ courtId: courts(w), q: search, sort: sortOf(TEAM_SORT_COLUMNS) }), weight: 0.25 },
  'GET /api/v1/execution/teams/{teamId}/queue': {
    actors: ['ng-exec1', 'ng-execchief', 'kc-filing', 'zhangsan'],
    params: () => ({ teamId: fc.integer({ min: 1, max: 20 }) }),
    hints: (w) => ({ stage: fc.constantFrom('集约查控', '财产处置', ...HOSTILE_TEXT), officerId: fc.constantFrom(...w.ref.ng.judges), sort: sortOf(QUEUE_SORT_COLUMNS), q: search, dueBefore: fc.constantFrom('2026-06-01', '2026-13-01', ...HOSTILE_TEXT) }),
    weight: 0.5,
  },
  'GET /api/v1/execution/teams/{teamId}/queue/export': { actors: ['ng-exec1', 'kc-filing'], params: () => ({ teamId: fc.integer({ min: 1, max: 20 }) }), hints: () => ({ sort: sortOf(QUEUE_SORT_COLUMNS) }), weight: 0.25 },
  // 网络查控: the court's staff read a 执 case's panel and the centre's list; an agency only its own requests (others 404).
  'GET /api/v1/cases/{id}/asset-control': { actors: ['ng-exec1', 'ng-judge1', 'kc-filing', 'agency-icbc'], params: () => ({ id: fc.constantFrom(new CaseAt('assigned', '执'), new CaseAt('implementing', '执'), new CaseAt('submitted')) }), weight: 0.25 },
  'GET /api/v1/asset-control/requests': { actors: ['ng-exec1', 'ng-execchief', 'kc-chief'], hints: () => ({ q: search, status: fc.constantFrom('sent', 'answered', ...HOSTILE_TEXT), kind: fc.constantFrom('inquiry', 'freeze', ...HOSTILE_TEXT), lapsing: fc.constantFrom(true, false, 'yes'), sort: sortOf(REQUEST_SORT_COLUMNS) }), weight: 0.5 },
  'GET /api/v1/asset-control/requests/export': { actors: ['ng-exec1'], hints: () => ({ q: search, sort: sortOf(REQUEST_SORT_COLUMNS) }), weight: 0.25 },
  'GET /api/v1/admin/asset-control/courts/{courtId}/agencies': { actors: ['admin', 'ng-execchief', 'ng-chief'], params: (w) => ({ courtId: courts(w) }), weight: 0.25 },
  'GET /api/v1/admin/asset-control/agencies/{id}/users': { actors: ['admin', 'ng-execchief', 'kc-chief'], params: () => ({ id: fc.integer({ min: 1, max: 40 }) }), weight: 0.25 },
  'GET /api/v1/admin/asset-control/courts/{courtId}/settings': { actors: ['admin', 'ng-execchief', 'kc-chief'], params: (w) => ({ courtId: courts(w) }), weight: 0.25 },
  'GET /api/v1/agency/requests': { actors: ['agency-icbc', 'agency-ng-realestate', 'ng-exec1'], hints: () => ({ status: fc.constantFrom('sent', 'answered', ...HOSTILE_TEXT), kind: fc.constantFrom('inquiry', 'deduct', ...HOSTILE_TEXT), sort: fc.constantFrom('requestedAt', '-status', ...HOSTILE_TEXT) }), weight: 0.5 },
  'GET /api/v1/agency/requests/{id}': { actors: ['agency-icbc', 'agency-ng-realestate'], params: () => ({ id: fc.integer({ min: 1, max: 20 }) }), weight: 0.25 },
  'GET /api/v1/agency/requests/{id}/documents/{attachmentId}': { actors: ['agency-icbc', 'agency-ng-realestate'], params: () => ({ id: fc.integer({ min: 1, max: 20 }), attachmentId: fc.integer({ min: 1, max: 200 }) }), weight: 0.25 },
};
