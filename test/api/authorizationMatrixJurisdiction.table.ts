// The authorization matrix's expected rows for jurisdiction (issue 19 items 4–5), continuing authorizationMatrix.table.ts
// (same columns, same reading). Checked against casePolicy: the proposal is open to every logged-in user; a case's
// stored proposal to whoever sees the case (the 民终 target, opened by appeal, has none: 404 JURISDICTION_NOT_RECORDED for
// the court below, LLK); the counter filing for another court to filing clerks (past the role, the matrix's "self"
// party is refused, 422); the rules to the administrator; the 跨域 statistics to 院庭长 in scope.
export const JURISDICTION_ROWS = `
# Jurisdiction routes.
POST /api/v1/jurisdiction/proposal                            401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/cases/{id}/jurisdiction                           401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 404 404 404 404 404
POST /api/v1/filings/cross-region                             401 403 403 403 422 403 403 403 403 403 403 422 403 403 403 403 403 403 403 403 403 403 403 403 403 403
GET /api/v1/admin/jurisdiction-rules                          401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
POST /api/v1/admin/jurisdiction-rules                         401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 422 403 403 403 403 403 403 403 403
POST /api/v1/admin/jurisdiction-rules/{id}/end                401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 404 403 403 403 403 403 403 403 403
GET /api/v1/admin/courts/{id}/filing-settings                 401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
PUT /api/v1/admin/courts/{id}/filing-settings                 401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/statistics/cross-region                           401 403 403 403 403 403 403 403 403 200 200 403 403 200 403 403 403 403 403 403 403 403 403 403 403 403
# 移送管辖 on the assigned target (法官乙's): nobody of the actors acts. forwardFiling on a 跨域 filing taken at 南关's
# counter for 宽城: 宽城 (SFI…SFN, LJU…LFN) sees it coming but acts only once forwarded (403); 南关's other staff see it
# and may not forward (403: only the filing clerk, no actor here); the defendant (OPP) sees it (403).
民初 transferJurisdiction                                       401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
# 提级 / 下放 and 指定管辖 (CPL-2023 arts 38–39): the same roles at the same nodes as 移送.
民初 elevateJurisdiction                                         401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 designateJurisdiction                                       401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 forwardFiling                                              401 404 403 404 403 403 403 403 403 404 404 404 404 404 403 403 403 404 403 403 403 403 404 404 404 404
`;

export const JURISDICTION_CODES: Record<string, Record<number, string>> = {
  'POST /api/v1/filings/cross-region': { 422: 'FILING_SELF_NOT_ALLOWED' },
  'POST /api/v1/admin/jurisdiction-rules': { 422: 'JURISDICTION_RULE_INVALID' },
  'POST /api/v1/admin/jurisdiction-rules/{id}/end': { 404: 'JURISDICTION_RULE_UNKNOWN' },
};
