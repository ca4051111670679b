// What each 行初 form sends: the event inputs reject unknown keys and empty strings, so the forms drop them.
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import dayjs from 'dayjs';
import { describe, expect, test } from 'vitest';
import type { CaseDetail } from '../../../contracts/cases';
import { AcceptAdminFirstInstanceInput, AdminCloseInput, RecordAdminHearingInput, SubmitOrganDefenceInput } from '../../../domain/casetypes/administrativeInputs';
import { AcceptSecondInstanceInput } from '../../../domain/casetypes/eventInputs';
import { acceptAdminFirstInstanceForm, adminCloseForm, recordAdminHearingForm, submitOrganDefenceForm } from './administrativeForms';
import { acceptSecondInstanceForm } from './filingForms';
import { eventFormFor } from './registry';
import type { EventForm, FormValues } from './types';

const detail = { caseType: '行初' } as CaseDetail;
const file = (id: number) => ({ uid: String(id), name: `${id}.pdf`, status: 'done' as const, response: { id } });

describe('行初 forms send inputs the events accept', () => {
  test.each<[string, EventForm, TSchema, FormValues, Record<string, unknown>]>([
    ['accept, ordinary (a stale ground dropped)', acceptAdminFirstInstanceForm, AcceptAdminFirstInstanceInput, { procedure: 'ordinary', simpleGround: 'partiesAgree', divisionId: 4 }, { procedure: 'ordinary', divisionId: 4 }],
    ['accept, simple with its ground', acceptAdminFirstInstanceForm, AcceptAdminFirstInstanceInput, { procedure: 'simple', simpleGround: 'smallAmount', divisionId: 4 }, { procedure: 'simple', simpleGround: 'smallAmount', divisionId: 4 }],
    [
      "the organ's defence",
      submitOrganDefenceForm,
      SubmitOrganDefenceInput,
      { partyId: 7, defenceFiles: [file(31)], summary: ' ', legalBasis: [' 《食品安全法》第一百二十四条 ', ''], evidence: [{ name: '检查笔录', source: '执法人员', purpose: '证明违法事实', pages: 3, files: [file(32)] }], lateReason: '' },
      { partyId: 7, attachmentIds: [31], legalBasis: ['《食品安全法》第一百二十四条'], evidence: [{ name: '检查笔录', source: '执法人员', purpose: '证明违法事实', pages: 3, attachmentIds: [32] }] },
    ],
    ['hearing, the head appeared', recordAdminHearingForm, RecordAdminHearingInput, { appeared: 'principal', appearedName: ' 赵局长 ', appearedTitle: '局长', absenceReason: '留下的旧理由', summary: '' }, { organAppearance: { appeared: 'principal', name: '赵局长', title: '局长' } }],
    ['hearing, nobody came', recordAdminHearingForm, RecordAdminHearingInput, { appeared: 'none', appearedName: '钱某', absenceReason: '经传票传唤拒不到庭', summary: '缺席审理' }, { summary: '缺席审理', organAppearance: { appeared: 'none', reason: '经传票传唤拒不到庭' } }],
    ['close by judgment with its kind', adminCloseForm, AdminCloseInput, { method: 'judgment', judgmentKind: 'revoke', closedOn: dayjs('2026-03-31'), document: [file(40)] }, { method: 'judgment', judgmentKind: 'revoke', closedOn: '2026-03-31', documentId: 40 }],
    ['close by withdrawal (a kind picked before is dropped)', adminCloseForm, AdminCloseInput, { method: 'withdrawal', judgmentKind: 'revoke', closedOn: dayjs('2026-03-31') }, { method: 'withdrawal', closedOn: '2026-03-31' }],
  ])('%s', (_, form, schema, values, expected) => {
    const input = form.toInput(values, detail);
    expect(input).toEqual(expected);
    expect(Value.Check(schema, input)).toBe(true);
  });
});

test('行初 and 行终 take their own forms where the inputs differ, the civil ones elsewhere', () => {
  expect(eventFormFor('行初', 'accept')).toBe(acceptAdminFirstInstanceForm);
  expect(eventFormFor('行初', 'close')).toBe(adminCloseForm);
  expect(eventFormFor('行初', 'recordHearing')).toBe(recordAdminHearingForm);
  expect(eventFormFor('行初', 'submitOrganDefence')).toBe(submitOrganDefenceForm);
  expect(eventFormFor('行初', 'appeal')).toBe(eventFormFor('民初', 'appeal'));
  expect(eventFormFor('行终', 'accept')).toBe(acceptSecondInstanceForm);
  expect(Value.Check(AcceptSecondInstanceInput, acceptSecondInstanceForm.toInput({ divisionId: 5 }, { caseType: '行终' } as CaseDetail))).toBe(true);
});
