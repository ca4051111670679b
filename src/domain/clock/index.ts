// The legal clock: periods, 审限, warnings and the public calculator. The working calendar is in ../calendar.
export * from './calculator';
export * from '../citations/citations';
export * from './periodArithmetic';
export * from './periodKinds';
export * from './trialLimits';
export * from './warnings';
export type { LastDayOptions } from './lastDay';
export { settleLastDay } from './lastDay';
export { lengthText } from './trace';
