// The people who act on a case. Staff roles are scoped to their court; parties and lawyers to their own cases.
export const ROLES = [
  'party',
  'lawyer',
  'filingClerk',
  'judge',
  'judgeAssistant',
  'courtClerk',
  'divisionChief',
  'president',
  'finance',
  'admin',
  // 特邀调解员: acts only on the mediation matters entrusted to them (ONLINE-MED arts 10–12).
  'mediator',
  // 协助执行单位: staff of one assisting agency (bank, registry…), who see only the requests addressed to it (rules.md §5.2).
  'agency',
  // 检察员: staff of one people's procuratorate, who see only the cases it prosecuted or protested (CrPL arts 169, 228).
  'procurator',
] as const;

export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = [
  'filingClerk',
  'judge',
  'judgeAssistant',
  'courtClerk',
  'divisionChief',
  'president',
  'finance',
];

export const ROLE_LABELS: Record<Role, { 'zh-CN': string; en: string }> = {
  party: { 'zh-CN': '当事人', en: 'Party' },
  lawyer: { 'zh-CN': '律师', en: 'Lawyer' },
  filingClerk: { 'zh-CN': '立案员', en: 'Filing clerk' },
  judge: { 'zh-CN': '法官', en: 'Judge' },
  judgeAssistant: { 'zh-CN': '法官助理', en: 'Judge assistant' },
  courtClerk: { 'zh-CN': '书记员', en: 'Court clerk' },
  divisionChief: { 'zh-CN': '庭长', en: 'Division chief' },
  president: { 'zh-CN': '院长', en: 'President' },
  finance: { 'zh-CN': '财务人员', en: 'Finance officer' },
  admin: { 'zh-CN': '系统管理员', en: 'Administrator' },
  mediator: { 'zh-CN': '调解员', en: 'Mediator' },
  agency: { 'zh-CN': '协助执行单位', en: 'Assisting agency' },
  procurator: { 'zh-CN': '检察员', en: 'Procurator' },
};

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}
