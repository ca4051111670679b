// Issue 18 (网络查控): the officer sends inquiries and controls from a 执 case; the agency portal sees only its own
// requests (another agency's, one awaiting approval, or any case → 404), answers with structured results that land in
// the asset list, and executes freezes that run on the case's clock (CPL-Interp art 485: deposits 1 year), reminded
// 30 and 7 days before expiry once each, renewed from the old expiry, lapsed when not renewed; a deduction posts to
// the case's execution ledger and the books still balance. Real HTTP and PostgreSQL.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { enqueueJob, loadJob } from '../../src/server/jobs/jobStore';
import { inquiryFacts } from '../../src/server/modules/assetControl/inquiryFacts';
import { remindControlExpiries } from '../../src/server/modules/assetControl/controlReminders';
import { auditExecutionFunds } from '../../src/server/modules/execution/fundAudit';
import { ApiClient } from '../support/apiClient';
import { assignedExecutionCase } from '../support/executionScenario';
import { courtId } from '../support/fixtures';
import { serverForSpec } from '../support/serverForSpec';
import { testClock } from '../support/testClock';

const clock = testClock('2026-03-02');
const world = serverForSpec({ clock });
const sql = async (text: string, params: unknown[] = []) => (await world.server.database.pool.query(text, params)).rows;
let officer: ApiClient;
let otherOfficer: ApiClient;
let chief: ApiClient;
let bank: ApiClient;
let registry: ApiClient;
let ex: Awaited<ReturnType<typeof assignedExecutionCase>>;
let agencyId: (name: string) => Promise<number>;

beforeAll(async () => {
  const login = (u: string) => ApiClient.loggedIn(world.server.baseUrl, u);
  [officer, otherOfficer, chief, bank, registry] = await Promise.all([login('ng-exec1'), login('ng-exec2'), login('ng-execchief'), login('agency-icbc'), login('agency-ng-realestate')]);
  ex = await assignedExecutionCase(world.server.baseUrl, clock);
  agencyId = async (name) => (await sql('select id from agencies where name = $1', [name]))[0].id;
});

const inquire = (agencyIds: number[], as = officer) => as.post(`/api/v1/cases/${ex.id}/asset-control/inquiries`, { partyIds: [ex.debtorId], agencyIds });
const panel = async () => (await officer.get(`/api/v1/cases/${ex.id}/asset-control`)).body;
const control = (body: Record<string, unknown>) => officer.post(`/api/v1/cases/${ex.id}/asset-control/controls`, body);

describe('inquiries and the agency portal', () => {
  let bankRequest: number;
  let registryRequest: number;

  test('the officer sends an inquiry to the national bank and the local registry: one request each, on the timeline', async () => {
    const bankId = await agencyId('中国工商银行（总对总）');
    const registryId = await agencyId('长春市南关区不动产登记中心');
    const stranger = await inquire([bankId], otherOfficer);
    expect(stranger.status).toBe(403);
    const r = await inquire([bankId, registryId]);
    expect(r.status).toBe(201);
    [bankRequest, registryRequest] = r.body.ids;
    const p = await panel();
    expect(p.requests.map((x: any) => [x.agencyName, x.kind, x.status, x.channel])).toEqual([
      ['长春市南关区不动产登记中心', 'inquiry', 'sent', 'local'],
      ['中国工商银行（总对总）', 'inquiry', 'sent', 'national'],
    ]);
    expect(p.requests[0].legalBasis).toContain('财产调查若干问题的规定》第一条');
    const timeline = (await officer.get(`/api/v1/cases/${ex.id}/timeline`)).body.map((e: any) => e.event);
    expect(timeline).toContain('requestAssetInquiry');
  });

  test('an agency sees only its own requests: another agency\'s request, or any case, is 404', async () => {
    const list = await bank.get('/api/v1/agency/requests');
    expect(list.status).toBe(200);
    expect(list.body.items.map((x: any) => x.id)).toEqual([bankRequest]);
    expect(list.body.items[0]).toMatchObject({ debtorName: '李四', kind: 'inquiry', status: 'sent' });
    expect(list.body.items[0].debtorIdNumber).toMatch(/^\d{17}[\dX]$/);
    expect((await bank.get(`/api/v1/agency/requests/${registryRequest}`)).status).toBe(404);
    expect((await registry.get(`/api/v1/agency/requests/${bankRequest}`)).status).toBe(404);
    expect((await registry.post(`/api/v1/agency/requests/${bankRequest}/answer`, { assets: [] })).status).toBe(404);
    expect((await bank.get(`/api/v1/cases/${ex.id}`)).status).toBe(404);
    expect([403, 404]).toContain((await bank.get(`/api/v1/cases/${ex.id}/asset-control`)).status);
    expect((await officer.get('/api/v1/agency/requests')).status).toBe(403);
  });

  test('answers are structured and checked; the assets found land in the asset list with their source and date', async () => {
    clock.set('2026-05-26');
    const badPlate = await registry.post(`/api/v1/agency/requests/${registryRequest}/answer`, { assets: [{ kind: 'vehicle', identifier: '12345', description: '小型轿车' }] });
    expect([badPlate.status, badPlate.body.code]).toEqual([422, 'ASSET_ANSWER_INVALID']);
    const noBalance = await bank.post(`/api/v1/agency/requests/${bankRequest}/answer`, { assets: [{ kind: 'account', identifier: '6222020000000001', description: '活期' }] });
    expect([noBalance.status, noBalance.body.code]).toEqual([422, 'ASSET_ANSWER_INVALID']);
    expect(await sql('select id from case_assets where case_id = $1', [ex.id])).toEqual([]);
    const ok = await bank.post(`/api/v1/agency/requests/${bankRequest}/answer`, {
      assets: [
        { kind: 'account', identifier: '6222 0200 0000 0001', description: '工商银行活期账户', balanceFen: 500_000_00 },
        { kind: 'account', identifier: '6222020000000002', description: '工商银行定期账户', balanceFen: 20_000_00 },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'answered', answeredOn: '2026-05-26' });
    expect((await registry.post(`/api/v1/agency/requests/${registryRequest}/answer`, { assets: [] })).status).toBe(200);
    const again = await bank.post(`/api/v1/agency/requests/${bankRequest}/answer`, { assets: [] });
    expect([again.status, again.body.code]).toEqual([409, 'REQUEST_STATUS_CONFLICT']);
    const p = await panel();
    expect(p.assets.map((a: any) => [a.kind, a.identifier, a.balanceFen, a.source, a.agencyName, a.foundOn])).toEqual([
      ['account', '6222020000000001', 500_000_00, 'inquiry', '中国工商银行（总对总）', '2026-05-26'],
      ['account', '6222020000000002', 20_000_00, 'inquiry', '中国工商银行（总对总）', '2026-05-26'],
    ]);
    const facts = await inquiryFacts(world.server.deps.db, ex.id);
    expect(facts).toEqual([
      { channel: 'national', partyId: ex.debtorId, agencyKind: 'bank', answeredOn: '2026-05-26', found: true },
      { channel: 'local', partyId: ex.debtorId, agencyKind: 'realEstateRegistry', answeredOn: '2026-05-26', found: false },
    ]);
    const notes = await sql(`select count(*)::int as n from notifications where kind = 'assetControl' and case_id = $1`, [ex.id]);
    expect(notes[0].n).toBe(2);
  });

  test('the officer enters an asset found on site', async () => {
    const r = await officer.post(`/api/v1/cases/${ex.id}/asset-control/assets`, { partyId: ex.debtorId, kind: 'vehicle', identifier: '吉A12345', description: '小型轿车' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ source: 'onSite', agencyName: null, foundOn: '2026-05-26' });
    const notDebtor = await officer.post(`/api/v1/cases/${ex.id}/asset-control/assets`, { partyId: ex.applicantId, kind: 'other', identifier: 'X', description: '字画' });
    expect([notDebtor.status, notDebtor.body.code]).toEqual([422, 'ASSET_CONTROL_NOT_DEBTOR']);
  });
});

describe('freezes on the clock', () => {
  let accountA: number;
  let accountB: number;
  let controlA: number;

  beforeAll(async () => {
    const assets = (await panel()).assets;
    accountA = assets[0].id;
    accountB = assets[1].id;
  });

  const execute = async (requestId: number, body: Record<string, unknown> = {}) => bank.post(`/api/v1/agency/requests/${requestId}/execute`, body);

  test('a freeze carries its ruling and assistance notice, generated from the case; executed, its 1-year term runs on the clock', async () => {
    const noAmount = await control({ kind: 'freeze', assetId: accountA });
    expect([noAmount.status, noAmount.body.code]).toEqual([422, 'CONTROL_AMOUNT_REQUIRED']);
    const r = await control({ kind: 'freeze', assetId: accountA, amountFen: 300_000_00 });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ kind: 'freeze', status: 'sent', agencyName: '中国工商银行（总对总）', amountFen: 300_000_00 });
    expect(r.body.documents.map((d: any) => d.role)).toEqual(['ruling', 'notice']);
    const seen = await bank.get(`/api/v1/agency/requests/${r.body.id}`);
    expect(seen.body.asset).toEqual({ kind: 'account', identifier: '6222020000000001', description: '工商银行活期账户' });
    const doc = await bank.get(`/api/v1/agency/requests/${r.body.id}/documents/${r.body.documents[1].attachmentId}`);
    expect(doc.status).toBe(200);
    expect((await registry.get(`/api/v1/agency/requests/${r.body.id}/documents/${r.body.documents[1].attachmentId}`)).status).toBe(404);
    expect((await bank.post(`/api/v1/agency/requests/${r.body.id}/answer`, { assets: [] })).body.code).toBe('REQUEST_ACTION_INVALID');
    const done = await execute(r.body.id);
    expect(done.status).toBe(200);
    const p = await panel();
    const ctl = p.controls.find((c: any) => c.assetId === accountA);
    controlA = ctl.id;
    expect(ctl).toMatchObject({ kind: 'freeze', termKind: 'depositFreeze', startsOn: '2026-05-26', expiresOn: '2027-05-26', state: 'active', amountFen: 300_000_00 });
    const periods = await sql(`select kind, status, due_on::text from case_periods where case_id = $1 and kind = 'depositFreeze'`, [ex.id]);
    expect(periods).toEqual([{ kind: 'depositFreeze', status: 'running', due_on: '2027-05-26' }]);
    const dup = await control({ kind: 'freeze', assetId: accountA, amountFen: 1 });
    expect([dup.status, dup.body.code]).toEqual([409, 'CONTROL_ALREADY_ACTIVE']);
  });

  test('reminders 30 and 7 days before expiry reach the officer once each', async () => {
    const reminders = async (on: string) => remindControlExpiries(world.server.deps, on);
    expect(await reminders('2027-04-25')).toBe(0);
    expect(await reminders('2027-04-26')).toBe(1);
    expect(await reminders('2027-04-27')).toBe(0);
    expect(await reminders('2027-05-19')).toBe(1);
    expect(await reminders('2027-05-20')).toBe(0);
    const notes = await sql(`select title ->> 'zh-CN' as title from notifications where kind = 'controlExpiry' and case_id = $1 order by id`, [ex.id]);
    expect(notes.map((n) => n.title)).toEqual([expect.stringContaining('30日内到期'), expect.stringContaining('7日内到期')]);
  });

  test('续冻 goes through the agency and restarts the term from the old expiry', async () => {
    clock.set('2027-05-20');
    const r = await control({ kind: 'renew', controlId: controlA });
    expect(r.status).toBe(201);
    expect(r.body.documents).toHaveLength(2);
    expect((await execute(r.body.id)).status).toBe(200);
    const ctl = (await panel()).controls.find((c: any) => c.id === controlA);
    expect(ctl).toMatchObject({ expiresOn: '2028-05-26', renewals: 1, state: 'active' });
    const periods = await sql(`select status, completed_reason, due_on::text from case_periods where case_id = $1 and kind = 'depositFreeze' order by id`, [ex.id]);
    expect(periods).toEqual([
      { status: 'completed', completed_reason: 'renewed', due_on: '2027-05-26' },
      { status: 'running', completed_reason: null, due_on: '2028-05-26' },
    ]);
  });

  test('a freeze past its end without renewal is lapsed: red on the case and in the centre\'s list', async () => {
    clock.set('2027-05-21');
    const r = await control({ kind: 'freeze', assetId: accountB, amountFen: 20_000_00 });
    expect((await execute(r.body.id, { executedOn: '2027-05-21' })).status).toBe(200);
    clock.set('2028-05-23');
    const ctl = (await panel()).controls.find((c: any) => c.assetId === accountB);
    expect(ctl).toMatchObject({ expiresOn: '2028-05-22', state: 'lapsed', daysLeft: -1 });
    const list = await officer.get('/api/v1/asset-control/requests?lapsing=true');
    expect(list.status).toBe(200);
    // The lapsed freeze, and the renewed one ending in 3 days (2028-05-26): both need the officer.
    expect(list.body.items.map((x: any) => [x.id, x.kind, x.controlState])).toEqual([[r.body.id, 'freeze', 'lapsed'], [expect.any(Number), 'renew', 'expiring']]);
    const renewLate = await control({ kind: 'renew', controlId: ctl.id });
    expect([renewLate.status, renewLate.body.code]).toEqual([409, 'CONTROL_NOT_ACTIVE']);
    const xlsx = await officer.get('/api/v1/asset-control/requests/export?lapsing=true');
    expect(xlsx.status).toBe(200);
  });

  test('a 扣划 executed by the bank posts into the case\'s execution ledger; the books balance', async () => {
    const over = await control({ kind: 'deduct', assetId: accountA, amountFen: 100_000_00 });
    expect(over.status).toBe(201);
    const tooMuch = await execute(over.body.id, { amountFen: 100_000_01 });
    expect([tooMuch.status, tooMuch.body.code]).toEqual([422, 'CONTROL_AMOUNT_EXCEEDED']);
    expect((await execute(over.body.id)).status).toBe(200);
    const funds = (await officer.get(`/api/v1/cases/${ex.id}/execution/funds`)).body;
    expect(funds.entries.filter((e: any) => e.kind === 'receipt').map((e: any) => e.amount)).toEqual(['100000.00']);
    expect(funds.balance).toBe('100000.00');
    expect(await auditExecutionFunds(world.server.deps.db)).toEqual([]);
    const asset = (await panel()).assets.find((a: any) => a.id === accountA);
    expect(asset.balanceFen).toBe(400_000_00);
  });

  test('解冻 ends the term', async () => {
    const r = await control({ kind: 'unfreeze', controlId: controlA });
    expect((await execute(r.body.id)).status).toBe(200);
    const ctl = (await panel()).controls.find((c: any) => c.id === controlA);
    expect(ctl).toMatchObject({ state: 'released', releasedOn: '2028-05-23', daysLeft: null });
    expect(await sql(`select count(*)::int as n from case_periods where case_id = $1 and kind = 'depositFreeze' and status = 'running'`, [ex.id])).toEqual([{ n: 1 }]);
  });
});

describe('approval by the head of execution', () => {
  test('a request awaiting approval is invisible to the agency until the 执行局长 approves it', async () => {
    const court = await courtId(chief, '吉0102');
    const set = await chief.put(`/api/v1/admin/asset-control/courts/${court}/settings`, { controlApproval: 'divisionChief' });
    expect(set.body).toMatchObject({ controlApproval: 'divisionChief', version: 1 });
    const r = await inquire([await agencyId('中国工商银行（总对总）')]);
    const [id] = r.body.ids;
    expect((await panel()).requests.find((x: any) => x.id === id).status).toBe('awaitingApproval');
    expect((await bank.get(`/api/v1/agency/requests/${id}`)).status).toBe(404);
    expect((await bank.get('/api/v1/agency/requests')).body.items.map((x: any) => x.id)).not.toContain(id);
    expect((await bank.post(`/api/v1/agency/requests/${id}/answer`, { assets: [] })).status).toBe(404);
    expect((await otherOfficer.post(`/api/v1/asset-control/requests/${id}/approve`, {})).status).toBe(403);
    const ok = await chief.post(`/api/v1/asset-control/requests/${id}/approve`, { note: '同意' });
    expect(ok.body.status).toBe('sent');
    expect((await bank.get(`/api/v1/agency/requests/${id}`)).status).toBe(200);
    await chief.put(`/api/v1/admin/asset-control/courts/${court}/settings`, { controlApproval: 'none' });
  });
});

describe('the national batch (总对总) through the batch-file adapter', () => {
  const runJob = async (input: Record<string, unknown>) => {
    const job = await world.server.deps.db.transaction((tx) => enqueueJob(tx, { kind: 'nationalBatch', courtId: null, createdBy: null, input }));
    for (let i = 0; i < 500; i++) {
      const j = await loadJob(world.server.deps.db, job.id);
      if (j?.status === 'succeeded' || j?.status === 'failed') return j;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('the batch job did not finish');
  };

  test('the day\'s national requests go out as one file; the results file read back attaches them to their cases', async () => {
    const bankId = await agencyId('中国工商银行（总对总）');
    const alipayId = await agencyId('支付宝（中国）网络技术有限公司');
    const { ids } = (await inquire([bankId, alipayId])).body;
    const sent = await runJob({ action: 'send', batchId: 'NQ-20280523' });
    expect(sent.status).toBe('succeeded');
    const out = (await readFile(String(sent.result!.location), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(out.filter((l) => ids.includes(l.requestId))).toEqual(ids.map((id: number) => expect.objectContaining({ requestId: id, debtorName: '李四', kind: 'inquiry' })));
    expect((await runJob({ action: 'send', batchId: 'NQ-again' })).result).toEqual({ sent: 0 });

    const inbox = path.join(world.server.deps.config.dataDir, 'netquery', 'inbox');
    await mkdir(inbox, { recursive: true });
    const results = [
      { requestId: ids[0], outcome: 'answered', assets: [{ kind: 'account', identifier: '6222020000000077', description: '工行账户', balanceFen: 12_300 }] },
      { requestId: ids[1], outcome: 'answered', assets: [] },
      { requestId: 999_999_999, outcome: 'answered', assets: [] },
      { requestId: ids[0], outcome: 'answered', assets: [{ kind: 'vehicle', identifier: 'bad', description: '' }] },
    ];
    await writeFile(path.join(inbox, 'NQ-20280523-results.jsonl'), results.map((r) => JSON.stringify(r)).join('\n'));
    const read = await runJob({ action: 'read', source: 'NQ-20280523-results.jsonl' });
    expect(read.result).toEqual({ attached: 2, invalid: 1 });
    const p = await panel();
    expect(p.requests.filter((r: any) => ids.includes(r.id)).map((r: any) => r.status)).toEqual(['answered', 'answered']);
    expect(p.assets.find((a: any) => a.identifier === '6222020000000077')).toMatchObject({ source: 'inquiry', agencyName: '中国工商银行（总对总）', balanceFen: 12_300 });
    const facts = await inquiryFacts(world.server.deps.db, ex.id);
    expect(facts.slice(-2).map((f) => [f.agencyKind, f.found])).toEqual([['bank', true], ['alipay', false]]);
    // Read again: nothing changes.
    expect((await runJob({ action: 'read', source: 'NQ-20280523-results.jsonl' })).result).toEqual({ attached: 0, invalid: 1 });
  });
});
