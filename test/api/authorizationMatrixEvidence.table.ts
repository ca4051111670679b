// The authorization matrix's expected rows for 证据交换与质证 (issue 21 item 2), continuing authorizationMatrix.table.ts
// (same columns, same reading).
export const EVIDENCE_ROWS = `
# The evidence list: whoever sees the case (what each sees of it is the route's own filter, test/api/evidenceExchange).
# An opinion: parties and lawyers only (staff 403 by role); a party of the target reaches the item check (404: the
# probe's item is not the target's); others do not see the case (404).
GET /api/v1/cases/{id}/evidence                               401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
PUT /api/v1/cases/{id}/evidence/{itemId}/opinion              401 404 404 404 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
# The court's steps as the judge's (the evidence period's row); the extension application as the parties' (the
# evidence list's row: the target's party answers 400 to the probe's input).
民初 exchangeEvidence                                           401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 decideLateEvidence                                         401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 recordEvidenceFinding                                      401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 decideEvidenceExtension                                    401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民初 applyEvidenceExtension                                     401 404 400 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 exchangeEvidence                                           401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 decideLateEvidence                                         401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 recordEvidenceFinding                                      401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 decideEvidenceExtension                                    401 404 403 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
民终 applyEvidenceExtension                                     401 404 400 404 404 404 404 404 404 403 403 403 403 404 403 403 403 404 404 404 404 403 404 404 404 404
`;
