// The one-click 判决书 draft of a civil first-instance case, composed by the domain from what the case holds: its
// parties and agents, claims, the element answers or the 答辩状's summary, the evidence findings, the facts found,
// the fee charged, the appeal court, the panel and the clerk. Read-only: nothing is stored until the judge issues it.
import { sql } from 'drizzle-orm';
import type { JudgmentDraft } from '../../../contracts/judgments';
import { composeCivilJudgment } from '../../../domain/judgments/civilJudgment';
import { defenceFromAnswers } from '../../../domain/judgments/defenceText';
import { elementDisputes, type ElementAnswers } from '../../../domain/elements/elementDisputes';
import { factsFound, foundValues } from '../../../domain/elements/elementFindings';
import { evidenceFindingText, withStanding, type JudgmentParty } from '../../../domain/judgments/judgmentParties';
import type { Actor } from '../../access/actor';
import { caseNotFound, relationToCase } from '../../access/casePolicy';
import type { Tx } from '../../db/database';
import { AppError } from '../../http/appError';
import { loadCase } from '../cases/caseRecord';
import { loadAnswers, loadComplaintElements, loadFindings } from '../elements/caseElements';
import { evidenceFindingsOfCase } from '../evidenceExchange/evidenceFindings';

const PANEL_ROLE = { sole: '审判员', presiding: '审判长', member: '审判员' } as const;

export async function judgmentDraft(tx: Tx, actor: Actor, caseId: number, today: string): Promise<JudgmentDraft> {
  const c = await loadCase(tx, caseId);
  if (!c) throw caseNotFound();
  const rel = await relationToCase(tx, actor, c);
  if (!rel.canView) throw caseNotFound();
  // The draft is the court's deliberation: its staff read it, the parties read the judgment once issued.
  if (!rel.isStaffOfCourt) throw new AppError(403, 'JUDGMENT_DRAFT_FORBIDDEN', '裁判文书草稿仅供本院办案人员查看。', 'A draft judgment is for the court’s staff only.');
  if (c.caseType !== '民初' || !c.caseNumber || !c.acceptedOn) throw new AppError(422, 'JUDGMENT_DRAFT_NOT_AVAILABLE', '一键生成判决书目前适用于已立案的民事一审案件。', 'The one-click judgment is for registered civil first-instance cases.');
  const head = (
    await tx.execute<{ court_name: string; appeal_court: string | null; cause_name: string | null }>(sql`
      select ct.name as court_name, up.name as appeal_court, ca.name as cause_name
        from cases k join courts ct on ct.id = k.court_id left join courts up on up.id = ct.parent_id left join causes ca on ca.id = k.cause_id
       where k.id = ${caseId}`)
  ).rows[0]!;
  const partyRows = await tx.execute<{ id: string; standing: string; kind: JudgmentParty['kind']; name: string; id_number: string | null; address: string | null; legal_representative: string | null; has_foreign_domicile: boolean; agents: { name: string; firm: string | null }[] }>(sql`
    select p.id, p.standing, p.kind, p.name, p.id_number, p.address, p.legal_representative, p.has_foreign_domicile,
           coalesce((select json_agg(json_build_object('name', u.display_name, 'firm', u.law_firm) order by a.id) from case_agents a join users u on u.id = a.user_id where a.party_id = p.id), '[]') as agents
      from case_parties p where p.case_id = ${caseId} and p.standing in ('plaintiff', 'defendant', 'thirdParty') order by p.ordinal`);
  const parties: JudgmentParty[] = partyRows.rows.map((p) => ({ id: Number(p.id), standing: p.standing as JudgmentParty['standing'], kind: p.kind, name: p.name, idNumber: p.id_number, address: p.address, legalRepresentative: p.legal_representative, agents: p.agents }));
  const stored = await loadComplaintElements(tx, caseId);
  const answers = await loadAnswers(tx, caseId);
  const summaries = await tx.execute<{ party_id: string; summary: string }>(sql`
    select distinct on (payload->>'partyId') payload->>'partyId' as party_id, payload->>'summary' as summary
      from case_events where case_id = ${caseId} and event = 'fileDefence' and coalesce(payload->>'summary', '') <> '' order by payload->>'partyId', seq desc`);
  const defences = parties
    .filter((p) => p.standing !== 'plaintiff')
    .flatMap((p) => {
      const a = answers.find((x) => x.partyId === p.id);
      const fromElements = a && stored ? defenceFromAnswers(stored.schema, a.answers as ElementAnswers) : '';
      const summary = summaries.rows.find((s) => Number(s.party_id) === p.id)?.summary ?? '';
      const text = [summary.trim().replace(/。$/, ''), fromElements].filter(Boolean).join('；');
      return text ? [{ partyId: p.id, name: p.name, text, sources: a ? Object.keys(a.answers).map((element) => ({ kind: 'answer' as const, partyId: p.id, element })) : [] }] : [];
    });
  const evidence = (await evidenceFindingsOfCase(tx, caseId)).map((e) => ({ itemId: e.itemId, label: e.label['zh-CN'], name: e.name, finding: evidenceFindingText(e.finding.verdict, e.finding.reasoning) }));
  const findings = stored ? await loadFindings(tx, caseId) : {};
  const elements = stored && { schema: stored.schema, complaint: stored.values, found: foundValues(stored.values, findings), facts: factsFound(stored.schema, stored.values, elementDisputes(stored.schema, stored.values, answers), findings).facts };
  const fee = await tx.execute<{ fen: string }>(sql`select coalesce(sum(amount_fen), 0) as fen from fee_notices where case_id = ${caseId} and basis in ('acceptance', 'procedureChange')`);
  const panel = await tx.execute<{ name: string; role: keyof typeof PANEL_ROLE }>(sql`
    select u.display_name as name, p.role from case_panel p join users u on u.id = p.user_id where p.case_id = ${caseId} order by (p.role = 'presiding') desc, u.id`);
  const clerk = await tx.execute<{ name: string }>(sql`
    select u.display_name as name from hearings h join users u on u.id = h.clerk_id where h.case_id = ${caseId} and h.status <> 'postponed' order by h.starts_at desc limit 1`);
  const held = await tx.execute<{ held: boolean; closed: boolean }>(sql`
    select exists (select 1 from hearings where case_id = ${caseId} and status = 'held') as held,
           exists (select 1 from case_events where case_id = ${caseId} and event in ('scheduleHearing', 'postponeHearing') and payload->>'closedGround' is not null) as closed`);
  const paragraphs = composeCivilJudgment({
    courtName: head.court_name,
    caseNumber: c.caseNumber,
    causeName: head.cause_name ?? '',
    acceptedOn: c.acceptedOn,
    procedure: c.procedure === 'simple' || c.procedure === 'smallClaims' ? c.procedure : 'ordinary',
    publicHearing: !held.rows[0]!.closed,
    parties,
    // Who appeared is the record's to say; the draft names every party for the judge to strike the absent [U].
    attended: held.rows[0]!.held ? parties.map(withStanding) : [],
    claims: c.claims,
    facts: c.facts,
    defences,
    evidence,
    elements: elements || undefined,
    feeFen: BigInt(fee.rows[0]!.fen),
    appealCourtName: head.appeal_court ?? '____',
    foreignParty: partyRows.rows.some((p) => p.has_foreign_domicile),
    judges: panel.rows.map((j) => ({ role: panel.rows.length > 1 ? PANEL_ROLE[j.role] : '审判员', name: j.name })),
    clerk: clerk.rows[0]?.name ?? null,
    issuedOn: today,
  });
  return { caseId, schema: stored?.schema.key ?? null, paragraphs };
}
