// The authorization matrix's expected rows for the dossier catalogues per case type (issue 20 item 1), continuing
// authorizationMatrix.table.ts (same columns, same reading). The administrator only; its update and reset name a
// version the setting never had, so they are refused (409 CATALOGUE_CHANGED) past every access check, changing nothing.
export const DOSSIER_CATALOGUE_ROWS = `
# Dossier catalogues per case type: the administrator only.
GET /api/v1/admin/dossier-catalogues                          401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
GET /api/v1/admin/dossier-catalogues/{caseType}               401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403 403 403 403 403
PUT /api/v1/admin/dossier-catalogues/{caseType}               401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 409 403 403 403 403 403 403 403 403
DELETE /api/v1/admin/dossier-catalogues/{caseType}            401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 409 403 403 403 403 403 403 403 403
`;

export const DOSSIER_CATALOGUE_CODES: Record<string, Record<number, string>> = {
  'PUT /api/v1/admin/dossier-catalogues/{caseType}': { 409: 'CATALOGUE_CHANGED' },
  'DELETE /api/v1/admin/dossier-catalogues/{caseType}': { 409: 'CATALOGUE_CHANGED' },
};
