// 财保: property preservation before suit or arbitration (CPL-2023 art 104; rules.md §2.5). What the application must
// hold, the fee it bears (FEE art 14(2)) and what the applicant's 30 days mean for the preservation.
import { calculateFee, type FeeResult } from '../courtFees/calculateFee';
import { refuse } from '../errors/domainError';
import { fenToYuan } from '../money/yuan';

/** Before suit (诉前) or before arbitration (仲裁前): both under CPL-2023 art 104. */
export const PRESERVATION_STAGES = ['preSuit', 'preArbitration'] as const;
export type PreservationStage = (typeof PRESERVATION_STAGES)[number];

/** The forms of security a court accepts (CPL-Interp art 152; [U] the list is the courts' usual one). */
export const SECURITY_KINDS = ['cash', 'guarantee', 'property', 'insurance'] as const;
export type SecurityKind = (typeof SECURITY_KINDS)[number];

/** The hours within which an urgent or pre-suit application is ruled on (CPL-2023 arts 103–104). */
export const PRESERVATION_RULING_HOURS = 48;

export interface PreservationApplicationFacts {
  stage: PreservationStage;
  amountFen: bigint;
  security: { kind: SecurityKind; amountFen: bigint } | null;
}

// CPL-2023 art 104: the applicant of a pre-suit (or pre-arbitration) preservation must give security; without it the
// application is dismissed. CPL-Interp art 152: security equal to the amount sought ([U] a court may accept less in
// special circumstances — not modelled: the security must cover the amount).
export function checkPreservationApplication(f: PreservationApplicationFacts): void {
  if (f.amountFen <= 0n) refuse('PRESERVATION_AMOUNT_INVALID', 'invalid', '请填写申请保全的金额（大于零）。', 'Give the amount to preserve (more than zero).', { field: 'amount' });
  if (!f.security) {
    refuse('PRESERVATION_SECURITY_REQUIRED', 'invalid', '诉前（仲裁前）财产保全，申请人应当提供担保（《民事诉讼法》第一百零四条）。', 'Pre-suit or pre-arbitration preservation requires security from the applicant (Civil Procedure Law, art. 104).', { field: 'security' });
  }
  if (f.security.amountFen < f.amountFen) {
    refuse('PRESERVATION_SECURITY_INSUFFICIENT', 'invalid', '诉前财产保全的担保应当相当于请求保全的数额（《民诉法解释》第一百五十二条）。', 'The security for pre-suit preservation must equal the amount to preserve (CPL-Interp art 152).', { field: 'security.amount' });
  }
}

/** FEE art 14(2): the application fee, by the amount preserved (30 yuan without an amount; capped at 5,000). */
export function preservationFee(amountFen: bigint): FeeResult {
  return calculateFee({ kind: 'preservation', amount: fenToYuan(amountFen) });
}

/** The applicant's step that ends the 30 days (CPL-2023 art 104): a suit for the stage before suit, arbitration otherwise. */
export function suitStepLabel(stage: PreservationStage): { 'zh-CN': string; en: string } {
  return stage === 'preSuit' ? { 'zh-CN': '提起诉讼', en: 'suing' } : { 'zh-CN': '申请仲裁', en: 'applying for arbitration' };
}

export type PreservationStatus = 'pending' | 'granted' | 'suitFiled' | 'mustBeLifted' | 'lifted' | 'dismissed';

/** CPL-2023 art 104: once the 30 days have passed without suit or arbitration, the court shall lift the preservation. */
export function mustBeLifted(s: { granted: boolean; lifted: boolean; suitRecorded: boolean; suitDueOn: string | null; today: string }): boolean {
  return s.granted && !s.lifted && !s.suitRecorded && s.suitDueOn !== null && s.today > s.suitDueOn;
}
