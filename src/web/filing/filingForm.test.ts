// The filing form's answer on pre-litigation mediation reaches the API as the filer gave it, and only then.
import { describe, expect, test } from 'vitest';
import dayjs from 'dayjs';
import { Value } from 'typebox/value';
import { FilingInput } from '../../contracts/cases';
import { deadlinePreview } from './AdministrativeActFields';
import type { CurrentUser } from '../../contracts/auth';
import { initialFilingValues, materialFilerOf, toAdministrativeActInput, toFilingContent, toFilingInput, type FilingFormValues } from './filingForm';

const values = (over: Partial<FilingFormValues> = {}): FilingFormValues => ({
  causeId: { value: 7, label: '民间借贷纠纷' },
  parties: [
    { standing: 'plaintiff', kind: 'person', name: '张三', isSelf: true },
    { standing: 'defendant', kind: 'person', name: '李四' },
  ],
  claims: ['判令被告偿还借款', ' '],
  facts: '借款未还',
  ...over,
});

describe('mediationConsent (CPL-2023 art 125)', () => {
  test.each([
    ['accepted', true, true],
    ['refused', false, false],
    ['not asked (correcting a filing keeps the answer given)', undefined, undefined],
  ])('%s → %s', (_, consent, sent) => {
    const content = toFilingContent(values({ mediationConsent: consent }), 'party');
    expect(content.mediationConsent).toBe(sent);
    expect('mediationConsent' in content).toBe(sent !== undefined);
  });
});

describe('行政起诉 (ALL arts 45–46)', () => {
  const act = { name: ' 行政处罚决定 ', documentNumber: '', actOn: dayjs('2026-01-05'), knownOn: dayjs('2026-01-06') };

  test('sends the act and no civil cause', () => {
    const content = toFilingContent(values({ caseType: '行初', administrativeAct: act }), 'party');
    expect(content.causeId).toBeUndefined();
    expect(content.administrativeAct).toEqual({ name: '行政处罚决定', actOn: '2026-01-05', knownOn: '2026-01-06' });
    expect(Value.Check(FilingInput, { caseType: '行初', courtId: 1, ...content, attachmentIds: [] })).toBe(true);
  });

  test('a reconsideration is sent only when one came first', () => {
    expect(toAdministrativeActInput({ ...act, hadReconsideration: false, decisionOn: dayjs('2026-02-01') }).reconsideration).toBeUndefined();
    expect(toAdministrativeActInput({ ...act, hadReconsideration: true, decisionOn: dayjs('2026-02-01'), receivedOn: dayjs('2026-02-03') }).reconsideration).toEqual({ decisionOn: '2026-02-01', receivedOn: '2026-02-03' });
  });

  test('the wizard previews the deadline once the dates are there', () => {
    expect(deadlinePreview({ name: 'x' }, '2026-03-02')).toBeNull();
    expect(deadlinePreview(act, '2026-07-07')).toMatchObject({ dueOn: '2026-07-06', isLate: true });
    expect(deadlinePreview({ ...act, hadReconsideration: true }, '2026-03-02')).toBeNull();
  });

  test('a civil filing still sends its cause', () => {
    expect(toFilingContent(values(), 'party')).toMatchObject({ causeId: 7 });
  });
});

// 跨域立案 at the counter: the clerk files for the party and is none of the parties.
describe('the counter (a filing clerk records a filing for another court)', () => {
  const clerk = { id: 9, username: 'ng-filing', displayName: '南关立案员', roles: ['filingClerk'], courtId: 2, idNumber: null, phone: '13900000000' } as unknown as CurrentUser;

  test('starts with a blank plaintiff and defendant and no 送达地址确认书 of the clerk', () => {
    const v = initialFilingValues(clerk, 'clerk');
    expect(v.parties.map((p) => [p.standing, p.name, p.isSelf])).toEqual([
      ['plaintiff', undefined, undefined],
      ['defendant', undefined, undefined],
    ]);
    expect(v.addresses).toBeUndefined();
  });

  test('the body: the court chosen, no party marked as the filer, no address confirmation, valid against FilingInput', () => {
    const v = values({
      courtId: 4,
      parties: [
        { standing: 'plaintiff', kind: 'person', name: ' 张三 ', idType: 'residentId', idNumber: '220102198505150015', isSelf: true, isClient: true },
        { standing: 'defendant', kind: 'person', name: '李四' },
      ],
      addresses: { mobile: '13900000000', platformAccount: true, electronicConsent: true, consentScope: 'all', signed: true },
      mediationConsent: false,
      identityChecked: true,
    });
    const body = toFilingInput(v, 'clerk', { jurisdiction: { plaintiffDomiciles: [], defendantDomiciles: ['220104'] } });
    expect(body).toMatchObject({ caseType: '民初', courtId: 4, causeId: 7, claims: ['判令被告偿还借款'], mediationConsent: false, jurisdiction: { defendantDomiciles: ['220104'] } });
    expect(body.parties[0]).toEqual({ standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: '220102198505150015' });
    expect('addressConfirmation' in body).toBe(false);
    expect('identityChecked' in body).toBe(false);
    expect(Value.Check(FilingInput, body)).toBe(true);
  });

  test('a party filing keeps its own mark and its address confirmation', () => {
    const body = toFilingInput(values({ courtId: 2, addresses: { platformAccount: true, electronicConsent: true, consentScope: 'all', signed: true } }), 'party', {});
    expect(body.parties[0]!.isSelf).toBe(true);
    expect(body.addressConfirmation?.signed).toBe(true);
  });

  test("the clerk uploads the party's materials (the 起诉状), not a lawyer's", () => {
    expect(materialFilerOf('clerk')).toBe('party');
    expect(materialFilerOf('lawyer')).toBe('lawyer');
  });
});
