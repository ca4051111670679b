import { describe, expect, test } from 'vitest';
import { checkSessionPlan, checkSessionRecordable, meetingUrl } from './sessions';

const NOW = '2026-03-03T10:00:00+08:00';
const code = (f: () => void) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('mediation sessions', () => {
  test.each([
    [{ startsAt: '2026-03-03T09:00:00+08:00', place: '调解室' }, 'MEDIATION_SESSION_IN_PAST'],
    [{ startsAt: '2026-03-04T09:00:00+08:00', endsAt: '2026-03-04T08:00:00+08:00', place: '调解室' }, 'MEDIATION_SESSION_ENDS_BEFORE_START'],
    [{ startsAt: '2026-03-04T09:00:00+08:00', place: '  ' }, 'MEDIATION_SESSION_PLACE_REQUIRED'],
    [{ startsAt: '2026-03-04T09:00:00+08:00', place: '南关区人民调解委员会调解室' }, null],
  ])('%j → %s', (plan, expected) => {
    expect(code(() => checkSessionPlan(plan, NOW, undefined))).toBe(expected);
  });

  test('online needs the configured link, which names the matter and the session', () => {
    expect(code(() => checkSessionPlan({ startsAt: '2026-03-04T09:00:00+08:00', online: true }, NOW, undefined))).toBe('MEDIATION_MEETING_NOT_CONFIGURED');
    expect(code(() => checkSessionPlan({ startsAt: '2026-03-04T09:00:00+08:00', online: true }, NOW, 'https://meet.example/{caseNumber}/{session}'))).toBeNull();
    expect(meetingUrl('https://meet.example/r/{caseNumber}-{session}', { caseNumber: '（2026）吉0102民诉前调1号', session: 7 })).toBe(
      `https://meet.example/r/${encodeURIComponent('（2026）吉0102民诉前调1号')}-7`,
    );
  });

  test('a session is recorded once, after it began', () => {
    expect(code(() => checkSessionRecordable(undefined, NOW))).toBe('MEDIATION_SESSION_UNKNOWN');
    expect(code(() => checkSessionRecordable({ status: 'held', startsAt: '2026-03-03T09:00:00+08:00' }, NOW))).toBe('MEDIATION_SESSION_NOT_SCHEDULED');
    expect(code(() => checkSessionRecordable({ status: 'scheduled', startsAt: '2026-03-03T11:00:00+08:00' }, NOW))).toBe('MEDIATION_SESSION_NOT_BEGUN');
    expect(code(() => checkSessionRecordable({ status: 'scheduled', startsAt: '2026-03-03T09:00:00+08:00' }, NOW))).toBeNull();
  });
});
