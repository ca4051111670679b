import { expect, test } from 'vitest';
import { fundReportSummary, officerFigures, type FundReportDigest, type ReportFigures } from './fundReportNotices';

const slot = { date: '2026-03-02', time: '13:00' };
const none: ReportFigures = { near: 0, overdue: 0, paidCount: 0, paidAmount: '0.00', unclaimedCount: 0, unclaimedAmount: '0.00', unclaimedOverdue: 0 };

test('an officer is told their cases near and past the deadline and the court\'s 不明款', () => {
  const s = fundReportSummary(slot, { ...none, near: 3, overdue: 1, unclaimedCount: 2, unclaimedAmount: '900.00' }, true);
  expect(s.title).toEqual({ 'zh-CN': '一日三通报 2026-03-02 13:00', en: 'Fund report 2026-03-02 13:00' });
  expect(s.body['zh-CN']).toBe('2026年3月2日 13:00 一日三通报：您承办的案件中，3案款临近发放期限、1案已超期；不明款2笔待认领。');
  expect(s.body.en).toBe('Fund report of 2026-03-02 13:00: Of your cases, 3 hold funds near their payout deadline and 1 past it; 2 unclaimed receipt(s) await claiming.');
});

test('with no 不明款 and nothing overdue the goal is said to be met', () => {
  const s = fundReportSummary(slot, { ...none, near: 2, paidCount: 1, paidAmount: '100.00' }, false);
  expect(s.body['zh-CN']).toBe('2026年3月2日 13:00 一日三通报：全院2案款临近发放期限、0案已超期；自上次通报以来发放1笔，共100.00元；不明款、超期发放均为零。');
  expect(s.body.en).toContain('no unclaimed receipts and no overdue payouts');
});

test('overdue funds but no 不明款: the goal is not met, and 不明款 are said to be zero', () => {
  expect(fundReportSummary(slot, { ...none, overdue: 1 }, false).body['zh-CN']).toBe('2026年3月2日 13:00 一日三通报：全院0案款临近发放期限、1案已超期；不明款为零。');
});

test("an officer's figures are their own (counted with the report's lists) with the court's 不明款; an officer with none in the report has none", () => {
  const digest: FundReportDigest = {
    totals: { unclaimedCount: 4, unclaimedAmount: '9.00', unclaimedOverdue: 1, heldNear: 1, heldOverdue: 1, paidCount: 2, paidAmount: '11.10', goalMet: false },
    officers: [{ judgeId: 7, near: 0, overdue: 1, paidCount: 2, paidAmount: '11.10' }, { judgeId: 8, near: 1, overdue: 0, paidCount: 0, paidAmount: '0.00' }],
  };
  expect(officerFigures(digest, 7)).toEqual({ near: 0, overdue: 1, paidCount: 2, paidAmount: '11.10', unclaimedCount: 4, unclaimedAmount: '9.00', unclaimedOverdue: 1 });
  expect(officerFigures(digest, 9)).toBeNull();
});
