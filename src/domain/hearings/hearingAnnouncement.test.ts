import { describe, expect, test } from 'vitest';
import { hearingAnnouncementText, isHeardInPublic, latestAnnouncementOn } from './hearingAnnouncement';

const facts = {
  courtName: '长春市南关区人民法院',
  caseNumber: '（2026）吉0102民初1号',
  causeName: '民间借贷纠纷',
  parties: [
    { standing: 'plaintiff', name: '张三' },
    { standing: 'defendant', name: '李四' },
  ],
  startsAt: { 'zh-CN': '2026年4月20日 09:30', en: '2026-04-20 09:30' },
  roomName: '第一法庭',
  postponed: false,
};

describe('开庭公告 (CPL-2023 arts 137, 139)', () => {
  test('a hearing is public unless scheduled as closed on a ground of art 137', () => {
    expect(isHeardInPublic(undefined)).toBe(true);
    expect(isHeardInPublic(null)).toBe(true);
    expect(isHeardInPublic('privacy')).toBe(false);
    expect(isHeardInPublic('divorceOnApplication')).toBe(false);
  });

  test.each([
    ['2026-04-20', '2026-04-17'],
    ['2026-03-02', '2026-02-27'],
  ])('a hearing on %s is announced by %s, three days before', (hearingOn, by) => {
    expect(latestAnnouncementOn(hearingOn)).toBe(by);
  });

  test('names the court, the case number, the parties, the cause, the time and the place', () => {
    const t = hearingAnnouncementText(facts);
    expect(t['zh-CN']).toBe('本院定于2026年4月20日 09:30在第一法庭公开开庭审理原告张三，被告李四民间借贷纠纷一案（（2026）吉0102民初1号）。特此公告。（长春市南关区人民法院，依据《民事诉讼法》第一百三十九条）');
    expect(t.en).toBe('长春市南关区人民法院 will hear in public, on 2026-04-20 09:30 in 第一法庭, case （2026）吉0102民初1号 (民间借贷纠纷): Plaintiff 张三; Defendant 李四 (Civil Procedure Law, art. 139).');
  });

  test('a postponed hearing is marked so', () => {
    const t = hearingAnnouncementText({ ...facts, postponed: true });
    expect(t['zh-CN']).toMatch(/^【已延期】原定于2026年4月20日 09:30的开庭已延期/);
    expect(t.en).toMatch(/^\[Postponed\]/);
  });
});
