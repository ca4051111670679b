// The side menu for each role; a user with several roles sees the union, in this order, without repeats.
import type { CurrentUser } from '../../contracts/auth';
import type { MessageKey } from '../i18n/messages';

type Role = CurrentUser['roles'][number];

export interface MenuEntry {
  path: string;
  label: MessageKey;
}

const CASES = {
  mine: { path: '/my-cases', label: 'menu.myCases' },
  newFiling: { path: '/filings/new', label: 'menu.newFiling' },
  filingQueue: { path: '/filing-queue', label: 'menu.filingQueue' },
  crossRegionFiling: { path: '/filings/cross-region/new', label: 'menu.crossRegionFiling' },
  assignmentQueue: { path: '/assignment-queue', label: 'menu.assignmentQueue' },
  workbench: { path: '/workbench', label: 'menu.workbench' },
  team: { path: '/team-cases', label: 'menu.teamCases' },
  court: { path: '/court-cases', label: 'menu.courtCases' },
  supervision: { path: '/supervision', label: 'menu.supervision' },
  extensions: { path: '/extensions', label: 'menu.extensions' },
  reminders: { path: '/reminders', label: 'menu.reminders' },
  receipts: { path: '/finance/receipts', label: 'menu.receipts' },
  inbox: { path: '/inbox', label: 'menu.inbox' },
  serviceCentre: { path: '/service-centre', label: 'menu.serviceCentre' },
  statements: { path: '/finance/statements', label: 'menu.statements' },
  statistics: { path: '/statistics', label: 'menu.statistics' },
  mediationCentre: { path: '/mediation-centre', label: 'menu.mediationCentre' },
  mediations: { path: '/my-mediations', label: 'menu.myMediations' },
  payouts: { path: '/execution/payouts', label: 'menu.payouts' },
  fundReports: { path: '/execution/fund-reports', label: 'menu.fundReports' },
  credit: { path: '/execution/credit', label: 'menu.credit' },
  assetControlCentre: { path: '/execution/asset-control', label: 'menu.assetControlCentre' },
  agencyRequests: { path: '/agency/requests', label: 'menu.agencyRequests' },
  newProsecution: { path: '/prosecutions/new', label: 'menu.newProsecution' },
  newPrivateProsecution: { path: '/private-prosecutions/new', label: 'menu.newPrivateProsecution' },
  dossierSearch: { path: '/dossier-search', label: 'menu.dossierSearch' },
  hearingCalendar: { path: '/hearing-calendar', label: 'menu.hearingCalendar' },
} satisfies Record<string, MenuEntry>;

/** Every case-work entry of any role (for breadcrumbs). */
export const CASE_MENU_ENTRIES: readonly MenuEntry[] = Object.values(CASES);

export const ADMIN_ENTRIES: MenuEntry[] = [
  { path: '/admin/courts', label: 'menu.adminCourts' },
  { path: '/admin/causes', label: 'menu.adminCauses' },
  { path: '/admin/case-types', label: 'menu.adminCaseTypes' },
  { path: '/admin/users', label: 'menu.adminUsers' },
  { path: '/admin/calendar', label: 'menu.adminCalendar' },
  { path: '/admin/settings', label: 'menu.adminClockSettings' },
  { path: '/admin/rooms', label: 'menu.adminRooms' },
  { path: '/admin/fee-settings', label: 'menu.adminFeeSettings' },
  { path: '/admin/jurisdiction-rules', label: 'menu.jurisdictionRules' },
  { path: '/admin/document-templates', label: 'menu.adminDocumentTemplates' },
  { path: '/admin/dossier-catalogues', label: 'menu.adminDossierCatalogues' },
  { path: '/admin/mediation', label: 'menu.adminMediation' },
  { path: '/admin/execution', label: 'menu.adminExecution' },
  { path: '/admin/asset-control', label: 'menu.adminAgencies' },
];


export function isExecutionDivisionChief(user: Pick<CurrentUser, 'roles' | 'divisionKind'>): boolean {
  return user.roles.includes('divisionChief') && user.divisionKind === 'execution';
}

/** 调解组织与调解员 in the case menu of a court's 立案庭 chief (the administrator finds it under 系统管理). */
export const MEDIATION_ADMIN_ENTRY: MenuEntry = { path: '/admin/mediation', label: 'menu.adminMediation' };

/** 分段集约: the team queue for the court's execution staff and 立案 clerks (执行指挥中心); the settings for the 执行局 chief. */
export const EXECUTION_QUEUE_ENTRY: MenuEntry = { path: '/execution-queue', label: 'menu.executionQueue' };
export const EXECUTION_ADMIN_ENTRY: MenuEntry = { path: '/admin/execution', label: 'menu.adminExecution' };
/** 查控协助单位管理: the court's local agencies, their accounts and the approval setting, for the 执行局 chief. */
export const AGENCY_ADMIN_ENTRY: MenuEntry = { path: '/admin/asset-control', label: 'menu.adminAgencies' };

export function executionEntries(user: Pick<CurrentUser, 'roles' | 'divisionKind'>): MenuEntry[] {
  if (user.roles.includes('admin')) return [];
  const inExecution = user.divisionKind === 'execution';
  return [
    ...(inExecution || user.roles.includes('filingClerk') ? [EXECUTION_QUEUE_ENTRY] : []),
    ...(inExecution && user.roles.includes('divisionChief') ? [EXECUTION_ADMIN_ENTRY, AGENCY_ADMIN_ENTRY] : []),
    // 案款发放审批 for the 执行局长, 一日三通报 for everyone of the 执行局 (finance and the president have both by role).
    ...(isExecutionDivisionChief(user) ? [CASES.payouts] : []),
    ...(inExecution ? [CASES.fundReports, CASES.credit, CASES.assetControlCentre] : []),
  ];
}

export function isFilingDivisionChief(user: Pick<CurrentUser, 'roles' | 'divisionKind'>): boolean {
  return user.roles.includes('divisionChief') && user.divisionKind === 'filing';
}

const BY_ROLE: Record<Role, MenuEntry[]> = {
  party: [CASES.mine, CASES.newFiling, CASES.newPrivateProsecution, CASES.inbox, CASES.dossierSearch],
  lawyer: [CASES.mine, CASES.newFiling, CASES.newPrivateProsecution, CASES.inbox, CASES.dossierSearch],
  filingClerk: [CASES.filingQueue, CASES.crossRegionFiling, CASES.mediationCentre, CASES.court, CASES.serviceCentre, CASES.dossierSearch, CASES.reminders],
  divisionChief: [CASES.assignmentQueue, CASES.workbench, CASES.court, CASES.hearingCalendar, CASES.supervision, CASES.statistics, CASES.dossierSearch, CASES.reminders],
  judge: [CASES.workbench, CASES.hearingCalendar, CASES.dossierSearch, CASES.reminders],
  judgeAssistant: [CASES.team, CASES.hearingCalendar, CASES.serviceCentre, CASES.dossierSearch, CASES.reminders],
  courtClerk: [CASES.team, CASES.hearingCalendar, CASES.serviceCentre, CASES.dossierSearch, CASES.reminders],
  president: [CASES.court, CASES.assignmentQueue, CASES.supervision, CASES.statistics, CASES.extensions, CASES.payouts, CASES.fundReports, CASES.credit, CASES.dossierSearch, CASES.reminders],
  finance: [CASES.receipts, CASES.statements, CASES.payouts, CASES.fundReports, CASES.court],
  admin: [],
  mediator: [CASES.mediations, CASES.dossierSearch],
  agency: [CASES.agencyRequests],
  procurator: [CASES.mine, CASES.newProsecution, CASES.dossierSearch],
};

export function caseMenuFor(roles: readonly Role[]): MenuEntry[] {
  const seen = new Set<string>();
  const out: MenuEntry[] = [];
  for (const role of roles) {
    for (const e of BY_ROLE[role]) {
      if (!seen.has(e.path)) {
        seen.add(e.path);
        out.push(e);
      }
    }
  }
  return out;
}
