// What each province sets within the ranges of FEE art 13–14, and the rounding rule; defaults are the ranges' lower
// ends. [U] Set them to the province's published amounts before going live (rules.md §4.2, §4.6).
import { refuse } from '../errors/domainError';

export interface FeeScheduleSettings {
  divorceBase: number; // FEE art 13(2)1: 50–300 per case
  personalityBase: number; // FEE art 13(2)2: 100–500
  otherNonPropertyBase: number; // FEE art 13(2)3: 50–100
  ipNoAmountBase: number; // FEE art 13(3): 500–1,000
  jurisdictionObjectionBase: number; // FEE art 13(6): 50–100
  executionNoAmountBase: number; // FEE art 14(1): 50–500
  maritime: { limitationFund: number; injunction: number; shipLienNotice: number; claimRegistration: number; generalAverage: number };
  /** [U] The Measures set no rounding: applied once, at the end. */
  rounding: { unit: 'fen' | 'jiao' | 'yuan'; mode: 'halfUp' | 'down' };
}

export const DEFAULT_FEE_SCHEDULE_SETTINGS: FeeScheduleSettings = {
  divorceBase: 50,
  personalityBase: 100,
  otherNonPropertyBase: 50,
  ipNoAmountBase: 500,
  jurisdictionObjectionBase: 50,
  executionNoAmountBase: 50,
  // FEE art 14(6): limitation fund 1,000–10,000; injunction 1,000–5,000; lien notice 1,000–5,000; registration 1,000; general average 1,000.
  maritime: { limitationFund: 1_000, injunction: 1_000, shipLienNotice: 1_000, claimRegistration: 1_000, generalAverage: 1_000 },
  rounding: { unit: 'fen', mode: 'halfUp' },
};

/** The lawful range of each configurable amount: settings outside it are refused. */
export const FEE_RANGES: Readonly<Record<Exclude<keyof FeeScheduleSettings, 'maritime' | 'rounding'>, [number, number]>> = {
  divorceBase: [50, 300],
  personalityBase: [100, 500],
  otherNonPropertyBase: [50, 100],
  ipNoAmountBase: [500, 1_000],
  jurisdictionObjectionBase: [50, 100],
  executionNoAmountBase: [50, 500],
};

/** Refuses a province setting outside the range the Measures allow (FEE arts 13–14, last paragraph of art 13). */
export function checkFeeScheduleSettings(s: FeeScheduleSettings): void {
  for (const [key, [min, max]] of Object.entries(FEE_RANGES) as [keyof typeof FEE_RANGES, [number, number]][]) {
    const v = s[key];
    if (!Number.isInteger(v) || v < min || v > max) {
      refuse('FEE_SETTING_OUT_OF_RANGE', 'invalid', `${key} 应为 ${min} 至 ${max} 元之间的整数，收到 ${String(v)}。`, `${key} must be a whole number of yuan from ${min} to ${max}; got ${String(v)}.`, { key, min, max });
    }
  }
  const m = s.maritime;
  const maritime: [keyof FeeScheduleSettings['maritime'], number, number][] = [
    ['limitationFund', 1_000, 10_000],
    ['injunction', 1_000, 5_000],
    ['shipLienNotice', 1_000, 5_000],
    ['claimRegistration', 1_000, 1_000],
    ['generalAverage', 1_000, 1_000],
  ];
  for (const [key, min, max] of maritime) {
    if (!Number.isInteger(m[key]) || m[key] < min || m[key] > max) {
      refuse('FEE_SETTING_OUT_OF_RANGE', 'invalid', `maritime.${key} 应为 ${min} 至 ${max} 元之间的整数。`, `maritime.${key} must be a whole number of yuan from ${min} to ${max}.`, { key: `maritime.${key}`, min, max });
    }
  }
}
