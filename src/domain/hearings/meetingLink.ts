// The link of an online or hybrid hearing (ONLINE-LIT arts 21–27 hold hearings on the court's platform): filled from
// a template the administrator sets for the court's video provider. No request is sent anywhere; the link is text.
import { refuse } from '../errors/domainError';

/** The placeholders a meeting-link template may use, with what they hold. */
export const MEETING_LINK_FIELDS = {
  hearingId: '开庭排期编号 the hearing id',
  caseId: '案件编号 the case id',
  caseNumber: '案号 the case number (URL-encoded)',
  roomCode: '法庭代码 the room code (or its id)',
  courtId: '法院编号 the court id',
  date: '开庭日期 YYYY-MM-DD in court time',
} as const;
export type MeetingLinkField = keyof typeof MEETING_LINK_FIELDS;

// [U] no rule names a provider: the default points at a placeholder host the court replaces.
export const DEFAULT_MEETING_LINK_TEMPLATE = 'https://meet.example.court/{{hearingId}}?room={{roomCode}}';

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** Refuses a template that is not an https URL or names a field that does not exist (found when saved, not when used). */
export function checkMeetingLinkTemplate(template: string): void {
  const unknown = [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((f) => !(f in MEETING_LINK_FIELDS));
  if (unknown.length) {
    refuse('MEETING_LINK_TEMPLATE_INVALID', 'invalid', `链接模板含有未知字段：${unknown.join('、')}。`, `The link template names unknown fields: ${unknown.join(', ')}.`, { unknown });
  }
  const sample = fillMeetingLink(template, { hearingId: 1, caseId: 1, caseNumber: 'x', roomCode: 'x', courtId: 1, date: '2026-01-01' });
  let url: URL | null = null;
  try {
    url = new URL(sample);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:') {
    refuse('MEETING_LINK_TEMPLATE_INVALID', 'invalid', '链接模板必须是以 https:// 开头的网址。', 'The link template must be an https:// URL.');
  }
}

/** The template with each {{field}} replaced by its value, URL-encoded (a case number holds brackets and CJK). */
export function fillMeetingLink(template: string, values: Readonly<Record<MeetingLinkField, string | number>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in values ? encodeURIComponent(String(values[name as MeetingLinkField])) : whole));
}
