// 提起公诉 online: the procuratorate files the 起诉书, the evidence list and its defendants at the court it prosecutes
// before (CrPL arts 169, 176, 186); one transaction, the case waiting in the court's filing review like a complaint.
import { sql } from 'drizzle-orm';
import type { ProsecutionInput } from '../../../contracts/criminal';
import { checkCustodyIntervals, isInCustody } from '../../../domain/criminal/defendants';
import { validateResidentIdNumber } from '../../../domain/identity';
import type { Actor } from '../../access/actor';
import type { Tx } from '../../db/database';
import { cases } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { appendCaseEvent, updateCaseRow } from '../cases/caseRecord';
import { startFilingReview } from '../clock/filingReview';
import { claimAttachments } from '../filings/filingContent';
import { intArray } from './criminalFacts';

async function procuratorateOf(tx: Tx, actor: Actor) {
  const r = await tx.execute<{ id: number; court_id: number; name: string }>(sql`
    select p.id, p.court_id, p.name from procuratorate_users u join procuratorates p on p.id = u.procuratorate_id where u.user_id = ${actor.userId}`);
  const p = r.rows[0];
  if (!p) throw new AppError(403, 'PROCURATOR_UNBOUND', '您的账号未绑定人民检察院，不能提起公诉。', 'Your account is not bound to a procuratorate; you cannot file a prosecution.');
  return { id: Number(p.id), courtId: Number(p.court_id), name: p.name };
}

/** Refuses a defendant whose facts do not hold together; the index names the defendant in the messages. */
export function checkDefendants(f: { defendants: readonly Omit<ProsecutionInput['defendants'][number], 'plea'>[] }, today: string): void {
  f.defendants.forEach((d, i) => {
    const who = { zh: `第${i + 1}名被告人（${d.name}）`, en: `Defendant ${i + 1} (${d.name})` };
    const id = validateResidentIdNumber(d.idNumber, { today });
    if (!id.ok) throw new AppError(422, id.code, `${who.zh}：${id.message['zh-CN']}`, `${who.en}: ${id.message.en}`, { defendant: i });
    if (id.birthDate !== d.birthOn) {
      throw new AppError(422, 'DEFENDANT_BIRTH_MISMATCH', `${who.zh}的出生日期与身份证号码不一致，请核对。`, `${who.en}: the birth date does not match the ID number.`, { defendant: i });
    }
    if (isInCustody(d.detentionStatus) && !d.custodyPlace?.trim()) {
      throw new AppError(422, 'CUSTODY_PLACE_REQUIRED', `${who.zh}在押，请填写羁押场所。`, `${who.en} is in custody: give the place of custody.`, { defendant: i });
    }
    if (isInCustody(d.detentionStatus) && !d.custodyIntervals.some((x) => !x.to)) {
      throw new AppError(422, 'CUSTODY_INTERVAL_REQUIRED', `${who.zh}在押，请填写尚未结束的羁押期间（自何日起羁押）。`, `${who.en} is in custody: give the custody interval still running.`, { defendant: i });
    }
    checkCustodyIntervals(d.custodyIntervals, today);
  });
}

/** The distinct charge ids of the defendants, each from the catalogue. */
export async function checkCharges(tx: Tx, defendants: readonly { chargeIds: readonly number[] }[]): Promise<number[]> {
  const chargeIds = [...new Set(defendants.flatMap((d) => d.chargeIds))];
  const known = await tx.execute(sql`select id from criminal_charges where id = any(${intArray(chargeIds)}::int[])`);
  if (known.rows.length !== chargeIds.length) throw new AppError(422, 'CHARGE_UNKNOWN', '指控罪名须从罪名目录中选择。', 'Choose each charge from the catalogue of charges.');
  return chargeIds;
}

/** Inserts the defendants as parties (ordinals from `first`) with their criminal facts; returns the next ordinal. */
export async function insertDefendants(tx: Tx, id: number, defendants: readonly (Omit<ProsecutionInput['defendants'][number], 'plea'> & { plea?: unknown })[], first = 0): Promise<number> {
  let ordinal = first;
  for (const d of defendants) {
    const party = await tx.execute<{ id: string }>(sql`
      insert into case_parties (case_id, standing, kind, name, id_type, id_number, address, ordinal)
      values (${id}, 'defendant', 'person', ${d.name}, 'residentId', ${d.idNumber.toUpperCase()}, ${d.address ?? null}, ${ordinal++}) returning id`);
    const legalAidFacts = { isBlindDeafOrMute: d.isBlindDeafOrMute ?? false, isMentallyIll: d.isMentallyIll ?? false, mayFaceLifeOrDeath: d.mayFaceLifeOrDeath ?? false };
    await tx.execute(sql`
      insert into criminal_defendants (party_id, case_id, birth_on, detention_status, custody_place, custody_intervals, charge_ids, legal_aid_facts, plea)
      values (${party.rows[0]!.id}, ${id}, ${d.birthOn}, ${d.detentionStatus}, ${d.custodyPlace?.trim() || null}, ${JSON.stringify(d.custodyIntervals)}::jsonb,
              ${intArray(d.chargeIds)}::int[], ${JSON.stringify(legalAidFacts)}::jsonb, ${d.plea ? JSON.stringify(d.plea) : null}::jsonb)`);
  }
  return ordinal;
}

export async function fileProsecution(deps: Deps, actor: Actor, f: ProsecutionInput) {
  return deps.db.transaction(async (tx) => {
    const today = deps.clock.today();
    const now = deps.clock.now();
    const p = await procuratorateOf(tx, actor);
    checkDefendants(f, today);
    const chargeIds = await checkCharges(tx, f.defendants);
    const inserted = await tx
      .insert(cases)
      .values({ caseType: '刑初', courtId: p.courtId, node: 'submitted', claims: [], facts: f.facts, filedBy: actor.userId, filedAt: now, receivedOn: today, nodeEnteredAt: now })
      .returning({ id: cases.id });
    const id = inserted[0]!.id;
    await startFilingReview(tx, { id, courtId: p.courtId, caseType: '刑初' }, today, {
      writeCase: (patch) => updateCaseRow(tx, id, { ...patch, chainId: id }),
      trigger: { fact: { 'zh-CN': '收到起诉书', en: 'indictment received' }, source: 'TL-2000 art 6' },
    });
    await claimAttachments(tx, id, actor, [f.indictmentId], { category: 'indictment' });
    await claimAttachments(tx, id, actor, (f.attachmentIds ?? []).filter((x) => x !== f.indictmentId), { category: 'evidence' });
    await tx.execute(sql`insert into criminal_cases (case_id, prosecution, procuratorate_id, indictment_id, evidence)
                         values (${id}, 'public', ${p.id}, ${f.indictmentId}, ${JSON.stringify(f.evidence)}::jsonb)`);
    let ordinal = await insertDefendants(tx, id, f.defendants);
    for (const v of f.victims ?? []) {
      await tx.execute(sql`insert into case_parties (case_id, standing, kind, name, ordinal) values (${id}, ${v.isCivilPlaintiff ? 'civilPlaintiff' : 'victim'}, 'person', ${v.name}, ${ordinal++})`);
    }
    await appendCaseEvent(tx, {
      caseId: id,
      event: 'submit',
      actorId: actor.userId,
      actorRole: 'procurator',
      nodeBefore: null,
      nodeAfter: 'submitted',
      payload: { courtId: p.courtId, procuratorateId: p.id, procuratorate: p.name, indictmentId: f.indictmentId, defendants: f.defendants.length, chargeIds, evidence: f.evidence.length },
      at: now,
    });
    return id;
  });
}
