// Execution (执行): doubled interest for delay, the application period, allocation among applicants, the fund ledger,
// and how a case ends. The execution periods live on the clock (clock/executionPeriodKinds.ts); the application fee is
// courtFees' 'execution' kind (FEE art 14).
export * from './allocation';
export * from './applicationFee';
export * from './applicationPeriod';
export * from './closing';
export * from './delayInterest';
export * from './exactFen';
export * from './externalTitle';
export * from './ledger';
export * from './ledgerViews';
export * from './restoration';
export * from './stages';
export * from './titleCreditors';
export * from './titleEffect';
