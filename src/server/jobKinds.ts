// Every kind of background job and its handler, from the capability that owns the work; the type makes a kind
// without a handler a compile error. Part of the composition root (with app.ts and start.ts): the job runner and
// the job routes are given this registry and import no capability module.
import type { JobKind } from '../contracts/jobs';
import type { JobDefinition } from './jobs/jobDefinition';
import { statementPostJob } from './modules/payments/statementPosting';

export const JOB_DEFINITIONS: Readonly<Record<JobKind, JobDefinition>> = {
  postStatement: statementPostJob,
};
