// What each 刑初 / 刑终 form sends: inputs the criminal events accept (closed schemas, no empty strings).
import dayjs from 'dayjs';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { describe, expect, test } from 'vitest';
import type { CaseDetail } from '../../../contracts/cases';
import { criminalFirstInstance } from '../../../domain/casetypes/criminalFirstInstance';
import { criminalSecondInstance } from '../../../domain/casetypes/criminalSecondInstance';
import { AcceptCriminalAppealInput, AcceptCriminalInput, ChangeCriminalProcedureInput, CriminalAppealInput, CriminalJudgmentInput, DecideCriminalAppealInput, ProtestInput, RecordDefenceCounselInput, RecordDefendantAppealInput, MediatePrivateProsecutionInput, ApprovePrivateEndingInput, FileCounterclaimInput } from '../../../domain/casetypes/criminalInputs';
import { approvePrivateEndingForm, criminalCounterclaimForm, mediatePrivateProsecutionForm } from './privateProsecutionForms';
import { defenderAppealForm, recordDefendantAppealForm } from './defendantAppealForms';
import { acceptCriminalAppealForm, acceptCriminalForm, changeCriminalProcedureForm, criminalAppealForm, decideAppealForm, pronounceJudgmentForm, protestForm, recordDefenceCounselForm, verdictInput, type VerdictValues } from './criminalForms';
import { eventFormFor } from './registry';
import type { EventForm, FormValues } from './types';

const detail = { parties: [{ id: 7, name: '赵某', standing: 'defendant' }, { id: 8, name: '孙某', standing: 'victim' }], myPartyIds: [7] } as unknown as CaseDetail;
const doc = [{ uid: '1', name: '判决书.pdf', status: 'done', response: { id: 41 } }];

describe('criminal forms send inputs the events accept', () => {
  test.each<[string, EventForm, TSchema, FormValues, Record<string, unknown>]>([
    ['accept (刑初), the defaults', acceptCriminalForm, AcceptCriminalInput, { ...acceptCriminalForm.initialValues!(detail), divisionId: 5 }, { divisionId: 5, procedure: 'ordinary', possibleSentence: 'upTo3Years' }],
    ['accept (刑终)', acceptCriminalAppealForm, AcceptCriminalAppealInput, { divisionId: 9 }, { divisionId: 9 }],
    ['changeProcedure', changeCriminalProcedureForm, ChangeCriminalProcedureInput, { procedure: 'simple', possibleSentence: 'upTo1Year', reason: ' 被告人认罪 ' }, { procedure: 'simple', possibleSentence: 'upTo1Year', reason: '被告人认罪' }],
    ['recordDefenceCounsel, instructed (a stale ground dropped)', recordDefenceCounselForm, RecordDefenceCounselInput, { partyId: 7, name: ' 王律师 ', lawFirm: '', isLegalAid: false, ground: 'juvenile' }, { partyId: 7, name: '王律师', isLegalAid: false }],
    ['recordDefenceCounsel, legal aid', recordDefenceCounselForm, RecordDefenceCounselInput, { partyId: 7, name: '李律师', isLegalAid: true, ground: 'juvenile' }, { partyId: 7, name: '李律师', isLegalAid: true, ground: 'juvenile' }],
    [
      'pronounceJudgment, 18 months and a fine of 5000 yuan',
      pronounceJudgmentForm,
      CriminalJudgmentInput,
      { closedOn: dayjs('2026-03-31'), verdicts: [{ partyId: 7, outcome: 'convicted', chargeIds: [264], main: 'fixedTerm', termMonths: 18, fineYuan: ' 5000 ' }], document: doc, summary: ' ' },
      { closedOn: '2026-03-31', verdicts: [{ partyId: 7, outcome: 'convicted', chargeIds: [264], sentence: { main: 'fixedTerm', term: { months: 18 }, fineFen: 500000 } }], documentId: 41 },
    ],
    ['appeal (刑初)', criminalAppealForm, CriminalAppealInput, { ...criminalAppealForm.initialValues!(detail), reasons: ' 量刑过重 ' }, { partyIds: [7], reasons: '量刑过重' }],
    ['recordDefenceCounsel, bound by the licence number', recordDefenceCounselForm, RecordDefenceCounselInput, { partyId: 7, name: '王律师', isLegalAid: false, licenseNumber: ' 12201200010000001 ' }, { partyId: 7, name: '王律师', isLegalAid: false, licenseNumber: '12201200010000001' }],
    ['appeal by the defender, with consent', defenderAppealForm, CriminalAppealInput, { partyIds: [7], reasons: '事实不清', hasDefendantConsent: true }, { partyIds: [7], reasons: '事实不清', hasDefendantConsent: true }],
    ['appeal by the defender, consent unticked', defenderAppealForm, CriminalAppealInput, { partyIds: [7], reasons: '事实不清', hasDefendantConsent: false }, { partyIds: [7], reasons: '事实不清' }],
    [
      "recordDefendantAppeal, oral, through the 看守所",
      recordDefendantAppealForm,
      RecordDefendantAppealInput,
      { ...recordDefendantAppealForm.initialValues!(detail), form: 'oral', receivedOn: dayjs('2026-03-16'), viaDetentionCentre: true, detentionCentreName: ' 长春市看守所 ', detentionCentreReceivedOn: dayjs('2026-03-13'), reasons: ' 量刑过重 ' },
      { partyIds: [7], form: 'oral', receivedOn: '2026-03-16', detentionCentre: { name: '长春市看守所', receivedOn: '2026-03-13' }, reasons: '量刑过重' },
    ],
    ['recordDefendantAppeal, written, a stale 看守所 dropped', recordDefendantAppealForm, RecordDefendantAppealInput, { partyIds: [7], form: 'written', receivedOn: dayjs('2026-03-16'), viaDetentionCentre: false, detentionCentreName: '看守所', reasons: '不服' }, { partyIds: [7], form: 'written', receivedOn: '2026-03-16', reasons: '不服' }],
    ['自诉 mediation', mediatePrivateProsecutionForm, MediatePrivateProsecutionInput, { closedOn: dayjs('2026-03-02'), document: doc, summary: ' ' }, { closedOn: '2026-03-02', documentId: 41 }],
    ['自诉 withdrawal approved', approvePrivateEndingForm, ApprovePrivateEndingInput, { ...approvePrivateEndingForm.initialValues!(detail), kind: 'withdrawal', closedOn: dayjs('2026-03-02'), reason: ' 自诉人撤回自诉 ' }, { kind: 'withdrawal', closedOn: '2026-03-02', reason: '自诉人撤回自诉' }],
    ['反诉', criminalCounterclaimForm, FileCounterclaimInput, { ...criminalCounterclaimForm.initialValues!(detail), partyId: 7, chargeIds: [246], facts: ' 自诉人辱骂被告人 ' }, { partyId: 7, ground: 'complaintOnly', chargeIds: [246], facts: '自诉人辱骂被告人' }],
    ['protest', protestForm, ProtestInput, { judgmentReceivedOn: dayjs('2026-03-03'), reasons: '量刑畸轻' }, { judgmentReceivedOn: '2026-03-03', reasons: '量刑畸轻' }],
    ['decideAppeal, upheld', decideAppealForm, DecideCriminalAppealInput, { ...decideAppealForm.initialValues!(detail), closedOn: dayjs('2026-05-01'), document: doc }, { outcome: 'upheld', closedOn: '2026-05-01', documentId: 41 }],
  ])('%s', (_, form, schema, values, expected) => {
    const input = form.toInput(values, detail);
    expect(input).toEqual(expected);
    expect(Value.Check(schema, input)).toBe(true);
  });

  test.each<[string, VerdictValues, Record<string, unknown>]>([
    ['an acquittal drops charges and sentence', { partyId: 7, outcome: 'acquitted', chargeIds: [1], main: 'fixedTerm', termMonths: 6 }, { partyId: 7, outcome: 'acquitted', chargeIds: [] }],
    ['life imprisonment has no term', { partyId: 7, outcome: 'convicted', chargeIds: [1], main: 'life', termMonths: 12 }, { partyId: 7, outcome: 'convicted', chargeIds: [1], sentence: { main: 'life' } }],
    ['probation with its test period', { partyId: 7, outcome: 'convicted', chargeIds: [1], main: 'fixedTerm', termMonths: 12, probationMonths: 24 }, { partyId: 7, outcome: 'convicted', chargeIds: [1], sentence: { main: 'fixedTerm', term: { months: 12 }, probation: { testMonths: 24 } } }],
  ])('%s', (_, values, expected) => {
    expect(verdictInput(values)).toEqual(expected);
  });

  test('the judgment form starts with a row per defendant, not the victim', () => {
    expect(pronounceJudgmentForm.initialValues!(detail).verdicts).toEqual([{ partyId: 7, outcome: 'convicted', main: 'fixedTerm' }]);
  });

  test('every event of 刑初 and 刑终 that takes input has its form', () => {
    for (const [code, type] of [['刑初', criminalFirstInstance], ['刑终', criminalSecondInstance]] as const) {
      for (const [event, decl] of Object.entries(type.events)) {
        const required = (decl.input as { required?: string[] }).required ?? [];
        if (required.length) expect(eventFormFor(code, event).toInput, `${code} ${event}`).not.toBe(eventFormFor('none', 'none').toInput);
      }
    }
    expect(eventFormFor('刑初', 'accept')).toBe(acceptCriminalForm);
    expect(eventFormFor('刑终', 'accept')).toBe(acceptCriminalAppealForm);
  });
});
