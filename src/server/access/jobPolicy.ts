// Who may follow a background job: the person who started it, and staff of its court in a role its kind names
// (e.g. every finance officer for a statement's posting). Anyone else gets the same 404 as for no job at all.
import type { JobDefinitions } from '../jobs/jobDefinition';
import type { JobRow } from '../jobs/jobStore';
import { hasRole, type Actor } from './actor';

export function canFollowJob(actor: Actor, job: JobRow, definitions: JobDefinitions): boolean {
  if (job.createdBy === actor.userId) return true;
  const followers = definitions[job.kind]?.followers ?? [];
  return job.courtId !== null && actor.courtId === job.courtId && hasRole(actor, ...followers);
}
