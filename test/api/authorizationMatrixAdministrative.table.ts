// The authorization matrix's expected rows for 行初 and 行终 (issue 19), continuing authorizationMatrix.table.ts (same
// columns, same reading).
export const ADMINISTRATIVE_ROWS = `
`;
