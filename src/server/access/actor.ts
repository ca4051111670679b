// The authenticated user as the server's policy sees them.
import type { Role } from '../../domain/roles/roles';

export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  roles: Role[];
  courtId: number | null;
  divisionId: number | null;
  teamJudgeId: number | null;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((r) => actor.roles.includes(r));
}

export function isStaff(actor: Actor): boolean {
  return actor.courtId !== null && hasRole(actor, 'filingClerk', 'judge', 'judgeAssistant', 'courtClerk', 'divisionChief', 'president', 'finance');
}
