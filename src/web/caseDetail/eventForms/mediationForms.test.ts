// What each mediation form sends: the event inputs reject unknown keys and empty strings, so the forms drop them.
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { describe, expect, test } from 'vitest';
import type { CaseDetail } from '../../../contracts/cases';
import { AcceptConfirmationInput, ApplyForConfirmationInput, DeclineEntrustmentInput, RecordSignatureInput, RejectConfirmationInput, RuleOnConfirmationInput, DesignateMediatorInput, DraftAgreementInput, EndAppraisalInput, EndMediationInput, ProposeMediatorInput, StartAppraisalInput, ExtendMediationInput, RouteToMediationInput, SignAgreementInput, WithdrawMediationInput } from '../../../domain/casetypes/mediationInputs';
import { declineEntrustmentForm, designateMediatorForm, extendMediationForm, routeToMediationForm } from './mediationEntrustmentForms';
import { acceptConfirmationForm, applyForConfirmationForm, recordSignatureForm, rejectConfirmationForm, ruleOnConfirmationForm } from './confirmationForms';
import { draftAgreementForm, endMediationForm, signAgreementForm, withdrawMediationForm } from './mediationOutcomeForms';
import { endAppraisalForm, proposeMediatorForm, startAppraisalForm } from './mediationClockForms';
import { eventFormFor } from './registry';
import type { EventForm, FormValues } from './types';

const detail = {} as CaseDetail;
const sha = 'ab'.repeat(32);

describe('mediation forms send inputs the events accept', () => {
  test.each<[string, EventForm, TSchema, FormValues, Record<string, unknown>]>([
    ['routeToMediation, no note', routeToMediationForm, RouteToMediationInput, { note: '  ' }, {}],
    ['designateMediator, organisation only', designateMediatorForm, DesignateMediatorInput, { organisationId: 3, mediatorId: undefined, chosenByParties: false }, { organisationId: 3 }],
    // Whether the parties chose jointly is the server's record (proposeMediator), never the clerk's checkbox.
    ['designateMediator, a mediator', designateMediatorForm, DesignateMediatorInput, { organisationId: 3, mediatorId: 9 }, { organisationId: 3, mediatorId: 9 }],
    ['proposeMediator', proposeMediatorForm, ProposeMediatorInput, { mediatorId: 9 }, { mediatorId: 9 }],
    ['startAppraisal, no reference', startAppraisalForm, StartAppraisalInput, { subject: ' 借条笔迹鉴定 ', reference: '' }, { subject: '借条笔迹鉴定' }],
    ['endAppraisal', endAppraisalForm, EndAppraisalInput, { note: '鉴定意见已送达' }, { note: '鉴定意见已送达' }],
    ['declineEntrustment', declineEntrustmentForm, DeclineEntrustmentInput, { reason: ' 利害关系 ' }, { reason: '利害关系' }],
    ['extendMediation', extendMediationForm, ExtendMediationInput, { days: 15, consentingPartyIds: [1, 2], note: '' }, { days: 15, consentingPartyIds: [1, 2] }],
    ['draftAgreement, blank terms dropped', draftAgreementForm, DraftAgreementInput, { terms: ['偿还120000元', ' '], performance: '银行转账' }, { terms: ['偿还120000元'], performance: '银行转账' }],
    ['signAgreement, the hash only', signAgreementForm, SignAgreementInput, { sha256: sha, confirmed: true }, { sha256: sha }],
    ['endMediation', endMediationForm, EndMediationInput, { ground: 'wideDivergence', note: '' }, { ground: 'wideDivergence' }],
    ['withdrawMediation, settled', withdrawMediationForm, WithdrawMediationInput, { settled: true, reason: '已和解' }, { settled: true, reason: '已和解' }],
    ['withdrawMediation, nothing said', withdrawMediationForm, WithdrawMediationInput, { settled: false }, {}],
    ['recordSignature, the uploaded scan', recordSignatureForm, RecordSignatureInput, { partyId: 7, sha256: sha, signedCopy: [{ uid: 'a', name: 's.pdf', status: 'done', response: { id: 41 } }] }, { partyId: 7, sha256: sha, signedCopyId: 41 }],
    ['applyForConfirmation, a party', applyForConfirmationForm, ApplyForConfirmationInput, { note: ' ' }, {}],
    ['applyForConfirmation, the clerk records oral applications', applyForConfirmationForm, ApplyForConfirmationInput, { partyIds: [2], note: '当庭口头申请' }, { partyIds: [2], note: '当庭口头申请' }],
    ['acceptConfirmation', acceptConfirmationForm, AcceptConfirmationInput, { divisionId: 4, judgeId: 12 }, { divisionId: 4, judgeId: 12 }],
    ['rejectConfirmation', rejectConfirmationForm, RejectConfirmationInput, { subjects: ['statusRelation'], note: '' }, { subjects: ['statusRelation'] }],
    ['ruleOnConfirmation, confirmed', ruleOnConfirmationForm, RuleOnConfirmationInput, { decision: 'confirm', grounds: ['other'], reasons: '' }, { decision: 'confirm' }],
    ['ruleOnConfirmation, dismissed on grounds', ruleOnConfirmationForm, RuleOnConfirmationInput, { decision: 'dismiss', grounds: ['notVoluntary'], reasons: ' 受胁迫 ' }, { decision: 'dismiss', grounds: ['notVoluntary'], reasons: '受胁迫' }],
  ])('%s', (_, form, schema, values, expected) => {
    const input = form.toInput(values, detail);
    expect(input).toEqual(expected);
    expect(Value.Check(schema, input)).toBe(true);
  });
});

test('民特 reuses the service forms of every case type', () => {
  expect(eventFormFor('民特', 'serveOnPlatform')).toBe(eventFormFor('民初', 'serveOnPlatform'));
  expect(eventFormFor('民特', 'recordService')).toBe(eventFormFor('民初', 'recordService'));
  expect(eventFormFor('民特', 'ruleOnConfirmation')).toBe(ruleOnConfirmationForm);
});

test('the mediation clock events have their forms', () => {
  expect(eventFormFor('民诉前调', 'proposeMediator')).toBe(proposeMediatorForm);
  expect(eventFormFor('民诉前调', 'startAppraisal')).toBe(startAppraisalForm);
  expect(eventFormFor('民诉前调', 'endAppraisal')).toBe(endAppraisalForm);
});
