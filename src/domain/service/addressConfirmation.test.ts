// The address confirmation (rules.md §3.3) and the attempts' deemed dates (§3.1–3.2), row by row.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { refusalCode } from '../../../test/support/refusal';
import { addressesForEvasion, checkConfirmation, electronicChannels, impliedByFiling, sourceInCase, type AddressEntry, type ConfirmedAddresses } from './addressConfirmation';
import { type ATTEMPT_OUTCOMES, checkAttemptOutcome, deemedByAttempt, outcomesOf } from './serviceAttempts';
import { METHODS } from './serviceRules';

const refusal = refusalCode;
const none: ConfirmedAddresses = { mobile: null, email: null, postalAddress: null, platformAccount: false, electronicConsent: false, consentScope: 'procedural' };
const signed = { hasAccount: true, signed: true };

describe('the confirmation form (POST art 3; CPL-2023 art 90; CPL-Interp art 136)', () => {
  test.each([
    ['a postal address, no consent', { ...none, postalAddress: '长春市朝阳区红旗街1号' }, signed, null],
    ['not signed (POST art 3)', { ...none, postalAddress: '长春市' }, { hasAccount: true, signed: false }, 'ADDRESS_NOT_SIGNED'],
    ['no address at all', none, signed, 'ADDRESS_EMPTY'],
    ['consent with only a postal address', { ...none, postalAddress: '长春市', electronicConsent: true }, signed, 'ADDRESS_CONSENT_WITHOUT_ADDRESS'],
    ['consent with an e-mail address', { ...none, email: 'a@b.cn', electronicConsent: true }, signed, null],
    ['a malformed e-mail address', { ...none, email: 'a@b' }, signed, 'ADDRESS_EMAIL_INVALID'],
    ['a malformed mobile number', { ...none, mobile: '1380000000' }, signed, 'ADDRESS_MOBILE_INVALID'],
    ['a landline is not a mobile number', { ...none, mobile: '043188888888' }, signed, 'ADDRESS_MOBILE_INVALID'],
    ['the platform for a party without an account', { ...none, platformAccount: true }, { hasAccount: false, signed: true }, 'ADDRESS_NO_ACCOUNT'],
  ] as const)('%s', (_, a, o, expected) => expect(refusal(() => checkConfirmation(a, o))).toBe(expected));

  test('channels in the order tried: platform, e-mail, SMS', () => {
    expect(electronicChannels({ ...none, mobile: '13900000002', email: 'a@b.cn', platformAccount: true })).toEqual(['platform', 'email', 'sms']);
    expect(electronicChannels({ ...none, postalAddress: '长春市' })).toEqual([]);
  });

  test('an account given in the filer\'s own papers is consent to all documents (ONLINE-LIT art 29(3))', () => {
    expect(impliedByFiling()).toMatchObject({ platformAccount: true, electronicConsent: true, consentScope: 'all' });
  });
});

describe('addresses for a party who evades (SERVICE-2017 arts 8–9)', () => {
  const e = (source: AddressEntry['source'], recordedOn: string, value: string = source): AddressEntry => ({ kind: 'postal', value, source, recordedOn });
  test('agreed, own court papers, other suit within a year, habitual within a year, registered; a confirmed address first', () => {
    const ranked = addressesForEvasion([e('registered', '2010-01-01'), e('habitual', '2026-01-01'), e('otherCase', '2025-12-01'), e('courtFiling', '2026-05-01'), e('agreed', '2024-01-01'), e('confirmed', '2026-05-02')], '2026-06-01');
    expect(ranked.map((x) => x.source)).toEqual(['confirmed', 'agreed', 'courtFiling', 'otherCase', 'habitual', 'registered']);
  });
  test('another suit or habitual use more than a year ago no longer counts; exactly a year ago still does', () => {
    const ranked = addressesForEvasion([e('otherCase', '2025-06-01', 'a'), e('otherCase', '2025-05-31', 'b'), e('habitual', '2024-02-29', 'c')], '2026-06-01');
    expect(ranked.map((x) => x.value)).toEqual(['a']);
    expect(addressesForEvasion([e('habitual', '2024-02-28', 'x')], '2025-02-28').map((x) => x.value)).toEqual(['x']);
  });
  test('an address confirmed in another case counts there as one used in another suit (art 8(3))', () => {
    expect(sourceInCase('confirmed', 7, 9)).toBe('otherCase');
    expect(sourceInCase('confirmed', 9, 9)).toBe('confirmed');
    expect(sourceInCase('registered', 7, 9)).toBe('registered');
  });
  test('within a source the most recent first; what the other side wrote comes last', () => {
    const ranked = addressesForEvasion([e('givenByOtherParty', '2026-05-01', 'o'), e('otherCase', '2026-01-01', 'old'), e('otherCase', '2026-03-01', 'new')], '2026-06-01');
    expect(ranked.map((x) => x.value)).toEqual(['new', 'old', 'o']);
  });
  test('property: the ranking keeps every recent entry and never puts a lower source before a higher one', () => {
    const sources = ['agreed', 'courtFiling', 'otherCase', 'habitual', 'registered', 'confirmed', 'givenByOtherParty'] as const;
    const entry = fc.record({ kind: fc.constantFrom('postal' as const, 'mobile' as const), value: fc.string(), source: fc.constantFrom(...sources), recordedOn: fc.constantFrom('2025-07-01', '2026-01-15', '2026-05-31') });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        const ranked = addressesForEvasion(entries, '2026-06-01');
        expect(ranked).toHaveLength(entries.length);
        const order = ['confirmed', 'agreed', 'courtFiling', 'otherCase', 'habitual', 'registered', 'givenByOtherParty'];
        for (let i = 1; i < ranked.length; i++) expect(order.indexOf(ranked[i - 1]!.source)).toBeLessThanOrEqual(order.indexOf(ranked[i]!.source));
      }),
    );
  });
});

describe('what an attempt reports and the day it serves (rules.md §3.1–3.2)', () => {
  const r = (method: (typeof METHODS)[number], outcome: (typeof ATTEMPT_OUTCOMES)[number], addressConfirmed = true, foreignDomicile = false) =>
    deemedByAttempt({ method, outcome, on: '2026-03-02', addressConfirmed, foreignDomicile }).on;
  test.each([
    ['electronic arrival at a confirmed address (CPL-Interp art 135)', r('electronic', 'arrived'), '2026-03-02'],
    ['electronic arrival at an address not confirmed: not yet (ONLINE-LIT art 31)', r('electronic', 'arrived', false), null],
    ['read at an address not confirmed (ONLINE-LIT art 31)', r('electronic', 'read', false), '2026-03-02'],
    ['SMS written to the log only', r('electronic', 'logged'), null],
    ['mail signed for (CPL-Interp art 134)', r('mail', 'signed'), '2026-03-02'],
    ['mail returned from a confirmed address (POST art 11)', r('mail', 'returned'), '2026-03-02'],
    ['mail returned from an address not confirmed', r('mail', 'returned', false), null],
    ['mail sent is not served', r('mail', 'sent'), null],
    ['left at the residence (CPL-2023 art 89)', r('leftAtResidence', 'left'), '2026-03-02'],
    ['refused at court (CPL-Interp art 131)', r('refusedAtCourt', 'refused'), '2026-03-02'],
    ['public notice: 30 days (CPL-2023 art 95)', r('publicNotice', 'posted'), '2026-04-01'],
    ['public notice to a party abroad: 60 days (CPL-2023 art 283)', r('publicNotice', 'posted', false, true), '2026-05-01'],
    ['a failed visit', r('direct', 'failed'), null],
  ])('%s', (_, got, expected) => expect(got).toBe(expected));

  test('each method refuses the results it cannot produce', () => {
    expect(refusal(() => checkAttemptOutcome('publicNotice', 'signed'))).toBe('SERVICE_OUTCOME_INVALID');
    expect(refusal(() => checkAttemptOutcome('direct', 'returned'))).toBe('SERVICE_OUTCOME_INVALID');
    expect(refusal(() => checkAttemptOutcome('mail', 'returned'))).toBeNull();
    for (const m of METHODS) expect(outcomesOf(m).length).toBeGreaterThan(0);
  });

  test('property: an allowed result either serves on its own day (or the notice\'s end) or not at all, never before', () => {
    fc.assert(
      fc.property(fc.constantFrom(...METHODS), fc.nat(), fc.boolean(), fc.boolean(), (method, i, confirmed, abroad) => {
        const outcomes = outcomesOf(method);
        const outcome = outcomes[i % outcomes.length]!;
        const on = deemedByAttempt({ method, outcome, on: '2026-03-02', addressConfirmed: confirmed, foreignDomicile: abroad }).on;
        if (on !== null) expect(method === 'publicNotice' ? on > '2026-03-02' : on === '2026-03-02').toBe(true);
      }),
    );
  });
});
