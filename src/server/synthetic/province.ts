// The synthetic province's courts and staff. The demo province's courts (reference data and seed) are used as they
// are; further courts are added with codes 吉90–吉98 (中院) and 吉9001… (基层): shaped like real 法院代字 but in
// a range GB/T 2260 does not use for Jilin, named 合成…法院 and marked in code_evidence, so no synthetic number can
// be mistaken for a real one.
import type pg from 'pg';
import { hashPassword } from '../auth/passwords';
import { DEMO_PASSWORD } from '../db/seed/demoProvince';
import { personName } from './people';
import type { Rng } from './random';

export const SYNTHETIC_EVIDENCE = 'synthetic benchmark court (courtflow seed --synthetic): not a real court';
const SYNTHETIC_INTERMEDIATE = 9;
const BASIC_PER_INTERMEDIATE = 6;
// About how many cases a judge in charge closes a year (a planning figure for the synthetic staff, not a rule).
const CASES_PER_JUDGE_YEAR = 300;

export interface CourtModel {
  id: number;
  code: string;
  name: string;
  level: 'high' | 'intermediate' | 'basic';
  parentId: number | null;
  /** Relative share of the province's first-instance filings. */
  weight: number;
  filingClerks: number[];
  president: number | null;
  rooms: number[];
  /** Judges by civil division: the division id and its judges' user ids. */
  divisions: { id: number; judges: number[] }[];
}

interface StaffRow {
  username: string;
  displayName: string;
  roles: string[];
  courtId: number;
  divisionId: number | null;
  teamJudge: string | null;
}

async function insertCourt(client: pg.PoolClient, code: string, name: string, level: 'intermediate' | 'basic', parentId: number): Promise<number> {
  const r = await client.query<{ id: number }>(
    `insert into courts (code, name, level, province, code_basis, code_evidence, parent_id) values ($1, $2, $3, '吉林', 'derived', $4, $5)
     on conflict (code) do update set name = excluded.name returning id`,
    [code, name, level, SYNTHETIC_EVIDENCE, parentId],
  );
  const id = r.rows[0]!.id;
  for (const [d, kind] of [['立案庭', 'filing'], ['民事审判第一庭', 'civil'], ['民事审判第二庭', 'civil'], ['民事审判第三庭', 'civil']] as const) {
    await client.query('insert into divisions (court_id, name, kind) values ($1, $2, $3) on conflict do nothing', [id, d, kind]);
  }
  for (let i = 1; i <= (level === 'basic' ? 6 : 4); i++) await client.query('insert into rooms (court_id, name) values ($1, $2) on conflict do nothing', [id, `第${i}法庭`]);
  return id;
}

/** Adds the synthetic courts and enough staff for `casesPerYear` first-instance filings; returns every trial court. */
export async function buildProvince(client: pg.PoolClient, rng: Rng, casesPerYear: number): Promise<CourtModel[]> {
  const high = (await client.query<{ id: number }>(`select id from courts where code = '吉'`)).rows[0];
  if (!high) throw new Error('the demo province (吉林) must be seeded first');
  for (let i = 0; i < SYNTHETIC_INTERMEDIATE; i++) {
    const code = `吉9${i}`;
    const mid = await insertCourt(client, code, `合成第${i + 1}中级人民法院`, 'intermediate', high.id);
    for (let j = 1; j <= BASIC_PER_INTERMEDIATE; j++) await insertCourt(client, `${code}0${j}`, `合成第${i + 1}中院辖区第${j}基层人民法院`, 'basic', mid);
  }
  const courts = (
    await client.query<{ id: number; code: string; name: string; level: CourtModel['level']; parent_id: number | null }>(
      `select id, code, name, level, parent_id from courts where province = '吉林' and level in ('intermediate', 'basic') order by code`,
    )
  ).rows;
  // Basic courts take ~97 % of first-instance filings, unevenly (a city district far more than a county).
  const models: CourtModel[] = courts.map((c) => ({
    id: c.id,
    code: c.code,
    name: c.name,
    level: c.level,
    parentId: c.parent_id,
    weight: c.level === 'basic' ? Math.exp(rng.normal(0, 0.6)) : 0.12,
    filingClerks: [],
    president: null,
    rooms: [],
    divisions: [],
  }));
  const total = models.reduce((s, m) => s + m.weight, 0);
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const m of models) {
    const divisions = (await client.query<{ id: number; name: string; kind: string }>('select id, name, kind from divisions where court_id = $1 order by id', [m.id])).rows;
    m.rooms = (await client.query<{ id: number }>('select id from rooms where court_id = $1 order by id', [m.id])).rows.map((r) => r.id);
    const existing = (await client.query<{ id: number; roles: string[]; division_id: number | null }>('select id, roles, division_id from users where court_id = $1 order by id', [m.id])).rows;
    const civil = divisions.filter((d) => d.kind === 'civil');
    const filing = divisions.find((d) => d.kind === 'filing');
    // Appeals come on top of an intermediate court's own first-instance cases.
    const yearly = (casesPerYear * m.weight) / total + (m.level === 'intermediate' ? casesPerYear * 0.045 / 10 : 0);
    const wantJudges = Math.max(3, Math.round(yearly / CASES_PER_JUDGE_YEAR));
    const prefix = m.code.replace('吉', 'jl');
    const staff: StaffRow[] = [];
    // The trial judges: an execution division's officers (执行局) try no cases.
    const have = existing.filter((u) => u.roles.includes('judge') && civil.some((d) => d.id === u.division_id)).length;
    for (let j = have; j < wantJudges; j++) {
      const d = civil[j % civil.length]!;
      const name = personName(rng);
      staff.push({ username: `${prefix}-judge${j + 1}`, displayName: name, roles: ['judge'], courtId: m.id, divisionId: d.id, teamJudge: null });
      staff.push({ username: `${prefix}-clerk${j + 1}`, displayName: personName(rng), roles: ['courtClerk'], courtId: m.id, divisionId: d.id, teamJudge: `${prefix}-judge${j + 1}` });
      if (j % 2 === 0) staff.push({ username: `${prefix}-assistant${j + 1}`, displayName: personName(rng), roles: ['judgeAssistant'], courtId: m.id, divisionId: d.id, teamJudge: `${prefix}-judge${j + 1}` });
    }
    const clerks = existing.filter((u) => u.roles.includes('filingClerk')).length;
    for (let j = clerks; j < Math.max(2, Math.round(wantJudges / 15)); j++) {
      staff.push({ username: `${prefix}-filing${j + 1}`, displayName: personName(rng), roles: ['filingClerk'], courtId: m.id, divisionId: filing?.id ?? null, teamJudge: null });
    }
    if (!existing.some((u) => u.roles.includes('president'))) staff.push({ username: `${prefix}-president`, displayName: personName(rng), roles: ['president'], courtId: m.id, divisionId: null, teamJudge: null });
    for (const s of staff) {
      await client.query(
        `insert into users (username, password_hash, display_name, roles, court_id, division_id, team_judge_id)
         values ($1, $2, $3, $4, $5, $6, (select id from users where username = $7)) on conflict do nothing`,
        [s.username, hash, s.displayName, s.roles, s.courtId, s.divisionId, s.teamJudge],
      );
    }
    const users = (await client.query<{ id: number; roles: string[]; division_id: number | null }>('select id, roles, division_id from users where court_id = $1 and is_active order by id', [m.id])).rows;
    m.filingClerks = users.filter((u) => u.roles.includes('filingClerk')).map((u) => u.id);
    m.president = users.find((u) => u.roles.includes('president'))?.id ?? null;
    m.divisions = civil.map((d) => ({ id: d.id, judges: users.filter((u) => u.roles.includes('judge') && u.division_id === d.id).map((u) => u.id) })).filter((d) => d.judges.length > 0);
  }
  return models;
}
