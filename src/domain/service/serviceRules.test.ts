// Service methods and deemed service dates, row by row from rules.md §3.1–3.3, with the prohibitions.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { refusalCode } from '../../../test/support/refusal';
import { checkServiceMethod, chooseServiceMethod, deemedServiceDate, DOCUMENT_KINDS, METHODS, platformServiceDate, type ServiceFacts } from './serviceRules';

const facts: ServiceFacts = {
  document: 'complaintCopy',
  procedure: 'ordinary',
  electronicConsent: true,
  electronicCoversDecisions: true,
  confirmedPostalAddress: true,
  publicNoticeGrounds: false,
};
const refusal = refusalCode;

describe('lawful methods (rules.md §3.1)', () => {
  test.each([
    ['electronic with consent', 'electronic', facts, null],
    ['electronic without consent (CPL-2023 art 90)', 'electronic', { ...facts, electronicConsent: false }, 'SERVICE_NO_CONSENT'],
    ['a judgment electronically when the consent excludes decisions', 'electronic', { ...facts, document: 'judgment', electronicCoversDecisions: false }, 'SERVICE_CONSENT_SCOPE'],
    ['a judgment electronically when the consent covers it', 'electronic', { ...facts, document: 'judgment' }, null],
    ['留置 of a mediation agreement (CPL-Interp art 133)', 'leftAtResidence', { ...facts, document: 'mediationAgreement' }, 'SERVICE_MEDIATION_IN_PERSON'],
    ['public notice of a mediation agreement', 'publicNotice', { ...facts, document: 'mediationAgreement', publicNoticeGrounds: true }, 'SERVICE_MEDIATION_IN_PERSON'],
    ['留置 of a complaint copy', 'leftAtResidence', facts, null],
    ['public notice in simple procedure (CPL-Interp art 140)', 'publicNotice', { ...facts, procedure: 'simple', publicNoticeGrounds: true }, 'SERVICE_PUBLIC_NOTICE_SIMPLE'],
    ['public notice in small claims', 'publicNotice', { ...facts, procedure: 'smallClaims', publicNoticeGrounds: true }, 'SERVICE_PUBLIC_NOTICE_SIMPLE'],
    ['public notice without grounds (CPL-2023 art 95)', 'publicNotice', facts, 'SERVICE_PUBLIC_NOTICE_GROUNDS'],
    ['public notice when the whereabouts are unknown, ordinary procedure', 'publicNotice', { ...facts, publicNoticeGrounds: true }, null],
    ['in person, always', 'direct', { ...facts, electronicConsent: false, confirmedPostalAddress: false }, null],
  ] as const)('%s', (_, method, f, expected) => expect(refusal(() => checkServiceMethod(method, f as ServiceFacts))).toBe(expected));

  test('the policy: electronic if consented, else mail to a confirmed address, else public notice when lawful, else in person', () => {
    expect(chooseServiceMethod(facts)).toBe('electronic');
    expect(chooseServiceMethod({ ...facts, electronicConsent: false })).toBe('mail');
    expect(chooseServiceMethod({ ...facts, document: 'judgment', electronicCoversDecisions: false })).toBe('mail');
    expect(chooseServiceMethod({ ...facts, electronicConsent: false, confirmedPostalAddress: false })).toBe('direct');
    expect(chooseServiceMethod({ ...facts, electronicConsent: false, confirmedPostalAddress: false, publicNoticeGrounds: true })).toBe('publicNotice');
    expect(chooseServiceMethod({ ...facts, electronicConsent: false, confirmedPostalAddress: false, publicNoticeGrounds: true, procedure: 'simple' })).toBe('direct');
  });

  test('whatever the facts, the policy never picks a method the law refuses', () => {
    const arb = fc.record({
      document: fc.constantFrom(...DOCUMENT_KINDS),
      procedure: fc.constantFrom('ordinary', 'simple', 'smallClaims', 'secondInstance', null),
      electronicConsent: fc.boolean(),
      electronicCoversDecisions: fc.boolean(),
      confirmedPostalAddress: fc.boolean(),
      publicNoticeGrounds: fc.boolean(),
    });
    fc.assert(fc.property(arb, (f) => refusal(() => checkServiceMethod(chooseServiceMethod(f), f)) === null && (METHODS as readonly string[]).includes(chooseServiceMethod(f))));
  });
});

describe('deemed service dates (rules.md §3.1–3.3)', () => {
  test.each([
    ['electronic: arrival in the recipient\'s system (CPL-Interp art 135)', { method: 'electronic', arrivedOn: '2025-09-30' }, '2025-09-30'],
    ['electronic to an unconfirmed address: the day it was read (ONLINE-LIT art 31)', { method: 'electronic', addressConfirmed: false, arrivedOn: '2025-09-28', readOn: '2025-09-30' }, '2025-09-30'],
    ['electronic to an unconfirmed address, never read: not served', { method: 'electronic', addressConfirmed: false, arrivedOn: '2025-09-28' }, null],
    ['mail: the day on the receipt', { method: 'mail', signedOn: '2025-10-08' }, '2025-10-08'],
    ['mail returned from a confirmed address: the return date (POST art 11)', { method: 'mail', addressConfirmed: true, returnedOn: '2025-10-09' }, '2025-10-09'],
    ['mail returned from an unconfirmed address: not served', { method: 'mail', addressConfirmed: false, returnedOn: '2025-10-09' }, null],
    ['direct: the day signed', { method: 'direct', signedOn: '2025-10-10' }, '2025-10-10'],
    ['留置: the day left', { method: 'leftAtResidence', leftOn: '2025-10-11' }, '2025-10-11'],
    ['refused at court: the day refused (CPL-Interp art 131)', { method: 'refusedAtCourt', refusedOn: '2025-10-12' }, '2025-10-12'],
    ['public notice from 2022: 30 days after the last posting', { method: 'publicNotice', issuedOn: '2025-09-01' }, '2025-10-01'],
    ['public notice, no PRC domicile: 60 days (CPL-2023 art 283)', { method: 'publicNotice', issuedOn: '2025-09-01', foreignDomicile: true }, '2025-10-31'],
    ['public notice before 2022: 60 days', { method: 'publicNotice', issuedOn: '2021-06-01' }, '2021-07-31'],
    ['public notice not yet issued: not served', { method: 'publicNotice' }, null],
  ] as const)('%s', (_, attempt, on) => expect(deemedServiceDate(attempt as Parameters<typeof deemedServiceDate>[0]).on).toBe(on));
});

describe('service into a platform account (ONLINE-LIT arts 29, 31)', () => {
  test.each([
    ['the filer\'s side, which gave this address: on arrival', { gaveThisAddress: true, sentOn: '2026-03-02' }, '2026-03-02'],
    ['the filer\'s side reading later: still the day it arrived', { gaveThisAddress: true, sentOn: '2026-03-02', readOn: '2026-03-05' }, '2026-03-02'],
    ['the other side, not yet read: not served', { gaveThisAddress: false, sentOn: '2026-03-02' }, null],
    ['the other side: the day it read it', { gaveThisAddress: false, sentOn: '2026-03-02', readOn: '2026-03-04' }, '2026-03-04'],
  ] as const)('%s', (_, o, on) => expect(platformServiceDate(o).on).toBe(on));
});
