// The demo province: 吉林高院, 长春中院 and three Changchun basic courts, with staff, parties and a lawyer.
// Court codes below 吉 are derived by the SPC rule (CASENO art 5) from GB/T 2260 division codes; no public case
// number attesting them was found (reference/court-codes.json), so they are marked 'derived' for verification.
import { DEMO_DESIGNATED_ENVIRONMENT_RULE } from '../../../domain/jurisdiction/seedRules';
import { seedJurisdictionRules } from './referenceData';
import type pg from 'pg';
import type { Role } from '../../../domain/roles/roles';
import { residentIdCheckChar, unifiedCreditCodeCheckChar } from '../../../domain/identity';
import { hashPassword } from '../../auth/passwords';

export const DEMO_PASSWORD = 'courtflow-demo';

interface DemoCourt {
  code: string;
  name: string;
  level: 'high' | 'intermediate' | 'basic';
  parent: string | null;
  divisionCode: string;
  prefix: string;
  short: string;
}

const COURTS: DemoCourt[] = [
  { code: '吉', name: '吉林省高级人民法院', level: 'high', parent: null, divisionCode: '220000', prefix: 'jl', short: '吉林高院' },
  { code: '吉01', name: '吉林省长春市中级人民法院', level: 'intermediate', parent: '吉', divisionCode: '220100', prefix: 'cc', short: '长春中院' },
  { code: '吉0102', name: '长春市南关区人民法院', level: 'basic', parent: '吉01', divisionCode: '220102', prefix: 'ng', short: '南关法院' },
  { code: '吉0103', name: '长春市宽城区人民法院', level: 'basic', parent: '吉01', divisionCode: '220103', prefix: 'kc', short: '宽城法院' },
  { code: '吉0104', name: '长春市朝阳区人民法院', level: 'basic', parent: '吉01', divisionCode: '220104', prefix: 'cy', short: '朝阳法院' },
];

const DIVISIONS = [
  { name: '立案庭', kind: 'filing' },
  { name: '民事审判第一庭', kind: 'civil' },
  { name: '民事审判第二庭', kind: 'civil' },
  { name: '行政审判庭', kind: 'administrative' },
  { name: '执行局', kind: 'execution' },
  { name: '刑事审判庭', kind: 'criminal' },
] as const;

const ROOMS = ['第一法庭', '第二法庭', '第三法庭'];

interface DemoUser {
  username: string;
  displayName: string;
  roles: Role[];
  court?: string;
  division?: string;
  team?: string;
  idNumber?: string;
  /** Absent with an idNumber: a resident ID; 'creditCode' for a legal person's account (its 统一社会信用代码). */
  idType?: 'creditCode';
  phone?: string;
  licenseNumber?: string;
  lawFirm?: string;
  /** A mediator: the organisation and the courts served. */
  mediation?: { organisation: string; courts: string[]; specialties?: string[] };
  /** An assisting agency's staff (role agency): the agency's name. */
  agency?: string;
  /** A procurator (role procurator): the procuratorate's name. */
  procuratorate?: string;
}

/** The demo administrative organ (行政机关): a valid GB 32100 code of category 11 (机关) in 南关 (220102). */
export const DEMO_ORGAN = { name: '长春市南关区市场监督管理局', creditCode: demoCreditCode('11220102MB0000001'), head: '赵局长' };

export function demoCreditCode(first17: string): string {
  return first17 + unifiedCreditCodeCheckChar(first17);
}

/** A valid 18-digit ID number for a demo person (GB 11643 check character computed, not made up). */
export function demoIdNumber(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

function staffOf(c: DemoCourt): DemoUser[] {
  const p = c.prefix;
  const civil = '民事审判第一庭';
  const ADMIN = '行政审判庭';
  if (c.level === 'high') return [{ username: `${p}-president`, displayName: `${c.short}院长`, roles: ['president'], court: c.code }];
  const people: DemoUser[] = [
    { username: `${p}-filing`, displayName: `${c.short}立案员`, roles: ['filingClerk'], court: c.code, division: '立案庭' },
    { username: `${p}-chief`, displayName: `${c.short}民一庭庭长`, roles: ['divisionChief', 'judge'], court: c.code, division: civil },
    { username: `${p}-judge1`, displayName: `${c.short}法官甲`, roles: ['judge'], court: c.code, division: civil },
    { username: `${p}-judge2`, displayName: `${c.short}法官乙`, roles: ['judge'], court: c.code, division: civil },
    { username: `${p}-judge3`, displayName: `${c.short}法官丙`, roles: ['judge'], court: c.code, division: civil },
    { username: `${p}-assistant`, displayName: `${c.short}法官助理`, roles: ['judgeAssistant'], court: c.code, division: civil, team: `${p}-judge1` },
    { username: `${p}-clerk`, displayName: `${c.short}书记员`, roles: ['courtClerk'], court: c.code, division: civil, team: `${p}-judge1` },
    // 执行局: the executing officers (执行员) who take the 执 cases at 分案.
    { username: `${p}-exec1`, displayName: `${c.short}执行员甲`, roles: ['judge'], court: c.code, division: '执行局' },
    { username: `${p}-exec2`, displayName: `${c.short}执行员乙`, roles: ['judge'], court: c.code, division: '执行局' },
    // 执行局局长: sets the court's execution stages and teams (分段集约), reassigns within them, and approves payouts
    // above the court's threshold after finance (rules.md §5.7).
    { username: `${p}-execchief`, displayName: `${c.short}执行局局长`, roles: ['divisionChief'], court: c.code, division: '执行局' },
    // 行政审判庭 (ALL art 68: a panel of three; simple procedure by one of them).
    { username: `${p}-adminchief`, displayName: `${c.short}行政庭庭长`, roles: ['divisionChief', 'judge'], court: c.code, division: ADMIN },
    { username: `${p}-admin1`, displayName: `${c.short}行政庭法官甲`, roles: ['judge'], court: c.code, division: ADMIN },
    { username: `${p}-admin2`, displayName: `${c.short}行政庭法官乙`, roles: ['judge'], court: c.code, division: ADMIN },
    // 刑事审判庭: the criminal judge who tries 刑初 (and, at the 中院, 刑终).
    { username: `${p}-crimjudge`, displayName: `${c.short}刑事法官甲`, roles: ['judge'], court: c.code, division: '刑事审判庭' },
    { username: `${p}-crimjudge2`, displayName: `${c.short}刑事法官乙`, roles: ['judge'], court: c.code, division: '刑事审判庭' },
    { username: `${p}-crimjudge3`, displayName: `${c.short}刑事法官丙`, roles: ['judge'], court: c.code, division: '刑事审判庭' },
    { username: `${p}-president`, displayName: `${c.short}院长`, roles: ['president'], court: c.code },
    { username: `${p}-finance`, displayName: `${c.short}财务`, roles: ['finance'], court: c.code },
  ];
  // 特邀调解员 of the district's people's mediation committee, serving this court.
  if (c.level === 'basic') people.push({ username: `${p}-mediator`, displayName: `${c.short}特邀调解员`, roles: ['mediator'], mediation: { organisation: `${c.short.replace('法院', '')}区人民调解委员会`, courts: [c.code] } });
  return people;
}

/** Mediation organisations of the demo (ONLINE-MED art 10): each court's committee, and one serving two courts. */
const MEDIATION_ORGANISATIONS = [
  ...COURTS.filter((c) => c.level === 'basic').map((c) => ({ name: `${c.short.replace('法院', '')}区人民调解委员会`, kind: 'peopleMediationCommittee', court: c.code })),
  { name: '长春市金融纠纷调解中心', kind: 'industryMediation', court: '吉0102' },
];

/** 网络查控 (rules.md §5.2): one national agency per kind (总对总), and each basic court's local agencies (点对点). */
const NATIONAL_AGENCIES = [
  { kind: 'bank', name: '中国工商银行（总对总）' },
  { kind: 'securities', name: '中国证券登记结算有限责任公司' },
  { kind: 'vehicle', name: '公安部交通管理局' },
  { kind: 'realEstate', name: '自然资源部不动产登记中心' },
  { kind: 'alipay', name: '支付宝（中国）网络技术有限公司' },
  { kind: 'wechat', name: '财付通支付科技有限公司（微信支付）' },
];
const LOCAL_AGENCIES = [
  { kind: 'realEstateRegistry', name: '不动产登记中心' },
  { kind: 'vehicleOffice', name: '车管所' },
  { kind: 'housingFund', name: '住房公积金管理中心' },
  { kind: 'socialSecurity', name: '社会保险事业管理局' },
  { kind: 'householdRegistration', name: '公安分局户籍科' },
  { kind: 'civilAffairs', name: '民政局婚姻登记处' },
];
const localAgencyName = (c: DemoCourt, name: string) => `长春市${c.short.replace('法院', '')}区${name}`;
const NANGUAN = COURTS.find((c) => c.code === '吉0102')!;

/** Demo staff of two agencies: the national bank and 南关's real-estate registry. */
export const DEMO_AGENCY_USERS: DemoUser[] = [
  { username: 'agency-icbc', displayName: '工商银行协助执行专员', roles: ['agency'], agency: NATIONAL_AGENCIES[0]!.name },
  { username: 'agency-ng-realestate', displayName: '南关区不动产登记中心专员', roles: ['agency'], agency: localAgencyName(NANGUAN, LOCAL_AGENCIES[0]!.name) },
];

/** People's procuratorates of the demo and the court each prosecutes before (CrPL art 169). */
export const DEMO_PROCURATORATES = [
  { name: '长春市南关区人民检察院', court: '吉0102' },
  { name: '长春市人民检察院', court: '吉01' },
  { name: '长春市宽城区人民检察院', court: '吉0103' },
];
const DEMO_PROCURATORS: DemoUser[] = [
  { username: 'procurator-ng', displayName: '南关区人民检察院检察员', roles: ['procurator'], procuratorate: '长春市南关区人民检察院' },
  { username: 'procurator-cc', displayName: '长春市人民检察院检察员', roles: ['procurator'], procuratorate: '长春市人民检察院' },
  { username: 'procurator-kc', displayName: '宽城区人民检察院检察员', roles: ['procurator'], procuratorate: '长春市宽城区人民检察院' },
];

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', roles: ['admin'] },
  ...COURTS.flatMap(staffOf),
  { username: 'zhangsan', displayName: '张三', roles: ['party'], idNumber: demoIdNumber('22010219850515001'), phone: '13800000001' },
  { username: 'lisi', displayName: '李四', roles: ['party'], idNumber: demoIdNumber('22010419900101002'), phone: '13800000002' },
  { username: 'fin-mediator', displayName: '金融调解员', roles: ['mediator'], mediation: { organisation: '长春市金融纠纷调解中心', courts: ['吉0102', '吉0103'], specialties: ['金融借款合同纠纷', '信用卡纠纷'] } },
  // A defendant organ's portal account, matched to the party by its credit code (an organ is a legal person).
  { username: 'organ-ng-scjg', displayName: DEMO_ORGAN.name, roles: ['party'], idType: 'creditCode', idNumber: DEMO_ORGAN.creditCode, phone: '043188000001' },
  { username: 'lawyer-wang', displayName: '王律师', roles: ['lawyer'], idNumber: demoIdNumber('22010319800808003'), phone: '13800000003', licenseNumber: '12201200010000001', lawFirm: '吉林长春示范律师事务所' },
  ...DEMO_AGENCY_USERS,
  ...DEMO_PROCURATORS,
];

/** 分段集约 in each court with a 执行局: the command centre, a 快执 team for simple cases and a 精执 team. */
const EXECUTION_TEAMS = [
  { name: '执行指挥中心', kind: 'command', members: ['execchief'] },
  { name: '快执团队', kind: 'fast', members: ['exec1'] },
  { name: '精执一队', kind: 'full', members: ['exec2'] },
];

/** Seeds the demo province once (when no user exists). Returns true when it seeded. */
export async function seedDemoProvince(client: pg.PoolClient): Promise<boolean> {
  const existing = await client.query('select 1 from users limit 1');
  if (existing.rowCount) return false;
  const evidence = (c: DemoCourt) =>
    `derived by the SPC rule (法〔2015〕137号 art 5) from GB/T 2260 code ${c.divisionCode}; not attested by a public case number — verify before production use`;
  for (const c of COURTS) {
    await client.query(
      `insert into courts (code, name, level, province, division_code, code_basis, code_evidence, parent_id)
       values ($1, $2, $3, '吉林', $4, $5, $6, (select id from courts where code = $7))
       on conflict (code) do update set division_code = excluded.division_code, parent_id = coalesce(courts.parent_id, excluded.parent_id)`,
      [c.code, c.name, c.level, c.divisionCode, c.level === 'high' ? 'rule' : 'derived', c.level === 'high' ? 'province abbreviation (CASENO art 4)' : evidence(c), c.parent],
    );
    if (c.level === 'high') {
      await client.query(`update courts set parent_id = (select id from courts where level = 'supreme' limit 1) where code = $1 and parent_id is null`, [c.code]);
      continue;
    }
    for (const d of DIVISIONS) {
      await client.query(`insert into divisions (court_id, name, kind) values ((select id from courts where code = $1), $2, $3) on conflict do nothing`, [c.code, d.name, d.kind]);
    }
    for (const r of ROOMS) {
      await client.query(`insert into rooms (court_id, name) values ((select id from courts where code = $1), $2) on conflict do nothing`, [c.code, r]);
    }
  }
  // One hash for all demo accounts: scrypt is deliberately slow and the demo password is public anyway.
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    await client.query(
      `insert into users (username, password_hash, display_name, roles, court_id, division_id, team_judge_id, id_type, id_number, phone, license_number, law_firm)
       values ($1, $2, $3, $4,
               (select id from courts where code = $5),
               (select d.id from divisions d join courts c on c.id = d.court_id where c.code = $5 and d.name = $6),
               (select id from users where username = $7),
               $8, $9, $10, $11, $12)`,
      [u.username, hash, u.displayName, u.roles, u.court ?? null, u.division ?? null, u.team ?? null, u.idNumber ? (u.idType ?? 'residentId') : null, u.idNumber ?? null, u.phone ?? null, u.licenseNumber ?? null, u.lawFirm ?? null],
    );
  }
  for (const o of MEDIATION_ORGANISATIONS) {
    await client.query(`insert into mediation_organisations (court_id, name, kind) values ((select id from courts where code = $1), $2, $3)`, [o.court, o.name, o.kind]);
  }
  for (const u of DEMO_USERS) {
    if (!u.mediation) continue;
    await client.query(
      `insert into mediators (user_id, organisation_id, specialties)
       values ((select id from users where username = $1), (select id from mediation_organisations where name = $2), $3)`,
      [u.username, u.mediation.organisation, u.mediation.specialties ?? []],
    );
    await client.query(
      `insert into mediator_courts (user_id, court_id) select u.id, c.id from users u, courts c where u.username = $1 and c.code = any($2::text[])`,
      [u.username, u.mediation.courts],
    );
  }
  await seedAgencies(client);
  await seedJurisdictionRules(client, [DEMO_DESIGNATED_ENVIRONMENT_RULE]);
  await seedProcuratorates(client);
  for (const c of COURTS.filter((x) => x.level !== 'high')) {
    for (const t of EXECUTION_TEAMS) {
      await client.query(`insert into execution_teams (court_id, name, kind) values ((select id from courts where code = $1), $2, $3)`, [c.code, t.name, t.kind]);
      await client.query(
        `insert into execution_team_members (team_id, user_id)
         select t.id, u.id from execution_teams t join courts c on c.id = t.court_id, users u where c.code = $1 and t.name = $2 and u.username = any($3::text[])`,
        [c.code, t.name, t.members.map((m) => `${c.prefix}-${m}`)],
      );
    }
  }
  return true;
}

async function seedAgencies(client: pg.PoolClient): Promise<void> {
  for (const a of NATIONAL_AGENCIES) await client.query(`insert into agencies (channel, kind, name) values ('national', $1, $2)`, [a.kind, a.name]);
  for (const c of COURTS.filter((x) => x.level === 'basic')) {
    for (const a of LOCAL_AGENCIES) {
      await client.query(`insert into agencies (channel, kind, name, court_id) values ('local', $1, $2, (select id from courts where code = $3))`, [a.kind, localAgencyName(c, a.name), c.code]);
    }
  }
  for (const u of DEMO_USERS.filter((x) => x.agency)) {
    await client.query(`insert into agency_users (user_id, agency_id) values ((select id from users where username = $1), (select id from agencies where name = $2))`, [u.username, u.agency]);
  }
}

async function seedProcuratorates(client: pg.PoolClient): Promise<void> {
  for (const p of DEMO_PROCURATORATES) await client.query(`insert into procuratorates (name, court_id) values ($1, (select id from courts where code = $2))`, [p.name, p.court]);
  for (const u of DEMO_USERS.filter((x) => x.procuratorate)) {
    await client.query(`insert into procuratorate_users (user_id, procuratorate_id) values ((select id from users where username = $1), (select id from procuratorates where name = $2))`, [u.username, u.procuratorate]);
  }
}

export function demoLoginTable(): string {
  const rows = DEMO_USERS.map((u) => `  ${u.username.padEnd(16)} ${u.displayName}`);
  return [`Demo logins (password for all: ${DEMO_PASSWORD}):`, ...rows].join('\n');
}
