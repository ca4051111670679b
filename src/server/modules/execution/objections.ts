// 执行异议 (CPL-2023 art 236; EXEC-OBJ art 2): a party of an execution case (or its lawyer), or the filing clerk recording a
// written objection of a party or an interested person, opens a linked 执异 case at the same court: numbered, the objector
// and the execution's parties on it, the 3 days to register and the 15 days to rule running from receipt. A third
// party's objection to the object of execution (案外人异议, art 238) is the same case, recorded by the clerk, with its own 15 days.
import { eq, sql } from 'drizzle-orm';
import type { ObjectionApplication } from '../../../contracts/execution';
import { EXECUTION_CASE_TYPES } from '../../../domain/casetypes/executionCase';
import { executionObjectionCase } from '../../../domain/casetypes/executionObjectionCase';
import { validatePartyRecords, type FilingParty } from '../../../domain/filing/validateFiling';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import { hasRole, type Actor } from '../../access/actor';
import { caseParties } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { numberAtCourt } from '../cases/caseNumbers';
import { appendCaseEvent, loadCase, newCaseRow, type CaseRow } from '../cases/caseRecord';
import { clockEnv, startPeriod } from '../clock/periodStore';
import { claimAttachments, insertFilingParties } from '../filings/filingContent';

const invalidObjector = () => new AppError(422, 'OBJECTION_OBJECTOR_INVALID', '请指明异议人：当事人本人或其委托的当事人；立案人员代为登记时填写异议人信息。', 'Name the objector: your own party (or your client); a clerk recording it gives the objector.', { field: 'objectorPartyId' });

export async function fileObjection(deps: Deps, actor: Actor, caseId: number, a: ObjectionApplication): Promise<CaseRow> {
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, caseId);
    if (!c || !EXECUTION_CASE_TYPES.includes(c.caseType)) throw caseNotFound();
    const relation = await relationToCase(tx, actor, c);
    if (!relation.canView) throw caseNotFound();
    const isClerk = !hasRole(actor, 'party', 'lawyer') && hasRole(actor, 'filingClerk') && actor.courtId === c.courtId;
    if (!isClerk && !relation.partyIds.length) throw new AppError(403, 'OBJECTION_FORBIDDEN', '只有执行案件的当事人（或其代理人）可以在线提出执行异议；利害关系人的书面异议由立案人员登记。', 'Only a party of the execution (or its agent) may object online; an interested person’s written objection is recorded by the filing clerk.');
    if (c.node === 'submitted' || c.node === 'rejected') throw new AppError(409, 'OBJECTION_NOT_OPEN', '执行案件尚未立案，没有可以异议的执行行为。', 'The execution case is not registered: there is no execution act to object to.');
    const parties = await tx.select().from(caseParties).where(eq(caseParties.caseId, c.id)).orderBy(caseParties.ordinal);
    // The objector: one of the caller's own parties, or (the clerk) a party of the execution or an interested person.
    let objectorParty: (typeof parties)[number] | undefined;
    let interested: FilingParty | undefined;
    const kind = a.kind ?? 'act';
    // CPL-2023 art 238 is a third party's (案外人) remedy: a party of the execution objects to an act under art 236.
    if (kind === 'object' && (!isClerk || a.objectorPartyId !== undefined || !a.objector)) {
      throw new AppError(422, 'OBJECTION_OBJECT_THIRD_PARTY_ONLY', '案外人对执行标的提出的书面异议由立案人员登记，并填写案外人信息；当事人对执行行为的异议请选择“执行行为异议”（《民事诉讼法》第二百三十六条）。', "A third party's objection to the object of execution is recorded by the filing clerk with the third party's details; a party objects to an execution act instead (Civil Procedure Law, art. 236).", { field: 'kind' });
    }
    if (isClerk) {
      if (a.objectorPartyId !== undefined) objectorParty = parties.find((p) => p.id === a.objectorPartyId);
      else if (a.objector) interested = validatePartyRecords([{ ...a.objector, standing: 'plaintiff' } as FilingParty], deps.clock.today())[0];
      if (!objectorParty && !interested) throw invalidObjector();
    } else {
      if (a.objector) throw invalidObjector();
      const id = a.objectorPartyId ?? relation.partyIds[0];
      if (!relation.partyIds.includes(id!)) throw invalidObjector();
      objectorParty = parties.find((p) => p.id === id);
    }

    const today = deps.clock.today();
    const now = deps.clock.now();
    const number = await numberAtCourt(tx, c.courtId, executionObjectionCase.code, today);
    const row = await newCaseRow(tx, {
      caseType: executionObjectionCase.code,
      courtId: c.courtId,
      node: executionObjectionCase.initial,
      ...number.columns,
      causeId: c.causeId,
      claims: [a.requests],
      facts: [`${kind === 'object' ? '异议的执行标的' : '异议的执行行为'}：${a.act}`, a.facts].filter(Boolean).join('\n'),
      filedBy: actor.userId,
      filedAt: now,
      receivedOn: today,
      originCaseId: c.id,
      chainId: c.chainId ?? c.id,
      nodeEnteredAt: now,
    });
    // The objector first (异议人), then the execution's parties as they stand there.
    let ordinal = 1;
    if (objectorParty) {
      const { id, caseId: _c, nameBigrams: _b, ordinal: _o, ...rest } = objectorParty;
      await tx.insert(caseParties).values({ ...rest, caseId: row.id, standing: 'objector', originPartyId: id, ordinal: ordinal++ });
    } else {
      await insertFilingParties(tx, row.id, actor, [{ ...interested!, standing: 'objector' as FilingParty['standing'] }]);
      ordinal++;
    }
    for (const p of parties.filter((x) => x.id !== objectorParty?.id)) {
      const { id, caseId: _c, nameBigrams: _b, ordinal: _o, ...rest } = p;
      await tx.insert(caseParties).values({ ...rest, caseId: row.id, originPartyId: id, ordinal: ordinal++ });
    }
    // The objector's agents follow it (a lawyer filing for the client).
    if (objectorParty) {
      await tx.execute(sql`
        insert into case_agents (case_id, party_id, user_id, kind)
        select ${row.id}, np.id, a.user_id, a.kind from case_agents a join case_parties np on np.case_id = ${row.id} and np.origin_party_id = a.party_id
         where a.case_id = ${c.id} and a.party_id = ${objectorParty.id}`);
    }
    await claimAttachments(tx, row.id, actor, a.attachmentIds);
    // EXEC-OBJ art 2: registered within 3 days; CPL-2023 art 236 (art 238 for a third party's): reviewed within 15 days of receipt.
    const env = await clockEnv(tx, c.courtId, today);
    const registration = await startPeriod(tx, env, row, { kind: 'objectionRegistration', triggerOn: today, triggerFact: { 'zh-CN': '收到书面执行异议', en: 'the written objection received' }, triggerSource: 'EXEC-OBJ art 2' });
    const review = await startPeriod(
      tx,
      env,
      row,
      kind === 'object'
        ? { kind: 'thirdPartyObjectionReview', triggerOn: today, triggerFact: { 'zh-CN': '收到案外人书面异议', en: "the third party's written objection received" }, triggerSource: 'CPL-2023 art 238' }
        : { kind: 'objectionReview', triggerOn: today, triggerFact: { 'zh-CN': '收到书面执行异议', en: 'the written objection received' }, triggerSource: 'CPL-2023 art 236' },
    );
    await appendCaseEvent(tx, {
      caseId: row.id,
      event: 'fileObjection',
      actorId: actor.userId,
      actorRole: relation.roles[0] ?? (isClerk ? 'filingClerk' : 'party'),
      nodeBefore: null,
      nodeAfter: row.node,
      payload: { executionCaseId: c.id, executionCaseNumber: c.caseNumber, caseNumber: number.caseNumber, kind, act: a.act, registrationDueOn: registration.dueOn, reviewDueOn: review.dueOn, attachmentIds: a.attachmentIds },
      at: now,
    });
    return row;
  });
}
