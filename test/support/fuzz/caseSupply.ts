// Cases standing at each node of the civil case types, made through the API the way the actors would make them.
import { endCurrentRound } from '../endOfRoundScenario';
import { loanComplaint, withFreshMaterials } from '../fixtures';
import { closingDocument } from '../scenarios';
import { administrativeCase } from './administrativeSupply';
import { makeCriminalCase } from './criminalSupply';
import { must } from './fuzzRequest';
import { jurisdictionCase } from './jurisdictionSupply';
import type { FuzzWorld } from './fuzzWorld';
import { makeSpecialCase, SPECIAL_CASE_TYPES } from './specialSupply';

type Node = string;

/**
 * Cases standing at a node, one per node, made on first use. A fuzzed event that moves a case on (or any success
 * that might) hands it back with `changed`, and the next request at that node gets a fresh case.
 */
export class CaseSupply {
  private readonly standing = new Map<string, Promise<number>>();
  private readonly details = new Map<number, Promise<any>>();
  private hearingSlot = 0;

  constructor(private readonly world: FuzzWorld) {}

  at(node: Node, caseType = '民初'): Promise<number> {
    const key = `${caseType}:${node}`;
    let id = this.standing.get(key);
    if (!id) {
      id = this.make(node, caseType);
      id.catch(() => this.standing.delete(key));
      this.standing.set(key, id);
    }
    return id;
  }

  /** The fuzzer changed a case: its detail is stale, and unless it is known to be still at its node, it is retired. */
  async changed(caseId: number, nodeNow?: string): Promise<void> {
    this.details.delete(caseId);
    for (const [key, id] of this.standing) {
      if ((await id.catch(() => -1)) === caseId && key.split(':')[1] !== nodeNow) this.standing.delete(key);
    }
  }

  /** The case as its court sees it (parties, hearings…), cached until the case moves. */
  detail(caseId: number): Promise<any> {
    let d = this.details.get(caseId);
    if (!d) {
      d = this.world.as('ng-filing').then(async (c) => must(await c.get(`/api/v1/cases/${caseId}`), 'case detail'));
      this.details.set(caseId, d);
    }
    return d;
  }

  private async fire(username: string, id: number, event: string, input: Record<string, unknown>) {
    const c = await this.world.as(username);
    return must(await c.fire(id, event, input), `${event} on case ${id}`);
  }

  private async make(node: Node, caseType: string): Promise<number> {
    if (node === 'crossRegionReceived') return (await jurisdictionCase(this.world, node))!;
    if (caseType === '民诉前调') return this.mediation(node);
    if (caseType === '执前调') return this.mediation(node, true);
    if (caseType === '民特') return this.confirmation(node);
    if (caseType === '执') return this.execution(node);
    if (caseType === '执恢') return this.execution(node, true);
    if (caseType === '执异') return this.objection(node);
    if (caseType === '行初' || caseType === '行终') return administrativeCase(this.world, node, caseType);
    if (caseType === '刑初' || caseType === '刑终') return makeCriminalCase(this.world, node, caseType);
    if (SPECIAL_CASE_TYPES.includes(caseType)) return makeSpecialCase({ world: this.world, fire: (u, id, e, i) => this.fire(u, id, e, i), make: (n, t) => this.make(n, t) }, node, caseType);
    const { ref, today } = this.world;
    const appeal = caseType === '民终';
    const court = appeal ? ref.cc : ref.ng;
    const staff = (who: string) => `${court.prefix}-${who}`;
    switch (node) {
      case 'submitted':
        return appeal ? this.appealOf(await this.make('closed', '民初')) : this.file();
      case 'correctionRequested':
      case 'rejected':
      case 'withdrawn':
      case 'accepted': {
        const id = await this.make('submitted', caseType);
        if (node === 'correctionRequested') await this.fire(staff('filing'), id, 'requestCorrection', { items: ['请补充借条复印件'] });
        if (node === 'rejected') await this.fire(staff('filing'), id, 'reject', { reason: '不属于本院管辖' });
        if (node === 'withdrawn') await this.fire('zhangsan', id, 'withdrawFiling', {});
        if (node === 'accepted') await this.fire(staff('filing'), id, 'accept', { ...(appeal ? {} : { procedure: 'simple' }), divisionId: court.civilDivision });
        return id;
      }
      case 'assigned': {
        const id = await this.make('accepted', caseType);
        const judges = must(await (await this.world.as(staff('chief'))).get(`/api/v1/cases/${id}/eligible-judges`), 'eligible judges');
        const judge1 = judges.find((j: { displayName: string }) => j.displayName.endsWith('法官甲')).id;
        await this.fire(staff('chief'), id, 'assign', { mode: 'manual', organization: 'sole', judgeId: judge1, reason: '事实清楚，双方同意独任审理' });
        return id;
      }
      case 'hearingScheduled': {
        const id = await this.make('assigned', caseType);
        // Today from midnight (a hearing is recorded only once it has begun), in one-second slots of the last room,
        // which the fuzzer's own hearings (on other days) never take first.
        const second = 2 * this.hearingSlot++;
        const at = (s: number) => `${today}T${[Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':')}+08:00`;
        if (Date.parse(at(second)) > Date.now()) throw new Error('fuzz setup: a hearing slot today has not begun yet (run just after midnight?); lower FUZZ_RUNS or run later');
        await this.fire(staff('judge1'), id, 'scheduleHearing', { startsAt: at(second), endsAt: at(second + 1), roomId: court.rooms.at(-1) });
        return id;
      }
      case 'heard': {
        const id = await this.make('hearingScheduled', caseType);
        await this.fire(staff('judge1'), id, 'recordHearing', {});
        return id;
      }
      // Closed by 调解书: a title that takes effect at once (CPL-2023 art 100), for execution.
      case 'mediated': {
        const id = await this.make('assigned', caseType);
        await this.fire(staff('judge1'), id, 'close', { method: 'mediation', closedOn: today, documentId: await closingDocument(await this.world.as(staff('judge1')), '调解书.pdf') });
        return id;
      }
      case 'closed':
      case 'archived': {
        const id = await this.make('heard', caseType);
        await this.fire(staff('judge1'), id, 'close', { method: 'judgment', closedOn: today, documentId: await closingDocument(await this.world.as(staff('judge1'))) });
        if (node === 'archived') await this.fire(staff('judge1'), id, 'archive', {});
        return id;
      }
      default:
        throw new Error(`fuzz setup: no recipe for a case at ${node}`);
    }
  }

  /**
   * A 民诉前调 matter routed from 张三's filing (or a 执前调 matter from his execution application), entrusted to 南关's
   * committee and its mediator, as far as `node`.
   */
  private async mediation(node: Node, execution = false): Promise<number> {
    const order = ['received', 'entrusted', 'mediating', 'agreementDrafted', 'agreed'];
    if (!order.includes(node)) throw new Error(`fuzz setup: no recipe for a mediation matter at ${node}`);
    const filing = execution ? await this.execution('submitted') : await this.file();
    await this.fire('ng-filing', filing, 'routeToMediation', execution ? { applicantConsents: true } : {});
    const clerk = await this.world.as('ng-filing');
    const timeline = must(await clerk.get(`/api/v1/cases/${filing}/timeline`), 'timeline') as { payload: { mediationCaseId?: number } }[];
    const id = timeline.at(-1)!.payload.mediationCaseId!;
    const steps: [string, string, Record<string, unknown>][] = [
      ['ng-filing', 'designateMediator', { organisationId: this.world.ref.ngCommittee, mediatorId: this.world.ref.ngMediator, acknowledgeWarnings: true }],
      ['ng-mediator', 'acceptEntrustment', {}],
      ['ng-mediator', 'draftAgreement', { terms: ['李四于三十日内偿还张三借款本金150000元'] }],
    ];
    for (const [who, event, input] of steps.slice(0, order.indexOf(node))) await this.fire(who, id, event, input);
    if (node === 'agreed') {
      const record = must(await clerk.get(`/api/v1/cases/${id}/mediation`), 'mediation record');
      for (const who of ['zhangsan', 'lisi']) await this.fire(who, id, 'signAgreement', { sha256: record.agreement.sha256 });
      await this.fire('ng-mediator', id, 'concludeAgreement', {});
    }
    return id;
  }

  /** A 民特 application made jointly from a settled matter, registered before 法官甲 and ruled on, as far as `node`. */
  private async confirmation(node: Node): Promise<number> {
    const order = ['submitted', 'assigned', 'closed'];
    if (!order.includes(node)) throw new Error(`fuzz setup: no recipe for a 民特 case at ${node}`);
    const matter = await this.mediation('agreed');
    for (const who of ['zhangsan', 'lisi']) await this.fire(who, matter, 'applyForConfirmation', {});
    const clerk = await this.world.as('ng-filing');
    const id = must(await clerk.get(`/api/v1/cases/${matter}`), 'settled matter').continuations[0].id as number;
    if (node === 'submitted') return id;
    const division = this.world.ref.ng.civilDivision;
    const judges = must(await clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${division}`), 'eligible judges') as { id: number; displayName: string }[];
    await this.fire('ng-filing', id, 'acceptConfirmation', { divisionId: division, judgeId: judges.find((j) => j.displayName.endsWith('法官甲'))!.id });
    if (node === 'closed') await this.fire('ng-judge1', id, 'ruleOnConfirmation', { decision: 'confirm' });
    return id;
  }

  /** 终本 three months after 立案 (ZHONGBEN art 1(4)); then the world goes on at its own today. */
  private async threeMonthsOn(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } finally {
      this.world.clock.set(this.world.today);
    }
  }

  /** A 执 case on a 调解书: 张三 applies against the defendants; registered, assigned to 执行员甲, as far as `node`. */
  private async execution(node: Node, restored = false): Promise<number> {
    const order = ['submitted', 'registered', 'assigned', 'implementing', 'suspended', 'endOfRoundReview', 'closed', 'archived'];
    if (!order.includes(node)) throw new Error(`fuzz setup: no recipe for a 执 case at ${node}`);
    const title = await this.make('mediated', '民初');
    const debtors = ((await this.detail(title)).parties as { id: number; standing: string }[]).filter((p) => p.standing === 'defendant').map((p) => p.id);
    const zhangsan = await this.world.as('zhangsan');
    const applied = must(await zhangsan.post('/api/v1/execution/applications', { titleCaseId: title, items: [{ kind: 'principal', label: '借款本金', amount: '150000.00' }], debtorPartyIds: debtors, assetClues: '', attachmentIds: [] }), 'execution application');
    let id = applied.caseId as number;
    if (restored) {
      // 执恢 (CPL-Interp art 517): the 执 case ends its round (终本) and 张三 restores it as a new linked case.
      await this.fire('ng-filing', id, 'registerExecution', {});
      await this.fire('ng-filing', id, 'assignExecution', { judgeId: await this.officer(id) });
      await this.threeMonthsOn(() => endCurrentRound((u) => this.world.as(u), this.world.clock, id));
      id = must(await zhangsan.post(`/api/v1/cases/${id}/execution/restorations`, { reason: '发现可供执行的财产', assetClues: '', attachmentIds: [] }), 'restoration').caseId as number;
    }
    const steps: [string, string, () => Promise<Record<string, unknown>>][] = [
      ['ng-filing', 'registerExecution', async () => ({})],
      ['ng-filing', 'assignExecution', async () => ({ judgeId: await this.officer(id) })],
      ['ng-exec1', 'moveStage', async () => ({ stage: '集约查控' })],
      ['ng-exec1', node === 'suspended' ? 'suspendExecution' : 'closeExecution', async () => (node === 'suspended' ? { ground: 'applicantAgreesToDefer' } : { method: 'completed' })],
      ['ng-exec1', 'archiveExecution', async () => ({})],
    ];
    const upTo = { submitted: 0, registered: 1, assigned: 2, implementing: 3, suspended: 4, endOfRoundReview: 3, closed: 4, archived: 5 }[node]!;
    for (const [who, event, input] of steps.slice(0, upTo)) await this.fire(who, id, event, await input());
    // ZHONGBEN art 1, CPL-Interp art 517: the proposal waits for the 院长.
    if (node === 'endOfRoundReview') await this.threeMonthsOn(() => endCurrentRound((u) => this.world.as(u), this.world.clock, id, { approve: false }));
    return id;
  }

  /** A 执异 case: 李四 objects to the freezing in a 执 case of 执行员甲; registered, the panel of 执行员乙 (presiding)
   * and two civil judges formed, ruled by 执行员乙 and served, as far as `node`. */
  private async objection(node: Node): Promise<number> {
    const order = ['submitted', 'registered', 'panelFormed', 'ruled', 'closed', 'archived'];
    if (!order.includes(node)) throw new Error(`fuzz setup: no recipe for a 执异 case at ${node}`);
    const exec = await this.execution('assigned');
    const lisi = await this.world.as('lisi');
    const id = must(await lisi.post(`/api/v1/cases/${exec}/execution/objections`, { act: '冻结银行账户', requests: '解除冻结', facts: '', attachmentIds: [] }), 'objection').caseId as number;
    const clerk = await this.world.as('ng-filing');
    const panel = async () => {
      const divisions = must(await clerk.get(`/api/v1/courts/${this.world.ref.ng.courtId}/divisions`), 'divisions') as { id: number; name: string }[];
      const list = async (name: string) => must(await clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${divisions.find((d) => d.name === name)!.id}`), 'judges') as { id: number; displayName: string }[];
      const presiding = (await list('执行局')).find((j) => j.displayName.endsWith('执行员乙'))!.id;
      return { presidingJudgeId: presiding, memberIds: (await list('民事审判第一庭')).slice(0, 2).map((j) => j.id) };
    };
    const steps: [string, string, () => Promise<Record<string, unknown>>][] = [
      ['ng-filing', 'registerObjection', async () => ({})],
      ['ng-chief', 'formObjectionPanel', panel],
      ['ng-exec2', 'ruleOnObjection', async () => ({ decision: 'dismiss', reasoning: '理由不成立' })],
      ['ng-exec2', 'serveObjectionRuling', async () => ({ servedOn: this.world.today })],
      ['ng-exec2', 'archiveObjection', async () => ({})],
    ];
    for (const [who, event, input] of steps.slice(0, order.indexOf(node))) await this.fire(who, id, event, await input());
    return id;
  }

  /** 南关法院执行员甲, of the court's 执行局. */
  private async officer(id: number): Promise<number> {
    const clerk = await this.world.as('ng-filing');
    const division = (must(await clerk.get(`/api/v1/courts/${this.world.ref.ng.courtId}/divisions`), 'divisions') as { id: number; name: string }[]).find((d) => d.name === '执行局')!.id;
    const officers = must(await clerk.get(`/api/v1/cases/${id}/eligible-judges?divisionId=${division}`), 'execution officers') as { id: number; displayName: string }[];
    return officers.find((j) => j.displayName.endsWith('执行员甲'))!.id;
  }

  private complaint: Promise<Record<string, unknown>> | undefined;

  /** 张三's loan complaint against 李四, filed by 张三 in his one session. */
  private async file(): Promise<number> {
    const zhangsan = await this.world.as('zhangsan');
    this.complaint ??= loanComplaint(zhangsan, { requiredMaterials: false });
    return must(await zhangsan.post('/api/v1/filings', await withFreshMaterials(zhangsan, await this.complaint)), 'filing').id as number;
  }

  /** 李四 appeals the judgment: the 民终 case opens at 长春中院. */
  private async appealOf(origin: number): Promise<number> {
    const lisi = await this.world.as('lisi');
    const detail = must(await lisi.get(`/api/v1/cases/${origin}`), 'appealed case');
    const appealed = must(await lisi.fire(origin, 'appeal', { partyIds: detail.myPartyIds, reasons: '一审认定事实不清。' }), 'appeal');
    return appealed.continuations[0].id as number;
  }
}
