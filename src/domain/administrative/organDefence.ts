// The defendant organ's defence and evidence (ALL arts 34, 67) and its head's appearance in court (ALL art 3).
import type { PlainDate } from '../calendar/plainDate';
import { refuse } from '../errors/domainError';

export type OrganEvidenceTiming = 'inTime' | 'lateJustified' | 'late' | 'noPeriod';

/**
 * Whether the organ's defence and evidence came within its 15 days (ALL art 67). Late evidence counts as none unless
 * the delay is justified and the court permits it (ALL art 34; ALL-Interp art 35 [U: not in rules.md]) — flagged, not
 * refused: the court decides.
 */
export function organEvidenceTiming(dueOn: PlainDate | null, today: PlainDate, lateReason: string | undefined): OrganEvidenceTiming {
  if (dueOn === null) return 'noPeriod';
  if (today <= dueOn) return 'inTime';
  return lateReason && lateReason.trim() ? 'lateJustified' : 'late';
}

// ALL art 3: the head of the defendant organ appears in court; if he cannot, a staff member of the organ does.
// [U: ALL-Interp art 128 (not in rules.md)] 负责人 includes the principal and deputy heads and other heads in charge.
export const ORGAN_APPEARANCES = ['principal', 'deputy', 'staff', 'none'] as const;
export type OrganAppearance = (typeof ORGAN_APPEARANCES)[number];

export function checkOrganAppearance(a: { appeared: OrganAppearance; name?: string | undefined; reason?: string | undefined }): void {
  if (a.appeared !== 'none' && !a.name?.trim()) {
    refuse('ORGAN_APPEARANCE_NAME_REQUIRED', 'invalid', '请填写出庭应诉人员的姓名和职务。', 'Enter the name and title of the person who appeared for the organ.');
  }
  if ((a.appeared === 'staff' || a.appeared === 'none') && !a.reason?.trim()) {
    refuse(
      'ORGAN_HEAD_ABSENCE_REASON_REQUIRED',
      'invalid',
      '行政机关负责人未出庭应诉的，请记录其不能出庭的理由（《行政诉讼法》第三条）。',
      "The organ's head did not appear: record the reason he could not (ALL art 3).",
    );
  }
}
