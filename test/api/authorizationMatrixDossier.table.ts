// The authorization matrix's expected rows for the dossier (issue 20 item 1), continuing authorizationMatrix.table.ts
// (same columns, same reading). The tree and an item (the target's uploaded file, in the 正卷) are seen by whoever sees
// the case (as GET /api/v1/cases/{id}); arranging is for the court's own staff acting on the case — the probe names a
// section no catalogue has, so that staff past every check get 422 DOSSIER_SECTION_UNKNOWN and nothing changes; those
// who see the case without acting on it get 403 DOSSIER_EDIT_FORBIDDEN (a higher court's president, a linked court, a
// judge off the panel, another team's clerk), the rest 404, a role that never arranges (finance, parties…) 403; none
// of the actors arranges the target's dossier (the API test does, as the team's clerk). HPD probes its own case with
// the target's file: not an item of that case (404). Filing into the dossier answers as arranging it (the probe's section
// is unknown: 422 for staff past every check). The viewed file is the download's (LLK's probe is a generated DOCX whose
// PDF is not made in this world: 409 RENDITION_NOT_READY); reading a file again is for its uploader or the court's staff
// who arrange the dossier — none of the actors here (403 for those who see it).
export const DOSSIER_ROWS = `
# Dossier routes.
GET /api/v1/cases/{id}/dossier                                401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
GET /api/v1/cases/{id}/dossier/items/{itemId}                 401 404 200 404 404 404 404 404 404 200 404 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
PATCH /api/v1/cases/{id}/dossier/items/{itemId}               401 403 403 403 404 404 404 404 403 403 403 404 404 404 403 403 403 403 404 404 403 403 403 403 403 403
POST /api/v1/cases/{id}/dossier/items                         401 403 403 403 404 404 404 404 403 403 403 404 404 404 403 403 403 403 404 404 403 403 403 403 403 403
GET /api/v1/cases/{id}/dossier/items/{itemId}/split-proposal  401 403 403 403 404 404 404 404 403 403 403 404 404 404 403 403 403 403 404 404 403 403 403 403 403 403
POST /api/v1/cases/{id}/dossier/items/{itemId}/split          401 403 403 403 404 404 404 404 403 403 403 404 404 404 403 403 403 403 404 404 403 403 403 403 403 403
GET /api/v1/attachments/{id}/view                             401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 409 404 404 404 404
POST /api/v1/attachments/{id}/pages/retry                     401 404 403 404 404 404 404 404 404 403 403 404 404 404 403 403 403 404 404 404 404 403 404 404 404 404
`;

export const DOSSIER_CODES: Record<string, Record<number, string>> = {
  'PATCH /api/v1/cases/{id}/dossier/items/{itemId}': { 422: 'DOSSIER_SECTION_UNKNOWN' },
  'POST /api/v1/cases/{id}/dossier/items': { 422: 'DOSSIER_SECTION_UNKNOWN' },
  'POST /api/v1/attachments/{id}/pages/retry': { 403: 'PAGES_RETRY_FORBIDDEN' },
  'GET /api/v1/attachments/{id}/view': { 409: 'RENDITION_NOT_READY' },
};
