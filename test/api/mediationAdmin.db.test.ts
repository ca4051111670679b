// Issue 16 item 1: the administrator (or a court's 立案庭 chief) registers mediation organisations and invites
// mediators; a new mediator logs in and can be entrusted with a 民诉前调 matter, a deactivated one cannot. Real HTTP
// and PostgreSQL.
import { beforeAll, describe, expect, test } from 'vitest';
import { ApiClient } from '../support/apiClient';
import { courtId, divisionId } from '../support/fixtures';
import { fileLoanCase } from '../support/scenarios';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
const PASSWORD = 'mediator-pass-1';
let admin: ApiClient;
let clerk: ApiClient;
let ng: number;
let kc: number;
let cy: number;

/** An account made by the administrator, logged in: a court's 立案庭 chief, or a chief of another division. */
async function chiefOf(court: number, username: string, division = '立案庭'): Promise<ApiClient> {
  const r = await admin.post('/api/v1/admin/users', { username, displayName: `${username}庭长`, password: PASSWORD, roles: ['divisionChief', 'judge'], courtId: court, divisionId: await divisionId(admin, court, division) });
  expect(r.status).toBe(201);
  return ApiClient.loggedIn(world.server.baseUrl, username, PASSWORD);
}

/** A complaint filed with consent to mediation, routed by 南关's filing clerk: the new 民诉前调 matter's id. */
async function routedMatter(): Promise<number> {
  const filing = await fileLoanCase(world.server.baseUrl, { mediationConsent: true });
  expect((await clerk.fire(filing.id, 'routeToMediation', {})).status).toBe(200);
  return (await clerk.get(`/api/v1/cases/${filing.id}/timeline`)).body.at(-1).payload.mediationCaseId as number;
}

beforeAll(async () => {
  admin = await ApiClient.loggedIn(world.server.baseUrl, 'admin');
  clerk = await ApiClient.loggedIn(world.server.baseUrl, 'ng-filing');
  [ng, kc, cy] = await Promise.all([courtId(admin, '吉0102'), courtId(admin, '吉0103'), courtId(admin, '吉0104')]);
});

describe('the administrator registers an organisation and invites a mediator', () => {
  test('the mediator logs in with the mediator role and is designated on a 民诉前调 matter; deactivated, refused', async () => {
    const org = await admin.post('/api/v1/admin/mediation/organisations', { courtId: ng, name: '南关区物业纠纷调解委员会', kind: 'peopleMediationCommittee', contact: '0431-80000001' });
    expect(org.status).toBe(201);
    expect(org.body).toMatchObject({ courtId: ng, name: '南关区物业纠纷调解委员会', kind: 'peopleMediationCommittee', kindLabel: { 'zh-CN': '人民调解委员会' }, isActive: true, mediatorCount: 0 });

    const m = await admin.post('/api/v1/admin/mediation/mediators', {
      username: 'wy-mediator',
      displayName: '物业调解员',
      phone: '13900000001',
      password: PASSWORD,
      organisationId: org.body.id,
      specialties: ['物业服务合同纠纷'],
      courtIds: [ng, kc],
    });
    expect(m.status).toBe(201);
    expect(m.body).toMatchObject({ username: 'wy-mediator', organisationId: org.body.id, specialties: ['物业服务合同纠纷'], courtIds: [ng, kc].sort((a, b) => a - b), isActive: true });

    const mediator = await ApiClient.loggedIn(world.server.baseUrl, 'wy-mediator', PASSWORD);
    expect(mediator.user).toMatchObject({ roles: ['mediator'], courtId: null, displayName: '物业调解员' });
    // The court's read of its organisations (what the centre designates from) shows the new ones.
    const orgs = (await clerk.get(`/api/v1/mediation/organisations?courtId=${ng}`)).body as { id: number; mediators: { userId: number }[] }[];
    expect(orgs.find((o) => o.id === org.body.id)?.mediators.map((x) => x.userId)).toEqual([m.body.userId]);

    const matter = await routedMatter();
    expect((await clerk.fire(matter, 'designateMediator', { organisationId: org.body.id, mediatorId: m.body.userId, acknowledgeWarnings: true })).status).toBe(200);
    expect((await mediator.get(`/api/v1/cases/${matter}`)).status).toBe(200);
    expect((await mediator.fire(matter, 'acceptEntrustment', {})).status).toBe(200);

    // Deactivated: the session ends, the login is refused, a new designation is refused.
    const off = await admin.patch(`/api/v1/admin/mediation/mediators/${m.body.userId}`, { isActive: false });
    expect(off.status).toBe(200);
    expect(off.body.isActive).toBe(false);
    expect((await mediator.get('/api/v1/auth/me')).status).toBe(401);
    expect((await new ApiClient(world.server.baseUrl).login('wy-mediator', PASSWORD)).status).toBe(401);
    const next = await routedMatter();
    const refused = await clerk.fire(next, 'designateMediator', { organisationId: org.body.id, mediatorId: m.body.userId, acknowledgeWarnings: true });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('MEDIATOR_UNAVAILABLE');

    // Reactivated, the mediator may be designated again.
    expect((await admin.patch(`/api/v1/admin/mediation/mediators/${m.body.userId}`, { isActive: true })).body.isActive).toBe(true);
    expect((await clerk.fire(next, 'designateMediator', { organisationId: org.body.id, mediatorId: m.body.userId, acknowledgeWarnings: true })).status).toBe(200);
    expect((await new ApiClient(world.server.baseUrl).login('wy-mediator', PASSWORD)).status).toBe(200);
  });

  test('an organisation is renamed, given another kind and deactivated; the lists filter, sort and export', async () => {
    const org = (await admin.post('/api/v1/admin/mediation/organisations', { courtId: cy, name: '朝阳区律师调解工作室', kind: 'lawyerMediation' })).body;
    const changed = await admin.patch(`/api/v1/admin/mediation/organisations/${org.id}`, { name: '朝阳区律师调解中心', kind: 'invitedOrganisation', contact: '王律师 13800000003' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: '朝阳区律师调解中心', kind: 'invitedOrganisation', contact: '王律师 13800000003', isActive: true });
    expect((await admin.patch(`/api/v1/admin/mediation/organisations/${org.id}`, { isActive: false })).body).toMatchObject({ name: '朝阳区律师调解中心', isActive: false });

    const list = await admin.get(`/api/v1/admin/mediation/organisations?courtId=${cy}&sort=-name`);
    expect(list.status).toBe(200);
    const names = list.body.items.map((o: { name: string }) => o.name);
    expect(names).toContain('朝阳区律师调解中心');
    expect([...names].sort().reverse()).toEqual(names);
    const inactive = await admin.get(`/api/v1/admin/mediation/organisations?courtId=${cy}&isActive=false`);
    expect(inactive.body.items.map((o: { id: number }) => o.id)).toEqual([org.id]);
    expect((await admin.get('/api/v1/admin/mediation/organisations?sort=nonsense')).status).toBe(400);

    const mediators = await admin.get(`/api/v1/admin/mediation/mediators?courtId=${kc}&q=${encodeURIComponent('金融')}`);
    expect(mediators.body.items.map((m: { username: string }) => m.username)).toEqual(['fin-mediator']);
    expect(mediators.body.items[0]).toMatchObject({ organisationName: '长春市金融纠纷调解中心', specialties: ['金融借款合同纠纷', '信用卡纠纷'] });

    const xlsx = await admin.bytes(`/api/v1/admin/mediation/mediators/export?courtId=${ng}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(Number(xlsx.headers.get('x-export-rows'))).toBeGreaterThanOrEqual(2);
    expect((await admin.bytes(`/api/v1/admin/mediation/organisations/export?courtId=${ng}`)).status).toBe(200);
  });
});

describe("a court's 立案庭 chief administers their own court only", () => {
  test('registers and changes their own organisations and mediators; another court\'s are 403/404; other chiefs 403', async () => {
    const chief = await chiefOf(kc, 'kc-filing-chief');
    const own = await chief.post('/api/v1/admin/mediation/organisations', { courtId: kc, name: '宽城区交通事故调解委员会', kind: 'peopleMediationCommittee' });
    expect(own.status).toBe(201);
    const m = await chief.post('/api/v1/admin/mediation/mediators', { username: 'jt-mediator', displayName: '交通调解员', password: PASSWORD, organisationId: own.body.id, specialties: [], courtIds: [kc] });
    expect(m.status).toBe(201);
    expect((await chief.patch(`/api/v1/admin/mediation/mediators/${m.body.userId}`, { specialties: ['机动车交通事故责任纠纷'] })).body.specialties).toEqual(['机动车交通事故责任纠纷']);

    // The list is their court's, by default or named; another court's is refused.
    const mine = await chief.get('/api/v1/admin/mediation/organisations');
    expect(mine.status).toBe(200);
    expect(new Set(mine.body.items.map((o: { courtId: number }) => o.courtId))).toEqual(new Set([kc]));
    expect((await chief.get(`/api/v1/admin/mediation/organisations?courtId=${ng}`)).body.code).toBe('COURT_FORBIDDEN');
    expect((await chief.get(`/api/v1/admin/mediation/mediators?courtId=${ng}`)).status).toBe(403);
    // fin-mediator serves 宽城 too: the chief may change them, but not the courts other than their own.
    const fin = (await chief.get(`/api/v1/admin/mediation/mediators?q=fin-mediator`)).body.items[0];
    expect((await chief.patch(`/api/v1/admin/mediation/mediators/${fin.userId}`, { specialties: [...fin.specialties, '保险纠纷'] })).status).toBe(200);
    const widened = await chief.patch(`/api/v1/admin/mediation/mediators/${fin.userId}`, { courtIds: [...fin.courtIds, cy] });
    expect(widened.status).toBe(403);
    expect(widened.body.code).toBe('MEDIATOR_COURTS_FORBIDDEN');

    // 南关's organisation and its only-南关 mediator do not exist for 宽城's chief.
    const ngOrg = (await admin.get(`/api/v1/admin/mediation/organisations?courtId=${ng}&q=${encodeURIComponent('南关区人民调解委员会')}`)).body.items[0];
    const ngMediator = (await admin.get('/api/v1/admin/mediation/mediators?q=ng-mediator')).body.items[0];
    const before = (await admin.get(`/api/v1/admin/mediation/organisations?courtId=${ng}&q=${encodeURIComponent('南关区人民调解委员会')}`)).body.items[0];
    const org404 = await chief.patch(`/api/v1/admin/mediation/organisations/${ngOrg.id}`, { isActive: false });
    expect(org404.status).toBe(404);
    expect(org404.body.code).toBe('MEDIATION_ORGANISATION_UNKNOWN');
    expect((await chief.patch(`/api/v1/admin/mediation/mediators/${ngMediator.userId}`, { isActive: false })).body.code).toBe('MEDIATOR_UNKNOWN');
    expect((await chief.post('/api/v1/admin/mediation/organisations', { courtId: ng, name: '越权登记的组织', kind: 'industryMediation' })).body.code).toBe('COURT_FORBIDDEN');
    const otherOrg = await chief.post('/api/v1/admin/mediation/mediators', { username: 'kc-other', displayName: '越权调解员', password: PASSWORD, organisationId: ngOrg.id, specialties: [], courtIds: [kc] });
    expect(otherOrg.status).toBe(422);
    expect(otherOrg.body.code).toBe('MEDIATION_ORGANISATION_OTHER_COURT');
    expect((await admin.get(`/api/v1/admin/mediation/organisations?courtId=${ng}&q=${encodeURIComponent('南关区人民调解委员会')}`)).body.items[0]).toEqual(before);

    // The filing-division chief of another court is refused on this court's organisation; a chief of another
    // division, and every other role, are refused outright.
    const ngChief = await chiefOf(ng, 'ng-filing-chief');
    expect((await ngChief.patch(`/api/v1/admin/mediation/organisations/${own.body.id}`, { isActive: false })).status).toBe(404);
    for (const user of ['kc-chief', 'kc-filing', 'kc-president', 'ng-mediator', 'zhangsan']) {
      const api = await ApiClient.loggedIn(world.server.baseUrl, user);
      const r = await api.post('/api/v1/admin/mediation/organisations', { courtId: kc, name: '无权登记', kind: 'industryMediation' });
      expect(r.status, user).toBe(403);
      expect((await api.get(`/api/v1/admin/mediation/mediators?courtId=${kc}`)).status, user).toBe(403);
    }
    expect((await chief.get(`/api/v1/admin/mediation/organisations?courtId=${kc}&q=${encodeURIComponent('无权登记')}`)).body.total).toBe(0);
  });
});

describe('refusals: stable codes, both languages, nothing saved', () => {
  test('unknown kind, duplicate name, a court served that does not exist, an organisation of a court not served', async () => {
    const kind = await admin.post('/api/v1/admin/mediation/organisations', { courtId: ng, name: '某调解组织', kind: 'arbitration' });
    expect(kind.status).toBe(400);
    expect(kind.body.code).toBe('VALIDATION_FAILED');
    expect(kind.body.details.fields.some((f: { path: string }) => f.path.endsWith('/kind'))).toBe(true);

    const dup = await admin.post('/api/v1/admin/mediation/organisations', { courtId: ng, name: '南关区人民调解委员会', kind: 'peopleMediationCommittee' });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'MEDIATION_ORGANISATION_NAME_TAKEN', details: { field: '/name' } });
    expect(dup.body.messages['zh-CN']).toContain('同名');
    expect(dup.body.messages.en).toContain('with that name');
    // The same name at another court is another organisation.
    expect((await admin.post('/api/v1/admin/mediation/organisations', { courtId: cy, name: '南关区人民调解委员会', kind: 'peopleMediationCommittee' })).status).toBe(201);
    const renamed = (await admin.get(`/api/v1/admin/mediation/organisations?courtId=${ng}`)).body.items.find((o: { name: string }) => o.name === '长春市金融纠纷调解中心');
    expect((await admin.patch(`/api/v1/admin/mediation/organisations/${renamed.id}`, { name: '南关区人民调解委员会' })).body.code).toBe('MEDIATION_ORGANISATION_NAME_TAKEN');
    expect((await admin.post('/api/v1/admin/mediation/organisations', { courtId: 999999, name: '无此法院的组织', kind: 'industryMediation' })).body.code).toBe('MEDIATION_COURT_UNKNOWN');

    const org = (await admin.get(`/api/v1/admin/mediation/organisations?courtId=${ng}&q=${encodeURIComponent('南关区人民调解委员会')}`)).body.items[0];
    const base = { username: 'bad-mediator', displayName: '某调解员', password: PASSWORD, organisationId: org.id, specialties: [] };
    const court = await admin.post('/api/v1/admin/mediation/mediators', { ...base, courtIds: [ng, 999999] });
    expect(court.status).toBe(422);
    expect(court.body).toMatchObject({ code: 'MEDIATION_COURT_UNKNOWN', details: { field: '/courtIds/1' } });
    const notServed = await admin.post('/api/v1/admin/mediation/mediators', { ...base, courtIds: [kc] });
    expect(notServed.status).toBe(422);
    expect(notServed.body.code).toBe('MEDIATOR_ORGANISATION_COURT_NOT_SERVED');
    expect((await admin.post('/api/v1/admin/mediation/mediators', { ...base, organisationId: 999999, courtIds: [ng] })).body.code).toBe('MEDIATION_ORGANISATION_UNKNOWN');
    expect((await admin.post('/api/v1/admin/mediation/mediators', { ...base, password: 'short', courtIds: [ng] })).status).toBe(400);
    expect((await admin.post('/api/v1/admin/mediation/mediators', { ...base, username: 'ng-mediator', courtIds: [ng] })).body.code).toBe('USERNAME_TAKEN');
    // None of the refused mediators exists, as an account or a mediator.
    expect((await admin.get('/api/v1/admin/users?q=bad-mediator')).body.total).toBe(0);
    expect((await admin.get('/api/v1/admin/mediation/mediators?q=bad-mediator')).body.total).toBe(0);

    const en = await admin.request('PATCH', '/api/v1/admin/mediation/mediators/999999', { isActive: false }, { headers: { 'accept-language': 'en' } });
    expect(en.status).toBe(404);
    expect(en.body).toMatchObject({ code: 'MEDIATOR_UNKNOWN', message: 'No such mediator.' });
  });
});
