// The authorization matrix's expected rows for the dossier's export and archive (issue 20 item 5), continuing
// authorizationMatrix.table.ts (same columns, same reading). Exporting the 副卷 (the probe) is for the court's own
// staff who see the case (202: queued); others who see the case are refused (403 DOSSIER_SECONDARY_FORBIDDEN), the
// rest 404. The export made by the target court's filing clerk (of the 副卷) is seen and downloaded by that court's
// staff only. The archive status is seen by whoever sees the case; building the archive package passes the same
// checks as arranging the dossier, and the target is not closed: none of the actors gets past 409 ARCHIVE_CASE_NOT_CLOSED.
export const DOSSIER_EXPORT_ROWS = `
# Dossier export and archive routes.
POST /api/v1/cases/{id}/dossier/exports                       401 404 403 404 404 404 404 404 404 403 403 404 404 404 202 202 202 404 404 404 404 403 404 404 404 404
GET /api/v1/dossier-exports/{id}                              401 404 404 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 404 404 404 404 404
GET /api/v1/dossier-exports/{id}/content                      401 404 404 404 404 404 404 404 404 404 404 404 404 404 200 200 200 404 404 404 404 404 404 404 404 404
GET /api/v1/cases/{id}/archive                                401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
POST /api/v1/cases/{id}/archive                               401 403 403 403 404 404 404 404 403 403 403 404 404 404 403 403 403 403 404 404 403 403 403 403 403 403
`;

export const DOSSIER_EXPORT_CODES: Record<string, Record<number, string>> = {
  'POST /api/v1/cases/{id}/dossier/exports': { 403: 'DOSSIER_SECONDARY_FORBIDDEN' },
  'POST /api/v1/cases/{id}/archive': { 409: 'ARCHIVE_CASE_NOT_CLOSED' },
};
