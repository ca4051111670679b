// Extending the 举证期限 on a party's application.
import { citeEn } from '../citations/citations';
import { refuse } from '../errors/domainError';
import type { PeriodState } from '../pleadings/timeliness';

// CPL-Interp art 100 (rules.md §2.3): a party applies in writing before the period expires; if the court grants
// it, the extension applies to every party. [U] how many days may be granted is not in rules.md (a setting bounds it).
export function checkExtensionApplication(period: PeriodState | undefined, today: string): string {
  if (!period || period.status === 'cancelled' || period.dueOn === null) {
    refuse('EVIDENCE_PERIOD_NOT_SET', 'conflict', '本案尚未指定举证期限，无需申请延长。', 'No evidence period has been set in this case; there is nothing to extend.');
  }
  if (today > period.dueOn) {
    refuse(
      'EVIDENCE_EXTENSION_TOO_LATE',
      'conflict',
      `举证期限已于${period.dueOn}届满；延长举证期限须在期限届满前书面申请（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百条）。逾期提交证据请说明理由。`,
      `The evidence period ended on ${period.dueOn}; an extension must be applied for before it expires (${citeEn('CPL-Interp art 100')}). Late evidence must state why it is late.`,
      { dueOn: period.dueOn },
    );
  }
  return period.dueOn;
}

/** The days the court grants: at most `maxDays` (a setting, [U]) and at least 1. */
export function checkGrantedDays(days: number, maxDays: number): number {
  if (!Number.isInteger(days) || days < 1 || days > maxDays) {
    refuse('EVIDENCE_EXTENSION_DAYS_OUT_OF_BOUNDS', 'invalid', `延长的天数应为1至${maxDays}日。`, `The extension must be 1 to ${maxDays} days.`, { days, maxDays });
  }
  return days;
}
