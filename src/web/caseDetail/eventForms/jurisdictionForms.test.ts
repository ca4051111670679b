// What the 移送管辖 and 跨域立案 forms send: inputs the events accept.
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { expect, test } from 'vitest';
import type { CaseDetail } from '../../../contracts/cases';
import { DesignateJurisdictionInput, ElevateJurisdictionInput, ForwardFilingInput, TransferJurisdictionInput } from '../../../domain/jurisdiction/transferEvents';
import { designateJurisdictionForm, elevateJurisdictionForm, forwardFilingForm, transferJurisdictionForm } from './jurisdictionForms';
import { eventFormFor } from './registry';
import type { EventForm, FormValues } from './types';

const detail = {} as CaseDetail;

test.each<[string, EventForm, TSchema, FormValues, Record<string, unknown>]>([
  ['transferJurisdiction', transferJurisdictionForm, TransferJurisdictionInput, { receivingCourtId: 5, reason: ' 被告住所地在朝阳区 ' }, { receivingCourtId: 5, reason: '被告住所地在朝阳区' }],
  ['elevateJurisdiction', elevateJurisdictionForm, ElevateJurisdictionInput, { receivingCourtId: 2, decisionNumber: ' （2026）吉01民辖3号 ', reason: '提级审理' }, { receivingCourtId: 2, direction: 'up', decisionNumber: '（2026）吉01民辖3号', reason: '提级审理' }],
  ['designateJurisdiction', designateJurisdictionForm, DesignateJurisdictionInput, { receivingCourtId: 4, designatingCourtId: 2, ground: 'dispute', decisionNumber: '（2026）吉01民辖4号', reason: '争议' }, { receivingCourtId: 4, designatingCourtId: 2, ground: 'dispute', decisionNumber: '（2026）吉01民辖4号', reason: '争议' }],
  ['forwardFiling, no note', forwardFilingForm, ForwardFilingInput, { identityChecked: true, materialsChecked: true, note: ' ' }, { identityChecked: true, materialsChecked: true }],
  ['forwardFiling, a note', forwardFilingForm, ForwardFilingInput, { identityChecked: true, materialsChecked: true, note: '原件已核对' }, { identityChecked: true, materialsChecked: true, note: '原件已核对' }],
])('%s', (_, form, schema, values, expected) => {
  const input = form.toInput(values, detail);
  expect(input).toEqual(expected);
  expect(Value.Check(schema, input)).toBe(true);
});

test('the 民初 events have their forms', () => {
  expect(eventFormFor('民初', 'transferJurisdiction')).toBe(transferJurisdictionForm);
  expect(eventFormFor('民初', 'forwardFiling')).toBe(forwardFilingForm);
  expect(eventFormFor('行初', 'elevateJurisdiction')).toBe(elevateJurisdictionForm);
  expect(eventFormFor('行初', 'designateJurisdiction')).toBe(designateJurisdictionForm);
});
