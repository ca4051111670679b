// Case sub-accounts, amounts and dates as banks write them, statement layouts, and finding the case a receipt pays.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DomainError } from '../errors/domainError';
import { readStatement } from './bankStatement';
import { caseAccountNumber, caseIdFromAccount, luhnDigit } from './caseAccount';
import { dateFromText, fenFromText, fenToYuanText } from './moneyText';
import { feeBalance } from './ledger';
import { decideReceipt, fundAccountOf, receiptReferences } from './receiptMatch';

describe('case sub-account numbers', () => {
  test('Luhn check digits of known numbers', () => {
    // ISO/IEC 7812 examples: 7992739871 → 3; 4539 1488 0343 646 → 7.
    expect(luhnDigit('7992739871')).toBe(3);
    expect(luhnDigit('453914880343646')).toBe(7);
  });

  test('every case id round-trips, and any single changed digit is caught', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999_999_999 }), fc.nat({ max: 14 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        const acct = caseAccountNumber('9558', id);
        expect(caseIdFromAccount('9558', acct)).toBe(id);
        const digits = acct.split('');
        digits[pos] = String((Number(digits[pos]) + delta) % 10);
        expect(caseIdFromAccount('9558', digits.join(''))).toBeNull();
      }),
    );
  });

  test('another prefix, a wrong length or letters are not a case account', () => {
    const acct = caseAccountNumber('9558', 42);
    expect(caseIdFromAccount('6222', acct)).toBeNull();
    expect(caseIdFromAccount('9558', acct.slice(1))).toBeNull();
    expect(caseIdFromAccount('9558', `${acct.slice(0, 5)}x${acct.slice(6)}`)).toBeNull();
    expect(caseIdFromAccount('9558', acct.replace(/(\d{4})/g, '$1 '))).toBe(42);
  });
});

describe('amounts as written', () => {
  test.each([
    ['3300', 330000],
    ['3,300.00', 330000],
    ['３，３００．５', 330050],
    ['¥ 1 234.56', 123456],
    ['RMB150000', 15000000],
    ['-50.00', -5000],
    ['(1,000.00)', -100000],
    ['0.01', 1],
  ])('%s → %i fen', (text, fen) => expect(fenFromText(text)).toBe(fen));

  test.each([['abc'], [''], ['1.234'], ['1,23'], ['12,34,567'], ['1e5'], ['10000000000001']])('%j is not an amount', (text) => expect(fenFromText(text)).toBeNull());

  test('fen and yuan text round-trip', () => {
    fc.assert(fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), (fen) => fenFromText(fenToYuanText(fen)) === fen));
  });

  test.each([
    ['2025-09-30', '2025-09-30'],
    ['2025/9/3', '2025-09-03'],
    ['20250930', '2025-09-30'],
    ['2025年9月30日', '2025-09-30'],
    ['2025-09-30 14:05:00', '2025-09-30'],
    ['２０２５－０９－３０', '2025-09-30'],
  ])('date %s → %s', (text, date) => expect(dateFromText(text)).toBe(date));

  test.each([['2025-02-30'], ['30/09/2025'], ['合计']])('%s is not a date', (text) => expect(dateFromText(text)).toBeNull());
});

describe('statement layouts', () => {
  test('our documented layout', () => {
    const s = readStatement([
      ['bank_ref', 'date', 'amount', 'payer_name', 'payer_account', 'memo'],
      ['B001', '2026-03-05', '3300.00', '张三', '6222 0000 1111', '（2026）吉0102民初1号 诉讼费'],
    ]);
    expect(s.lines).toEqual([{ row: 2, bankRef: 'B001', date: '2026-03-05', amountFen: 330000, payerName: '张三', payerAccount: '622200001111', memo: '（2026）吉0102民初1号 诉讼费' }]);
  });

  test('a messy bank export: preamble, Chinese headers, credit and debit columns, separators, duplicates, totals', () => {
    const s = readStatement([
      ['中国工商银行 账户明细'],
      ['账号：', '9558000000001', '', ''],
      [' 交易日期 ', '交易流水号', '借方发生额', '贷方发生额', '对方户名', '对方账号', '摘要'],
      ['2026/3/5', 'T1', '', ' 1,650.00 ', ' 李四 ', '6228 4800', '缴纳诉讼费'],
      ['2026/3/5', 'T1', '', '1,650.00', '李四', '62284800', '缴纳诉讼费'],
      ['2026/3/6', 'T2', '200.00', '', '本院', '', '手续费'],
      ['2026/3/7', 'T3', '', '１００．００', '王五', '', ''],
      ['2026/13/7', 'T4', '', '100.00', '王五', '', ''],
      ['2026/3/8', 'T5', '', 'abc', '王五', '', ''],
      ['2026/3/8', '', '', '10.00', '赵六', '', ''],
      ['', '', '', '', '', '', ''],
      ['合计', '', '200.00', '1,750.00', '', '', ''],
    ]);
    expect(s.lines.map((l) => [l.row, l.bankRef, l.amountFen, l.payerName, l.payerAccount])).toEqual([
      [4, 'T1', 165000, '李四', '62284800'],
      [7, 'T3', 10000, '王五', ''],
    ]);
    expect(s.skipped.map((k) => [k.row, k.reason])).toEqual([
      [5, 'duplicateInFile'],
      [6, 'debit'],
      [8, 'badDate'],
      [9, 'badAmount'],
      [10, 'noReference'],
    ]);
    expect(s.columns).toMatchObject({ date: '交易日期', credit: '贷方发生额', memo: '摘要' });
  });

  // Found by the API fuzz (issue 14, defect 8): a memo is the payer's own text, and U+202E made it read reversed.
  test('bidirectional overrides in the payer\'s text are removed: names and memos read as they are', () => {
    const s = readStatement([
      ['bank_ref', 'date', 'amount', 'payer_name', 'payer_account', 'memo'],
      ['B\u202E001', '2026-03-05', '3300.00', '张三\u202E四李', '6222', '\u2066（2026）吉0102民初1号\u2069 诉讼费'],
      ['B002', '2026-02-30', '1.00', '\u202Dgpj.exe', '', ''],
    ]);
    expect(s.lines.map((l) => [l.bankRef, l.payerName, l.memo])).toEqual([['B001', '张三四李', '（2026）吉0102民初1号 诉讼费']]);
    expect(s.skipped[0]!.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
  });

  test('a file without the needed columns is refused with a code', () => {
    const refusal = (rows: string[][]) => {
      try {
        readStatement(rows);
      } catch (e) {
        return e instanceof DomainError ? e.code : String(e);
      }
      return null;
    };
    expect(refusal([['a', 'b'], ['1', '2']])).toBe('STATEMENT_COLUMNS_UNKNOWN');
    expect(refusal([['交易日期', '金额'], ['2026-03-05', '1']])).toBe('STATEMENT_NO_REFERENCE');
  });
});

describe('finding the case a receipt pays', () => {
  test('by the sub-account number in the memo or the credited account, and by 案号 in either bracket width', () => {
    const acct = caseAccountNumber('9558', 17);
    expect(receiptReferences(`诉讼费 ${acct}`, '9558')).toEqual({ caseIds: [17], caseNumbers: [] });
    expect(receiptReferences('', '9558', acct)).toEqual({ caseIds: [17], caseNumbers: [] });
    expect(receiptReferences('交(2026)吉0102民初12号案件受理费', '9558').caseNumbers).toEqual(['（2026）吉0102民初12号']);
    expect(receiptReferences('（2026）吉0102民初12号、（2026）吉01民终3号', '9558').caseNumbers).toEqual(['（2026）吉0102民初12号', '（2026）吉01民终3号']);
  });

  test('numbers that only look like references match nothing', () => {
    expect(receiptReferences('电话 13800138000 2026年诉讼费', '9558')).toEqual({ caseIds: [], caseNumbers: [] });
    expect(receiptReferences(`账号 ${caseAccountNumber('9558', 17).slice(0, -1)}0`, '9558').caseIds.length).toBeLessThanOrEqual(1);
  });
});

describe('deciding where a receipt goes', () => {
  const open = (id: number, courtId = 1, caseNumber: string | null = `（2026）吉0102民初${id}号`) => ({ id, courtId, caseNumber, open: true });
  test.each([
    ['no reference', { caseIds: [], caseNumbers: [] }, [], { outcome: 'unidentified', caseId: null, reason: 'noReference' }],
    ['unknown case', { caseIds: [9], caseNumbers: [] }, [], { outcome: 'unidentified', caseId: null, reason: 'unknownCase' }],
    ['by account', { caseIds: [3], caseNumbers: [] }, [open(3)], { outcome: 'post', caseId: 3, via: 'account' }],
    ['by 案号', { caseIds: [], caseNumbers: ['（2026）吉0102民初3号'] }, [open(3)], { outcome: 'post', caseId: 3, via: 'caseNumber' }],
    ['account and 案号 agree', { caseIds: [3], caseNumbers: ['（2026）吉0102民初3号'] }, [open(3)], { outcome: 'post', caseId: 3, via: 'account' }],
    ['two cases', { caseIds: [3], caseNumbers: ['（2026）吉0102民初4号'] }, [open(3), open(4)], { outcome: 'unidentified', caseId: null, reason: 'ambiguous' }],
    ['another court', { caseIds: [3], caseNumbers: [] }, [open(3, 2)], { outcome: 'unidentified', caseId: null, reason: 'otherCourt' }],
    ['closed case', { caseIds: [3], caseNumbers: [] }, [{ ...open(3), open: false }], { outcome: 'unidentified', caseId: 3, reason: 'caseClosed' }],
    ['the other account', { caseIds: [3], caseNumbers: [] }, [{ ...open(3), sameAccount: false }], { outcome: 'unidentified', caseId: 3, reason: 'otherAccount' }],
  ] as const)('%s', (_, refs, found, decision) => {
    expect(decideReceipt({ caseIds: [...refs.caseIds], caseNumbers: [...refs.caseNumbers] }, found, 1)).toEqual(decision);
  });
});

test('execution cases pay into the execution account, every other case into the fee account', () => {
  expect([fundAccountOf('执'), fundAccountOf('执恢'), fundAccountOf('民初'), fundAccountOf('民终'), fundAccountOf('执异')]).toEqual(['execution', 'execution', 'fees', 'fees', 'fees']);
});

describe('the fee balance', () => {
  test('charges less reliefs are due; payments less refunds are paid', () => {
    expect(feeBalance([{ kind: 'charge', amountFen: 330000 }, { kind: 'relief', amountFen: 165000 }, { kind: 'payment', amountFen: 200000 }])).toEqual({
      dueFen: 165000,
      paidFen: 200000,
      outstandingFen: 0,
      refundableFen: 35000,
    });
    expect(feeBalance([{ kind: 'charge', amountFen: 5000 }, { kind: 'payment', amountFen: 1000 }])).toMatchObject({ outstandingFen: 4000, refundableFen: 0 });
  });

  test('never both outstanding and refundable, and the two differ by due − paid', () => {
    const entry = fc.record({ kind: fc.constantFrom('charge' as const, 'relief' as const, 'payment' as const, 'refund' as const), amountFen: fc.nat({ max: 10 ** 9 }) });
    fc.assert(
      fc.property(fc.array(entry), (entries) => {
        const b = feeBalance(entries);
        return Math.min(b.outstandingFen, b.refundableFen) === 0 && b.outstandingFen - b.refundableFen === b.dueFen - b.paidFen;
      }),
    );
  });
});
