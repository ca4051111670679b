// The authorization matrix's expected rows for the dossier's reading pane (issue 20 item 4), continuing
// authorizationMatrix.table.ts (same columns, same reading). An item's pages are seen by whoever sees the item (as
// GET …/dossier/items/{itemId}: HPD probes its own case with the target's file, not an item of it: 404). My notes are
// listed for whoever sees the case (each gets their own, here none). Adding one is probed with a blank note, so that
// whoever passes every check gets 422 DOSSIER_NOTE_TEXT_REQUIRED and nothing is saved. A note is its author's alone:
// changing or deleting one that is not yours (the probe names a note nobody has) is 404 for every actor.
export const DOSSIER_VIEWER_ROWS = `
# Dossier reading pane.
GET /api/v1/cases/{id}/dossier/items/{itemId}/pages           401 404 200 404 404 404 404 404 404 200 404 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
GET /api/v1/cases/{id}/dossier/notes                          401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
POST /api/v1/cases/{id}/dossier/notes                         401 404 422 404 404 404 404 404 404 422 404 404 404 404 422 422 422 404 404 404 404 422 404 404 404 404
PATCH /api/v1/dossier-notes/{id}                              401 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
DELETE /api/v1/dossier-notes/{id}                             401 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
`;

export const DOSSIER_VIEWER_CODES: Record<string, Record<number, string>> = {
  'POST /api/v1/cases/{id}/dossier/notes': { 422: 'DOSSIER_NOTE_TEXT_REQUIRED' },
  'PATCH /api/v1/dossier-notes/{id}': { 404: 'DOSSIER_NOTE_NOT_FOUND' },
  'DELETE /api/v1/dossier-notes/{id}': { 404: 'DOSSIER_NOTE_NOT_FOUND' },
};
