// The authorization matrix's expected rows for the separator sheets (分隔页, issue 20 item 2), continuing
// authorizationMatrix.table.ts (same columns, same reading): staff who arrange the case's dossier print them (as they
// split a batch scan); whoever may see the case but not arrange it is refused (403 DOSSIER_EDIT_FORBIDDEN), whoever
// may not see it finds no case (404).
export const SEPARATOR_SHEET_ROWS = `
# Separator sheets.
GET /api/v1/cases/{id}/dossier/separator-sheets               401 403 403 403 404 404 404 404 403 403 403 404 404 404 403 403 403 403 404 404 403 403 403 403 403 403
`;

export const SEPARATOR_SHEET_CODES: Record<string, Record<number, string>> = {};
