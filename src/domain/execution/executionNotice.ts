// What the officer sends when the execution starts (rules.md §5.1): the 执行通知书 to every debtor (CPL-2023 art 251),
// with it the 报告财产令 when the claim is for money (ASSET-INV art 3), and to every applicant the notice to give the
// debtor's asset clues (ASSET-INV art 1; EXEC-TL [S]: both within 3 days of the officer receiving the case).

export type NoticeDocument = 'executionNotice' | 'propertyReportOrder' | 'clueNotice';

/** [U] the term the 报告财产令 gives the debtor to report is the court's to set in the order; 5 days unless the officer sets another. */
export const PROPERTY_REPORT_DAYS_DEFAULT = 5;
export const PROPERTY_REPORT_DAYS_MAX = 30;

export interface NoticeRecipient {
  partyId: number;
  side: 'applicant' | 'debtor';
}

export interface PlannedNotice {
  partyId: number;
  document: NoticeDocument;
}

/**
 * The notices of one issuance: each debtor its 执行通知书 and, for a money claim (an amount applied for above zero), its
 * 报告财产令 (ASSET-INV art 3: issued together with the execution notice); each applicant the notice to give clues.
 */
export function plannedNotices(recipients: readonly NoticeRecipient[], amountFen: bigint): PlannedNotice[] {
  const money = amountFen > 0n;
  return recipients.flatMap((r): PlannedNotice[] => {
    if (r.side === 'applicant') return [{ partyId: r.partyId, document: 'clueNotice' }];
    return [{ partyId: r.partyId, document: 'executionNotice' }, ...(money ? [{ partyId: r.partyId, document: 'propertyReportOrder' as const }] : [])];
  });
}
