// A 公告's required content by document (CPL-Interp art 139).
import { describe, expect, test } from 'vitest';
import { publicNoticeText, type PublicNoticeFacts } from './publicNotice';

const base: PublicNoticeFacts = {
  courtName: '长春市南关区人民法院',
  caseNumber: '（2026）吉0102民初1号',
  caseTitle: '张三诉李四民间借贷纠纷',
  document: 'complaintCopy',
  recipient: '李四',
  reason: '你下落不明',
  noticeDays: 30,
  deemedOn: '2026-04-02',
  claims: ['判令被告偿还借款150000元'],
  periodDays: 15,
  appealCourtName: '吉林省长春市中级人民法院',
  summary: '被告偿还原告借款150000元',
};

describe('public notice content', () => {
  test('a complaint: reason, claims, deemed date, defence period and the default consequence', () => {
    const t = publicNoticeText(base)['zh-CN'];
    for (const part of ['你下落不明', '判令被告偿还借款150000元', '经过30日（即2026-04-02）', '公告期满后15日内', '缺席判决', '第九十五条']) expect(t).toContain(part);
  });

  test('a judgment: its gist, the appeal period and the appeal court; a final one says so', () => {
    const judgment = publicNoticeText({ ...base, document: 'judgment' });
    expect(judgment['zh-CN']).toContain('主要内容：被告偿还原告借款150000元');
    expect(judgment['zh-CN']).toContain('上诉于吉林省长春市中级人民法院');
    expect(judgment.en).toContain('within 15 days');
    expect(publicNoticeText({ ...base, document: 'judgment', periodDays: null })['zh-CN']).toContain('终审判决');
  });

  test('an appeal petition: the defence period', () => {
    expect(publicNoticeText({ ...base, document: 'appealCopy' })['zh-CN']).toContain('上诉状副本');
  });
});
