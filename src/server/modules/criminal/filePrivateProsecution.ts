// 自诉 online: the victim (or, for one who died or cannot act, a legal representative or near relative) or their lawyer
// files the 自诉状, the defendants, the charges and the evidence at a basic court (CrPL arts 114, 210, 211); one
// transaction, the case waiting in the court's filing review for the clerk to register or reject it.
import { sql } from 'drizzle-orm';
import type { PrivateProsecutionInput } from '../../../contracts/criminal';
import { isInCustody } from '../../../domain/criminal/defendants';
import { checkPrivateProsecution, PRIVATE_PROSECUTION_REVIEW, PRIVATE_PROSECUTION_SETTLEMENT_SOURCE } from '../../../domain/criminal/privateProsecution';
import { validateResidentIdNumber } from '../../../domain/identity';
import { hasRole, type Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { caseAgents, cases } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { appendCaseEvent, updateCaseRow } from '../cases/caseRecord';
import { startFilingReview } from '../clock/filingReview';
import { claimAttachments } from '../filings/filingContent';
import { intArray } from './criminalFacts';
import { checkCharges, checkDefendants, insertDefendants } from './fileProsecution';

async function basicCourt(tx: Tx, courtId: number): Promise<number> {
  const r = await tx.execute<{ id: number; level: string }>(sql`select id, level from courts where id = ${courtId} and is_active`);
  const c = r.rows[0];
  // CrPL art 20 [U: 自诉 goes to the basic court]: a private prosecution is tried at first instance by a basic court.
  if (!c || c.level !== 'basic') throw new AppError(422, 'COURT_NOT_BASIC', '自诉案件应当向基层人民法院提起，请选择基层人民法院。', 'A private prosecution is filed at a basic court; choose one.');
  return Number(c.id);
}

/** A party files as the 自诉人 in person: the complainant's identity is the filer's verified one. */
async function checkComplainant(tx: Tx, actor: Actor, f: PrivateProsecutionInput, today: string): Promise<void> {
  const id = validateResidentIdNumber(f.complainant.idNumber, { today });
  if (!id.ok) throw new AppError(422, id.code, `自诉人：${id.message['zh-CN']}`, `Complainant: ${id.message.en}`);
  if (hasRole(actor, 'lawyer')) return;
  const r = await tx.execute<{ id_number: string | null }>(sql`select id_number from users where id = ${actor.userId}`);
  if ((r.rows[0]?.id_number ?? '').toUpperCase() !== f.complainant.idNumber.toUpperCase()) {
    throw new AppError(422, 'PRIVATE_PROSECUTOR_NOT_SELF', '当事人本人提起自诉的，自诉人应当是您本人（身份证号码与您的实名账号一致）；代他人起诉请委托律师。', 'A party files a private prosecution as the complainant in person: the ID number must be your own verified one.');
  }
}

export async function filePrivateProsecution(deps: Deps, actor: Actor, f: PrivateProsecutionInput) {
  return deps.db.transaction(async (tx) => {
    const today = deps.clock.today();
    const now = deps.clock.now();
    const courtId = await basicCourt(tx, f.courtId);
    await checkComplainant(tx, actor, f, today);
    checkDefendants(f, today);
    const chargeIds = await checkCharges(tx, f.defendants);
    const names = await tx.execute<{ name: string }>(sql`select name from criminal_charges where id = any(${intArray(chargeIds)}::int[])`);
    checkPrivateProsecution({
      ground: f.ground,
      chargeNames: names.rows.map((x) => x.name),
      capacity: f.capacity,
      victimCondition: f.capacity === 'victim' ? null : (f.victim?.condition ?? null),
      authoritiesDecision: f.authoritiesDecision ?? null,
    });
    const inserted = await tx
      .insert(cases)
      .values({ caseType: '刑初', courtId, node: 'submitted', claims: [], facts: f.facts.trim(), filedBy: actor.userId, filedAt: now, receivedOn: today, nodeEnteredAt: now })
      .returning({ id: cases.id });
    const id = inserted[0]!.id;
    await startFilingReview(tx, { id, courtId, caseType: '刑初' }, today, {
      writeCase: (patch) => updateCaseRow(tx, id, { ...patch, chainId: id }),
      trigger: { fact: { 'zh-CN': '收到自诉状', en: 'private prosecution received' }, source: PRIVATE_PROSECUTION_REVIEW.source },
      rule: PRIVATE_PROSECUTION_REVIEW,
    });
    await claimAttachments(tx, id, actor, [f.complaintId], { category: 'complaint' });
    await claimAttachments(tx, id, actor, (f.attachmentIds ?? []).filter((x) => x !== f.complaintId), { category: 'evidence' });
    await tx.execute(sql`insert into criminal_cases (case_id, prosecution, indictment_id, evidence)
                         values (${id}, 'private', ${f.complaintId}, ${JSON.stringify(f.evidence)}::jsonb)`);
    const c = f.complainant;
    const isLawyer = hasRole(actor, 'lawyer');
    // The 自诉人 is linked to the portal account of the same verified identity (the filer in person, or the lawyer's client).
    const complainant = await tx.execute<{ id: string }>(sql`
      insert into case_parties (case_id, standing, kind, name, id_type, id_number, address, phone, user_id, ordinal)
      values (${id}, 'privateProsecutor', 'person', ${c.name}, 'residentId', ${c.idNumber.toUpperCase()}, ${c.address ?? null}, ${c.phone ?? null},
              ${isLawyer ? sql`(select u.id from users u where u.is_active and 'party' = any(u.roles) and u.id_number = ${c.idNumber.toUpperCase()} order by u.id limit 1)` : actor.userId}, 0)
      returning id`);
    const complainantId = Number(complainant.rows[0]!.id);
    if (isLawyer) await tx.insert(caseAgents).values({ caseId: id, partyId: complainantId, userId: actor.userId, kind: 'lawyer' });
    let ordinal = await insertDefendants(tx, id, f.defendants, 1);
    if (f.capacity !== 'victim' && f.victim) {
      await tx.execute(sql`insert into case_parties (case_id, standing, kind, name, ordinal) values (${id}, 'victim', 'person', ${f.victim.name}, ${ordinal++})`);
    }
    await appendCaseEvent(tx, {
      caseId: id,
      event: 'submit',
      actorId: actor.userId,
      actorRole: isLawyer ? 'lawyer' : 'party',
      nodeBefore: null,
      nodeAfter: 'submitted',
      payload: {
        courtId,
        prosecution: 'private',
        ground: f.ground,
        authoritiesDecision: f.authoritiesDecision ?? null,
        capacity: f.capacity,
        victim: f.capacity === 'victim' ? null : (f.victim ?? null),
        complaintId: f.complaintId,
        defendants: f.defendants.length,
        anyDetained: f.defendants.some((d) => isInCustody(d.detentionStatus)),
        chargeIds,
        evidence: f.evidence.length,
        // CrPL art 212: recorded only; the court may mediate and the complainant may settle or withdraw.
        willingToMediate: f.willingToMediate ?? null,
        settlementSource: PRIVATE_PROSECUTION_SETTLEMENT_SOURCE,
      },
      at: now,
    });
    return id;
  });
}
