import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseSeparatorPayload, separatorInText, separatorOf, separatorPayload } from './separatorSheets';

describe('separator sheet payloads', () => {
  test.each([
    ['CFSEP', ''],
    ['CFSEP:evidence', 'evidence'],
    [' CFSEP:complaint\n', 'complaint'],
    ['CFSEP:', null],
    ['CFSEP:证据', null],
    ['CFSEP:evidence;drop', null],
    ['CFSEPX', null],
    ['cfsep:evidence', null],
    ['https://example.org/CFSEP', null],
    ['', null],
  ])('%j reads as %j', (payload, separator) => {
    expect(parseSeparatorPayload(payload)).toBe(separator);
  });
  test('written and read back', () => {
    expect(separatorPayload()).toBe('CFSEP');
    expect(separatorPayload('evidence')).toBe('CFSEP:evidence');
    expect(() => separatorPayload('证据')).toThrow();
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,39}$/u), (kind) => {
        expect(parseSeparatorPayload(separatorPayload(kind))).toBe(kind);
      }),
    );
  });
  test('the first of several barcodes that is ours', () => {
    expect(separatorOf(['6901234567892', 'CFSEP:defence', 'CFSEP'])).toBe('defence');
    expect(separatorOf(['6901234567892'])).toBeNull();
  });
  test('the payload printed on the sheet, found in a text layer', () => {
    expect(separatorInText('分隔页 — 证据材料\n\nCFSEP:evidence\n')).toBe('evidence');
    expect(separatorInText('分隔页\nCFSEP\n')).toBe('');
    expect(separatorInText('合同编号 XCFSEP:evidence')).toBeNull();
    expect(separatorInText('民事起诉状')).toBeNull();
  });
});
