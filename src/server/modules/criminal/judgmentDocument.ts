// The 刑事判决书 generated from the recorded judgment when the judge uploads none: the prosecution, each defendant with
// custody, the procedure, the 判决主文 with the term's dates and the appeal (CrPL arts 200–202, 227, 230), filed with the
// case's materials through the document generator.
import { sql } from 'drizzle-orm';
import { chineseDate } from '../../../domain/documents/templates';
import { isInCustody } from '../../../domain/criminal/defendants';
import { judgmentItems } from '../../../domain/criminal/judgmentText';
import { CRIMINAL_PROCEDURE_LABELS, type CriminalProcedure } from '../../../domain/criminal/procedure';
import type { Sentence } from '../../../domain/criminal/sentence';
import type { SentenceDates } from '../../../domain/criminal/termDates';
import type { EffectContext } from '../cases/effects/effectContext';
import { caseFacts } from '../documents/caseFacts';
import { generateDocument } from '../documents/generateDocument';
import { defendantsOf, intArray, type DefendantRow } from './criminalFacts';

const PANEL_ROLE: Record<string, string> = { presiding: '审判长', member: '审判员', sole: '审判员' };

/** 'simpleOver3Years' → 简易程序: the label of the procedure the variant belongs to. */
function procedureLabel(variant: string | null): string {
  const base = (['fastTrack', 'simple', 'ordinary'] as CriminalProcedure[]).find((p) => variant?.startsWith(p)) ?? 'ordinary';
  return CRIMINAL_PROCEDURE_LABELS[base]['zh-CN'];
}

function particulars(d: DefendantRow): string {
  const born = d.birthOn ? `，${chineseDate(d.birthOn)}出生` : '';
  const from = d.custodyIntervals[0]?.from;
  const custody = isInCustody(d.detentionStatus) && from ? `。因涉嫌犯罪于${chineseDate(from)}被羁押，现羁押于${d.custodyPlace ?? '____'}` : '';
  return `被告人${d.name}${born}${custody}。`;
}

export async function generateCriminalJudgment(ctx: EffectContext): Promise<number> {
  const { tx, deps, actor, today } = ctx;
  const c = ctx.current();
  const facts = await caseFacts(tx, c, today);
  const defendants = await defendantsOf(tx, c.id);
  const ids = [...new Set(defendants.flatMap((d) => (d.verdict?.chargeIds as number[] | undefined) ?? []))];
  const charges = new Map<number, string>();
  if (ids.length) for (const r of (await tx.execute<{ id: number; name: string }>(sql`select id, name from criminal_charges where id = any(${intArray(ids)}::int[])`)).rows) charges.set(Number(r.id), r.name);
  const k = await tx.execute<{ procuratorate: string | null; complainants: string | null; appeal_court: string | null }>(sql`
    select (select p.name from criminal_cases x join procuratorates p on p.id = x.procuratorate_id where x.case_id = ${c.id}) as procuratorate,
           (select string_agg(name, '、' order by ordinal) from case_parties where case_id = ${c.id} and standing = 'privateProsecutor') as complainants,
           (select p.name from courts ct join courts p on p.id = ct.parent_id where ct.id = ${c.courtId}) as appeal_court`);
  const row = k.rows[0]!;
  const panel = await tx.execute<{ name: string; role: string }>(sql`
    select u.display_name as name, cp.role from case_panel cp join users u on u.id = cp.user_id where cp.case_id = ${c.id} order by cp.role <> 'presiding', u.id`);
  const judges = panel.rows.map((j) => `${PANEL_ROLE[j.role] ?? '审判员'}\u3000${j.name}`).join('\n\n');
  const verdicts = defendants.map((d) => ({
    name: d.name,
    outcome: (d.verdict?.outcome as 'convicted' | 'acquitted' | undefined) ?? 'convicted',
    chargeNames: ((d.verdict?.chargeIds as number[] | undefined) ?? []).map((id) => charges.get(id) ?? String(id)),
    sentence: (d.verdict?.sentence as Sentence | undefined) ?? null,
    dates: d.sentenceDates as SentenceDates | null,
  }));
  const doc = await generateDocument(tx, deps, {
    case: c,
    kind: 'criminalJudgment',
    facts: {
      ...facts,
      prosecutor: row.procuratorate ? `公诉机关${row.procuratorate}` : `自诉人${row.complainants ?? '____'}`,
      defendants: defendants.map((d) => d.name).join('、'),
      defendantsDetail: defendants.map(particulars).join('\n\n'),
      procedure: procedureLabel(c.procedure),
      verdictItems: judgmentItems(verdicts),
      // CrPL art 230: 10 days against a judgment.
      appealDays: '十',
      appealCourt: row.appeal_court ?? '____',
      judges: judges || '____',
    },
    partyId: null,
    by: actor.userId,
  });
  return doc.attachmentId;
}
