// The authorization matrix's expected rows for 卷宗检索 (issue 20 item 3), continuing authorizationMatrix.table.ts (same
// columns, same reading). Searching across dossiers is open to every actor who sees cases in some scope — parties and
// lawyers (their own cases; one on no case gets an empty page), court staff (their court's), mediators, procurators —
// and refused (403 DOSSIER_SEARCH_FORBIDDEN) to an administrator and to assisting agencies, who see no case this way;
// what each finds is limited in the query itself (test/api/dossierSearch.db.test.ts). Searching inside one case's
// dossier is answered as the case's dossier is (GET /api/v1/cases/{id}/dossier).
export const DOSSIER_SEARCH_ROWS = `
# Dossier search.
GET /api/v1/dossier/search                                    401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 403 200 200 200 200 200 200 403 403
GET /api/v1/dossier/search/export                             401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 403 200 200 200 200 200 200 403 403
GET /api/v1/cases/{id}/dossier/search                         401 404 200 404 404 404 404 404 404 200 200 404 404 404 200 200 200 404 404 404 404 200 404 404 404 404
`;

export const DOSSIER_SEARCH_CODES: Record<string, Record<number, string>> = {
  'GET /api/v1/dossier/search': { 403: 'DOSSIER_SEARCH_FORBIDDEN' },
  'GET /api/v1/dossier/search/export': { 403: 'DOSSIER_SEARCH_FORBIDDEN' },
};
