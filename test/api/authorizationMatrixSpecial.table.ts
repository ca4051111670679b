// The authorization matrix's expected rows for issue 19 (财保, 民督, 民申, 民再) and their application routes, continuing
// authorizationMatrix.table.ts (same columns, same reading). The cases are those of test/support/authzSpecial.ts.
export const SPECIAL_ROWS = `
# Issue 19 applications: 财保 and 民督 by parties and lawyers (refused after the checks: no security, 422; an unknown
# court, 422); 申请再审 from the target (not decided by judgment): its party 422, staff 403 by role. Records: a granted
# 财保 and an issued 民督 of 南关 are seen by their respondent (OPP) and 南关's staff; 长春中院's 民申 by its court, its
# parties and the court of the judgment (linked).
POST /api/v1/preservation/applications                        401 422 422 422 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
GET /api/v1/cases/{id}/preservation                           401 404 200 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
POST /api/v1/payment-orders/applications                      401 422 422 422 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
GET /api/v1/cases/{id}/payment-order                          401 404 200 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
POST /api/v1/cases/{id}/retrial-applications                  401 404 422 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
GET /api/v1/cases/{id}/retrial                                401 404 200 404 404 404 404 404 404 200 200 200 200 404 200 200 200 404 404 404 404 200 404 404 404 404
# 财保 (南关, before 法官乙): before the ruling the respondent (OPP) does not see it (404); after, it holds the party role
# (recordArbitration 400 — the effect refuses a respondent). 民督 (南关, before 法官乙): the debtor (OPP) objects (400).
# 民申 (长春中院, panel 庭长/法官甲/法官乙): the filing clerk registers and serves, 法官甲 (HJU) rules and applies to extend,
# the president decides and deducts; 南关's staff see it (linked, 403). 民再 (opened from the 民申, panel 法官丙/丁/戊):
# the trial's events for 长春中院's president and filing clerk; 南关 is two links away (404).
财保 registerPreservation                                       401 404 404 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
财保 grantPreservation                                          401 404 404 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
财保 dismissPreservation                                        401 404 404 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
财保 recordArbitration                                          401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
财保 recordPreservationExecution                                401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
财保 liftPreservation                                           401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
财保 closePreservation                                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民督 acceptPaymentOrder                                         401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民督 issuePaymentOrder                                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民督 dismissPaymentOrder                                        401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民督 servePaymentOrder                                          401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民督 objectToPaymentOrder                                       401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民督 terminatePaymentOrder                                      401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民督 chooseLitigation                                           401 404 400 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民督 recordPaymentOrderEffect                                   401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民申 registerRetrialReview                                      401 404 403 404 404 404 404 404 404 403 403 400 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民申 serveRetrialCopy                                           401 404 403 404 404 404 404 404 404 403 403 400 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民申 submitRetrialOpinion                                       401 404 400 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民申 ruleOnRetrialApplication                                   401 404 403 404 404 404 404 404 404 403 403 403 400 404 403 403 403 404 404 404 404 403 404 404 404 404
民申 applyExtension                                             401 404 403 404 404 404 404 404 404 403 403 403 400 404 403 403 403 404 404 404 404 403 404 404 404 404
民申 approveExtension                                           401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民申 refuseExtension                                            401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民申 recordDeduction                                            401 404 403 404 404 404 404 404 404 400 400 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民申 endDeduction                                               401 404 403 404 404 404 404 404 404 400 400 403 400 404 403 403 403 404 404 404 404 403 404 404 404 404
民再 assign                                                     401 404 403 404 404 404 404 404 404 400 400 400 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 reassign                                                   401 404 403 404 404 404 404 404 404 400 400 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 scheduleHearing                                            401 404 403 404 404 404 404 404 404 403 403 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 postponeHearing                                            401 404 403 404 404 404 404 404 404 403 403 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 recordHearing                                              401 404 403 404 404 404 404 404 404 403 403 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 close                                                      401 404 403 404 404 404 404 404 404 403 403 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 applyExtension                                             401 404 403 404 404 404 404 404 404 403 403 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 approveExtension                                           401 404 403 404 404 404 404 404 404 400 400 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 refuseExtension                                            401 404 403 404 404 404 404 404 404 400 400 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 recordDeduction                                            401 404 403 404 404 404 404 404 404 400 400 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 endDeduction                                               401 404 403 404 404 404 404 404 404 400 400 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 recordService                                              401 404 403 404 404 404 404 404 404 403 403 400 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 serveOnPlatform                                            401 404 403 404 404 404 404 404 404 403 403 400 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 waivePeriod                                                401 404 400 404 404 404 404 404 404 403 403 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 setEvidencePeriod                                          401 404 403 404 404 404 404 404 404 403 403 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 grantJudicialAid                                           401 404 403 404 404 404 404 404 404 400 400 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 decideRefund                                               401 404 403 404 404 404 404 404 404 400 400 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
民再 archive                                                    401 404 403 404 404 404 404 404 404 403 403 403 403 404 404 404 404 404 404 404 404 404 404 404 404 404
`;

export const SPECIAL_CODES: Record<string, Record<number, string>> = {
  'POST /api/v1/preservation/applications': { 422: 'PRESERVATION_SECURITY_REQUIRED' },
  'POST /api/v1/payment-orders/applications': { 422: 'COURT_UNKNOWN' },
  'POST /api/v1/cases/{id}/retrial-applications': { 422: 'RETRIAL_NOT_A_JUDGMENT' },
};
