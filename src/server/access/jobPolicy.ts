// Who may follow a background job: the person who started it, and staff of its court in a role its kind names
// (e.g. every finance officer for a statement's posting). Anyone else gets the same 404 as for no job at all.
import type { Role } from '../../domain/roles/roles';
import { hasRole, type Actor } from './actor';

/** `followers`: the roles the job's kind lets staff of its court follow it in. */
export function canFollowJob(actor: Actor, job: { createdBy: number | null; courtId: number | null }, followers: readonly Role[]): boolean {
  if (job.createdBy === actor.userId) return true;
  return job.courtId !== null && actor.courtId === job.courtId && hasRole(actor, ...followers);
}
