// Execution (执行): doubled interest for delay, the application period, allocation among applicants, the fund ledger,
// how a case ends, and the rates of the execution figures. The execution periods live on the clock (clock/executionPeriodKinds.ts); the application fee is
// courtFees' 'execution' kind (FEE art 14).
export * from './allocation';
export * from './applicationFee';
export * from './applicationPeriod';
export * from './closing';
export * from './delayInterest';
export * from './exactFen';
export * from './executionNotice';
export * from './executionFigures';
export * from './externalTitle';
export * from './ledger';
export * from './ledgerViews';
export * from './restoration';
export * from './stages';
export * from './titleCreditors';
export * from './titleEffect';
export * from './payoutApproval';
export * from './payoutDeadline';
export * from './dailyReports';
export * from './triage';
export * from './payoutPostponement';
export * from './endOfRound';
