// Where each role starts after logging in; the first matching role wins (a division chief is also a judge).
import type { CurrentUser } from '../../contracts/auth';

type Role = CurrentUser['roles'][number];

const HOMES: [Role[], string][] = [
  [['party', 'lawyer'], '/my-cases'],
  [['filingClerk'], '/filing-queue'],
  [['divisionChief'], '/assignment-queue'],
  [['judge'], '/workbench'],
  [['judgeAssistant', 'courtClerk'], '/team-cases'],
  [['president'], '/court-cases'],
  [['finance'], '/finance/receipts'],
  [['admin'], '/admin/courts'],
  [['mediator'], '/my-mediations'],
  [['agency'], '/agency/requests'],
];

export function homePath(user: CurrentUser): string {
  for (const [roles, path] of HOMES) if (roles.some((r) => user.roles.includes(r))) return path;
  return '/my-cases';
}
