// The authorization matrix's expected rows for the element trial (要素式审判, issue 21 item 1), continuing
// authorizationMatrix.table.ts (same columns, same reading): the schemas are any session's; a case's elements are read
// by whoever sees the case (its court, its parties, a linked court); the element defence is the defending party's
// (李四, OPP: 400 for the probe's input), refused to the court's staff (403) and unseen by everyone else (404); the
// finding is the case's judge's (no actor here), probed on a case with a hearing booked as recordHearing is. The
// judgment draft is the court's deliberation: its staff read it (200), whoever else sees the case is refused (403).
export const ELEMENT_ROWS = `
# 要素式审判.
GET /api/v1/element-schemas                                   401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
GET /api/v1/cases/{id}/elements                               401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
GET /api/v1/cases/{id}/judgment-draft                         401 404 403 404 404 404 404 404 404 403 403 404 404 404 200 200 200 404 404 404 404 403 404 404 404 404
民初 answerElements                                             401 404 400 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 findElements                                               401 404 403 404 404 404 404 404 404 404 404 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
`;

export const ELEMENT_CODES: Record<string, Record<number, string>> = {
  'GET /api/v1/cases/{id}/judgment-draft': { 403: 'JUDGMENT_DRAFT_FORBIDDEN' },
};
