// What each mediation form sends: the event inputs reject unknown keys and empty strings, so the forms drop them.
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { describe, expect, test } from 'vitest';
import type { CaseDetail } from '../../../contracts/cases';
import { DeclineEntrustmentInput, DesignateMediatorInput, DraftAgreementInput, EndMediationInput, ExtendMediationInput, RouteToMediationInput, SignAgreementInput, WithdrawMediationInput } from '../../../domain/casetypes/mediationInputs';
import { declineEntrustmentForm, designateMediatorForm, extendMediationForm, routeToMediationForm } from './mediationEntrustmentForms';
import { draftAgreementForm, endMediationForm, signAgreementForm, withdrawMediationForm } from './mediationOutcomeForms';
import type { EventForm, FormValues } from './types';

const detail = {} as CaseDetail;
const sha = 'ab'.repeat(32);

describe('mediation forms send inputs the events accept', () => {
  test.each<[string, EventForm, TSchema, FormValues, Record<string, unknown>]>([
    ['routeToMediation, no note', routeToMediationForm, RouteToMediationInput, { note: '  ' }, {}],
    ['designateMediator, organisation only', designateMediatorForm, DesignateMediatorInput, { organisationId: 3, mediatorId: undefined, chosenByParties: false }, { organisationId: 3 }],
    ['designateMediator, a mediator chosen by the parties', designateMediatorForm, DesignateMediatorInput, { organisationId: 3, mediatorId: 9, chosenByParties: true }, { organisationId: 3, mediatorId: 9, chosenByParties: true }],
    ['declineEntrustment', declineEntrustmentForm, DeclineEntrustmentInput, { reason: ' 利害关系 ' }, { reason: '利害关系' }],
    ['extendMediation', extendMediationForm, ExtendMediationInput, { days: 15, consentingPartyIds: [1, 2], note: '' }, { days: 15, consentingPartyIds: [1, 2] }],
    ['draftAgreement, blank terms dropped', draftAgreementForm, DraftAgreementInput, { terms: ['偿还120000元', ' '], performance: '银行转账' }, { terms: ['偿还120000元'], performance: '银行转账' }],
    ['signAgreement, the hash only', signAgreementForm, SignAgreementInput, { sha256: sha, confirmed: true }, { sha256: sha }],
    ['endMediation', endMediationForm, EndMediationInput, { ground: 'wideDivergence', note: '' }, { ground: 'wideDivergence' }],
    ['withdrawMediation, settled', withdrawMediationForm, WithdrawMediationInput, { settled: true, reason: '已和解' }, { settled: true, reason: '已和解' }],
    ['withdrawMediation, nothing said', withdrawMediationForm, WithdrawMediationInput, { settled: false }, {}],
  ])('%s', (_, form, schema, values, expected) => {
    const input = form.toInput(values, detail);
    expect(input).toEqual(expected);
    expect(Value.Check(schema, input)).toBe(true);
  });
});
