// The evidence tab's rows come from the submitEvidence entries of the timeline, one per item.
import { describe, expect, test } from 'vitest';
import type { TimelineEntry } from '../../contracts/cases';
import { evidenceRows } from './evidenceRows';

const entry = (seq: number, event: string, payload: Record<string, unknown>) => ({ seq, event, at: '2026-03-05T02:00:00.000Z', payload }) as unknown as TimelineEntry;

describe('evidence rows', () => {
  test('every item of every evidence list, with who filed it and whether it was late; other events ignored', () => {
    const rows = evidenceRows([
      entry(3, 'fileDefence', { name: '李四' }),
      entry(4, 'submitEvidence', { name: '李四', isLate: false, items: [{ name: '转账记录', source: '银行', purpose: '已还款', pages: 2, attachmentIds: [7] }, { name: '聊天记录', source: '微信', purpose: '催款', pages: 5 }] }),
      entry(9, 'submitEvidence', { name: '张三', isLate: true, items: [{ name: '借条', source: '原告', purpose: '借款事实', pages: 1 }] }),
    ]);
    expect(rows.map((r) => [r.key, r.party, r.name, r.isLate, r.attachmentIds])).toEqual([
      ['4-0', '李四', '转账记录', false, [7]],
      ['4-1', '李四', '聊天记录', false, []],
      ['9-0', '张三', '借条', true, []],
    ]);
  });
});
