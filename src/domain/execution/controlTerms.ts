// How long a freeze or seizure holds, when it is reminded and when it has lapsed (rules.md §2.5, CPL-Interp art 485).
import { addDays, daysBetween, type PlainDate } from '../calendar/plainDate';
import type { BilingualMessage } from '../errors/domainError';

/** What the court may find and control: a deposit account, real estate, a vehicle, securities, other property. */
export const ASSET_KINDS = ['account', 'realEstate', 'vehicle', 'securities', 'other'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export const ASSET_KIND_LABELS: Record<AssetKind, BilingualMessage> = {
  account: { 'zh-CN': '存款账户', en: 'Deposit account' },
  realEstate: { 'zh-CN': '不动产', en: 'Real estate' },
  vehicle: { 'zh-CN': '车辆', en: 'Vehicle' },
  securities: { 'zh-CN': '证券', en: 'Securities' },
  other: { 'zh-CN': '其他财产', en: 'Other property' },
};

export type ControlTermKind = 'depositFreeze' | 'movableSeizure' | 'realEstateSeizure';

// CPL-Interp art 485 (rules.md §2.5): deposits at most 1 year, movables 2, real estate and other property rights 3.
// [U] balances in payment accounts (支付宝/微信) count as deposits; securities and "other" as other property rights.
const TERM_OF: Record<AssetKind, ControlTermKind> = {
  account: 'depositFreeze',
  vehicle: 'movableSeizure',
  realEstate: 'realEstateSeizure',
  securities: 'realEstateSeizure',
  other: 'realEstateSeizure',
};

/** The clock's period kind that gives the longest term of a control over this kind of property. */
export function controlTermKind(asset: AssetKind): ControlTermKind {
  return TERM_OF[asset];
}

/** Days before expiry on which the officer is reminded to renew (issue 18, after 珲春's 续封续冻 reminders) [U]. */
export const CONTROL_REMINDER_DAYS = [30, 7] as const;

export type ControlState = 'active' | 'expiring' | 'lapsed' | 'released';

export interface ControlTermView {
  state: ControlState;
  /** Days from today to the last day of the term (0 on the last day); negative once lapsed; null when released. */
  daysLeft: number | null;
}

/**
 * A control's state today: released by 解冻, lapsed when its last day has passed without renewal (the agency no longer
 * holds the property), expiring within the first reminder's days, else active.
 */
export function controlTermView(expiresOn: PlainDate, isReleased: boolean, today: PlainDate): ControlTermView {
  if (isReleased) return { state: 'released', daysLeft: null };
  const daysLeft = daysBetween(today, expiresOn);
  if (daysLeft < 0) return { state: 'lapsed', daysLeft };
  return { state: daysLeft <= CONTROL_REMINDER_DAYS[0] ? 'expiring' : 'active', daysLeft };
}

/** The reminders due by today (each is sent once: the caller dedupes by control, expiry and reminder). */
export function remindersDue(expiresOn: PlainDate, today: PlainDate): (typeof CONTROL_REMINDER_DAYS)[number][] {
  const left = daysBetween(today, expiresOn);
  if (left < 0) return [];
  // Only the nearest reminder once both are due (a control found late is not reminded twice on one day).
  const due = CONTROL_REMINDER_DAYS.filter((d) => left <= d);
  return due.length ? [due[due.length - 1]!] : [];
}

/** The first day on which a reminder of `days` falls due for a term ending on `expiresOn`. */
export function reminderOn(expiresOn: PlainDate, days: number): PlainDate {
  return addDays(expiresOn, -days);
}

const TERM_WORDS: Record<ControlTermKind, string> = { depositFreeze: '一年', movableSeizure: '二年', realEstateSeizure: '三年' };
const MEASURE_WORDS = { freeze: '冻结', seize: '查封', deduct: '扣划', unfreeze: '解除冻结（查封）', renew: '续行冻结（查封）' } as const;

/** How the ruling and the assistance notice word a control: the measure and its term (CPL-Interp art 485). */
export function controlWording(kind: keyof typeof MEASURE_WORDS, termKind: ControlTermKind | null): { measure: string; term: string } {
  const measure = MEASURE_WORDS[kind];
  if (!termKind || kind === 'deduct' || kind === 'unfreeze') return { measure, term: '' };
  const length = TERM_WORDS[termKind];
  if (kind === 'renew') return { measure, term: `续行期限为${length}，自原期限届满之次日起计算。` };
  return { measure, term: `期限为${length}，自${measure}之日起计算；期限届满前可以申请续行。` };
}
