// The fixture world of the authorization matrix: cases of 南关法院 (basic) and 长春中院 (intermediate) at every node
// an event can be fired from, and around one target case per court the objects every route names — a file, a
// party, service tasks, a delivery, bank statements, a receipt, a closure day, a reminder. Built once through the
// API, the way the court's own people would.
import { hearingReference } from './authzHearings';
import { administrativeNodes } from './authzAdministrative';
import { crossRegionCase } from './authzJurisdiction';
import { criminalNodeCases } from './authzCriminal';
import { specialNodeCases } from './authzSpecial';
import { reference } from './authzReference';
import { endCurrentRound } from './endOfRoundScenario';
import { demoIdNumber } from '../../src/server/db/seed/demoProvince';
import { integrateAll } from '../../src/server/modules/transparency/transparencyLog';
import type { ApiClient } from './apiClient';
import type { MatrixReference } from './authzRequests';
import { causeId, courtId, demoUser, divisionId, requiredFilingMaterialIds, TINY_PDF } from './fixtures';
import { closingDocument } from './scenarios';
import { openSession } from './sessions';
import type { TestClock } from './testClock';
import type { TestServer } from './testServer';
import { caseAccountNumber } from '../../src/domain/payments/caseAccount';
import { postStatement } from './jobs';
import { dossierExportObjects } from './authzDossierExport';
import { postponeThenTakeFee } from './executionScenario';

/** What a route names, all belonging to one court's target case (or to that court). */
export interface CourtObjects {
  courtId: number;
  caseId: number;
  caseNumber: string;
  partyId: number;
  attachmentId: number;
  /** A notice the system generated into the target case's materials (it has a PDF version). */
  noticeId: number;
  causeId: number;
  /** A cancelled mail task on the target case, with the 法院专递 number it was mailed under. */
  finishedTaskId: number;
  trackingNo: string;
  /** The party already has an open task for this document: opening another is refused after the access check. */
  openTaskDocument: string;
  deliveryId: number;
  reminderId: number;
  closureId: number;
  postedStatementId: number;
  /** The background job that posted it (followed by its creator and the court's finance officers). */
  postingJobId: number;
  previewStatementId: number;
  claimedReceiptId: number;
  /** An export of the target's 副卷 by the court's filing clerk, finished (issue 20 item 5). */
  exportId: number;
  /** Text only those who may see the target case (or the court's receipts) can find in a response. */
  secrets: string[];
}

export type CaseTypeCode = '民初' | '民终' | '民诉前调' | '民特' | '执' | '执恢' | '执异' | '执前调' | '行初' | '行终' | '刑初' | '刑终' | '财保' | '民督' | '民申' | '民再';
/** For each case type, a case at each node (by the court's own staff), to fire events from. */
export type NodeCases = Record<CaseTypeCode, Record<string, number>>;

export interface AuthzWorld {
  /** 南关法院's target: a 民初 case assigned to 法官乙 whose second extension awaits 长春中院 (pending referral). */
  ng: CourtObjects;
  /** The same court, but the target is a case whose referred extension 长春中院 has already decided. */
  ngDecided: CourtObjects;
  /** 长春中院's target: a 民终 case (appeal of a 南关 case) assigned to a panel without 法官甲. */
  cc: CourtObjects;
  nodes: NodeCases;
  /** nodes, with the decided-referral case where the target was. */
  nodesDecided: NodeCases;
  reference: MatrixReference;
}

const NG_SECRET = '南关矩阵被告';
const CC_SECRET = '中院矩阵被告';

export class World {
  private clients = new Map<string, ApiClient>();
  constructor(
    readonly server: TestServer,
    readonly clock: TestClock,
  ) {}

  async as(username: string): Promise<ApiClient> {
    let c = this.clients.get(username);
    if (!c) this.clients.set(username, (c = await openSession(this.server, username)));
    return c;
  }

  async ok(r: Promise<{ status: number; body: any }>, what: string, status = 200) {
    const res = await r;
    if (res.status !== status) throw new Error(`fixture: ${what} answered ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  private lookups = new Map<string, Promise<number>>();
  /** Reference ids (courts, divisions, the cause) looked up once. */
  lookup(key: string, find: () => Promise<number>): Promise<number> {
    if (!this.lookups.has(key)) this.lookups.set(key, find());
    return this.lookups.get(key)!;
  }

  async court(code: string) {
    const api = await this.as('admin');
    return this.lookup(`court ${code}`, () => courtId(api, code));
  }

  async division(code: string) {
    const api = await this.as('admin');
    return this.lookup(`division ${code}`, async () => divisionId(api, await this.court(code)));
  }

  async fire(username: string, caseId: number, event: string, input: Record<string, unknown>) {
    return this.ok((await this.as(username)).fire(caseId, event, input), `${username} ${event} on ${caseId}`);
  }

  /** 张三 files a loan case against a defendant without an account and 李四, with a complaint file. */
  async file(court: string, defendant: string, procedure?: string): Promise<number> {
    const party = await this.as('zhangsan');
    const file = await this.ok(party.upload('起诉状.pdf', TINY_PDF, 'application/pdf', 'complaint'), 'upload', 201);
    const body = {
      caseType: '民初',
      courtId: await this.court(court),
      causeId: await this.lookup('cause', () => causeId(party, '民间借贷纠纷')),
      claims: ['判令被告偿还借款本金人民币150000元'],
      amount: '150000',
      facts: '被告向原告借款15万元，到期未还。',
      parties: [
        { standing: 'plaintiff', kind: 'person', name: '张三', idType: 'residentId', idNumber: party.user.idNumber, phone: '13800000001', isSelf: true },
        { standing: 'defendant', kind: 'person', name: defendant, idType: 'residentId', idNumber: demoIdNumber('22010219700101123'), address: '长春市朝阳区人民大街1号' },
        // 李四 has an account: the other side of every filing, a party to the case but not its filer.
        { standing: 'defendant', kind: 'person', name: '李四', idType: 'residentId', idNumber: demoUser('lisi').idNumber, address: '长春市朝阳区' },
      ],
      attachmentIds: [file.id],
    };
    const filed = await this.ok(party.post('/api/v1/filings', body), 'filing', 201);
    if (procedure) await this.accept(filed.id, procedure);
    return filed.id;
  }

  async accept(id: number, procedure: string) {
    await this.fire('ng-filing', id, 'accept', { procedure, divisionId: await this.division('吉0102') });
  }

  /** Manual assignment by the division chief: 南关 to 法官乙 alone, 长春中院 to a panel of the chief, 乙 and 丙. */
  async assign(id: number, court: 'ng' | 'cc') {
    const chief = `${court}-chief`;
    const judges: { id: number; displayName: string }[] = await this.ok((await this.as(chief)).get(`/api/v1/cases/${id}/eligible-judges`), 'eligible judges');
    const idOf = (suffix: string) => judges.find((j) => j.displayName.endsWith(suffix))!.id;
    const input = court === 'ng' ? { mode: 'manual', organization: 'sole', judgeId: idOf('法官乙'), reason: '矩阵测试' } : { mode: 'manual', organization: 'panel', judgeId: idOf('民一庭庭长'), memberIds: [idOf('法官乙'), idOf('法官丙')], reason: '矩阵测试' };
    await this.fire(chief, id, 'assign', input);
  }

  async schedule(id: number, court: 'ng' | 'cc', hour: number) {
    const judge = court === 'ng' ? 'ng-judge2' : 'cc-chief';
    const api = await this.as(judge);
    const rooms = await this.ok(api.get(`/api/v1/courts/${await this.court(court === 'ng' ? '吉0102' : '吉01')}/rooms`), 'rooms');
    const at = (h: number) => `2027-02-03T${String(h).padStart(2, '0')}:00:00+08:00`;
    await this.fire(judge, id, 'scheduleHearing', { startsAt: at(hour), endsAt: at(hour + 1), roomId: rooms[0].id });
  }

  /** A 南关 case closed by an appealable ruling and appealed by 张三: the 民终 case it opens at 长春中院. */
  async appealCase(defendant: string): Promise<number> {
    const first = await this.file('吉0102', defendant, 'simple');
    await this.assign(first, 'ng');
    const closed = await this.fire('ng-judge2', first, 'close', { method: 'ruling', rulingKind: 'dismissal', closedOn: this.clock.today(), documentId: await closingDocument(await this.as('ng-judge2'), '裁定书.pdf') });
    const zhang = closed.parties.find((p: { name: string }) => p.name === '张三');
    const appealed = await this.fire('zhangsan', first, 'appeal', { partyIds: [zhang.id], reasons: '驳回起诉错误' });
    return appealed.continuations[0].id;
  }

  /** A 南关 filing (`execution`: a 执 application) routed to mediation, its 民诉前调 (执前调) matter entrusted to ng-mediator, as far as `node`. */
  async mediationMatter(node: string, defendant: string, execution = false): Promise<number> {
    const filing = execution ? await this.executionCase('submitted', defendant) : await this.file('吉0102', defendant);
    await this.fire('ng-filing', filing, 'routeToMediation', execution ? { applicantConsents: true } : {});
    const timeline = await this.ok((await this.as('ng-filing')).get(`/api/v1/cases/${filing}/timeline`), 'timeline');
    const id = timeline.at(-1).payload.mediationCaseId as number;
    const orgs = await this.ok((await this.as('ng-filing')).get(`/api/v1/mediation/organisations?courtId=${await this.court('吉0102')}`), 'organisations');
    const committee = orgs.find((o: { name: string }) => o.name === '南关区人民调解委员会');
    const steps: [string, string, Record<string, unknown>][] = [
      ['ng-filing', 'designateMediator', { organisationId: committee.id, mediatorId: committee.mediators[0].userId, acknowledgeWarnings: true }],
      ['ng-mediator', 'acceptEntrustment', {}],
      ['ng-mediator', 'draftAgreement', { terms: ['被告于三十日内偿还借款'] }],
    ];
    const order = ['received', 'entrusted', 'mediating', 'agreementDrafted', 'agreed'];
    for (const [who, event, input] of steps.slice(0, order.indexOf(node))) await this.fire(who, id, event, input);
    if (node === 'agreed') {
      const record = await this.ok((await this.as('ng-filing')).get(`/api/v1/cases/${id}/mediation`), 'mediation record');
      const sha256 = record.agreement.sha256 as string;
      for (const who of ['zhangsan', 'lisi']) await this.fire(who, id, 'signAgreement', { sha256 });
      // The defendant without an account signs on paper before the mediator.
      const mediator = await this.as('ng-mediator');
      for (const s of record.signatures.filter((x: { partyName: string }) => x.partyName === defendant)) {
        const scan = await this.ok(mediator.upload('签署件.pdf', TINY_PDF, 'application/pdf', 'other'), 'signed copy', 201);
        await this.fire('ng-mediator', id, 'recordSignature', { partyId: s.partyId, sha256, signedCopyId: scan.id });
      }
      await this.fire('ng-mediator', id, 'concludeAgreement', {});
    }
    return id;
  }

  /** A 民特 application from a settled 南关 matter, registered before 法官乙 and ruled on, as far as `node`. */
  async confirmationCase(node: string, defendant: string): Promise<number> {
    const matter = await this.mediationMatter('agreed', defendant);
    for (const who of ['zhangsan', 'lisi']) await this.fire(who, matter, 'applyForConfirmation', {});
    const clerk = await this.as('ng-filing');
    // The defendant without an account applies orally before the filing clerk (CPL-Interp art 353).
    const parties: { id: number; name: string }[] = (await this.ok(clerk.get(`/api/v1/cases/${matter}`), 'settled matter')).parties;
    await this.fire('ng-filing', matter, 'applyForConfirmation', { partyIds: parties.filter((p) => p.name === defendant).map((p) => p.id) });
    const id = (await this.ok(clerk.get(`/api/v1/cases/${matter}`), 'settled matter')).continuations[0].id as number;
    if (node === 'submitted') return id;
    const division = await this.division('吉0102');
    const judges: { id: number; displayName: string }[] = await this.ok(clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${division}`), 'eligible judges');
    await this.fire('ng-filing', id, 'acceptConfirmation', { divisionId: division, judgeId: judges.find((j) => j.displayName.endsWith('法官乙'))!.id });
    if (node === 'closed') await this.fire('ng-judge2', id, 'ruleOnConfirmation', { decision: 'confirm' });
    return id;
  }

  /**
   * A 执 case from a 南关 case closed by 调解书 (effective at once): 张三 applies against both defendants; registered,
   * assigned to 执行员甲 of the 执行局, suspended or closed by him, as far as `node`.
   */
  async executionCase(node: string, defendant: string): Promise<number> {
    const title = await this.file('吉0102', defendant, 'simple');
    await this.assign(title, 'ng');
    const closed = await this.fire('ng-judge2', title, 'close', { method: 'mediation', closedOn: this.clock.today(), documentId: await closingDocument(await this.as('ng-judge2'), '调解书.pdf') });
    const debtors = closed.parties.filter((p: { standing: string }) => p.standing === 'defendant').map((p: { id: number }) => p.id);
    const applied = await this.ok((await this.as('zhangsan')).post('/api/v1/execution/applications', { titleCaseId: title, items: [{ kind: 'principal', label: '借款本金', amount: '150000.00' }], debtorPartyIds: debtors, assetClues: '', attachmentIds: [] }), 'execution application', 201);
    return this.advanceExecution(applied.caseId as number, node);
  }

  /** 执恢 (CPL-Interp art 517): a 执 case closed by 终本, restored by 张三; then as a 执 case, as far as `node`. */
  async restoredExecutionCase(node: string, defendant: string): Promise<number> {
    const first = await this.executionCase('assigned', defendant);
    await endCurrentRound((u) => this.as(u), this.clock, first, { backToToday: true });
    const restored = await this.ok((await this.as('zhangsan')).post(`/api/v1/cases/${first}/execution/restorations`, { reason: '发现可供执行的财产', assetClues: '', attachmentIds: [] }), 'restoration', 201);
    return this.advanceExecution(restored.caseId as number, node);
  }

  /** 执异: the debtor (`defendant`) objects in an assigned 执 case; registered, a panel (执行员乙 presiding, two civil
   * judges) formed, ruled and served by 执行员乙, as far as `node`. */
  async objectionCase(node: string, defendant: string): Promise<number> {
    const exec = await this.executionCase('assigned', defendant);
    const debtor = await this.as('lisi');
    const id = (await this.ok(debtor.post(`/api/v1/cases/${exec}/execution/objections`, { act: '冻结银行账户', requests: '解除冻结', facts: '', attachmentIds: [] }), 'objection', 201)).caseId as number;
    if (node === 'submitted') return id;
    await this.fire('ng-filing', id, 'registerObjection', {});
    if (node === 'registered') return id;
    const clerk = await this.as('ng-filing');
    const court = await this.court('吉0102');
    const civil: { id: number; displayName: string }[] = await this.ok(clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${await divisionId(clerk, court)}`), 'civil judges');
    const officers: { id: number; displayName: string }[] = await this.ok(clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${await divisionId(clerk, court, '执行局')}`), 'officers');
    const presiding = officers.find((j) => j.displayName.endsWith('执行员乙'))!.id;
    await this.fire('ng-chief', id, 'formObjectionPanel', { presidingJudgeId: presiding, memberIds: civil.slice(0, 2).map((j) => j.id) });
    if (node === 'panelFormed') return id;
    await this.fire('ng-exec2', id, 'ruleOnObjection', { decision: 'dismiss', reasoning: '理由不成立' });
    if (node === 'ruled') return id;
    await this.fire('ng-exec2', id, 'serveObjectionRuling', { servedOn: this.clock.today() });
    return id;
  }

  private async advanceExecution(id: number, node: string): Promise<number> {
    if (node === 'submitted') return id;
    await this.fire('ng-filing', id, 'registerExecution', {});
    if (node === 'registered') return id;
    const clerk = await this.as('ng-filing');
    const division = await this.lookup('division 吉0102 执行局', async () => divisionId(clerk, await this.court('吉0102'), '执行局'));
    const officers: { id: number; displayName: string }[] = await this.ok(clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${division}`), 'execution officers');
    await this.fire('ng-filing', id, 'assignExecution', { judgeId: officers.find((j) => j.displayName.endsWith('执行员甲'))!.id });
    if (node === 'suspended') await this.fire('ng-exec1', id, 'suspendExecution', { ground: 'applicantAgreesToDefer' });
    if (node === 'closed') await this.fire('ng-exec1', id, 'closeExecution', { method: 'completed' });
    if (node === 'implementing') await this.fire('ng-exec1', id, 'issueExecutionNotice', {});
    if (node === 'endOfRoundReview') await endCurrentRound((u) => this.as(u), this.clock, id, { approve: false, backToToday: true });
    return id;
  }

  /** Execution funds arrive for a 执 case by its sub-account; 执行员甲 proposes a payout to 张三 and finance pays it. */
  async paidPayout(executionCaseId: number): Promise<{ payoutId: number; postponementId: number; disbursementEntryId: number }> {
    const finance = await this.as('ng-finance');
    const csv = new TextEncoder().encode(`交易日期,流水号,金额,对方户名,对方账号,附言\n2027-02-01,NGEXEC1,100.00,被执行人,,执行款 ${caseAccountNumber('9558', executionCaseId)}\n`);
    const preview = await this.ok(finance.uploadTo('/api/v1/finance/statements?account=execution', 'exec.csv', csv, 'text/csv'), 'execution statement', 201);
    const posting = await postStatement(finance, preview.id);
    if (posting.job?.status !== 'succeeded') throw new Error(`fixture: execution statement answered ${posting.status} ${JSON.stringify(posting.job ?? posting.body)}`);
    const detail = await this.ok(finance.get(`/api/v1/cases/${executionCaseId}`), 'execution case');
    const payee = detail.parties.find((p: { standing: string }) => p.standing === 'executionApplicant');
    const proposal = { payeePartyId: payee.id, amount: '10.00', accountName: payee.name, accountNo: '6222000011112222', bankName: '中国工商银行', reason: '发放' };
    const payout = await this.ok((await this.as('ng-exec1')).post(`/api/v1/cases/${executionCaseId}/execution/payouts`, proposal), 'payout proposal', 201);
    await this.ok(finance.post(`/api/v1/execution/payouts/${payout.id}/approve`, {}), 'payout approval');
    // A postponement of the rest, approved (the matrix's decisions are refused 409); the rest goes to the execution fee.
    return { payoutId: payout.id as number, ...(await postponeThenTakeFee(await this.as('ng-exec1'), finance, executionCaseId)) };
  }

  /** 南关's 一日三通报 of the current report time (finance builds it). */
  async fundReport(): Promise<number> {
    return (await this.ok((await this.as('ng-finance')).post('/api/v1/execution/fund-reports'), 'fund report')).id as number;
  }

  async acceptAppeal(id: number) {
    await this.fire('cc-filing', id, 'accept', { divisionId: await this.division('吉01') });
  }

  /** The 审限 extended once by the court's own president, then referred to the higher court (TL-2000 art 2). */
  async referExtension(ids: number[]) {
    this.clock.set('2026-08-01');
    for (const id of ids) {
      await this.fire('ng-judge2', id, 'applyExtension', { reason: '需要鉴定' });
      await this.fire('ng-president', id, 'approveExtension', { extensionId: await this.pendingExtension(id), note: '同意' });
    }
    this.clock.set('2027-02-01');
    for (const id of ids) await this.fire('ng-judge2', id, 'applyExtension', { reason: '鉴定尚未完成' });
  }

  async pendingExtension(id: number): Promise<number> {
    const clock = await this.ok((await this.as('ng-judge2')).get(`/api/v1/cases/${id}/clock`), 'clock');
    return clock.extensions.find((e: { status: string }) => e.status === 'pending').id;
  }

  /** The objects of one court around its target case, made by its filing clerk, finance officer and the admin. */
  async objects(target: number, court: 'ng' | 'cc', secret: string): Promise<CourtObjects> {
    const detail = await this.ok((await this.as(`${court}-filing`)).get(`/api/v1/cases/${target}`), 'target detail');
    const defendant = detail.parties.find((p: { name: string }) => p.name === secret);
    const service = await this.serviceObjects(court, detail, defendant.id);
    // A reminder as the period sweep writes it, to the judge in charge of the target case.
    const reminder = await this.server.database.pool.query(
      `insert into period_reminders (period_id, case_id, level, due_on, user_id)
       select p.id, p.case_id, 'yellow', p.due_on, k.judge_id from case_periods p join cases k on k.id = p.case_id
        where p.case_id = $1 and p.kind = 'trialLimit' and p.status = 'running' returning id`,
      [target],
    );
    const admin = await this.as('admin');
    await this.ok(admin.post(`/api/v1/admin/courts/${detail.courtId}/closures`, { date: '2031-06-03', reason: '矩阵测试闭院' }), 'closure', 201);
    const closures = await this.ok(admin.get(`/api/v1/courts/${detail.courtId}/closures`), 'closures');
    const payer = `${secret}付款人`;
    return {
      courtId: detail.courtId,
      caseId: target,
      caseNumber: detail.caseNumber,
      partyId: defendant.id,
      attachmentId: detail.attachments[0]?.id ?? service.proofId,
      noticeId: detail.attachments.find((a: { category: string }) => a.category === 'acceptanceNotice')?.id ?? service.proofId,
      causeId: detail.causeId,
      ...service.objects,
      reminderId: Number(reminder.rows[0].id),
      closureId: closures.items.find((c: { date: string }) => c.date === '2031-06-03').id,
      ...(await this.financeObjects(court, detail.caseNumber, payer)),
      ...(await dossierExportObjects(await this.as(`${court}-filing`), target)),
      secrets: [detail.caseNumber, secret, payer],
    };
  }

  /**
   * A mail task mailed and then cancelled; an open task for the same document, served in person with a signed proof;
   * the complaint copy served on 张三's platform inbox.
   */
  async serviceObjects(court: 'ng' | 'cc', detail: { id: number; parties: { id: number; name: string }[] }, partyId: number) {
    const clerk = await this.as(`${court}-filing`);
    const tasks = `/api/v1/cases/${detail.id}/service-tasks`;
    const [mail] = await this.ok(clerk.post(tasks, { document: 'complaintCopy', partyIds: [partyId], method: 'mail' }), 'mail task', 201);
    const list = await this.ok(clerk.post('/api/v1/service-centre/mail-list', { taskIds: [mail.id] }), 'mail list');
    await this.ok(clerk.post(`/api/v1/service-tasks/${mail.id}/cancel`), 'cancel');
    const [open] = await this.ok(clerk.post(tasks, { document: 'complaintCopy', partyIds: [partyId], method: 'direct' }), 'open task', 201);
    const proofId = await this.serviceProof(court, open.id);
    const filer = detail.parties.find((p) => p.name === '张三')!;
    await this.fire(`${court}-filing`, detail.id, 'serveOnPlatform', { document: 'complaintCopy', partyIds: [filer.id] });
    const delivery = await this.server.database.pool.query('select id from service_deliveries where case_id = $1', [detail.id]);
    return { proofId, objects: { finishedTaskId: mail.id, trackingNo: list.rows[0].trackingNo, openTaskDocument: 'complaintCopy', deliveryId: Number(delivery.rows[0].id) } };
  }

  /** A statement posted, its unidentified receipt claimed to the target case, and a second statement only previewed. */
  async financeObjects(court: 'ng' | 'cc', caseNumber: string, payer: string) {
    const finance = await this.as(`${court}-finance`);
    const csv = (ref: string) => new TextEncoder().encode(`交易日期,流水号,金额,对方户名,对方账号,附言\n2027-02-01,${ref},88.00,${payer},6222000011112222,诉讼费\n`);
    const upload = (n: number) => this.ok(finance.uploadTo('/api/v1/finance/statements', `s${n}.csv`, csv(`${court.toUpperCase()}MATRIX${n}`), 'text/csv'), 'statement', 201);
    const posted = await upload(1);
    const posting = await postStatement(finance, posted.id);
    if (posting.status !== 202 || posting.job?.status !== 'succeeded') throw new Error(`fixture: post statement answered ${posting.status} ${JSON.stringify(posting.job ?? posting.body)}`);
    const receipts = await this.ok(finance.get('/api/v1/finance/receipts?status=unidentified'), 'receipts');
    const receipt = receipts.items.find((r: { payerName: string }) => r.payerName === payer);
    await this.ok(finance.post(`/api/v1/finance/receipts/${receipt.id}/claim`, { caseNumber, reason: '当事人来电确认' }), 'claim');
    return { postingJobId: posting.job.id as number, postedStatementId: posted.id as number, previewStatementId: (await upload(2)).id as number, claimedReceiptId: receipt.id as number };
  }

  /** Serves a task in person, with the signed proof joining the case's file (an appeal case has no other file). */
  async serviceProof(court: 'ng' | 'cc', taskId: number): Promise<number> {
    const clerk = await this.as(`${court}-filing`);
    const proof = await this.ok(clerk.upload('送达回证.pdf', TINY_PDF, 'application/pdf', 'serviceProof'), 'proof upload', 201);
    await this.ok(clerk.post(`/api/v1/service-tasks/${taskId}/attempts`, { outcome: 'signed', on: this.clock.today(), method: 'direct', proofAttachmentId: proof.id }), 'proof attempt');
    return proof.id;
  }
}

export async function buildAuthzWorld(server: TestServer, clock: TestClock): Promise<AuthzWorld> {
  const w = new World(server, clock);
  const admin = await w.as('admin');
  const account = { username: 'wangwu', displayName: '王五', roles: ['party'], courtId: null, divisionId: null, idNumber: demoIdNumber('22010219920202004') };
  const wangwu = await w.ok(admin.post('/api/v1/admin/users', { ...account, password: 'courtflow-demo' }), 'party account', 201);
  // 王五 is a party of a case of his own.
  await w.ok((await w.as('wangwu')).post('/api/v1/filings', await ownFiling(w, await w.as('wangwu'))), 'his own filing', 201);
  clock.set('2026-03-02');
  const target = await w.file('吉0102', NG_SECRET, 'ordinary');
  const decided = await w.file('吉0102', NG_SECRET, 'ordinary');
  for (const id of [target, decided]) await w.assign(id, 'ng');
  await w.referExtension([target, decided]);
  await w.fire('cc-president', decided, 'approveExtension', { extensionId: await w.pendingExtension(decided), note: '同意' });

  // Today is 2027-02-01 from here on: the cases at the other nodes.
  const submitted = await w.file('吉0102', NG_SECRET);
  const correction = await w.file('吉0102', NG_SECRET);
  await w.fire('ng-filing', correction, 'requestCorrection', { items: ['补充借条原件'] });
  const accepted = await w.file('吉0102', NG_SECRET, 'simple');
  const scheduled = await w.file('吉0102', NG_SECRET, 'simple');
  await w.assign(scheduled, 'ng');
  await w.schedule(scheduled, 'ng', 9);
  const closed = await w.file('吉0102', NG_SECRET, 'simple');
  await w.assign(closed, 'ng');
  await w.fire('ng-judge2', closed, 'close', { method: 'withdrawal', closedOn: clock.today() });

  const appeal: Record<string, number> = {};
  for (const node of ['submitted', 'accepted', 'assigned', 'hearingScheduled', 'closed']) appeal[node] = await w.appealCase(CC_SECRET);
  for (const node of ['accepted', 'assigned', 'hearingScheduled', 'closed']) await w.acceptAppeal(appeal[node]!);
  for (const node of ['assigned', 'hearingScheduled', 'closed']) await w.assign(appeal[node]!, 'cc');
  await w.schedule(appeal.hearingScheduled!, 'cc', 14);
  await w.fire('cc-chief', appeal.closed!, 'close', { method: 'withdrawal', closedOn: clock.today() });

  // One case at each node, made one after the other (the clock and the counters are shared).
  const atNodes = async (list: string[], make: (node: string) => Promise<number>) => list.reduce(async (acc, node) => ({ ...(await acc), [node]: await make(node) }), Promise.resolve({} as Record<string, number>));
  const mediation = await atNodes(['received', 'entrusted', 'mediating', 'agreementDrafted', 'agreed'], (node) => w.mediationMatter(node, NG_SECRET));
  const confirmation = await atNodes(['submitted', 'assigned', 'closed'], (node) => w.confirmationCase(node, NG_SECRET));
  const execution = await atNodes(['submitted', 'registered', 'assigned', 'implementing', 'suspended', 'endOfRoundReview', 'closed'], (node) => w.executionCase(node, NG_SECRET));
  const restored = await atNodes(['submitted', 'registered', 'assigned', 'implementing', 'suspended', 'endOfRoundReview', 'closed'], (node) => w.restoredExecutionCase(node, NG_SECRET));
  const preExecution = await atNodes(['received', 'entrusted', 'mediating', 'agreementDrafted'], (node) => w.mediationMatter(node, NG_SECRET, true));
  const [objection, criminal, special] = [await atNodes(['submitted', 'registered', 'panelFormed', 'ruled', 'closed'], (node) => w.objectionCase(node, NG_SECRET)), await criminalNodeCases(w), await specialNodeCases(w, NG_SECRET)];

  const ng = await w.objects(target, 'ng', NG_SECRET);
  const cc = await w.objects(appeal.assigned!, 'cc', CC_SECRET);
  const decidedDetail = await w.ok((await w.as('ng-filing')).get(`/api/v1/cases/${decided}`), 'decided detail');
  const ngDecided = { ...ng, caseId: decided, caseNumber: decidedDetail.caseNumber, partyId: decidedDetail.parties.find((p: { name: string }) => p.name === NG_SECRET).id, secrets: [...ng.secrets, decidedDetail.caseNumber] };
  // Receipts need the log's entries integrated (the sequencer job is off in tests).
  await integrateAll(server.deps.db, server.deps.transparency);
  const nodes: NodeCases = { 民初: { submitted, correctionRequested: correction, accepted, assigned: target, hearingScheduled: scheduled, closed, crossRegionReceived: await crossRegionCase(await w.as('ng-filing')) }, 民终: appeal, 民诉前调: mediation, 民特: confirmation, 执: execution, 执恢: restored, 执异: objection, 执前调: preExecution, ...(await administrativeNodes((u) => w.as(u), clock)), ...criminal, ...special };
  return {
    ng,
    ngDecided,
    cc,
    nodes,
    nodesDecided: { ...nodes, 民初: { ...nodes.民初, assigned: decided } },
    reference: { ...(await reference(w, admin, { id: wangwu.id, account }, mediation.agreed!, execution.assigned!)), criminalCaseId: criminal.刑初.assigned!, special: { preservationCaseId: special.财保.granted!, paymentOrderCaseId: special.民督.orderIssued!, retrialReviewCaseId: special.民申.registered! }, hearings: await hearingReference(server, [scheduled, appeal.hearingScheduled!]) },
  };
}

async function ownFiling(w: World, party: ApiClient) {
  return {
    caseType: '民初',
    courtId: await w.court('吉0102'),
    causeId: await w.lookup('cause', () => causeId(party, '民间借贷纠纷')),
    claims: ['判令被告偿还借款'],
    facts: '被告借款未还。',
    parties: [
      { standing: 'plaintiff', kind: 'person', name: '王五', idType: 'residentId', idNumber: party.user.idNumber, isSelf: true },
      { standing: 'defendant', kind: 'person', name: '赵六', idType: 'residentId', idNumber: demoIdNumber('22010219700101123'), address: '长春市' },
    ],
    attachmentIds: await requiredFilingMaterialIds(party),
  };
}
