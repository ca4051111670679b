// The authorization matrix (issue 14): every route of the OpenAPI document and every declared case event, called
// by each actor below with the ids of a case of a court that is not theirs, must answer as the table says — on a
// real server over HTTP. A route or event without a row fails the suite by name; so does any 5xx, and any answer
// that shows the target case (its number, a party's name, a payer's name) to an actor who may not see it.
// Run with AUTHZ_MATRIX_PRINT=1 to print the observed table; check each cell against the policy before copying it.
import { beforeAll, describe, expect, test } from 'vitest';
import { CASE_TYPES } from '../../src/domain/casetypes/registry';
import type { ApiClient } from '../support/apiClient';
import { buildAuthzWorld, type AuthzWorld, type CaseTypeCode } from '../support/authzWorld';
import { effectiveAnswer, PROBE_INPUT, ROUTE_REQUESTS, routeKey, routeRequest, send, type MatrixRequest } from '../support/authzRequests';
import { openSession } from '../support/sessions';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

type Court = 'ng' | 'cc';
interface MatrixActor {
  key: string;
  user: string | null;
  /** Whose objects the actor is probed with: 南关's target, 南关's decided-referral case, or 长春中院's appeal. */
  world: 'ng' | 'ngDecided' | 'cc';
  /** Courts whose target the actor may lawfully see something of (own court, a party to it, a linked case, an
   * extension referred to it, the service centre of a court it supervises as 院庭长). */
  mayKnow: Court[];
  who: string;
}

// 南关 (吉0102) and 宽城 (吉0103) are basic courts under 长春中院 (吉01), itself under 吉林高院 (吉).
const ACTORS: MatrixActor[] = [
  { key: 'ANO', user: null, world: 'ng', mayKnow: [], who: 'anonymous' },
  { key: 'PTY', user: 'wangwu', world: 'ng', mayKnow: [], who: 'a party of another case (his own, at 南关)' },
  { key: 'OPP', user: 'lisi', world: 'ng', mayKnow: ['ng', 'cc'], who: 'the other side: a defendant of the target (and of every filing), not its filer' },
  { key: 'LAW', user: 'lawyer-wang', world: 'ng', mayKnow: [], who: 'a lawyer on no case' },
  { key: 'SFI', user: 'kc-filing', world: 'ng', mayKnow: [], who: 'sibling court (宽城): filing clerk' },
  { key: 'SCH', user: 'kc-chief', world: 'ng', mayKnow: [], who: 'sibling court: division chief (also a judge)' },
  { key: 'SCL', user: 'kc-clerk', world: 'ng', mayKnow: [], who: 'sibling court: court clerk' },
  { key: 'SPR', user: 'kc-president', world: 'ng', mayKnow: [], who: 'sibling court: president' },
  { key: 'SFN', user: 'kc-finance', world: 'ng', mayKnow: [], who: 'sibling court: finance officer' },
  { key: 'HPR', user: 'cc-president', world: 'ng', mayKnow: ['ng', 'cc'], who: 'higher court: president, the target\'s extension referred to it (pending)' },
  { key: 'HPD', user: 'cc-president', world: 'ngDecided', mayKnow: ['ng', 'cc'], who: 'higher court: president, on a case whose referred extension it decided' },
  { key: 'HFI', user: 'cc-filing', world: 'ng', mayKnow: ['cc'], who: 'higher court: filing clerk' },
  { key: 'HJU', user: 'cc-judge1', world: 'ng', mayKnow: ['cc'], who: 'higher court: judge (on no panel of the appeals)' },
  { key: 'TPR', user: 'jl-president', world: 'ng', mayKnow: ['ng', 'cc'], who: 'high court (two levels up): president, supervising the courts under it' },
  { key: 'FIN', user: 'ng-finance', world: 'ng', mayKnow: ['ng', 'cc'], who: 'same court, wrong role: finance officer' },
  { key: 'JOF', user: 'ng-judge1', world: 'ng', mayKnow: ['ng', 'cc'], who: 'same court: a judge not on the panel' },
  { key: 'COF', user: 'ng-clerk', world: 'ng', mayKnow: ['ng', 'cc'], who: 'same court: the clerk of another judge\'s team' },
  { key: 'ADM', user: 'admin', world: 'ng', mayKnow: [], who: 'the administrator (no court)' },
  { key: 'LJU', user: 'kc-judge1', world: 'cc', mayKnow: [], who: 'lower court (宽城) on the appeal court\'s case: judge' },
  { key: 'LPR', user: 'kc-president', world: 'cc', mayKnow: [], who: 'lower court: president' },
  { key: 'LFN', user: 'kc-finance', world: 'cc', mayKnow: [], who: 'lower court: finance officer' },
  { key: 'LLK', user: 'ng-judge1', world: 'cc', mayKnow: ['ng', 'cc'], who: 'the court the appeal came from (linked: may see, not act)' },
  { key: 'MED', user: 'ng-mediator', world: 'ng', mayKnow: ['ng'], who: 'the mediator the 南关 matters are entrusted to (no court, no case of its own)' },
  { key: 'OMD', user: 'kc-mediator', world: 'ng', mayKnow: [], who: 'a mediator of another organisation' },
];

// Expected status per route (rows) and actor (columns, keys above). 401: no session; 403: the role, or a relation
// without the power; 404: not found or not yours, the same answer (existence does not leak); 400/409/422: past
// every access check and refused for the request itself (see test/support/authzRequests.ts) — an allowed cell.
// Event rows ("民初 reassign") send an input no event accepts, at the target's node where the event is available
// (else another case of the court at such a node): 400 = the actor holds a role for the event.
// 执 (issue 17): applying from the target (not closed), its party (OPP) passes the access check and is refused for the
// title's effect (422 EXECUTION_TITLE_NOT_EFFECTIVE); a 执 case (南关, assigned to 执行员甲 of the 执行局, no actor here)
// is seen by its debtor (OPP) and the court's staff, and acted on by none of the actors (403 / 404).
const EXPECTED = `
ROUTE                                                         ANO PTY OPP LAW SFI SCH SCL SPR SFN HPR HPD HFI HJU TPR FIN JOF COF ADM LJU LPR LFN LLK MED OMD
# Sessions and reference data: public (login refused by validation: no password), or any session.
POST /api/v1/auth/login                                       400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400
GET /api/v1/auth/me                                           401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/courts                                            401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/courts/{id}/divisions                             401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/courts/{id}/rooms                                 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/causes                                            401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/causes/{id}                                       401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/causes/export                                     401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/case-type-codes                                   401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/case-type-codes/export                            401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
# Files and filings: a file of the target case is its viewers'; a filing may not take it (422 ATTACHMENT_INVALID).
POST /api/v1/uploads                                          401 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201
GET /api/v1/attachments/{id}/content                          401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404
GET /api/v1/attachments/{id}/pdf                              401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404
POST /api/v1/filings                                          401 422 422 422 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
PUT /api/v1/filings/{id}                                      401 404 403 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
# Cases: the list is the actor's own court's (searched for the target's party); a case is seen by its court,
# its parties, a linked court and a higher court deciding (or having decided) its extension. The event route is
# probed with an undeclared event: 404 first for those who may not see the case, 422 CASE_EVENT_UNKNOWN after.
GET /api/v1/case-types                                        401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/cases                                             401 403 403 403 200 200 200 200 200 200 200 200 200 200 200 200 200 403 200 200 200 200 403 403
GET /api/v1/cases/export                                      401 403 403 403 200 200 200 200 200 200 200 200 200 200 200 200 200 403 200 200 200 200 403 403
GET /api/v1/cases/{id}                                        401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404
GET /api/v1/cases/{id}/timeline                               401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404
POST /api/v1/cases/{id}/events/{event}                        401 404 422 404 404 404 404 404 404 422 422 404 404 404 422 422 422 404 404 404 404 422 404 404
GET /api/v1/cases/{id}/eligible-judges                        401 403 403 403 404 404 403 404 403 403 403 404 403 404 403 403 403 403 403 404 403 403 403 403
# Administration: the administrator only (saving data unchanged, or adding a court and an account).
POST /api/v1/admin/courts                                     401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 201 403 403 403 403 403 403
PUT /api/v1/admin/courts/{id}                                 401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
PATCH /api/v1/admin/causes/{id}                               401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
PATCH /api/v1/admin/case-type-codes/{code}                    401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/admin/users                                       401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/admin/document-templates                          401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
PUT /api/v1/admin/document-templates/{caseType}/{kind}        401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
POST /api/v1/admin/courts/{id}/seal                           401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
POST /api/v1/admin/users                                      401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 201 403 403 403 403 403 403
PUT /api/v1/admin/users/{id}                                  401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
# Periods: supervision lists are the actor's own court's; a reminder is its addressee's (the target's judge).
GET /api/v1/cases/{id}/clock                                  401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404
GET /api/v1/periods                                           401 403 403 403 403 200 403 200 403 200 200 403 403 200 403 403 403 403 403 200 403 403 403 403
GET /api/v1/periods/export                                    401 403 403 403 403 200 403 200 403 200 200 403 403 200 403 403 403 403 403 200 403 403 403 403
GET /api/v1/extensions/pending                                401 403 403 403 403 403 403 200 403 200 200 403 403 200 403 403 403 403 403 200 403 403 403 403
GET /api/v1/extensions/pending/export                         401 403 403 403 403 403 403 200 403 200 200 403 403 200 403 403 403 403 403 200 403 403 403 403
GET /api/v1/reminders                                         401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/reminders/export                                  401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
POST /api/v1/reminders/{id}/read                              401 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
POST /api/v1/calc/period                                      200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/calendar/{year}                                   200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/calendar/{year}/days                              200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/calendar/{year}/days/export                       200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
PUT /api/v1/admin/calendar/{year}                             401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/courts/{id}/closures                              401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/courts/{id}/closures/export                       401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
POST /api/v1/admin/courts/{id}/closures                       401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 201 403 403 403 403 403 403
DELETE /api/v1/admin/courts/{id}/closures/{closureId}         401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/admin/settings/clock                              401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
PUT /api/v1/admin/settings/clock                              401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
# Fees and payments: finance of the target's court gets past every check (409: already posted, already claimed).
GET /api/v1/cases/{id}/fees                                   401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404
POST /api/v1/finance/statements                               401 403 403 403 403 403 403 403 201 403 403 403 403 403 201 403 403 403 403 403 201 403 403 403
POST /api/v1/finance/statements/{id}/post                     401 403 403 403 403 403 403 403 404 403 403 403 403 403 409 403 403 403 403 403 404 403 403 403
GET /api/v1/finance/receipts                                  401 403 403 403 403 403 403 403 200 403 403 403 403 403 200 403 403 403 403 403 200 403 403 403
GET /api/v1/finance/receipts/export                           401 403 403 403 403 403 403 403 200 403 403 403 403 403 200 403 403 403 403 403 200 403 403 403
POST /api/v1/finance/receipts/{id}/claim                      401 403 403 403 403 403 403 403 404 403 403 403 403 403 409 403 403 403 403 403 404 403 403 403
GET /api/v1/finance/statements/{id}                           401 403 403 403 403 403 403 403 404 403 403 403 403 403 200 403 403 403 403 403 404 403 403 403
# A background job is followed by who started it and staff of its court in the roles its kind names; else 404.
GET /api/v1/jobs/{id}                                         401 404 404 404 404 404 404 404 404 404 404 404 404 404 200 404 404 404 404 404 404 404 404 404
# Public calculators, notices and the transparency log; receipts follow the case.
POST /api/v1/calc/fee                                         200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/admin/settings/fees                               401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
PUT /api/v1/admin/settings/fees                               401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/public-notices                                    200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/public-notices/hearings                           200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/transparency/checkpoint                           200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/transparency/checkpoints/{size}                   200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/transparency/keys                                 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/transparency/proofs/inclusion                     200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/transparency/proofs/consistency                   200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/attachments/{id}/receipt                          401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404
GET /api/v1/cases/{id}/timeline/{seq}/receipt                 401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404
# Service: an inbox item and its file are its addressee's (and its lawyer's) and the serving court's staff's; the
# court's service staff serve court-wide (409: the task is cancelled, the party already has a task; 422: unsigned
# confirmation); a mailing number of another court is unknown (422, as for any unknown number); the centre's other
# courts are for a higher court's 院庭长 only.
GET /api/v1/inbox                                             401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/inbox/{id}                                        401 404 404 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 404 404 404
GET /api/v1/inbox/{id}/file                                   401 404 404 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 404 404 404
GET /api/v1/cases/{id}/service                                401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404
PUT /api/v1/cases/{id}/parties/{partyId}/address-confirmation 401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 422 422 404 404 404 404 403 404 404
GET /api/v1/cases/{id}/parties/{partyId}/addresses            401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 200 200 403 404 403 403 404 403 403
POST /api/v1/cases/{id}/service-tasks                         401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 409 409 403 404 403 403 404 403 403
POST /api/v1/service-tasks/{id}/attempts                      401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 409 409 403 404 403 403 404 403 403
POST /api/v1/service-tasks/{id}/send                          401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 409 409 403 404 403 403 404 403 403
POST /api/v1/service-tasks/{id}/cancel                        401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 409 409 403 404 403 403 404 403 403
GET /api/v1/service-centre/tasks                              401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 200 200 403 403 403 403 403 403 403
GET /api/v1/service-centre/tasks/export                       401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 200 200 403 403 403 403 403 403 403
GET /api/v1/service-centre/scope                              401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 200 200 403 403 403 403 403 403 403
POST /api/v1/service-centre/send-electronic                   401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 409 409 403 404 403 403 404 403 403
POST /api/v1/service-centre/mail-list                         401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 409 409 403 404 403 403 404 403 403
POST /api/v1/service-centre/receipts                          401 403 403 403 422 422 422 403 403 403 403 422 422 403 403 409 409 403 422 403 403 422 403 403
GET /api/v1/service-centre/stats                              401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 200 200 403 403 403 403 403 403 403
# 诉前调解 reads: the court's organisations for its filing division and 院庭长 (the administrator for any court); a matter's record for who sees the case.
# 诉前调解 administration: the administrator (any court) and the court's 立案庭 chief (none among these actors: a
# civil-division chief passes the role gate and is refused, MEDIATION_ADMIN_FORBIDDEN); the administrator's writes are
# refused after every check (a duplicate name, a username taken: 409) or save the rows unchanged.
GET /api/v1/admin/mediation/organisations                     401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/admin/mediation/organisations/export              401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
POST /api/v1/admin/mediation/organisations                    401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 409 403 403 403 403 403 403
PATCH /api/v1/admin/mediation/organisations/{id}              401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/admin/mediation/mediators                         401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/admin/mediation/mediators/export                  401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
POST /api/v1/admin/mediation/mediators                        401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 409 403 403 403 403 403 403
PATCH /api/v1/admin/mediation/mediators/{id}                  401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
# (the two reads the first line above describes)
POST /api/v1/mediation/applications                           401 422 422 422 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
GET /api/v1/mediation/organisations                           401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/cases/{id}/mediation                              401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404
POST /api/v1/execution/applications                           401 404 422 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
GET /api/v1/cases/{id}/execution                              401 404 200 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 200 404 404
# A settled matter's message thread: its parties (OPP) and mediator (MED) read it and mark it read, and may no longer
# write (409); staff of the court who see the matter are not in the thread (403); everyone else: 404.
GET /api/v1/cases/{id}/messages                               401 404 200 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 200 404
POST /api/v1/cases/{id}/messages                              401 404 409 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 409 404
POST /api/v1/cases/{id}/messages/read                         401 404 200 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 200 404
# Statistics: 院庭长 of the court and of the courts above it.
GET /api/v1/statistics/monthly                                401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 403 403 403 403 403 403 403 403 403
GET /api/v1/statistics/mediation                              401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 403 403 403 403 403 403 403 403 403
# Events of 民初 (南关's cases; the target for those available at "assigned"). 400 = holds a role for the event.
# The higher court's president decides the referred extension, nothing else, and nothing once it is decided (HPD).
# The other side of a filing does not resubmit or withdraw it.
民初 requestCorrection                                        401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 resubmit                                                 401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 reject                                                   401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 withdrawFiling                                           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 accept                                                   401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 assign                                                   401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 reassign                                                 401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 scheduleHearing                                          401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 postponeHearing                                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 recordHearing                                            401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 close                                                    401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 applyExtension                                           401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 approveExtension                                         401 404 403 404 404 404 404 404 404 400 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 refuseExtension                                          401 404 403 404 404 404 404 404 404 400 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 recordDeduction                                          401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 endDeduction                                             401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 recordService                                            401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 serveOnPlatform                                          401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 setEvidencePeriod                                        401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 waivePeriod                                                401 404 400 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 grantJudicialAid                                         401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 decideRefund                                             401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 archive                                                  401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 convertToOrdinary                                        401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 appeal                                                   401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 receiveAppealDefence                                     401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
# The parties' own filings: the opposite party (李四, defendant) passes every access check (400: the probe's input).
民初 fileDefence                                                401 404 400 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 fileCounterclaim                                           401 404 400 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 submitEvidence                                             401 404 400 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
民初 submitMaterials                                            401 404 400 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404
# CPL-2023 art 125: the filing clerk sends a filing to mediation instead of registering it.
民初 routeToMediation                                           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
# Events of 民终 (长春中院's cases, the appeals of 南关 cases): the appeal court's own staff by their roles; the
# first-instance court and the parties see them but do not act.
民终 accept                                                   401 404 403 404 404 404 404 404 404 403 403 400 403 404 403 403 403 404 404 404 404 403 404 404
民终 reject                                                   401 404 403 404 404 404 404 404 404 403 403 400 403 404 403 403 403 404 404 404 404 403 404 404
民终 assign                                                   401 404 403 404 404 404 404 404 404 400 400 400 403 404 403 403 403 404 404 404 404 403 404 404
民终 reassign                                                 401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 scheduleHearing                                          401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 postponeHearing                                          401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 recordHearing                                            401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 close                                                    401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 applyExtension                                           401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 approveExtension                                         401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 refuseExtension                                          401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 recordDeduction                                          401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 endDeduction                                             401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 recordService                                            401 404 403 404 404 404 404 404 404 403 403 400 403 404 403 403 403 404 404 404 404 403 404 404
民终 serveOnPlatform                                          401 404 403 404 404 404 404 404 404 403 403 400 403 404 403 403 403 404 404 404 404 403 404 404
民终 setEvidencePeriod                                        401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 waivePeriod                                                401 404 400 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 grantJudicialAid                                         401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 decideRefund                                             401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 archive                                                  401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 submitEvidence                                             401 404 400 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404
民终 submitMaterials                                            401 404 400 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404
# Events of 民诉前调 (南关's matters, entrusted to ng-mediator): the filing clerk entrusts and may end them, the mediator
# acts, the parties sign and the applicant withdraws; another organisation's mediator does not see them.
民诉前调 designateMediator                                        401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民诉前调 acceptEntrustment                                        401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404
民诉前调 declineEntrustment                                       401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404
民诉前调 extendMediation                                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404
民诉前调 draftAgreement                                           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404
民诉前调 signAgreement                                            401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 403 404
民诉前调 concludeAgreement                                        401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404
民诉前调 endMediation                                             401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404
民诉前调 withdrawMediation                                        401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 403 404
民诉前调 recordSignature                                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404
民诉前调 applyForConfirmation                                     401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 403 404
民诉前调 scheduleSession                                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404
民诉前调 recordSession                                            401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404
民诉前调 submitMediationMaterials                                 401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 403 404
# Events of 民特 (司法确认 of a 南关 matter, before 法官乙): the court's filing clerk registers or refuses it, the judge rules.
民特 acceptConfirmation                                         401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民特 rejectConfirmation                                         401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民特 ruleOnConfirmation                                         401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民特 recordService                                              401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
民特 serveOnPlatform                                            401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
执 registerExecution                                           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
执 refuseExecution                                             401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
执 assignExecution                                             401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
执 reassignExecution                                           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
执 moveStage                                                   401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
执 suspendExecution                                            401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
执 resumeExecution                                             401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
执 closeExecution                                              401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
执 archiveExecution                                            401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404
# Last, as it ends the session.
POST /api/v1/auth/logout                                      401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
`;

// Why an allowed cell is refused (the table's status alone could hide a different refusal); 401 is AUTH_REQUIRED
// everywhere, and 400 in an event row the probe's VALIDATION_FAILED.
const CODES: Record<string, Record<number, string>> = {
  'POST /api/v1/auth/login': { 400: 'VALIDATION_FAILED' },
  'POST /api/v1/filings': { 422: 'ATTACHMENT_INVALID' },
  'POST /api/v1/cases/{id}/events/{event}': { 422: 'CASE_EVENT_UNKNOWN' },
  'POST /api/v1/finance/statements/{id}/post': { 409: 'STATEMENT_ALREADY_POSTED' },
  'POST /api/v1/finance/receipts/{id}/claim': { 409: 'RECEIPT_ALREADY_MATCHED' },
  'PUT /api/v1/cases/{id}/parties/{partyId}/address-confirmation': { 403: 'ADDRESS_NOT_YOURS', 422: 'ADDRESS_NOT_SIGNED' },
  'POST /api/v1/cases/{id}/service-tasks': { 409: 'SERVICE_TASK_EXISTS' },
  'POST /api/v1/service-tasks/{id}/attempts': { 409: 'SERVICE_TASK_FINISHED' },
  'POST /api/v1/service-tasks/{id}/send': { 409: 'SERVICE_TASK_FINISHED' },
  'POST /api/v1/service-tasks/{id}/cancel': { 409: 'SERVICE_TASK_FINISHED' },
  'POST /api/v1/service-centre/send-electronic': { 409: 'SERVICE_TASK_FINISHED' },
  'POST /api/v1/service-centre/mail-list': { 409: 'SERVICE_TASK_FINISHED' },
  'POST /api/v1/service-centre/receipts': { 409: 'SERVICE_TASK_FINISHED', 422: 'SERVICE_TRACKING_UNKNOWN' },
  'POST /api/v1/admin/mediation/organisations': { 409: 'MEDIATION_ORGANISATION_NAME_TAKEN' },
  'POST /api/v1/admin/mediation/mediators': { 409: 'USERNAME_TAKEN' },
  'GET /api/v1/cases/{id}/messages': { 403: 'MESSAGE_THREAD_FORBIDDEN' },
  'POST /api/v1/cases/{id}/messages': { 403: 'MESSAGE_THREAD_FORBIDDEN', 409: 'MESSAGE_THREAD_CLOSED' },
  'POST /api/v1/cases/{id}/messages/read': { 403: 'MESSAGE_THREAD_FORBIDDEN' },
};
const codeFor = (row: string, status: number) => (status === 401 ? 'AUTH_REQUIRED' : status === 400 && !row.includes(' /') ? 'VALIDATION_FAILED' : CODES[row]?.[status]);

const clock = testClock('2026-03-02');
const spec = serverForSpec({ clock });

interface Cell {
  row: string;
  actor: MatrixActor;
  request: MatrixRequest;
  status: number;
  code: string | undefined;
  text: string;
}

let world: AuthzWorld;
let documentRoutes: string[];
const sessions = new Map<string, ApiClient>();
const cells: Cell[] = [];
const timing = { worldMs: 0, wallMs: 0, cpuMs: 0 };

/** Events in the order of their case type, each fired at the first listed node it is available at. */
const NODE_PREFERENCE = ['assigned', 'submitted', 'correctionRequested', 'accepted', 'hearingScheduled', 'closed', 'mediating', 'received', 'entrusted', 'agreementDrafted', 'agreed', 'registered', 'suspended'];
const eventRows = () => Object.values(CASE_TYPES).flatMap((t) => Object.keys(t.events).map((e) => `${t.code} ${e}`));

function eventRequest(row: string, actor: MatrixActor): MatrixRequest {
  const [type, event] = row.split(' ') as [CaseTypeCode, string];
  const nodes = (actor.world === 'ngDecided' ? world.nodesDecided : world.nodes)[type];
  const from = CASE_TYPES[type]!.events[event]!.from as readonly string[];
  const node = NODE_PREFERENCE.find((n) => from.includes(n) && nodes[n] !== undefined);
  if (!node) throw new Error(`no case at a node where ${row} is available`);
  return { method: 'POST', path: `/api/v1/cases/${nodes[node]}/events/${event}`, body: { input: PROBE_INPUT } };
}

function requestFor(row: string, actor: MatrixActor): MatrixRequest {
  if (!row.includes(' /')) return eventRequest(row, actor);
  return routeRequest(row, world[actor.world], world.reference, sessions.get(actor.key)?.user ?? null);
}

beforeAll(async () => {
  const building = Date.now();
  world = await buildAuthzWorld(spec.server, clock);
  timing.worldMs = Date.now() - building;
  const doc = spec.server.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  documentRoutes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => routeKey(m, path)));
  for (const a of ACTORS) if (a.user) sessions.set(a.key, await openSession(spec.server, a.user));
  // Logging out ends the session: that row goes last.
  const logout = 'POST /api/v1/auth/logout';
  const rows = [...documentRoutes.filter((r) => r !== logout && ROUTE_REQUESTS[r]), ...eventRows(), logout];
  const [started, cpu] = [Date.now(), process.cpuUsage()];
  // Row by row; the actors of a row at once (they touch different objects, or are refused).
  for (const row of rows) {
    await Promise.all(
      ACTORS.map(async (actor) => {
        const request = requestFor(row, actor);
        const r = await send(spec.server.baseUrl, sessions.get(actor.key)?.credentials ?? null, request);
        cells.push({ row, actor, request, ...effectiveAnswer(row, r.status, r.body), text: r.text });
      }),
    );
  }
  const used = process.cpuUsage(cpu);
  Object.assign(timing, { wallMs: Date.now() - started, cpuMs: Math.round((used.user + used.system) / 1000) });
  if (process.env.AUTHZ_MATRIX_PRINT === '1') printObserved(rows);
}, 240_000);

function expectedTable(): Map<string, Map<string, number>> {
  const lines = EXPECTED.trim().split('\n').filter((l) => !l.startsWith('#'));
  const header = lines[0]!.trim().split(/\s+/).slice(1);
  expect(header, 'the table\'s columns are the actors, in order').toEqual(ACTORS.map((a) => a.key));
  const table = new Map<string, Map<string, number>>();
  for (const line of lines.slice(1)) {
    const parts = line.trim().split(/\s+/);
    const row = `${parts[0]} ${parts[1]}`;
    const statuses = parts.slice(2).map(Number);
    if (statuses.length !== ACTORS.length || statuses.some((s) => !Number.isInteger(s))) throw new Error(`row ${row}: ${ACTORS.length} statuses expected`);
    table.set(row, new Map(ACTORS.map((a, i) => [a.key, statuses[i]!])));
  }
  return table;
}

/** The observed table in the format of EXPECTED, and the codes behind each status of a row. */
function printObserved(rows: string[]) {
  const out = [`${'ROUTE'.padEnd(62)}${ACTORS.map((a) => a.key).join(' ')}`];
  for (const row of rows) {
    const of = cells.filter((c) => c.row === row);
    const codes = [...new Set(of.filter((c) => c.status >= 400).map((c) => `${c.status} ${c.code}`))].join(', ');
    out.push(`${row.padEnd(62)}${ACTORS.map((a) => String(of.find((c) => c.actor === a)!.status)).join(' ')}   ${codes}`);
  }
  console.log(out.join('\n'));
}

const label = (c: Cell) => `${c.row} × ${c.actor.key} (${c.actor.user ?? 'anonymous'}: ${c.actor.who}) → ${c.request.method} ${c.request.path}`;

describe('authorization matrix', () => {
  test('every route of the OpenAPI document and every declared case event has a row and a request', () => {
    const table = expectedTable();
    const noRow = [...documentRoutes, ...eventRows()].filter((r) => !table.has(r));
    expect(noRow, 'routes or events without a row in the authorization matrix: add one').toEqual([]);
    const noRequest = documentRoutes.filter((r) => !ROUTE_REQUESTS[r]);
    expect(noRequest, 'routes without a request in test/support/authzRequests.ts: add one').toEqual([]);
    const stale = [...table.keys()].filter((r) => !documentRoutes.includes(r) && !eventRows().includes(r));
    expect(stale, 'rows for routes or events that no longer exist').toEqual([]);
  });

  test('no cell answers with a server error', () => {
    const errors = cells.filter((c) => c.status >= 500).map((c) => `${label(c)}: ${c.status} ${c.text.slice(0, 200)}`);
    expect(errors, 'every 5xx is a bug').toEqual([]);
  });

  test('every cell answers as the table says, for the reason the table means', () => {
    const table = expectedTable();
    const wrong = cells
      .filter((c) => table.get(c.row)?.get(c.actor.key) !== c.status)
      .map((c) => `${label(c)}: expected ${table.get(c.row)?.get(c.actor.key)}, got ${c.status} ${c.code ?? ''}`);
    expect(wrong).toEqual([]);
    const otherReason = cells.filter((c) => codeFor(c.row, c.status) && codeFor(c.row, c.status) !== c.code).map((c) => `${label(c)}: ${c.status} ${c.code}, not ${codeFor(c.row, c.status)}`);
    expect(otherReason).toEqual([]);
    // A refusal is in the API's error format, and a 404 is the application's (not an unknown address).
    const unformatted = cells.filter((c) => c.status >= 400 && (typeof c.code !== 'string' || c.code === 'NOT_FOUND')).map(label);
    expect(unformatted).toEqual([]);
  });

  /** Answers whose purpose is to publish a case's number and parties' names: the 开庭公告 of a public hearing (CPL-2023 art 139). */
  const PUBLISHED_BY_LAW = new Set(['GET /api/v1/public-notices/hearings']);

  test('no answer shows a court\'s case to an actor who may not see it', () => {
    const secretsOf = (a: MatrixActor) => (['ng', 'cc'] as const).filter((c) => !a.mayKnow.includes(c)).flatMap((c) => world[c].secrets.concat(c === 'ng' ? world.ngDecided.secrets : []));
    const leaks = cells.filter((c) => !PUBLISHED_BY_LAW.has(c.row) && secretsOf(c.actor).some((s) => c.text.includes(s))).map((c) => `${label(c)}: ${c.status} shows ${secretsOf(c.actor).filter((s) => c.text.includes(s)).join(', ')}`);
    expect(leaks).toEqual([]);
  });

  test('covers every row for every actor', () => {
    const rows = new Set(cells.map((c) => c.row)).size;
    // For the record: the time depends on the machine's load, so it is reported, not asserted.
    console.log(`authorization matrix: ${rows} rows × ${ACTORS.length} actors = ${cells.length} requests in ${timing.wallMs} ms (${timing.cpuMs} ms CPU in the test process), after ${timing.worldMs} ms building the world`);
    expect(cells.length).toBe(rows * ACTORS.length);
  });
});
