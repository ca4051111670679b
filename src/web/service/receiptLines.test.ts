// Receipt lines as a clerk pastes them from the post office's list.
import { describe, expect, test } from 'vitest';
import { parseReceiptLines } from './receiptLines';

describe('receipt lines', () => {
  test('number, result in Chinese or English, date; blank lines skipped; the date defaults to today', () => {
    expect(parseReceiptLines('FY1,签收,2026-06-04\n\nFY2，退回，2026-06-05\nFY3 failed', '2026-06-06')).toEqual({
      items: [
        { trackingNo: 'FY1', outcome: 'signed', on: '2026-06-04' },
        { trackingNo: 'FY2', outcome: 'returned', on: '2026-06-05' },
        { trackingNo: 'FY3', outcome: 'failed', on: '2026-06-06' },
      ],
    });
  });
  test('the first bad line is named', () => {
    expect(parseReceiptLines('FY1,签收,2026-06-04\nFY2,丢了,2026-06-05', '2026-06-06')).toEqual({ badLine: 2 });
    expect(parseReceiptLines('FY1,签收,6月4日', '2026-06-06')).toEqual({ badLine: 1 });
  });
});
