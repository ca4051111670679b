// What the 财保, 民督 and 民申 forms send: inputs their events accept (unknown keys and empty strings dropped).
import dayjs from 'dayjs';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { describe, expect, test } from 'vitest';
import type { CaseDetail } from '../../../contracts/cases';
import { civilRetrialReview } from '../../../domain/casetypes/civilRetrialReview';
import { AcceptPaymentOrderInput, ChooseLitigationInput, DismissPaymentOrderInput, IssuePaymentOrderInput, ObjectToPaymentOrderInput, ServePaymentOrderInput } from '../../../domain/casetypes/paymentOrderInputs';
import { paymentOrderCase } from '../../../domain/casetypes/paymentOrderCase';
import { preservationCase } from '../../../domain/casetypes/preservationCase';
import { ClosePreservationInput, DismissPreservationInput, GrantPreservationInput, LiftPreservationInput, RecordArbitrationInput, RecordPreservationExecutionInput, RegisterPreservationInput } from '../../../domain/casetypes/preservationInputs';
import { RegisterRetrialReviewInput, RuleOnRetrialInput, ServeRetrialCopyInput, SubmitRetrialOpinionInput } from '../../../domain/casetypes/retrialInputs';
import { acceptConfirmationForm } from './confirmationForms';
import { chooseLitigationForm, dismissPaymentOrderForm, dismissPreservationForm, grantPreservationForm, issuePaymentOrderForm, liftPreservationForm, objectToPaymentOrderForm, recordArbitrationForm, recordPreservationExecutionForm, servePaymentOrderForm, serveRetrialCopyForm, specialNoteForm } from './preservationForms';
import { eventFormFor } from './registry';
import { registerRetrialReviewForm, ruleOnRetrialForm, submitRetrialOpinionForm } from './retrialForms';
import type { EventForm, FormValues } from './types';

const detail = {} as CaseDetail;

describe('the forms send inputs the events accept', () => {
  test.each<[string, EventForm, TSchema, FormValues, Record<string, unknown>]>([
    ['registerPreservation', acceptConfirmationForm, RegisterPreservationInput, { divisionId: 2, judgeId: 7 }, { divisionId: 2, judgeId: 7 }],
    ['grantPreservation', grantPreservationForm, GrantPreservationInput, { measures: ' 冻结存款 ', amount: '100000.00', note: ' ' }, { measures: '冻结存款', amount: '100000.00' }],
    ['dismissPreservation', dismissPreservationForm, DismissPreservationInput, { reasons: ' 未提供担保 ' }, { reasons: '未提供担保' }],
    ['recordArbitration', recordArbitrationForm, RecordArbitrationInput, { institution: '长春仲裁委员会', appliedOn: dayjs('2026-03-11'), reference: '' }, { institution: '长春仲裁委员会', appliedOn: '2026-03-11' }],
    ['recordPreservationExecution', recordPreservationExecutionForm, RecordPreservationExecutionInput, { executionCaseNumber: '（2026）吉0102执保1号', transferredOn: dayjs('2026-03-02') }, { executionCaseNumber: '（2026）吉0102执保1号', transferredOn: '2026-03-02' }],
    ['liftPreservation', liftPreservationForm, LiftPreservationInput, { reason: 'noSuit', note: '' }, { reason: 'noSuit' }],
    ['closePreservation', specialNoteForm, ClosePreservationInput, { note: ' ' }, {}],
    ['acceptPaymentOrder', acceptConfirmationForm, AcceptPaymentOrderInput, { divisionId: 2, judgeId: 7 }, { divisionId: 2, judgeId: 7 }],
    ['issuePaymentOrder', issuePaymentOrderForm, IssuePaymentOrderInput, { note: '已签发' }, { note: '已签发' }],
    ['issuePaymentOrder, with the signed order', issuePaymentOrderForm, IssuePaymentOrderInput, { document: [{ status: 'done', response: { id: 9 } }] }, { documentId: 9 }],
    ['grantPreservation, with the signed ruling', grantPreservationForm, GrantPreservationInput, { measures: '冻结存款', amount: '1.00', document: [{ status: 'uploading' }, { status: 'done', response: { id: 8 } }] }, { measures: '冻结存款', amount: '1.00', rulingAttachmentId: 8 }],
    ['dismissPreservation, with the signed ruling', dismissPreservationForm, DismissPreservationInput, { reasons: '无担保', document: [{ status: 'done', response: { id: 7 } }] }, { reasons: '无担保', rulingAttachmentId: 7 }],
    ['dismissPaymentOrder', dismissPaymentOrderForm, DismissPaymentOrderInput, { reasons: '债务未到期' }, { reasons: '债务未到期' }],
    ['servePaymentOrder', servePaymentOrderForm, ServePaymentOrderInput, { partyIds: [3], servedOn: dayjs('2026-03-06'), method: 'mail' }, { partyIds: [3], servedOn: '2026-03-06', method: 'mail' }],
    ['objectToPaymentOrder, by the debtor', objectToPaymentOrderForm, ObjectToPaymentOrderInput, { reasons: ' 已部分清偿 ' }, { reasons: '已部分清偿' }],
    ['objectToPaymentOrder, recorded by the clerk', objectToPaymentOrderForm, ObjectToPaymentOrderInput, { partyId: 3, reasons: '书面异议' }, { partyId: 3, reasons: '书面异议' }],
    ['chooseLitigation, declined', chooseLitigationForm, ChooseLitigationInput, { litigate: false, note: '' }, { litigate: false }],
    ['registerRetrialReview', registerRetrialReviewForm, RegisterRetrialReviewInput, { divisionId: 5, presidingJudgeId: 11, member1: 12, member2: 13 }, { divisionId: 5, presidingJudgeId: 11, memberIds: [12, 13] }],
    ['serveRetrialCopy', serveRetrialCopyForm, ServeRetrialCopyInput, { partyIds: [4], servedOn: dayjs('2026-05-04') }, { partyIds: [4], servedOn: '2026-05-04' }],
    ['submitRetrialOpinion', submitRetrialOpinionForm, SubmitRetrialOpinionInput, { opinion: ' 请求驳回 ' }, { opinion: '请求驳回' }],
    ['ruleOnRetrialApplication', ruleOnRetrialForm, RuleOnRetrialInput, { decision: 'retry', reasons: '适用法律错误' }, { decision: 'retry', reasons: '适用法律错误' }],
    ['ruleOnRetrialApplication, with the signed ruling', ruleOnRetrialForm, RuleOnRetrialInput, { decision: 'dismiss', reasons: '不符合', document: [{ status: 'done', response: { id: 6 } }] }, { decision: 'dismiss', reasons: '不符合', documentId: 6 }],
  ])('%s', (_, form, schema, values, expected) => {
    const input = form.toInput(values, detail);
    expect(input).toEqual(expected);
    expect(Value.Check(schema, input)).toBe(true);
  });

  test.each([
    ['财保', preservationCase.events],
    ['民督', paymentOrderCase.events],
    ['民申', civilRetrialReview.events],
  ] as const)('every %s event with input has a form of its own', (code, events) => {
    const noInput = eventFormFor(code, 'no-such-event');
    for (const [event, ev] of Object.entries(events)) {
      const required = (ev.input as { required?: string[] }).required ?? [];
      if (required.length) expect(eventFormFor(code, event), event).not.toBe(noInput);
    }
  });
});
