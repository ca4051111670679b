// A defendant's own appeal (CrPL arts 227, 230): in writing or orally, recorded by the court for a defendant who has no
// portal account, or filed by the defence lawyer with the defendant's consent; in time if received within the period.
import type { PlainDate } from '../calendar/plainDate';
import { refuse, type BilingualMessage } from '../errors/domainError';

// CrPL art 227 para 1: a defendant may appeal in writing or orally.
export const APPEAL_FORMS = ['written', 'oral'] as const;
export type AppealForm = (typeof APPEAL_FORMS)[number];

export const APPEAL_FORM_LABELS: Record<AppealForm, BilingualMessage> = {
  written: { 'zh-CN': '书状上诉', en: 'In writing' },
  oral: { 'zh-CN': '口头上诉', en: 'Orally' },
};

export interface DefendantAppealReceipt {
  /** The day the court received the appeal (or noted the oral appeal). */
  receivedOn: PlainDate;
  /** A defendant in custody hands the appeal to the 看守所, which forwards it to the court. */
  detentionCentre?: { name: string; receivedOn: PlainDate } | null;
}

/**
 * The day the appeal counts as lodged. [U] For a defendant in custody, the day the 看守所 received it: CrPL art 105 does
 * not count time in transit; the interpretation's own rule on appeals through the 看守所 is not in rules.md.
 */
export function appealLodgedOn(r: DefendantAppealReceipt): PlainDate {
  return r.detentionCentre ? r.detentionCentre.receivedOn : r.receivedOn;
}

/** Refuses receipt dates after today, or a 看守所 receipt after the court's. */
export function checkAppealReceipt(r: DefendantAppealReceipt, today: PlainDate): void {
  if (r.receivedOn > today || (r.detentionCentre && r.detentionCentre.receivedOn > today)) {
    refuse('APPEAL_RECEIVED_IN_FUTURE', 'invalid', '收到上诉的日期不能晚于今天。', 'The day the appeal was received cannot be later than today.');
  }
  if (r.detentionCentre && r.detentionCentre.receivedOn > r.receivedOn) {
    refuse('DETENTION_CENTRE_DATE_INVALID', 'invalid', '看守所收到上诉状的日期不能晚于本院收到的日期。', 'The detention centre cannot have received the appeal after the court did.');
  }
}

/**
 * CrPL art 230: 10 days against a judgment, 5 against a ruling, from the day after receipt of the written decision; the
 * periods running against the defendants (null: not yet served, the period has not begun).
 */
export function checkAppealInTime(lodgedOn: PlainDate, periods: readonly { name: string; dueOn: PlainDate | null }[]): void {
  const late = periods.filter((p) => p.dueOn !== null && lodgedOn > p.dueOn);
  if (late.length) {
    refuse(
      'APPEAL_PERIOD_EXPIRED',
      'conflict',
      `${late.map((p) => `${p.name}的上诉期已于${p.dueOn}届满`).join('；')}，不能再上诉（《刑事诉讼法》第二百三十条）。`,
      `The appeal period of ${late.map((p) => p.name).join(', ')} has expired (CrPL art 230).`,
      { late: late.map((p) => ({ name: p.name, dueOn: p.dueOn })) },
    );
  }
}

/**
 * CrPL art 230: the procuratorate protests a judgment within 10 days from the day after it received the written judgment
 * (`dueOn`, counted by the clock); a receipt after today or before the judgment is refused.
 */
export function checkProtestInTime(receivedOn: PlainDate, judgedOn: PlainDate | null, dueOn: PlainDate, today: PlainDate): void {
  if (receivedOn > today || (judgedOn !== null && receivedOn < judgedOn)) {
    refuse('JUDGMENT_RECEIPT_DATE_INVALID', 'invalid', `收到判决书的日期应当在宣判之日${judgedOn ? `（${judgedOn}）` : ''}以后、今天以前。`, `The day the judgment was received must fall between the judgment${judgedOn ? ` (${judgedOn})` : ''} and today.`);
  }
  if (today > dueOn) {
    refuse('PROTEST_PERIOD_EXPIRED', 'conflict', `抗诉期限已于${dueOn}届满，不能再抗诉（《刑事诉讼法》第二百三十条）。`, `The period to protest ended on ${dueOn} (CrPL art 230).`, { dueOn });
  }
}

// CrPL art 227 para 1: the defender appeals only with the defendant's consent.
export function checkDefenderConsent(isDefender: boolean, hasDefendantConsent: boolean | undefined): void {
  if (isDefender && hasDefendantConsent !== true) {
    refuse('DEFENDANT_CONSENT_REQUIRED', 'invalid', '辩护人经被告人同意，才可以提出上诉（《刑事诉讼法》第二百二十七条第一款）。请确认已取得被告人同意。', "Defence counsel may appeal only with the defendant's consent (CrPL art 227 para 1): confirm the consent.");
  }
}
