// The authorization matrix's expected table (test/api/authorizationMatrix.db.test.ts reads it): one row per route of the
// OpenAPI document and per declared case event, one column per actor of that test (ANO … OMD, defined there).
import { ADMINISTRATIVE_ROWS } from './authorizationMatrixAdministrative.table';
import { CRIMINAL_CODES, CRIMINAL_ROWS } from './authorizationMatrixCriminal.table';
import { EXECUTION_ROWS } from './authorizationMatrixExecution.table';
import { DOSSIER_CODES, DOSSIER_ROWS } from './authorizationMatrixDossier.table';
import { DOSSIER_CATALOGUE_CODES, DOSSIER_CATALOGUE_ROWS } from './authorizationMatrixDossierCatalogues.table';
import { DOSSIER_EXPORT_CODES, DOSSIER_EXPORT_ROWS } from './authorizationMatrixDossierExport.table';
import { DOSSIER_SEARCH_CODES, DOSSIER_SEARCH_ROWS } from './authorizationMatrixDossierSearch.table';
import { DOSSIER_VIEWER_CODES, DOSSIER_VIEWER_ROWS } from './authorizationMatrixDossierViewer.table';
import { HEARING_CODES, HEARING_ROWS } from './authorizationMatrixHearings.table';
import { SEPARATOR_SHEET_CODES, SEPARATOR_SHEET_ROWS } from './authorizationMatrixSeparatorSheets.table';
import { ELEMENT_CODES, ELEMENT_ROWS } from './authorizationMatrixElements.table';
import { JURISDICTION_CODES, JURISDICTION_ROWS } from './authorizationMatrixJurisdiction.table';
import { SPECIAL_CODES, SPECIAL_ROWS } from './authorizationMatrixSpecial.table';
import { EVIDENCE_ROWS } from './authorizationMatrixEvidence.table';

// Expected status per route (rows) and actor (columns, keys above). 401: no session; 403: the role, or a relation
// without the power; 404: not found or not yours, the same answer (existence does not leak); 400/409/422: past
// every access check and refused for the request itself (see test/support/authzRequests.ts) — an allowed cell.
// Event rows ("民初 reassign") send an input no event accepts, at the target's node where the event is available
// (else another case of the court at such a node): 400 = the actor holds a role for the event.
// 执 (issue 17): applying from the target (not closed), its party (OPP) passes the access check and is refused for the
// title's effect (422 EXECUTION_TITLE_NOT_EFFECTIVE); a 执 case (南关, assigned to 执行员甲 of the 执行局, no actor here)
// is seen by its debtor (OPP) and the court's staff, and acted on by none of the actors (403 / 404). An external title
// is applied for by parties, lawyers and filing clerks; the request's file is nobody's (422 EXECUTION_TITLE_FILE_INVALID).
// Restoring the (assigned, not closed) 执 case: its debtor is refused (403), the court's staff 409 EXECUTION_NOT_RESTORABLE;
// a 执恢 case (restored from a 终本 case of the same parties) is answered as the 执 case is. An objection naming no party is
// refused after access (422); a 执异 case (its debtor objecting, the panel 执行员乙 and two civil judges) is seen by the debtor.
export const EXPECTED =
  `
ROUTE                                                         ANO PTY OPP LAW SFI SCH SCL SPR SFN HPR HPD HFI HJU TPR FIN JOF COF ADM LJU LPR LFN LLK MED OMD AGY OAG
# Sessions and reference data: public (login refused by validation: no password), or any session.
POST /api/v1/auth/login                                       400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400 400
GET /api/v1/auth/me                                           401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/courts                                            401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/courts/{id}/divisions                             401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/courts/{id}/rooms                                 401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/causes                                            401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/causes/{id}                                       401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/causes/export                                     401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/case-type-codes                                   401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/case-type-codes/export                            401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
# Files and filings: a file of the target case is its viewers'; a filing may not take it (422 ATTACHMENT_INVALID).
POST /api/v1/uploads                                          401 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201 201
GET /api/v1/attachments/{id}/content                          401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
GET /api/v1/attachments/{id}/pages                            401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
GET /api/v1/attachments/{id}/pdf                              401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
POST /api/v1/filings                                          401 422 422 422 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
PUT /api/v1/filings/{id}                                      401 404 403 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
# Cases: the list is the actor's own court's (searched for the target's party); a case is seen by its court,
# its parties, a linked court and a higher court deciding (or having decided) its extension. The event route is
# probed with an undeclared event: 404 first for those who may not see the case, 422 CASE_EVENT_UNKNOWN after.
GET /api/v1/case-types                                        401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/cases                                             401 403 403 403 200 200 200 200 200 200 200 200 200 200 200 200 200 403 200 200 200 200 403 403 403 403
GET /api/v1/cases/export                                      401 403 403 403 200 200 200 200 200 200 200 200 200 200 200 200 200 403 200 200 200 200 403 403 403 403
GET /api/v1/cases/{id}                                        401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
GET /api/v1/cases/{id}/timeline                               401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
POST /api/v1/cases/{id}/events/{event}                        401 404 422 404 404 404 404 404 404 422 422 404 404 404 422 422 422 404 404 404 404 422 404 404 404 404
GET /api/v1/cases/{id}/eligible-judges                        401 403 403 403 404 404 403 404 403 403 403 404 403 404 403 403 403 403 403 404 403 403 403 403 403 403
# Administration: the administrator only (saving data unchanged, or adding a court and an account).
POST /api/v1/admin/courts                                     401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 201 403 403 403 403 403 403 403 403
PUT /api/v1/admin/courts/{id}                                 401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
PATCH /api/v1/admin/causes/{id}                               401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
PATCH /api/v1/admin/case-type-codes/{code}                    401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/admin/users                                       401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/admin/document-templates                          401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
PUT /api/v1/admin/document-templates/{caseType}/{kind}        401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
POST /api/v1/admin/courts/{id}/seal                           401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
POST /api/v1/admin/users                                      401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 201 403 403 403 403 403 403 403 403
PUT /api/v1/admin/users/{id}                                  401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
# Periods: supervision lists are the actor's own court's; a reminder is its addressee's (the target's judge).
GET /api/v1/cases/{id}/clock                                  401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
GET /api/v1/periods                                           401 403 403 403 403 200 403 200 403 200 200 403 403 200 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/periods/export                                    401 403 403 403 403 200 403 200 403 200 200 403 403 200 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/extensions/pending                                401 403 403 403 403 403 403 200 403 200 200 403 403 200 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/extensions/pending/export                         401 403 403 403 403 403 403 200 403 200 200 403 403 200 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/reminders                                         401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/reminders/export                                  401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
POST /api/v1/reminders/{id}/read                              401 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
POST /api/v1/calc/period                                      200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/calendar/{year}                                   200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/calendar/{year}/days                              200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/calendar/{year}/days/export                       200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
PUT /api/v1/admin/calendar/{year}                             401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/courts/{id}/closures                              401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/courts/{id}/closures/export                       401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
POST /api/v1/admin/courts/{id}/closures                       401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 201 403 403 403 403 403 403 403 403
DELETE /api/v1/admin/courts/{id}/closures/{closureId}         401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/admin/settings/clock                              401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
PUT /api/v1/admin/settings/clock                              401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
# Fees and payments: finance of the target's court gets past every check (409: already posted, already claimed).
GET /api/v1/cases/{id}/fees                                   401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
POST /api/v1/finance/statements                               401 403 403 403 403 403 403 403 201 403 403 403 403 403 201 403 403 403 403 403 201 403 403 403 403 403
POST /api/v1/finance/statements/{id}/post                     401 403 403 403 403 403 403 403 404 403 403 403 403 403 409 403 403 403 403 403 404 403 403 403 403 403
GET /api/v1/finance/receipts                                  401 403 403 403 403 403 403 403 200 403 403 403 403 403 200 403 403 403 403 403 200 403 403 403 403 403
GET /api/v1/finance/receipts/export                           401 403 403 403 403 403 403 403 200 403 403 403 403 403 200 403 403 403 403 403 200 403 403 403 403 403
POST /api/v1/finance/receipts/{id}/claim                      401 403 403 403 403 403 403 403 404 403 403 403 403 403 409 403 403 403 403 403 404 403 403 403 403 403
GET /api/v1/finance/statements/{id}                           401 403 403 403 403 403 403 403 404 403 403 403 403 403 200 403 403 403 403 403 404 403 403 403 403 403
# A background job is followed by who started it and staff of its court in the roles its kind names; else 404.
GET /api/v1/jobs/{id}                                         401 404 404 404 404 404 404 404 404 404 404 404 404 404 200 404 404 404 404 404 404 404 404 404 404 404
# Public calculators, notices and the transparency log; receipts follow the case.
POST /api/v1/calc/fee                                         200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/admin/settings/fees                               401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
PUT /api/v1/admin/settings/fees                               401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/public-notices                                    200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/public-notices/hearings                           200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/transparency/checkpoint                           200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/transparency/checkpoints/{size}                   200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/transparency/keys                                 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/transparency/proofs/inclusion                     200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/transparency/proofs/consistency                   200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/attachments/{id}/receipt                          401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
GET /api/v1/cases/{id}/timeline/{seq}/receipt                 401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
# Notifications (我的通知): every session lists, counts and marks read its own; the notification (the 一日三通报 sent to
# 南关's finance officer, FIN) is its recipient's alone — anyone else is told it does not exist (404).
GET /api/v1/notifications                                     401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/notifications/unread-count                        401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
POST /api/v1/notifications/{id}/read                          401 404 404 404 404 404 404 404 404 404 404 404 404 404 200 404 404 404 404 404 404 404 404 404 404 404
POST /api/v1/notifications/read-all                           401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
# Service: an inbox item and its file are its addressee's (and its lawyer's) and the serving court's staff's; the
# court's service staff serve court-wide (409: the task is cancelled, the party already has a task; 422: unsigned
# confirmation); a mailing number of another court is unknown (422, as for any unknown number); the centre's other
# courts are for a higher court's 院庭长 only.
GET /api/v1/inbox                                             401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/inbox/{id}                                        401 404 404 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 404 404 404 404 404
GET /api/v1/inbox/{id}/file                                   401 404 404 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 404 404 404 404 404
GET /api/v1/cases/{id}/service                                401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
PUT /api/v1/cases/{id}/parties/{partyId}/address-confirmation 401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 422 422 404 404 404 404 403 404 404 404 404
GET /api/v1/cases/{id}/parties/{partyId}/addresses            401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 200 200 403 404 403 403 404 403 403 403 403
POST /api/v1/cases/{id}/service-tasks                         401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 409 409 403 404 403 403 404 403 403 403 403
POST /api/v1/service-tasks/{id}/attempts                      401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 409 409 403 404 403 403 404 403 403 403 403
POST /api/v1/service-tasks/{id}/send                          401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 409 409 403 404 403 403 404 403 403 403 403
POST /api/v1/service-tasks/{id}/cancel                        401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 409 409 403 404 403 403 404 403 403 403 403
GET /api/v1/service-centre/tasks                              401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 200 200 403 403 403 403 403 403 403 403 403
GET /api/v1/service-centre/tasks/export                       401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 200 200 403 403 403 403 403 403 403 403 403
GET /api/v1/service-centre/scope                              401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 200 200 403 403 403 403 403 403 403 403 403
POST /api/v1/service-centre/send-electronic                   401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 409 409 403 404 403 403 404 403 403 403 403
POST /api/v1/service-centre/mail-list                         401 403 403 403 404 404 404 403 403 403 403 404 404 403 403 409 409 403 404 403 403 404 403 403 403 403
POST /api/v1/service-centre/receipts                          401 403 403 403 422 422 422 403 403 403 403 422 422 403 403 409 409 403 422 403 403 422 403 403 403 403
GET /api/v1/service-centre/stats                              401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 200 200 403 403 403 403 403 403 403 403 403
# 诉前调解 reads: the court's organisations for its filing division and 院庭长 (the administrator for any court); a matter's record for who sees the case.
# 诉前调解 administration: the administrator (any court) and the court's 立案庭 chief (none among these actors: a
# civil-division chief passes the role gate and is refused, MEDIATION_ADMIN_FORBIDDEN); the administrator's writes are
# refused after every check (a duplicate name, a username taken: 409) or save the rows unchanged.
GET /api/v1/admin/mediation/organisations                     401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/admin/mediation/organisations/export              401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
POST /api/v1/admin/mediation/organisations                    401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 409 403 403 403 403 403 403 403 403
PATCH /api/v1/admin/mediation/organisations/{id}              401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/admin/mediation/mediators                         401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/admin/mediation/mediators/export                  401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
POST /api/v1/admin/mediation/mediators                        401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 409 403 403 403 403 403 403 403 403
PATCH /api/v1/admin/mediation/mediators/{id}                  401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
# (the two reads the first line above describes)
POST /api/v1/mediation/applications                           401 422 422 422 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
GET /api/v1/mediation/workload                                401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/mediation/workload/export                         401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/mediation/organisations                           401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/cases/{id}/mediation                              401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
POST /api/v1/execution/applications                           401 404 422 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
POST /api/v1/execution/external-applications                  401 422 422 422 422 403 403 403 403 403 403 422 403 403 403 403 403 403 403 403 403 403 403 403 403 403
POST /api/v1/cases/{id}/execution/restorations                401 404 403 404 404 404 403 403 403 403 403 404 404 403 403 409 403 403 404 403 403 409 403 403 403 403
POST /api/v1/cases/{id}/execution/objections                  401 404 422 404 404 403 403 403 403 403 403 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403
# 执行和解 (issue 18): the 执 case's settlement is read by its viewers; only its officer (no actor here) records one or a
# payment; restoring the original title is its applicant's (the debtor 403, staff other than the officer 403/404).
GET /api/v1/cases/{id}/execution/settlement                   401 404 200 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
POST /api/v1/cases/{id}/execution/settlement                  401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
POST /api/v1/cases/{id}/execution/settlement/payments         401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
POST /api/v1/cases/{id}/execution/settlement/restoration      401 404 403 404 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
GET /api/v1/cases/{id}/execution                              401 404 200 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
GET /api/v1/cases/{id}/execution/end-of-round                 401 404 404 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
# 执行案款 (一案一账户): the funds are the case's viewers'; only its officer (no actor here) proposes, finance and the
# 执行局长 of its court approve (a paid payout: 409), a chief of another division is no approver (403).
GET /api/v1/cases/{id}/execution/funds                        401 404 200 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
POST /api/v1/cases/{id}/execution/payouts                     401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
POST /api/v1/cases/{id}/execution/allocations                 401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
POST /api/v1/cases/{id}/execution/fee-deduction               401 403 403 403 403 403 403 403 404 403 403 403 403 403 409 403 403 403 403 403 404 403 403 403 403 403
POST /api/v1/execution/payouts/{id}/approve                   401 403 403 403 403 403 403 404 404 404 404 403 403 404 409 403 403 403 403 404 404 403 403 403 403 403
POST /api/v1/execution/payouts/{id}/reject                    401 403 403 403 403 403 403 404 404 404 404 403 403 404 409 403 403 403 403 404 404 403 403 403 403 403
POST /api/v1/execution/payouts/{id}/withdraw                  401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
GET /api/v1/execution/payouts                                 401 403 403 403 403 403 403 200 200 200 200 403 403 200 200 403 403 403 403 200 200 403 403 403 403 403
GET /api/v1/execution/payouts/export                          401 403 403 403 403 403 403 200 200 200 200 403 403 200 200 403 403 403 403 200 200 403 403 403 403 403
POST /api/v1/cases/{id}/execution/postponements               401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
POST /api/v1/execution/postponements/{id}/approve             401 403 403 403 403 403 403 404 404 404 404 403 403 404 409 403 403 403 403 404 404 403 403 403 403 403
POST /api/v1/execution/postponements/{id}/reject              401 403 403 403 403 403 403 404 404 404 404 403 403 404 409 403 403 403 403 404 404 403 403 403 403 403
POST /api/v1/execution/postponements/{id}/withdraw            401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
GET /api/v1/execution/postponements                           401 403 403 403 403 403 403 200 200 200 200 403 403 200 200 403 403 403 403 200 200 403 403 403 403 403
GET /api/v1/execution/postponements/export                    401 403 403 403 403 403 403 200 200 200 200 403 403 200 200 403 403 403 403 200 200 403 403 403 403 403
GET /api/v1/cases/{id}/credit                                 401 404 200 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
POST /api/v1/cases/{id}/credit/restrictions                   401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
POST /api/v1/credit/restrictions/{id}/decision                401 403 403 403 403 403 403 404 403 404 404 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403
POST /api/v1/credit/restrictions/{id}/lift                    401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
POST /api/v1/cases/{id}/credit/listings                       401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
POST /api/v1/credit/listings/{id}/decision                    401 403 403 403 403 403 403 404 403 404 404 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403
POST /api/v1/credit/listings/{id}/deletion-ground             401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
POST /api/v1/credit/listings/{id}/delete                      401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
POST /api/v1/credit/listings/{id}/corrections                 401 404 404 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
POST /api/v1/credit/corrections/{id}/decision                 401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
POST /api/v1/credit/corrections/{id}/correct                  401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
POST /api/v1/credit/corrections/{id}/reconsideration          401 404 404 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
POST /api/v1/credit/corrections/{id}/reconsideration-decision 401 403 403 403 403 404 403 403 403 403 403 403 404 403 403 403 403 403 404 403 403 403 403 403 403 403
GET /api/v1/credit/approvals                                  401 403 403 403 403 403 403 200 403 200 200 403 403 200 403 403 403 403 403 200 403 403 403 403 403 403
GET /api/v1/credit/listings                                   401 403 403 403 403 200 200 200 403 200 200 403 200 200 403 200 200 403 200 200 403 200 403 403 403 403
GET /api/v1/credit/listings/export                            401 403 403 403 403 200 200 200 403 200 200 403 200 200 403 200 200 403 200 200 403 200 403 403 403 403
GET /api/v1/public/dishonest-debtors                          200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
POST /api/v1/cases/{id}/execution/entries/{entryId}/reverse   401 403 403 403 403 403 403 403 404 403 403 403 403 403 422 403 403 403 403 403 404 403 403 403 403 403
# 一日三通报: the court's staff who work the money read it (a judge: the rows of their own cases); finance builds it.
GET /api/v1/execution/fund-reports                            401 403 403 403 403 200 403 200 200 200 200 403 200 200 200 200 403 403 200 200 200 200 403 403 403 403
POST /api/v1/execution/fund-reports                           401 403 403 403 403 403 403 403 200 403 403 403 403 403 200 403 403 403 403 403 200 403 403 403 403 403
GET /api/v1/execution/fund-reports/{id}                       401 403 403 403 403 404 403 404 404 404 404 403 404 404 200 200 403 403 404 404 404 200 403 403 403 403
GET /api/v1/execution/fund-reports/{id}/export                401 403 403 403 403 404 403 404 404 404 404 403 404 404 200 200 403 403 404 404 404 200 403 403 403 403
# 分段集约 (issue 17 item 3): stages and teams are the administrator's (and a court's 执行局 chief's, not an actor here);
# a court's staff see its teams and a team's queue (another court's team: 404), and batch through the case events.
GET /api/v1/admin/execution/courts/{courtId}/settings         401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
PUT /api/v1/admin/execution/courts/{courtId}/settings         401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/admin/execution/courts/{courtId}/team-candidates  401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/admin/execution/teams                             401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
POST /api/v1/admin/execution/teams                            401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 409 403 403 403 403 403 403 403 403
GET /api/v1/admin/execution/teams/export                      401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
PATCH /api/v1/admin/execution/teams/{id}                      401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/execution/teams                                   401 403 403 403 200 200 200 200 403 200 200 200 200 200 403 200 200 403 200 200 403 200 403 403 403 403
GET /api/v1/execution/teams/{teamId}/queue                    401 403 403 403 404 404 404 404 403 404 404 404 404 404 403 200 200 200 404 404 403 200 403 403 403 403
GET /api/v1/execution/teams/{teamId}/queue/export             401 403 403 403 404 404 404 404 403 404 404 404 404 404 403 200 200 200 404 404 403 200 403 403 403 403
POST /api/v1/execution/teams/{teamId}/batch                   401 403 403 403 404 404 404 404 403 404 404 404 404 404 403 200 200 200 404 404 403 200 403 403 403 403
# A settled matter's message thread: its parties (OPP) and mediator (MED) read it and mark it read, and may no longer
# write (409); staff of the court who see the matter are not in the thread (403); everyone else: 404.
GET /api/v1/cases/{id}/messages                               401 404 200 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 200 404 404 404
POST /api/v1/cases/{id}/messages                              401 404 409 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 409 404 404 404
POST /api/v1/cases/{id}/messages/read                         401 404 200 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 200 404 404 404
# Statistics: 院庭长 of the court and of the courts above it.
GET /api/v1/statistics/monthly                                401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 403 403 403 403 403 403 403 403 403 403 403
GET /api/v1/statistics/mediation                              401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 403 403 403 403 403 403 403 403 403 403 403
GET /api/v1/statistics/execution                              401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 403 403 403 403 403 403 403 403 403 403 403
GET /api/v1/statistics/execution/export                       401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 403 403 403 403 403 403 403 403 403 403 403
# Events of 民初 (南关's cases; the target for those available at "assigned"). 400 = holds a role for the event.
# The higher court's president decides the referred extension, nothing else, and nothing once it is decided (HPD).
# The other side of a filing does not resubmit or withdraw it.
民初 requestCorrection                                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 resubmit                                                   401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 reject                                                     401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 withdrawFiling                                             401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 accept                                                     401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 assign                                                     401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 reassign                                                   401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 scheduleHearing                                            401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 postponeHearing                                            401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 recordHearing                                              401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 close                                                      401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 applyExtension                                             401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 approveExtension                                           401 404 403 404 404 404 404 404 404 400 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 refuseExtension                                            401 404 403 404 404 404 404 404 404 400 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 recordDeduction                                            401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 endDeduction                                               401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 recordService                                              401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 serveOnPlatform                                            401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 setEvidencePeriod                                          401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 waivePeriod                                                401 404 400 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 grantJudicialAid                                           401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 decideRefund                                               401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 archive                                                    401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 convertToOrdinary                                          401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 appeal                                                     401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 receiveAppealDefence                                       401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
# The parties' own filings: the opposite party (李四, defendant) passes every access check (400: the probe's input).
民初 fileDefence                                                401 404 400 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 fileCounterclaim                                           401 404 400 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 submitEvidence                                             401 404 400 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 submitMaterials                                            401 404 400 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
# CPL-2023 art 125: the filing clerk sends a filing to mediation instead of registering it.
民初 routeToMediation                                           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
# Events of 民终 (长春中院's cases, the appeals of 南关 cases): the appeal court's own staff by their roles; the
# first-instance court and the parties see them but do not act.
民终 accept                                                     401 404 403 404 404 404 404 404 404 403 403 400 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 reject                                                     401 404 403 404 404 404 404 404 404 403 403 400 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 assign                                                     401 404 403 404 404 404 404 404 404 400 400 400 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 reassign                                                   401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 scheduleHearing                                            401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 postponeHearing                                            401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 recordHearing                                              401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 close                                                      401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 applyExtension                                             401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 approveExtension                                           401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 refuseExtension                                            401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 recordDeduction                                            401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 endDeduction                                               401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 recordService                                              401 404 403 404 404 404 404 404 404 403 403 400 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 serveOnPlatform                                            401 404 403 404 404 404 404 404 404 403 403 400 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 setEvidencePeriod                                          401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 waivePeriod                                                401 404 400 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 grantJudicialAid                                           401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 decideRefund                                               401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 archive                                                    401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 submitEvidence                                             401 404 400 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 submitMaterials                                            401 404 400 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
# Events of 民诉前调 (南关's matters, entrusted to ng-mediator): the filing clerk entrusts and may end them, the mediator
# acts, the parties sign and the applicant withdraws; another organisation's mediator does not see them.
民诉前调 designateMediator                                        401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民诉前调 proposeMediator                                          401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民诉前调 acceptEntrustment                                        401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
民诉前调 declineEntrustment                                       401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
民诉前调 extendMediation                                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
民诉前调 startAppraisal                                           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
民诉前调 endAppraisal                                             401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
民诉前调 draftAgreement                                           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
民诉前调 signAgreement                                            401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 403 404 404 404
民诉前调 concludeAgreement                                        401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
民诉前调 endMediation                                             401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
民诉前调 withdrawMediation                                        401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 403 404 404 404
民诉前调 recordSignature                                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
民诉前调 applyForConfirmation                                     401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 403 404 404 404
民诉前调 scheduleSession                                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
民诉前调 recordSession                                            401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
民诉前调 submitMediationMaterials                                 401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 403 404 404 404
# 执前调 (issue 18): the 民诉前调 events under their own code (no judicial confirmation), answered as for 民诉前调.
执前调 designateMediator                                         401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
执前调 proposeMediator                                           401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
执前调 acceptEntrustment                                         401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
执前调 declineEntrustment                                        401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
执前调 extendMediation                                           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
执前调 startAppraisal                                            401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
执前调 endAppraisal                                              401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
执前调 scheduleSession                                           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
执前调 recordSession                                             401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
执前调 submitMediationMaterials                                  401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 403 404 404 404
执前调 draftAgreement                                            401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
执前调 signAgreement                                             401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 403 404 404 404
执前调 recordSignature                                           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
执前调 concludeAgreement                                         401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
执前调 endMediation                                              401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 400 404 404 404
执前调 withdrawMediation                                         401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 403 404 404 404
` +
  EXECUTION_ROWS +
  ADMINISTRATIVE_ROWS +
  JURISDICTION_ROWS +
  DOSSIER_ROWS +
  DOSSIER_EXPORT_ROWS +
  DOSSIER_SEARCH_ROWS +
  SEPARATOR_SHEET_ROWS +
  ELEMENT_ROWS +
  DOSSIER_VIEWER_ROWS +
  DOSSIER_CATALOGUE_ROWS +
  CRIMINAL_ROWS +
  SPECIAL_ROWS +
  EVIDENCE_ROWS +
  HEARING_ROWS +
  `
# Last, as it ends the session.
POST /api/v1/auth/logout                                      401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
`;

// Why an allowed cell is refused (the table's status alone could hide a different refusal); 401 is AUTH_REQUIRED
// everywhere, and 400 in an event row the probe's VALIDATION_FAILED.
export const CODES: Record<string, Record<number, string>> = {
  ...JURISDICTION_CODES,
  ...DOSSIER_CODES,
  ...DOSSIER_EXPORT_CODES,
  ...DOSSIER_SEARCH_CODES,
  ...SEPARATOR_SHEET_CODES,
  ...ELEMENT_CODES,
  ...DOSSIER_VIEWER_CODES,
  ...DOSSIER_CATALOGUE_CODES,
  ...CRIMINAL_CODES,
  ...HEARING_CODES,
  'POST /api/v1/admin/asset-control/agencies': { 422: 'AGENCY_KIND_INVALID' },
  'GET /api/v1/agency/requests/{id}': { 404: 'CONTROL_REQUEST_NOT_FOUND' },
  'POST /api/v1/agency/requests/{id}/answer': { 404: 'CONTROL_REQUEST_NOT_FOUND', 409: 'REQUEST_STATUS_CONFLICT' },
  'POST /api/v1/agency/requests/{id}/execute': { 404: 'CONTROL_REQUEST_NOT_FOUND', 422: 'REQUEST_ACTION_INVALID' },
  'POST /api/v1/agency/requests/{id}/refuse': { 404: 'CONTROL_REQUEST_NOT_FOUND', 409: 'REQUEST_STATUS_CONFLICT' },
  'POST /api/v1/agency/requests/{id}/receipt': { 404: 'CONTROL_REQUEST_NOT_FOUND', 422: 'ATTACHMENT_INVALID' },
  'GET /api/v1/agency/requests/{id}/documents/{attachmentId}': { 404: 'CONTROL_REQUEST_NOT_FOUND' },
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
  'POST /api/v1/execution/applications': { 422: 'EXECUTION_TITLE_NOT_EFFECTIVE' },
  'POST /api/v1/execution/payouts/{id}/approve': { 409: 'PAYOUT_ALREADY_DECIDED' },
  'POST /api/v1/cases/{id}/execution/fee-deduction': { 409: 'EXECUTION_FUNDS_EMPTY' },
  'POST /api/v1/execution/payouts/{id}/reject': { 409: 'PAYOUT_ALREADY_DECIDED' },
  'POST /api/v1/execution/postponements/{id}/approve': { 409: 'POSTPONEMENT_ALREADY_DECIDED' },
  'POST /api/v1/execution/postponements/{id}/reject': { 409: 'POSTPONEMENT_ALREADY_DECIDED' },
  'POST /api/v1/cases/{id}/execution/entries/{entryId}/reverse': { 422: 'FUND_REVERSAL_NOT_ALLOWED' },
  'POST /api/v1/admin/execution/teams': { 409: 'EXECUTION_TEAM_NAME_TAKEN' },
  'POST /api/v1/execution/external-applications': { 422: 'EXECUTION_TITLE_FILE_INVALID' },
  'POST /api/v1/cases/{id}/execution/restorations': { 409: 'EXECUTION_NOT_RESTORABLE' },
  'POST /api/v1/cases/{id}/execution/objections': { 422: 'OBJECTION_OBJECTOR_INVALID' },
  ...SPECIAL_CODES,
};
