import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { plannedNotices, type NoticeRecipient } from './executionNotice';

describe('the notices sent when execution starts (CPL-2023 arts 251–252; ASSET-INV arts 1, 3)', () => {
  test('a money claim: each debtor gets the execution notice and the order to report property, each applicant the clue notice', () => {
    const r: NoticeRecipient[] = [
      { partyId: 1, side: 'applicant' },
      { partyId: 2, side: 'debtor' },
      { partyId: 3, side: 'debtor' },
    ];
    expect(plannedNotices(r, 10_000_00n)).toEqual([
      { partyId: 1, document: 'clueNotice' },
      { partyId: 2, document: 'executionNotice' },
      { partyId: 2, document: 'propertyReportOrder' },
      { partyId: 3, document: 'executionNotice' },
      { partyId: 3, document: 'propertyReportOrder' },
    ]);
  });

  test('no money claimed (an act to perform): no order to report property', () => {
    expect(plannedNotices([{ partyId: 2, side: 'debtor' }], 0n)).toEqual([{ partyId: 2, document: 'executionNotice' }]);
  });

  test('every debtor is noticed exactly once, every applicant told to give clues, whatever the parties and amount', () => {
    const recipients = fc.uniqueArray(fc.record({ partyId: fc.integer({ min: 1, max: 1000 }), side: fc.constantFrom<'applicant' | 'debtor'>('applicant', 'debtor') }), { selector: (r) => r.partyId, maxLength: 8 });
    fc.assert(
      fc.property(recipients, fc.bigInt({ min: 0n, max: 10n ** 12n }), (rs, amount) => {
        const planned = plannedNotices(rs, amount);
        for (const r of rs) {
          const docs = planned.filter((p) => p.partyId === r.partyId).map((p) => p.document);
          if (r.side === 'applicant') expect(docs).toEqual(['clueNotice']);
          else expect(docs).toEqual(amount > 0n ? ['executionNotice', 'propertyReportOrder'] : ['executionNotice']);
        }
      }),
    );
  });
});
