// Mediation sessions (issue 16 item 4; rules.md §6 cites no article on their form, so none is claimed here): held
// online or at a place, scheduled ahead, recorded once begun. The court configures the online-meeting link (no video
// engine is built): a URL template with {caseNumber} and {session}.
import { refuse } from '../errors/domainError';

export interface SessionPlan {
  startsAt: string;
  endsAt?: string | undefined;
  place?: string | undefined;
  online?: boolean | undefined;
}

export function checkSessionPlan(p: SessionPlan, now: string, meetingTemplate: string | undefined): void {
  if (Date.parse(p.startsAt) <= Date.parse(now)) {
    refuse('MEDIATION_SESSION_IN_PAST', 'invalid', '调解时间应晚于现在。', 'A session is scheduled for a time still to come.', { field: 'startsAt' });
  }
  if (p.endsAt !== undefined && Date.parse(p.endsAt) <= Date.parse(p.startsAt)) {
    refuse('MEDIATION_SESSION_ENDS_BEFORE_START', 'invalid', '结束时间应晚于开始时间。', 'A session ends after it starts.', { field: 'endsAt' });
  }
  if (!p.online && !p.place?.trim()) {
    refuse('MEDIATION_SESSION_PLACE_REQUIRED', 'invalid', '请填写调解地点，或选择在线调解。', 'Give the place of the session, or hold it online.', { field: 'place' });
  }
  if (p.online && !meetingTemplate) {
    refuse('MEDIATION_MEETING_NOT_CONFIGURED', 'conflict', '本院尚未配置在线调解会议地址，请联系系统管理员，或填写线下调解地点。', 'No online-meeting address is configured for this court; ask the administrator, or give a place.');
  }
}

/** The session's meeting link from the configured template ({caseNumber}, {session} are URL-encoded). */
export function meetingUrl(template: string, o: { caseNumber: string; session: number }): string {
  return template.replaceAll('{caseNumber}', encodeURIComponent(o.caseNumber)).replaceAll('{session}', String(o.session));
}

export function checkSessionRecordable(s: { status: string; startsAt: string } | undefined, now: string): void {
  if (!s) refuse('MEDIATION_SESSION_UNKNOWN', 'invalid', '该调解安排不存在。', 'No such session in this matter.', { field: 'sessionId' });
  if (s.status !== 'scheduled') refuse('MEDIATION_SESSION_NOT_SCHEDULED', 'conflict', '该次调解已记录或已取消。', 'That session has already been recorded or cancelled.');
  if (Date.parse(s.startsAt) > Date.parse(now)) {
    refuse('MEDIATION_SESSION_NOT_BEGUN', 'conflict', '调解尚未开始，开始后才能记录。', 'The session has not begun; record it once it has.');
  }
}
