// The fee schedules of the 诉讼费用交纳办法 (国务院令第481号) as cumulative brackets (rules.md §4.1–4.3).
import type { BilingualMessage } from '../errors/domainError';

export interface Bracket {
  /** Exclusive lower bound and inclusive upper bound of the bracket, in yuan; null = no upper bound. */
  over: number;
  upTo: number | null;
  /** Rate on the part of the amount within the bracket, as a decimal string ("0.025"). */
  rate: string;
}

export interface Schedule {
  /** The flat fee that covers amounts up to `flatUpTo`. */
  flat: number;
  flatUpTo: number;
  brackets: readonly Bracket[];
  /** A ceiling on the whole fee (preservation: 5,000). */
  cap?: number;
  source: string;
  label: BilingualMessage;
}

const b = (over: number, upTo: number | null, rate: string): Bracket => ({ over, upTo, rate });

// FEE art 13(1): property cases.
export const PROPERTY_SCHEDULE: Schedule = {
  flat: 50,
  flatUpTo: 10_000,
  brackets: [
    b(10_000, 100_000, '0.025'),
    b(100_000, 200_000, '0.02'),
    b(200_000, 500_000, '0.015'),
    b(500_000, 1_000_000, '0.01'),
    b(1_000_000, 2_000_000, '0.009'),
    b(2_000_000, 5_000_000, '0.008'),
    b(5_000_000, 10_000_000, '0.007'),
    b(10_000_000, 20_000_000, '0.006'),
    b(20_000_000, null, '0.005'),
  ],
  source: 'FEE art 13(1)',
  label: { 'zh-CN': '财产案件受理费', en: 'Property case fee' },
};

// FEE art 14(1): execution with an amount.
export const EXECUTION_SCHEDULE: Schedule = {
  flat: 50,
  flatUpTo: 10_000,
  brackets: [b(10_000, 500_000, '0.015'), b(500_000, 5_000_000, '0.01'), b(5_000_000, 10_000_000, '0.005'), b(10_000_000, null, '0.001')],
  source: 'FEE art 14(1)',
  label: { 'zh-CN': '申请执行费', en: 'Execution fee' },
};

// FEE art 14(2): preservation, by the amount actually preserved, never above 5,000.
export const PRESERVATION_SCHEDULE: Schedule = {
  flat: 30,
  flatUpTo: 1_000,
  brackets: [b(1_000, 100_000, '0.01'), b(100_000, null, '0.005')],
  cap: 5_000,
  source: 'FEE art 14(2)',
  label: { 'zh-CN': '申请保全措施费', en: 'Preservation fee' },
};

// FEE art 13(2)1: the divorce surcharge on divided property above 200,000.
export const DIVORCE_PROPERTY_BRACKETS: readonly Bracket[] = [b(200_000, null, '0.005')];

// FEE art 13(2)2: the personality-rights surcharge on damages.
export const PERSONALITY_DAMAGES_BRACKETS: readonly Bracket[] = [b(50_000, 100_000, '0.01'), b(100_000, null, '0.005')];
