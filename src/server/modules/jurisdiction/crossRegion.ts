// 跨域立案 (issue 19 item 4): a party at one court's counter files for another court. The clerk of the court where the
// party stands (the assisting court) records the filing — identity and materials checked — and forwards it in one step,
// within the court's forwarding period; the competent court then reviews and registers it. One case, one timeline.
import { sql } from 'drizzle-orm';
import type { FilingInput } from '../../../contracts/cases';
import type { JurisdictionWarning } from '../../../contracts/jurisdiction';
import { CROSS_REGION_FORWARDING_DAYS_DEFAULT } from '../../../domain/clock/filingPeriodKinds';
import { workingDays } from '../../../domain/clock/periodKindRule';
import type { Actor } from '../../access/actor';
import type { Queryable, Tx } from '../../db/database';
import { cases, crossRegionFilings } from '../../db/schema';
import type { Deps } from '../../deps';
import { AppError } from '../../http/appError';
import { appendCaseEvent, updateCaseRow, type CaseRow } from '../cases/caseRecord';
import type { EffectHandler } from '../cases/effects/effectContext';
import { startFilingReview } from '../clock/filingReview';
import { clockEnv, endPeriods, startPeriod } from '../clock/periodStore';
import { saveComplaintElements } from '../elements/complaintElements';
import { checkFilingContent, checkFilingMaterials, claimAttachments, insertFilingParties } from '../filings/filingContent';
import { audit } from '../admin/audit';
import { hasProposal, recordFilingProposal } from './filingProposal';

export const CROSS_REGION_RECEIVED = 'crossRegionReceived';
const FORWARDING = 'crossRegionForwarding';

/** [U] The court's forwarding period in working days (court_filing_settings; 1 by default). */
export async function forwardingDaysOf(q: Queryable, courtId: number): Promise<number> {
  const r = await q.execute<{ days: number }>(sql`select cross_region_forwarding_days as days from court_filing_settings where court_id = ${courtId}`);
  return r.rows[0] ? Number(r.rows[0].days) : CROSS_REGION_FORWARDING_DAYS_DEFAULT;
}

export async function existingCourt(q: Queryable, id: number): Promise<number> {
  const r = await q.execute(sql`select 1 from courts where id = ${id}`);
  if (!r.rows.length) throw new AppError(404, 'COURT_UNKNOWN', '法院不存在。', 'No such court.');
  return id;
}

/** [U] The administrator sets a court's forwarding period; filings already taken keep the period they started with. */
export async function setFilingSettings(tx: Tx, actor: Actor, courtId: number, s: { crossRegionForwardingDays: number }) {
  await existingCourt(tx, courtId);
  const before = await forwardingDaysOf(tx, courtId);
  await tx.execute(sql`
    insert into court_filing_settings (court_id, cross_region_forwarding_days, updated_by, updated_at) values (${courtId}, ${s.crossRegionForwardingDays}, ${actor.userId}, now())
    on conflict (court_id) do update set cross_region_forwarding_days = excluded.cross_region_forwarding_days, updated_by = excluded.updated_by, updated_at = now()`);
  await audit(tx, actor.userId, 'update', 'courtFilingSettings', courtId, { crossRegionForwardingDays: before }, s);
  return { crossRegionForwardingDays: s.crossRegionForwardingDays };
}

/** The filing clerk of `actor`'s court records a filing for another court; it waits at this court until forwarded. */
export async function takeCrossRegionFiling(deps: Deps, actor: Actor, f: FilingInput): Promise<{ row: CaseRow; jurisdictionWarnings: JurisdictionWarning[] }> {
  const assisting = actor.courtId;
  if (assisting === null) throw new AppError(403, 'CROSS_REGION_FORBIDDEN', '只有法院立案人员可以办理跨域立案。', 'Only a court’s filing clerk takes cross-region filings.');
  return deps.db.transaction(async (tx) => {
    const court = await tx.execute<{ id: number; level: string }>(sql`select id, level from courts where id = ${f.courtId} and is_active`);
    if (!court.rows[0] || court.rows[0].level === 'supreme') {
      throw new AppError(422, 'COURT_UNKNOWN', '所选管辖法院不存在或不受理立案，请重新选择。', 'The chosen court does not exist or does not take filings; choose another.', { field: '/courtId' });
    }
    if (Number(court.rows[0].id) === assisting) {
      throw new AppError(422, 'CROSS_REGION_SAME_COURT', '向本院起诉的，请按本院立案办理；跨域立案是为其他法院收件。', 'A filing for your own court is an ordinary filing; cross-region filing is for another court.', { field: '/courtId' });
    }
    const today = deps.clock.today();
    const now = deps.clock.now();
    const checked = await checkFilingContent(tx, actor, f.caseType, f, today);
    const inserted = await tx
      .insert(cases)
      .values({ caseType: f.caseType, courtId: f.courtId, node: CROSS_REGION_RECEIVED, causeId: checked.causeId, amountFen: checked.amountFen, claims: checked.claims, facts: checked.facts, mediationConsent: f.mediationConsent ?? null, filedBy: actor.userId, filedAt: now, receivedOn: today, nodeEnteredAt: now })
      .returning();
    const row = { ...inserted[0]!, chainId: inserted[0]!.id };
    await updateCaseRow(tx, row.id, { chainId: row.id });
    await saveComplaintElements(tx, { caseId: row.id, causeId: checked.causeId, elements: f.elements, actor });
    await insertFilingParties(tx, row.id, actor, checked.parties);
    await claimAttachments(tx, row.id, actor, f.attachmentIds);
    await checkFilingMaterials(tx, row.id, actor);
    // The clerk saw the party's identity document in person (the route requires the mark); kept with the filing.
    await tx.insert(crossRegionFilings).values({ caseId: row.id, assistingCourtId: assisting, competentCourtId: f.courtId, receivedBy: actor.userId, receivedOn: today, identityCheckedAt: now });
    const env = await clockEnv(tx, assisting, today);
    const days = await forwardingDaysOf(tx, assisting);
    const forwarding = await startPeriod(tx, env, row, { kind: FORWARDING, triggerOn: today, triggerFact: { 'zh-CN': '收到跨域立案材料', en: 'cross-region filing received' }, triggerSource: '[U] court setting', length: { length: workingDays(days), source: '[U] court setting (跨域立案)' } });
    await appendCaseEvent(tx, {
      caseId: row.id,
      event: 'submitCrossRegion',
      actorId: actor.userId,
      actorRole: 'filingClerk',
      nodeBefore: null,
      nodeAfter: CROSS_REGION_RECEIVED,
      payload: { identityChecked: true, assistingCourtId: assisting, competentCourtId: f.courtId, causeId: checked.causeId, amountFen: checked.amountFen?.toString() ?? null, parties: checked.parties.length, attachmentIds: f.attachmentIds, forwardDueOn: forwarding.dueOn },
      at: now,
    });
    // A civil cause decides the proposal; a 行政起诉 is proposed by ALL arts 14–20.
    const jurisdictionWarnings = !hasProposal(f.caseType, checked.causeId) ? [] : await recordFilingProposal(tx, { caseId: row.id, courtId: f.courtId, caseType: f.caseType, causeId: checked.causeId, amountFen: checked.amountFen, places: f.jurisdiction, hasForeignParty: checked.parties.some((p) => p.hasForeignDomicile), today });
    return { row, jurisdictionWarnings };
  });
}

/** The assisting court forwards the filing: its period ends, the competent court's review period starts. */
export const forwardFiling: EffectHandler = async ({ tx, case: c, actor, today, now, updateCase }) => {
  await endPeriods(tx, c.id, [FORWARDING], today, 'forwarded');
  await tx.update(crossRegionFilings).set({ forwardedBy: actor.userId, forwardedOn: today, forwardedAt: now }).where(sql`case_id = ${c.id}`);
  await startFilingReview(tx, { id: c.id, courtId: c.courtId, caseType: c.caseType }, today, { writeCase: updateCase, trigger: { fact: { 'zh-CN': '收到跨域立案转交材料', en: 'forwarded cross-region filing received' }, source: 'FILING art 8' } });
  return { forwardedOn: today, competentCourtId: c.courtId };
};

/** The court where a cross-region filing was taken, if the case is one. */
export async function assistingCourtOf(tx: Tx | Queryable, caseId: number): Promise<number | null> {
  const r = await tx.execute<{ court: number }>(sql`select assisting_court_id as court from cross_region_filings where case_id = ${caseId}`);
  return r.rows[0] ? Number(r.rows[0].court) : null;
}
