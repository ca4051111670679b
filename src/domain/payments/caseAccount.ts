// 一案一账号: each case's own virtual sub-account, so a payment names its case by where it is paid (rules.md §5.7, FUNDS).
// [U] The number's layout is the bank's; ours is the court's configured prefix, the case id in 10 digits and a Luhn digit.

/** ISO/IEC 7812 Luhn check digit of a string of digits (catches one wrong digit and most swaps). */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export const CASE_ID_DIGITS = 10;

export function caseAccountNumber(prefix: string, caseId: number): string {
  if (!/^\d{1,12}$/.test(prefix)) throw new Error(`account prefix must be 1–12 digits, got ${prefix}`);
  if (!Number.isInteger(caseId) || caseId <= 0 || caseId >= 10 ** CASE_ID_DIGITS) throw new Error(`case id out of range: ${caseId}`);
  const body = prefix + String(caseId).padStart(CASE_ID_DIGITS, '0');
  return body + String(luhnDigit(body));
}

/** The case id in a sub-account number of this prefix, or null when the number is not one (wrong prefix, length or check digit). */
export function caseIdFromAccount(prefix: string, account: string): number | null {
  const s = account.normalize('NFKC').replace(/[\s-]/g, '');
  if (s.length !== prefix.length + CASE_ID_DIGITS + 1 || !s.startsWith(prefix) || !/^\d+$/.test(s)) return null;
  const body = s.slice(0, -1);
  if (luhnDigit(body) !== Number(s.slice(-1))) return null;
  const id = Number(body.slice(prefix.length));
  return id > 0 ? id : null;
}
