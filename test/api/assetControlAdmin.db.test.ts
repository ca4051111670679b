// Issue 18 (网络查控), the administration and the schedule: the administrator and a court's 执行局长 rename and
// deactivate agencies (national ones the administrator only) and create the agencies' accounts; the national batch
// goes out once a day from 02:00 court time [U] and every results file in the inbox is read once, each result on its
// case's timeline and in its officer's notices. Real HTTP and PostgreSQL.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadJob } from '../../src/server/jobs/jobStore';
import { scheduleNationalBatch } from '../../src/server/modules/assetControl/nationalBatchSchedule';
import { ApiClient } from '../support/apiClient';
import { assignedExecutionCase } from '../support/executionScenario';
import { courtId } from '../support/fixtures';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
const sql = async (text: string, params: unknown[] = []) => (await world.server.database.pool.query(text, params)).rows;
let admin: ApiClient;
let chief: ApiClient;
let otherChief: ApiClient;
let officer: ApiClient;
let nanguan: number;
const agencyId = async (name: string) => Number((await sql('select id from agencies where name = $1', [name]))[0].id);

beforeAll(async () => {
  const login = (u: string) => ApiClient.loggedIn(world.server.baseUrl, u);
  [admin, chief, otherChief, officer] = await Promise.all([login('admin'), login('ng-execchief'), login('kc-execchief'), login('ng-exec1')]);
  nanguan = await courtId(admin, '吉0102');
});

describe('agencies and their accounts', () => {
  test('the 执行局长 adds, renames and staffs a local agency; the new account logs in to the agency portal', async () => {
    const added = await chief.post('/api/v1/admin/asset-control/agencies', { channel: 'local', kind: 'housingFund', name: '长春市住房公积金管理中心南关分中心' });
    expect(added.status).toBe(201);
    const renamed = await chief.patch(`/api/v1/admin/asset-control/agencies/${added.body.id}`, { name: '长春市住房公积金中心南关管理部' });
    expect(renamed.body).toMatchObject({ name: '长春市住房公积金中心南关管理部', courtId: nanguan, isActive: true });
    const account = { username: 'agency-ng-fund', displayName: '公积金中心经办人', password: 'fund-pass-2026', phone: '0431-88886666' };
    expect((await otherChief.post(`/api/v1/admin/asset-control/agencies/${added.body.id}/users`, account)).body.code).toBe('COURT_FORBIDDEN');
    const created = await chief.post(`/api/v1/admin/asset-control/agencies/${added.body.id}/users`, account);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'agency-ng-fund', agencyId: added.body.id, isActive: true });
    expect((await sql('select roles, court_id from users where id = $1', [created.body.userId]))[0]).toEqual({ roles: ['agency'], court_id: null });
    expect((await chief.post(`/api/v1/admin/asset-control/agencies/${added.body.id}/users`, account)).body.code).toBe('USERNAME_TAKEN');
    expect((await chief.get(`/api/v1/admin/asset-control/agencies/${added.body.id}/users`)).body.map((u: any) => u.username)).toEqual(['agency-ng-fund']);

    const staff = await ApiClient.loggedIn(world.server.baseUrl, 'agency-ng-fund', 'fund-pass-2026');
    const requests = await staff.get('/api/v1/agency/requests');
    expect([requests.status, requests.body.items]).toEqual([200, []]);
    // Deactivating the account ends its sessions.
    const off = await chief.patch(`/api/v1/admin/asset-control/agency-users/${created.body.userId}`, { isActive: false });
    expect(off.body.isActive).toBe(false);
    expect((await staff.get('/api/v1/agency/requests')).status).toBe(401);
  });

  test('national agencies are the administrator\'s; a deactivated agency is offered to no officer and takes no new accounts', async () => {
    const bank = await agencyId('中国证券登记结算有限责任公司');
    expect((await chief.patch(`/api/v1/admin/asset-control/agencies/${bank}`, { isActive: false })).body.code).toBe('EXECUTION_ADMIN_FORBIDDEN');
    expect((await chief.post(`/api/v1/admin/asset-control/agencies/${bank}/users`, { username: 'ccb-x', displayName: '建行', password: 'ccb-pass-2026' })).body.code).toBe('EXECUTION_ADMIN_FORBIDDEN');
    const byAdmin = await admin.post(`/api/v1/admin/asset-control/agencies/${bank}/users`, { username: 'agency-ccb', displayName: '建设银行总对总专员', password: 'ccb-pass-2026' });
    expect(byAdmin.status).toBe(201);
    expect((await admin.patch(`/api/v1/admin/asset-control/agencies/${bank}`, { isActive: false })).body.isActive).toBe(false);
    const ex = await assignedExecutionCase(world.server.baseUrl, clock);
    const panel = (await officer.get(`/api/v1/cases/${ex.id}/asset-control`)).body;
    expect(panel.agencies.map((a: any) => a.id)).not.toContain(bank);
    expect((await officer.post(`/api/v1/cases/${ex.id}/asset-control/inquiries`, { partyIds: [ex.debtorId], agencyIds: [bank] })).body.code).toBe('AGENCY_UNKNOWN');
    expect((await admin.post(`/api/v1/admin/asset-control/agencies/${bank}/users`, { username: 'agency-ccb2', displayName: '建行', password: 'ccb-pass-2026' })).body.code).toBe('AGENCY_INACTIVE');
    expect((await admin.get(`/api/v1/admin/asset-control/courts/${nanguan}/agencies`)).body.find((a: any) => a.id === bank).isActive).toBe(false);
    await admin.patch(`/api/v1/admin/asset-control/agencies/${bank}`, { isActive: true });
  });
});

describe('the national batch on a schedule', () => {
  const at = (instant: string) => scheduleNationalBatch(world.server.deps, new Date(instant));
  const finished = async (kind: 'send' | 'read', key: string) => {
    for (let i = 0; i < 500; i++) {
      const [row] = await sql(`select id from background_jobs where kind = 'nationalBatch' and input->>'action' = $1 and (input->>'batchId' = $2 or input->>'source' = $2)`, [kind, key]);
      const job = row ? await loadJob(world.server.deps.db, Number(row.id)) : null;
      if (job?.status === 'succeeded' || job?.status === 'failed') return job;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the batch job did not finish');
  };

  test('queued once a day from 02:00 court time; the results file read once: timeline entries and the officer told', async () => {
    const ex = await assignedExecutionCase(world.server.baseUrl, clock);
    const agencies = [await agencyId('中国工商银行（总对总）'), await agencyId('支付宝（中国）网络技术有限公司')];
    const { ids } = (await officer.post(`/api/v1/cases/${ex.id}/asset-control/inquiries`, { partyIds: [ex.debtorId], agencyIds: agencies })).body;
    expect(ids).toHaveLength(2);

    expect((await at('2026-03-02T01:59:00+08:00')).send).toBeNull();
    expect((await at('2026-03-02T02:00:00+08:00')).send).toBe('NQ-20260302');
    const [again, concurrently] = await Promise.all([at('2026-03-02T02:30:00+08:00'), at('2026-03-02T23:59:00+08:00')]);
    expect([again.send, concurrently.send]).toEqual([null, null]);
    expect((await sql(`select count(*)::int as n from background_jobs where kind = 'nationalBatch' and input->>'batchId' = 'NQ-20260302'`))[0].n).toBe(1);
    expect((await finished('send', 'NQ-20260302')).result).toMatchObject({ sent: 2 });
    expect((await sql('select distinct batch_id from asset_control_requests where id = any($1::bigint[])', [ids])).map((r) => r.batch_id)).toEqual(['NQ-20260302']);
    // 01:00 on the next day is still the day before's send time: nothing; 02:05 the next day's batch.
    expect((await at('2026-03-03T01:00:00+08:00')).send).toBeNull();
    expect((await at('2026-03-03T02:05:00+08:00')).send).toBe('NQ-20260303');

    const inbox = path.join(world.server.deps.config.dataDir, 'netquery', 'inbox');
    await mkdir(inbox, { recursive: true });
    await writeFile(path.join(inbox, 'NQ-20260302-results.jsonl.part'), 'not yet complete');
    const results = [
      { requestId: ids[0], outcome: 'answered', assets: [{ kind: 'account', identifier: '6222020000000099', description: '工行账户', balanceFen: 45_600 }] },
      { requestId: ids[1], outcome: 'refused', reason: '身份信息不符' },
    ];
    await writeFile(path.join(inbox, 'NQ-20260302-results.jsonl'), results.map((r) => JSON.stringify(r)).join('\n'));
    expect((await at('2026-03-03T09:00:00+08:00')).read).toEqual(['NQ-20260302-results.jsonl']);
    expect((await at('2026-03-03T09:01:00+08:00')).read).toEqual([]);
    expect((await finished('read', 'NQ-20260302-results.jsonl')).result).toEqual({ attached: 2, invalid: 0 });

    const timeline = (await officer.get(`/api/v1/cases/${ex.id}/timeline`)).body.filter((e: any) => ['assetInquiryAnswered', 'assetControlRefused'].includes(e.event));
    expect(timeline.map((e: any) => [e.event, e.payload.agency, e.payload.channel])).toEqual(
      expect.arrayContaining([['assetInquiryAnswered', '中国工商银行（总对总）', 'national'], ['assetControlRefused', '支付宝（中国）网络技术有限公司', 'national']]),
    );
    const notices = JSON.stringify((await officer.get('/api/v1/notifications')).body);
    expect(notices).toContain('中国工商银行（总对总）反馈了查询结果');
    expect(notices).toContain('支付宝（中国）网络技术有限公司拒绝了');
    expect((await officer.get(`/api/v1/cases/${ex.id}/asset-control`)).body.assets.find((a: any) => a.identifier === '6222020000000099')).toMatchObject({ source: 'inquiry', balanceFen: 45_600 });
  });
});
