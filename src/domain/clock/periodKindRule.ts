// What a period kind declares: its label, who it runs against, its trigger, and its length by the law in force on the
// trigger date — shared by the kind tables (periodKinds.ts, executionPeriodKinds.ts).
import type { PlainDate } from '../calendar/plainDate';
import { citationLabel } from '../citations/citations';
import type { BilingualMessage } from '../errors/domainError';
import type { PeriodLength } from './periodLength';

export interface PeriodRuleVersion {
  from: PlainDate;
  /** Exclusive. */
  to?: PlainDate;
  length: PeriodLength;
  /** For a party without a domicile in the PRC. */
  foreignLength?: PeriodLength;
  source: string;
  sourceLabel: BilingualMessage;
}

export interface PeriodKindRule<K extends string = string> {
  kind: K;
  label: BilingualMessage;
  /** Party-facing periods roll forward over holidays (CPL-2023 art 85); court-internal ones per setting. */
  audience: 'party' | 'court';
  trigger: BilingualMessage;
  versions: readonly PeriodRuleVersion[];
  /** The court sets the length within bounds (evidence periods). */
  settable?: { unit: 'days'; min?: number; max?: number; byProcedure?: Record<string, { min?: number; max?: number }> };
  /** A court may set its own number of days within these bounds (a stricter local limit); without a setting the default applies. */
  courtSettable?: { min: number; max: number };
}

export const days = (n: number): PeriodLength => ({ days: n });
export const workingDays = (n: number): PeriodLength => ({ workingDays: n });
export const months = (n: number): PeriodLength => ({ months: n });
export const years = (n: number): PeriodLength => ({ years: n });

/** One version of a kind's length, from a date, citing its source. */
export function version(from: PlainDate, length: PeriodLength, source: string, more: { to?: PlainDate; foreignLength?: PeriodLength } = {}): PeriodRuleVersion {
  return { from, ...more, length, source, sourceLabel: citationLabel(source) };
}
