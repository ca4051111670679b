import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { checkMeetingLinkTemplate, DEFAULT_MEETING_LINK_TEMPLATE, fillMeetingLink } from './meetingLink';

const values = { hearingId: 42, caseId: 7, caseNumber: '（2026）吉0102民初1号', roomCode: 'T1', courtId: 3, date: '2026-03-02' };

describe('the meeting link template', () => {
  test('the default fills the hearing and the room', () => {
    expect(fillMeetingLink(DEFAULT_MEETING_LINK_TEMPLATE, values)).toBe('https://meet.example.court/42?room=T1');
  });

  test('a case number is URL-encoded; spaces inside the braces are allowed', () => {
    expect(fillMeetingLink('https://x.court/{{ caseNumber }}/{{date}}', values)).toBe(`https://x.court/${encodeURIComponent(values.caseNumber)}/2026-03-02`);
  });

  test('any room code gives a valid https URL with no placeholder left', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1 }), (roomCode, hearingId) => {
        const link = fillMeetingLink(DEFAULT_MEETING_LINK_TEMPLATE, { ...values, roomCode, hearingId });
        expect(new URL(link).protocol).toBe('https:');
        expect(link).not.toContain('{{');
        expect(new URL(link).searchParams.get('room')).toBe(roomCode);
      }),
    );
  });

  test.each([
    ['https://x.court/{{meetingId}}', 'unknown field'],
    ['http://x.court/{{hearingId}}', 'not https'],
    ['{{hearingId}}', 'not a URL'],
  ])('%s is refused (%s)', (template) => {
    expect(() => checkMeetingLinkTemplate(template)).toThrow(DomainError);
  });

  test('a template with known fields is accepted', () => {
    expect(() => checkMeetingLinkTemplate('https://meet.court.gov.cn/r/{{roomCode}}?h={{hearingId}}&c={{caseId}}&d={{date}}&n={{caseNumber}}&court={{courtId}}')).not.toThrow();
  });
});
