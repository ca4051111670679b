// What each 执 form sends: the event inputs reject unknown keys and empty strings, so the forms drop them.
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { describe, expect, test } from 'vitest';
import type { CaseDetail } from '../../../contracts/cases';
import { executionCase } from '../../../domain/casetypes/executionCase';
import dayjs from 'dayjs';
import { ApproveEndOfRoundInput, ArchiveExecutionInput, AssignExecutionInput, ProposeEndOfRoundInput, ReturnEndOfRoundInput, CloseExecutionInput, InterviewApplicantInput, IssueNoticeInput, RecordDebtorSearchInput, RecordExecutionServiceInput, RecordPropertyReportInput, ServeExecutionDocumentInput, MoveStageInput, RecordClueInput, RefuseExecutionInput, RegisterExecutionInput, ReportInvestigationInput, RequestInvestigationInput, ResumeExecutionInput, SuspendExecutionInput, VerifyClueInput } from '../../../domain/casetypes/executionInputs';
import { RouteToPreExecutionMediationInput } from '../../../domain/casetypes/settlementInputs';
import { issueNoticeForm, recordClueForm, reportInvestigationForm, requestInvestigationForm, verifyClueForm } from './executionClueForms';
import { assignExecutionForm, closeExecutionForm, moveStageForm, noteForm, refuseExecutionForm, registerExecutionForm, suspendExecutionForm } from './executionForms';
import { interviewApplicantForm, proposeEndOfRoundForm, recordDebtorSearchForm, recordExecutionServiceForm, recordPropertyReportForm, returnEndOfRoundForm, serveExecutionDocumentForm } from './endOfRoundForms';
import { eventFormFor } from './registry';
import { routeToPreExecutionMediationForm } from '../../executionSettlement/preExecutionForms';
import type { EventForm, FormValues } from './types';

const detail = {} as CaseDetail;

describe('execution forms send inputs the events accept', () => {
  test.each<[string, EventForm, TSchema, FormValues, Record<string, unknown>]>([
    ['registerExecution, no note', registerExecutionForm, RegisterExecutionInput, { note: ' ' }, {}],
    ['refuseExecution', refuseExecutionForm, RefuseExecutionInput, { reason: ' 不属于本院管辖 ' }, { reason: '不属于本院管辖' }],
    ['registerExecution, with preserved funds', registerExecutionForm, RegisterExecutionInput, { preservedAmount: ' 50000.00 ' }, { preservedAmount: '50000.00' }],
    ['assignExecution', assignExecutionForm, AssignExecutionInput, { judgeId: 12, note: '' }, { judgeId: 12 }],
    ['assignExecution to a team', assignExecutionForm, AssignExecutionInput, { judgeId: 12, teamId: 3 }, { judgeId: 12, teamId: 3 }],
    ['recordClue, urgent', recordClueForm, RecordClueInput, { clue: ' 工商银行账户 ', urgent: true }, { clue: '工商银行账户', urgent: true }],
    ['recordClue, not urgent', recordClueForm, RecordClueInput, { clue: '车辆', urgent: false }, { clue: '车辆' }],
    ['verifyClue', verifyClueForm, VerifyClueInput, { result: '已冻结' }, { result: '已冻结' }],
    ['requestInvestigation', requestInvestigationForm, RequestInvestigationInput, { request: '调查车辆' }, { request: '调查车辆' }],
    ['reportInvestigation', reportInvestigationForm, ReportInvestigationInput, { step: 'completed', note: '' }, { step: 'completed' }],
    ['issueExecutionNotice, the default term', issueNoticeForm, IssueNoticeInput, { ...issueNoticeForm.initialValues!(detail), note: '' }, { reportDays: 5 }],
    ['issueExecutionNotice, 10 days and a note', issueNoticeForm, IssueNoticeInput, { reportDays: 10, note: ' 一并送达 ' }, { reportDays: 10, note: '一并送达' }],
    ['recordExecutionService', recordExecutionServiceForm, RecordExecutionServiceInput, { document: 'propertyReportOrder', partyIds: [3], servedOn: dayjs('2026-05-02'), method: 'direct' }, { document: 'propertyReportOrder', partyIds: [3], servedOn: '2026-05-02', method: 'direct' }],
    ['serveExecutionDocument', serveExecutionDocumentForm, ServeExecutionDocumentInput, { document: 'executionNotice', partyIds: [3] }, { document: 'executionNotice', partyIds: [3] }],
    ['recordPropertyReport, not reported and fined', recordPropertyReportForm, RecordPropertyReportInput, { ...recordPropertyReportForm.initialValues!(detail), partyId: 3, measure: 'fine', note: '' }, { partyId: 3, reported: false, verified: false, measure: 'fine' }],
    ['recordDebtorSearch', recordDebtorSearchForm, RecordDebtorSearchInput, { partyId: 3, whereabouts: 'searched', note: ' 公安协查 ' }, { partyId: 3, whereabouts: 'searched', note: '公安协查' }],
    ['interviewApplicant', interviewApplicantForm, InterviewApplicantInput, { heldOn: dayjs('2026-06-01'), opinion: ' 同意终本 ', bankruptcyRequested: false }, { heldOn: '2026-06-01', opinion: '同意终本', bankruptcyRequested: false }],
    ['proposeEndOfRound, nothing found', proposeEndOfRoundForm, ProposeEndOfRoundInput, { propertyNotDisposable: ' ', note: '' }, {}],
    ['proposeEndOfRound, property not disposable', proposeEndOfRoundForm, ProposeEndOfRoundInput, { propertyNotDisposable: ' 唯一住房 ' }, { propertyNotDisposable: '唯一住房' }],
    ['approveEndOfRound', noteForm, ApproveEndOfRoundInput, { note: '同意' }, { note: '同意' }],
    ['returnEndOfRound', returnEndOfRoundForm, ReturnEndOfRoundInput, { reason: ' 补充点对点查询 ' }, { reason: '补充点对点查询' }],
    ['moveStage', moveStageForm, MoveStageInput, { stage: '集约查控' }, { stage: '集约查控' }],
    ['suspendExecution', suspendExecutionForm, SuspendExecutionInput, { ground: 'applicantAgreesToDefer', note: '' }, { ground: 'applicantAgreesToDefer' }],
    ['resumeExecution', noteForm, ResumeExecutionInput, { note: '中止事由消失' }, { note: '中止事由消失' }],
    ['closeExecution, completed (a stale ground dropped)', closeExecutionForm, CloseExecutionInput, { method: 'completed', terminationGround: 'other' }, { method: 'completed' }],
    ['closeExecution, terminated on its ground', closeExecutionForm, CloseExecutionInput, { method: 'terminated', terminationGround: 'applicationWithdrawn' }, { method: 'terminated', terminationGround: 'applicationWithdrawn' }],
    ['archiveExecution', noteForm, ArchiveExecutionInput, {}, {}],
    ['routeToMediation (执前调, with the applicant’s consent)', routeToPreExecutionMediationForm, RouteToPreExecutionMediationInput, { applicantConsents: true, note: ' 同意 ' }, { applicantConsents: true, note: '同意' }],
  ])('%s', (_, form, schema, values, expected) => {
    const input = form.toInput(values, detail);
    expect(input).toEqual(expected);
    expect(Value.Check(schema, input)).toBe(true);
  });

  test('every 执 event has its form', () => {
    const forms = new Set([routeToPreExecutionMediationForm, assignExecutionForm, closeExecutionForm, moveStageForm, noteForm, refuseExecutionForm, registerExecutionForm, suspendExecutionForm, recordClueForm, verifyClueForm, requestInvestigationForm, reportInvestigationForm, issueNoticeForm, recordExecutionServiceForm, serveExecutionDocumentForm, recordPropertyReportForm, recordDebtorSearchForm, interviewApplicantForm, proposeEndOfRoundForm, returnEndOfRoundForm]);
    for (const event of Object.keys(executionCase.events)) expect(forms.has(eventFormFor('执', event)), event).toBe(true);
    expect(eventFormFor('执', 'reassignExecution')).toBe(assignExecutionForm);
  });
});
