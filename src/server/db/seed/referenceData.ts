// Loads the reference tables from the data files in reference/ (sources in reference/README.md). Idempotent:
// existing rows are left alone so that an administrator's edits survive restarts.
import { SEED_JURISDICTION_RULES } from '../../../domain/jurisdiction/seedRules';
import type { JurisdictionRule } from '../../../domain/jurisdiction/rules';
import type pg from 'pg';
import caseTypeData from '../../../../reference/case-type-codes.json';
import causeData from '../../../../reference/civil-causes.json';
import courtData from '../../../../reference/court-codes.json';
import chargeData from '../../../../reference/criminal-charges.json';
import holidayData from '../../../../reference/holidays-cn.json';
import { calendarFromHolidayFile } from '../../../domain/calendar/workCalendar';
import { CASE_TYPES } from '../../../domain/casetypes/registry';
import { DEFAULT_TEMPLATES, DOCUMENT_KINDS } from '../../../domain/documents/templates';

interface CauseRow {
  key: string;
  name: string;
  level: number;
  parentKey: string | null;
  number: number | null;
  path: string;
}

export const CAUSE_EDITION = '2020';

/** Flattens the 2020 catalogue (民事案件案由规定, 法〔2020〕346号) into rows, parents before children. */
export function flattenCauses(): CauseRow[] {
  const rows: CauseRow[] = [];
  for (const part of causeData.parts) {
    const pKey = `P${part.part}`;
    const pPath = `${part.label} ${part.name}`;
    rows.push({ key: pKey, name: part.name, level: 1, parentKey: null, number: null, path: pPath });
    for (const l2 of part.level2) {
      const l2Key = `${pKey}-${l2.ordinal}`;
      const l2Path = `${pPath} / ${l2.label}${l2.name}`;
      rows.push({ key: l2Key, name: l2.name, level: 2, parentKey: pKey, number: null, path: l2Path });
      for (const c of l2.causes as { number: number; name: string; level4?: { seq: number; name: string }[] }[]) {
        const cPath = `${l2Path} / ${c.number}.${c.name}`;
        rows.push({ key: String(c.number), name: c.name, level: 3, parentKey: l2Key, number: c.number, path: cPath });
        for (const l4 of c.level4 ?? []) {
          rows.push({ key: `${c.number}-${l4.seq}`, name: l4.name, level: 4, parentKey: String(c.number), number: null, path: `${cPath} / (${l4.seq})${l4.name}` });
        }
      }
    }
  }
  return rows;
}

const LEVELS: Record<string, string> = { 最高: 'supreme', 高级: 'high', 中级: 'intermediate', 基层: 'basic' };

/** Inserts jurisdiction rule versions not yet present (an administrator's later versions and end dates stay). */
export async function seedJurisdictionRules(client: pg.PoolClient | pg.Pool, rules: readonly JurisdictionRule[]): Promise<void> {
  for (const r of rules) {
    await client.query(
      `insert into jurisdiction_rules (key, version, kind, label, source, params, effective_from, effective_to)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (key, version) do nothing`,
      [r.key, r.version, r.kind, JSON.stringify(r.label), r.source, JSON.stringify(r.params), r.effectiveFrom, r.effectiveTo],
    );
  }
}

export async function seedReferenceData(client: pg.PoolClient | pg.Pool): Promise<void> {
  await seedJurisdictionRules(client, SEED_JURISDICTION_RULES);
  const codes = caseTypeData.codes;
  await client.query(
    `insert into case_type_codes (code, name, type_code, category, kind)
     select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     on conflict (code) do nothing`,
    [codes.map((c) => c.code), codes.map((c) => c.name), codes.map((c) => c.typeCode), codes.map((c) => c.category), codes.map((c) => c.kind)],
  );

  const causes = flattenCauses();
  await client.query(
    `insert into causes (edition, key, name, level, number, sort_order, path)
     select $1, * from unnest($2::text[], $3::text[], $4::smallint[], $5::int[], $6::int[], $7::text[])
     on conflict (edition, key) do nothing`,
    [
      CAUSE_EDITION,
      causes.map((c) => c.key),
      causes.map((c) => c.name),
      causes.map((c) => c.level),
      causes.map((c) => c.number),
      causes.map((_, i) => i + 1),
      causes.map((c) => c.path),
    ],
  );
  await client.query(
    `update causes c set parent_id = p.id
       from unnest($2::text[], $3::text[]) as x(key, parent_key)
       join causes p on p.edition = $1 and p.key = x.parent_key
      where c.edition = $1 and c.key = x.key and c.parent_id is null`,
    [CAUSE_EDITION, causes.filter((c) => c.parentKey).map((c) => c.key), causes.filter((c) => c.parentKey).map((c) => c.parentKey)],
  );

  // 罪名 in force (reference/criminal-charges.json); abolished charges are not offered.
  const charges = chargeData.charges;
  await client.query(
    `insert into criminal_charges (seq, name, article, chapter, section)
     select * from unnest($1::smallint[], $2::text[], $3::text[], $4::text[], $5::text[]) on conflict (name) do nothing`,
    [charges.map((c) => c.seq), charges.map((c) => c.name), charges.map((c) => c.article), charges.map((c) => c.chapter), charges.map((c) => c.section ?? null)],
  );

  // The default template of every case type and document (docs/documents.md); a court's administrator adapts them.
  const templates = Object.keys(CASE_TYPES).flatMap((caseType) => DOCUMENT_KINDS.map((kind) => ({ caseType, kind, ...DEFAULT_TEMPLATES[kind] })));
  await client.query(
    `insert into document_templates (court_id, case_type, kind, title, body)
     select null, * from unnest($1::text[], $2::text[], $3::text[], $4::text[])
     on conflict do nothing`,
    [templates.map((t) => t.caseType), templates.map((t) => t.kind), templates.map((t) => t.title), templates.map((t) => t.body)],
  );

  // The State Council calendar 2004– (reference/holidays-cn.json); later years are imported by an administrator.
  const cal = calendarFromHolidayFile(holidayData);
  const sourceOf = (year: string) => (holidayData.years as Record<string, { notices?: string[] }>)[year]?.notices?.join(' ') ?? holidayData.source;
  await client.query(
    `insert into calendar_days (day, off, name, source)
     select * from unnest($1::date[], $2::boolean[], $3::text[], $4::text[]) on conflict (day) do nothing`,
    [cal.days.map((d) => d.date), cal.days.map((d) => d.off), cal.days.map((d) => d.name), cal.days.map((d) => sourceOf(d.date.slice(0, 4)))],
  );
  await client.query(
    `insert into calendar_years (year, source) select * from unnest($1::int[], $2::text[]) on conflict (year) do nothing`,
    [cal.coveredYears, cal.coveredYears.map((y) => sourceOf(String(y)))],
  );

  // Courts attested by public case numbers or fixed by the SPC rule (reference/court-codes.json).
  for (const c of courtData.courts) {
    const basis = c.basis.startsWith('attested') || c.basis.includes('attested') ? 'attested' : 'rule';
    await client.query(
      `insert into courts (code, name, level, province, code_basis, code_evidence)
       values ($1, $2, $3, $4, $5, $6) on conflict (code) do nothing`,
      [c.code, c.court, LEVELS[c.level] ?? 'basic', c.province, basis, c.evidence],
    );
  }
  // Parents where the table implies them: a 中院 under its 高院, a 基层法院 under its 中院 (by 代字 prefix).
  await client.query(
    `update courts c set parent_id = p.id
       from courts p
      where c.parent_id is null and c.level in ('high', 'intermediate', 'basic')
        and ((c.level = 'high' and p.level = 'supreme')
          or (c.level = 'intermediate' and p.level = 'high' and p.code = left(c.code, char_length(c.code) - 2))
          or (c.level = 'basic' and p.level = 'intermediate' and p.code = left(c.code, char_length(c.code) - 2)))`,
  );
}
