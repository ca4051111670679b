// The reference data of the authorization matrix's world: what an administrator's requests save unchanged, and the
// objects of the mediation routes (built by buildAuthzWorld in authzWorld.ts).
import type { ApiClient } from './apiClient';
import { creditObjects, executionTeam } from './authzExecution';
import type { MatrixReference } from './authzRequests';
import type { World } from './authzWorld';
import { bankInquiryAndFreeze } from './executionScenario';
/** Current data an administrator's requests save unchanged, and the log's size for the proof routes. */
export async function reference(w: World, admin: ApiClient, wangwu: MatrixReference['wangwu'], settledMatterId: number, executionCaseId: number): Promise<Omit<MatrixReference, 'criminalCaseId' | 'special' | 'hearings'>> {
  const courts = await w.ok(admin.get('/api/v1/courts'), 'courts');
  const { id: _id, ...court } = courts.find((c: { code: string }) => c.code === '吉0102');
  const codes = await w.ok(admin.get('/api/v1/case-type-codes?q=' + encodeURIComponent('民初')), 'codes');
  const calendarYear = 2026;
  const calendar = await w.ok(admin.get(`/api/v1/calendar/${calendarYear}`), 'calendar');
  const checkpoint: string = await w.ok(admin.get('/api/v1/transparency/checkpoint'), 'checkpoint');
  return {
    today: w.clock.today(),
    logSize: Number(checkpoint.split('\n')[1]),
    court,
    caseTypeCode: codes.items[0].code,
    calendarYear,
    calendar: { source: calendar.source, days: calendar.days },
    clockSettings: await w.ok(admin.get('/api/v1/admin/settings/clock'), 'clock settings'),
    feeSettings: await w.ok(admin.get('/api/v1/admin/settings/fees'), 'fee settings'),
    wangwu,
    mediation: { ...(await mediationReference(w, admin)), settledMatterId },
    execution: { caseId: executionCaseId, teamId: await executionTeam(w, admin), ...(await w.paidPayout(executionCaseId)), reportId: await w.fundReport() },
    credit: await creditObjects(w, executionCaseId),
    assetControl: await bankInquiryAndFreeze(await w.as('ng-exec1'), await w.as('agency-icbc'), executionCaseId),
    notificationId: (await w.ok((await w.as('ng-finance')).get('/api/v1/notifications?pageSize=1'), 'notifications')).items[0].id,
  };
}

/** 南关's people's mediation committee and ng-mediator, whom the administrator saves unchanged. */
async function mediationReference(w: World, admin: ApiClient): Promise<Omit<MatrixReference['mediation'], 'settledMatterId'>> {
  const courtId = await w.court('吉0102');
  const orgs = await w.ok(admin.get(`/api/v1/mediation/organisations?courtId=${courtId}`), 'organisations');
  const committee = orgs.find((o: { name: string }) => o.name === '南关区人民调解委员会');
  return { courtId, organisationId: committee.id, organisationName: committee.name, mediatorId: committee.mediators[0].userId };
}
